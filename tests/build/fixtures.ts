// Small hand-made extractions for the graph builder's tests: every expected value can be checked by eye.
import { createHash } from "node:crypto";
import type { EntityIndex } from "../../src/entities/index.js";
import type { NewsGraph } from "../../src/model/index.js";
import type { Entity, EntityType, Extraction, Relation, RelationCategory } from "../../src/types.js";

/** A cross-document index that links by id only: tests of the builder's own rules do not depend on the linker's. */
export function idIndex(): EntityIndex {
  return { link: (e) => ({ id: e.id, rule: null }) };
}

export function entity(id: string, label: string, type: EntityType, mentions = 1, aliases: string[] = []): Entity {
  return { id, label, type, aliases: [...new Set([label, ...aliases])].sort(), mentions };
}

export interface RelationOptions {
  negated?: boolean;
  hedged?: boolean;
  attributedTo?: string | null;
  symmetric?: boolean;
  confidence?: number;
  category?: RelationCategory;
  start?: number;
}

export function relation(doc: string, subject: string, predicate: string, object: string, options: RelationOptions = {}): Relation {
  const text = `${subject} ${predicate} ${object}.`;
  const start = options.start ?? 0;
  return {
    subject,
    predicate,
    category: options.category ?? "other",
    object,
    negated: options.negated ?? false,
    hedged: options.hedged ?? false,
    attributedTo: options.attributedTo ?? null,
    symmetric: options.symmetric ?? false,
    confidence: options.confidence ?? 0.8,
    evidence: { doc, start, end: start + text.length, text, subject: { start, end: start + subject.length } },
  };
}

export function extraction(id: string, entities: Entity[], relations: Relation[] = [], date?: string): Extraction {
  const doc: Extraction["doc"] = { id, hash: createHash("sha256").update(JSON.stringify([id, entities, relations])).digest("hex") };
  if (date) doc.date = date;
  return { doc, mentions: [], entities, relations };
}

/** The graph's JSON with node positions zeroed: `--update` and `remove` keep the saved layout, and must equal a
 *  full build in everything else (entities, relations, metrics, attributes). */
export function withoutLayout(graph: NewsGraph): string {
  const data = graph.export();
  for (const node of data.nodes) if (node.attributes) Object.assign(node.attributes, { x: 0, y: 0 });
  return JSON.stringify(data);
}
