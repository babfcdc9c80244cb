// The type → colour palette of entity nodes: one table shared by the builder, the viewer's legend and the exports,
// so that a person has the same colour in the browser, in Gephi and in a GEXF file.
import type { EntityType } from "../types.js";

/** Colours by entity type (Tableau 10, which stays distinguishable for most colour-blind readers). */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  PERSON: "#4e79a7",
  ORG: "#f28e2b",
  GPE: "#59a14f",
  LOC: "#76b7b2",
  FAC: "#9c755f",
  NORP: "#edc948",
  EVENT: "#e15759",
  PRODUCT: "#b07aa1",
  WORK_OF_ART: "#ff9da7",
  LAW: "#17becf",
  OTHER: "#bab0ac",
};

export function colorOfType(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? TYPE_COLORS.OTHER;
}
