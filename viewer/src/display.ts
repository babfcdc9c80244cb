// Display values computed from the graph without sigma (so they can be tested in Node): curvature for parallel
// relations, node sizes for both sizing modes, and readable edge labels.
import type { ViewEdge as EdgeAttributes } from "./view-graph.js";
import type { ViewerGraph } from "./view-graph.js";

/**
 * Curvature per edge, so that several relations between the same two entities do not draw on top of each other.
 * `edges` narrows it to some edges (all edges of one node: parallel edges share both ends, so each group is whole).
 */
export function parallelCurvatures(graph: ViewerGraph, edges?: Iterable<string>, step = 0.35): Map<string, number> {
  const byPair = new Map<string, string[]>();
  for (const edge of edges ?? graph.edges()) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  }
  const curvatures = new Map<string, number>();
  for (const edges of byPair.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    edges.forEach((edge, i) => {
      const offset = i - (edges.length - 1) / 2;
      // The curve bends to the left of its direction: flip reversed edges so that offsets stay on one side.
      const reversed = graph.source(edge) > graph.target(edge);
      const curvature = (reversed ? -offset : offset) * step;
      if (curvature !== 0) curvatures.set(edge, curvature);
    });
  }
  return curvatures;
}

/** The smallest and biggest node sizes `nodeSizes` gives (sigma's size units: a disc's radius in pixels at zoom 1). */
export const NODE_SIZE_MIN = 4;
export const NODE_SIZE_MAX = 18;

/** Node sizes for both sizing modes, scaled so the biggest hub stays readable. */
export function nodeSizes(graph: ViewerGraph): { degree: Map<string, number>; pagerank: Map<string, number> } {
  let maxDegree = 1;
  let maxRank = 0;
  graph.forEachNode((node, attrs) => {
    maxDegree = Math.max(maxDegree, attrs.degree || graph.degree(node));
    maxRank = Math.max(maxRank, attrs.pagerank);
  });
  const degree = new Map<string, number>();
  const pagerank = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    const range = NODE_SIZE_MAX - NODE_SIZE_MIN;
    degree.set(node, NODE_SIZE_MIN + range * Math.sqrt((attrs.degree || graph.degree(node)) / maxDegree));
    pagerank.set(node, maxRank > 0 ? NODE_SIZE_MIN + range * Math.sqrt(attrs.pagerank / maxRank) : 6);
  });
  return { degree, pagerank };
}

/** The readable edge label: predicate plus polarity and speaker. */
export function edgeLabel(attrs: EdgeAttributes, labelOf: (id: string) => string): string {
  let label = attrs.predicate;
  if (attrs.negated) label += " (denied)";
  if (attrs.hedged) label += " (hedged)";
  if (attrs.attributedTo.length) label += ` — per ${attrs.attributedTo.map(labelOf).join(", ")}`;
  return label;
}
