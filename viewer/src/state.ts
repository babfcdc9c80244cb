// What the reader is looking at (selection, filters, sizing) and its round trip through the URL hash, so
// that a copied link reopens the same view. Pure functions: no DOM, no sigma.
import { ENTITY_TYPES, type EntityType, type RelationCategory } from "../../src/types.js";
import { CATEGORIES } from "./data.js";

export type SizeBy = "degree" | "pagerank";

export interface ViewState {
  /** Selected entity (node key), shown in the side panel. */
  node: string | null;
  /** Selected relation (edge key), shown in the evidence drawer. */
  edge: string | null;
  hiddenTypes: Set<EntityType>;
  hiddenCategories: Set<RelationCategory>;
  minSources: number;
  /**
   * Entities with fewer relations are left out of the overview (1 by default: the many entities that take
   * part in no relation would ring the graph); 0 brings them all back.
   */
  minRelations: number;
  hideNegated: boolean;
  hideHedged: boolean;
  sizeBy: SizeBy;
  /**
   * On a big graph (renderer.ts), whether the overview draws every relation: by default it draws only the
   * selected entity's (150,000 lines tell a reader nothing and cost seconds). Small graphs always draw them all.
   */
  allRelations: boolean;
}

export function defaultState(): ViewState {
  return {
    node: null,
    edge: null,
    hiddenTypes: new Set(),
    hiddenCategories: new Set(),
    minSources: 1,
    minRelations: 1,
    hideNegated: false,
    hideHedged: false,
    sizeBy: "degree",
    allRelations: false,
  };
}

/** Encodes the state as a hash (`#node=vladimir-putin&hide=PERSON`), leaving defaults out. Keys are sorted. */
export function toHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.edge) params.set("edge", state.edge);
  if (state.allRelations) params.set("edges", "all");
  if (state.hiddenCategories.size) params.set("hideCat", [...state.hiddenCategories].sort().join(","));
  if (state.hiddenTypes.size) params.set("hide", [...state.hiddenTypes].sort().join(","));
  if (state.hideHedged) params.set("hedged", "0");
  if (state.minSources > 1) params.set("min", String(state.minSources));
  if (state.hideNegated) params.set("negated", "0");
  if (state.node) params.set("node", state.node);
  if (state.minRelations !== 1) params.set("rel", String(state.minRelations));
  if (state.sizeBy !== "degree") params.set("size", state.sizeBy);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** Decodes a hash; unknown or malformed parts fall back to the defaults rather than failing. */
export function fromHash(hash: string): ViewState {
  const state = defaultState();
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  state.node = params.get("node") || null;
  state.edge = params.get("edge") || null;
  for (const type of (params.get("hide") ?? "").split(",")) {
    if (ENTITY_TYPES.includes(type as EntityType)) state.hiddenTypes.add(type as EntityType);
  }
  for (const category of (params.get("hideCat") ?? "").split(",")) {
    if (CATEGORIES.includes(category as RelationCategory)) state.hiddenCategories.add(category as RelationCategory);
  }
  const min = Number.parseInt(params.get("min") ?? "", 10);
  if (Number.isFinite(min) && min > 1) state.minSources = min;
  const rel = Number.parseInt(params.get("rel") ?? "", 10);
  if (Number.isFinite(rel) && rel >= 0) state.minRelations = rel;
  state.hideNegated = params.get("negated") === "0";
  state.hideHedged = params.get("hedged") === "0";
  if (params.get("size") === "pagerank") state.sizeBy = "pagerank";
  state.allRelations = params.get("edges") === "all";
  return state;
}

/** The filters alone (no selection), as a string: equal strings mean the same edges pass. */
export function filterKey(state: ViewState): string {
  return toHash({ ...state, node: null, edge: null, sizeBy: "degree", allRelations: false });
}
