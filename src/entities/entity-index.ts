// PLACEHOLDER (to be replaced): links entities across documents by id only.
import type { Entity } from "../types.js";

export interface LinkResult {
  /** The id the entity takes in the graph (an existing entity's id when it links to one). */
  id: string;
  /** The rule that linked it to an existing entity with another id ("surname", "acronym"...), else null. */
  rule: string | null;
}

export interface EntityIndex {
  /** Links an entity of one document to the entities seen so far, and remembers it. */
  link(entity: Entity): LinkResult;
}

export function createEntityIndex(): EntityIndex {
  return {
    link(entity) {
      return { id: entity.id, rule: null };
    },
  };
}
