// Node metrics and layout, computed on the assembled graph: degree, PageRank, Louvain community, size, and
// positions from ForceAtlas2 (seeded start, fixed iteration count) followed by noverlap, so that the viewer and
// Gephi open the graph laid out, and the same graph always gets the same positions.
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import louvainModule from "graphology-communities-louvain";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { cjsDefault } from "../model/index.js";
import type { NewsGraph } from "../model/index.js";
import { round } from "../model/index.js";
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

/**
 * ForceAtlas2 iterations: plenty for small graphs, a bounded amount of work for large ones (Barnes-Hut above
 * 1,000 nodes; one iteration on 100k nodes still costs about a second). Large graphs start from
 * their communities' clusters, so that few iterations still give a readable picture.
 */
export function defaultIterations(order: number): number {
  if (order <= 500) return 300;
  return Math.max(3, Math.min(300, Math.round(150_000 / order)));
}

/** noverlap iterations: none on large graphs, where it costs more than ForceAtlas2 itself (and fails above ~50k nodes). */
export function noverlapIterations(order: number): number {
  return order <= 1000 ? 50 : order <= 3000 ? 10 : 0;
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
  startFromCommunities(graph, seededRandom(settings.seed));
  if (graph.size > 0) {
    const positions = forceAtlas2(graph, {
      iterations: settings.iterations ?? defaultIterations(graph.order),
      // Barnes-Hut from 1,000 nodes (inferSettings waits for 2,000): measured 2.3x faster at 1,900 nodes.
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 },
      getEdgeWeight: "weight",
    });
    graph.forEachNode((node, attributes) => {
      attributes.x = positions[node].x;
      attributes.y = positions[node].y;
    });
  }
  const iterations = noverlapIterations(graph.order);
  const spaced = iterations > 0 ? noverlap(graph, { maxIterations: iterations, inputReducer: labelFootprint(graph) }) : null;
  graph.forEachNode((node, attributes) => {
    attributes.x = round(spaced ? spaced[node].x : attributes.x, 2);
    attributes.y = round(spaced ? spaced[node].y : attributes.y, 2);
  });
}

/** Width of a (bold) label character, the gap between a node and its label, and the viewport the viewer fits a
 *  graph into, in pixels (approximate). */
const LABEL_CHAR_PX = 9;
const LABEL_GAP_PX = 12;
const VIEWPORT_PX = 800;

/**
 * noverlap keeps node discs apart; on small graphs, where the viewer shows every label, a node's disc is widened
 * to half its label's width so that two labels side by side ("Dmitry Peskov" next to "Kremlin") do not overlap.
 * Sizes are converted from the viewer's pixels to layout units through the graph's extent.
 */
function labelFootprint(graph: NewsGraph) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1) / VIEWPORT_PX;
  return (node: string, attributes: { x: number; y: number; size?: number }) => {
    const labelPx = (graph.getNodeAttribute(node, "label").length * LABEL_CHAR_PX + LABEL_GAP_PX) / 2;
    return { ...attributes, size: Math.max(attributes.size ?? 1, labelPx) * unitsPerPixel };
  };
}

/**
 * Seeded starting positions: each community a disc (area ∝ its size), the discs along a golden-angle spiral,
 * largest first, the nodes at random inside their disc.
 */
function startFromCommunities(graph: NewsGraph, random: () => number): void {
  const members = new Map<number, string[]>();
  graph.forEachNode((node, attributes) => {
    const list = members.get(attributes.community);
    if (list) list.push(node);
    else members.set(attributes.community, [node]);
  });
  const unit = 10;
  const golden = Math.PI * (3 - Math.sqrt(5));
  let placed = 0;
  const communities = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  communities.forEach(([, nodes], i) => {
    const distance = i === 0 ? 0 : Math.sqrt(placed + nodes.length / 2) * unit * 2;
    const cx = Math.cos(i * golden) * distance;
    const cy = Math.sin(i * golden) * distance;
    const radius = Math.sqrt(nodes.length) * unit;
    for (const node of nodes) {
      const r = radius * Math.sqrt(random());
      const angle = 2 * Math.PI * random();
      const attributes = graph.getNodeAttributes(node);
      attributes.x = cx + r * Math.cos(angle);
      attributes.y = cy + r * Math.sin(angle);
    }
    placed += nodes.length;
  });
}
