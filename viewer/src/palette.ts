// Colours of the page: one per entity type (shown in the legend, shared with the builder) and the relation styles.
import type { EntityType } from "../../src/types.js";

// The builder's palette (a pure module, safe in the browser): the same colours as the saved graph and Gephi.
export { TYPE_COLORS } from "../../src/model/palette.js";

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
