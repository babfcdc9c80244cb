// PLACEHOLDER (to be replaced): no relations yet.
import type { AnalyzedText } from "../nlp/index.js";
import type { EntityResult } from "../entities/index.js";
import type { Relation } from "../types.js";

export function findRelations(_analyzed: AnalyzedText, _entities: EntityResult, _docId: string): Relation[] {
  return [];
}
