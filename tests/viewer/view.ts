// The page's graph as the viewer builds it: a saved graph's JSON parsed, reduced to the slim view payload, and
// rebuilt from it (the same path the page takes on a static graph.json).
import { toViewPayload } from "../../src/model/view.js";
import { parseGraphText } from "../../viewer/src/data.js";
import { fromViewPayload, type ViewerGraph } from "../../viewer/src/view-graph.js";

export function viewGraphOf(json: string): ViewerGraph {
  return fromViewPayload(toViewPayload(parseGraphText(json).graph)).graph;
}
