// Colours of the page: one per entity type (shown in the legend) and the relation styles.
import type { EntityType } from "../../src/types.js";

export const TYPE_COLORS: Record<EntityType, string> = {
  PERSON: "#d9622b",
  ORG: "#2b7bd9",
  GPE: "#2f9e5b",
  LOC: "#7fb13a",
  FAC: "#8c6d31",
  NORP: "#b8489b",
  EVENT: "#c9a227",
  PRODUCT: "#6b5bd6",
  WORK_OF_ART: "#d94d6a",
  LAW: "#4a8f9e",
  OTHER: "#8a8f98",
};

export const TYPE_NAMES: Record<EntityType, string> = {
  PERSON: "Person",
  ORG: "Organisation",
  GPE: "Country / city",
  LOC: "Place",
  FAC: "Building / facility",
  NORP: "Group / nationality",
  EVENT: "Event",
  PRODUCT: "Product",
  WORK_OF_ART: "Work",
  LAW: "Law / treaty",
  OTHER: "Other",
};

export const EDGE_COLORS = {
  plain: "#9aa5b4",
  negated: "#d0342c",
  hedged: "#cfd6df",
  focus: "#4b5566",
  selected: "#111827",
  faded: "#eef0f3",
};

export const FADED_NODE = "#e3e6ea";
