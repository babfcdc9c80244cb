// Node metrics and layout, computed on the assembled graph: degree, PageRank, Louvain community, size, and
// positions from ForceAtlas2 (seeded start, fixed iteration count) followed by noverlap, so that the viewer and
// Gephi open the graph laid out, and the same graph always gets the same positions.
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import louvainModule from "graphology-communities-louvain";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { cjsDefault } from "./cjs.js";
import type { NewsGraph } from "./io.js";
import { round } from "./order.js";
import { seededRandom } from "./random.js";

const pagerank = cjsDefault(pagerankModule);
const louvain = cjsDefault(louvainModule);
const forceAtlas2 = cjsDefault(forceAtlas2Module);
const noverlap = cjsDefault(noverlapModule);

export interface LayoutSettings {
  seed: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows (see `defaultIterations`). */
  iterations?: number;
}

/** ForceAtlas2 iterations: plenty for small graphs, bounded work for large ones (Barnes-Hut above 2,000 nodes). */
export function defaultIterations(order: number): number {
  if (order <= 500) return 300;
  return Math.max(15, Math.round(150_000 / order));
}

/** Node size in the viewer's pixels: grows with the square root of the degree, capped. */
export function sizeOfDegree(degree: number): number {
  return round(Math.min(30, 3 + 2 * Math.sqrt(degree)), 2);
}

/** Writes degree, pagerank, community, size, x and y onto every node (in place: attribute key order is kept). */
export function assignMetricsAndLayout(graph: NewsGraph, settings: LayoutSettings): void {
  if (graph.order === 0) return;
  const ranks = computePagerank(graph);
  const communities =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(settings.seed) }) : ({} as Record<string, number>);
  let isolated = 0;
  const base = graph.size > 0 ? Object.values(communities).reduce((max, c) => Math.max(max, c + 1), 0) : 0;
  graph.forEachNode((node, attributes) => {
    attributes.degree = graph.degree(node);
    attributes.pagerank = Number(ranks[node].toPrecision(6));
    // Louvain leaves edgeless graphs alone; isolated nodes get communities of their own after the others.
    attributes.community = communities[node] ?? base + isolated++;
    attributes.size = sizeOfDegree(attributes.degree);
  });
  layout(graph, settings);
}

function computePagerank(graph: NewsGraph): Record<string, number> {
  if (graph.size > 0) {
    try {
      return pagerank(graph, { getEdgeWeight: "weight", maxIterations: 200, tolerance: 1e-9 });
    } catch {
      // Did not converge: fall back to the uniform distribution below rather than fail the build.
    }
  }
  const uniform: Record<string, number> = {};
  graph.forEachNode((node) => (uniform[node] = 1 / graph.order));
  return uniform;
}

function layout(graph: NewsGraph, settings: LayoutSettings): void {
  const random = seededRandom(settings.seed);
  const spread = Math.sqrt(graph.order) * 10;
  graph.forEachNode((_node, attributes) => {
    attributes.x = (random() - 0.5) * spread;
    attributes.y = (random() - 0.5) * spread;
  });
  if (graph.size > 0) {
    const positions = forceAtlas2(graph, {
      iterations: settings.iterations ?? defaultIterations(graph.order),
      settings: forceAtlas2.inferSettings(graph),
      getEdgeWeight: "weight",
    });
    graph.forEachNode((node, attributes) => {
      attributes.x = positions[node].x;
      attributes.y = positions[node].y;
    });
  }
  const spaced = noverlap(graph, { maxIterations: graph.order <= 2000 ? 100 : 20 });
  graph.forEachNode((node, attributes) => {
    attributes.x = round(spaced[node].x, 2);
    attributes.y = round(spaced[node].y, 2);
  });
}
