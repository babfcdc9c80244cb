// Which entities and relations the current filters let through. Shared by sigma's reducers and the panel,
// so that what the canvas hides the panel does not list.
import type { EdgeAttributes, NodeAttributes } from "../../src/types.js";
import type { ViewerGraph } from "./data.js";
import type { ViewState } from "./state.js";

export function isNodeVisible(attrs: NodeAttributes, state: ViewState): boolean {
  return !state.hiddenTypes.has(attrs.entityType);
}

export function isEdgeVisible(attrs: EdgeAttributes, state: ViewState): boolean {
  if (state.hiddenCategories.has(attrs.category)) return false;
  if (attrs.sources < state.minSources) return false;
  if (state.hideNegated && attrs.negated) return false;
  if (state.hideHedged && attrs.hedged) return false;
  return true;
}

/** An edge is drawn when it passes the filters and both its entities do. */
export function isEdgeShown(graph: ViewerGraph, edge: string, state: ViewState): boolean {
  return (
    isEdgeVisible(graph.getEdgeAttributes(edge), state) &&
    isNodeVisible(graph.getSourceAttributes(edge), state) &&
    isNodeVisible(graph.getTargetAttributes(edge), state)
  );
}
