// Node metrics and layout, computed on the assembled graph: degree, PageRank, Louvain community, size, and
// positions from ForceAtlas2 (seeded start, fixed iteration count) followed by noverlap, so that the viewer and
// Gephi open the graph laid out, and the same graph always gets the same positions.
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import louvainModule from "graphology-communities-louvain";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { MultiDirectedGraph } from "graphology";
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
  /** Positions to keep (a saved graph's, for `build --update` and `remove`): see `extendLayout`. */
  keep?: ReadonlyMap<string, Position>;
}

export interface Position {
  x: number;
  y: number;
}

/** ForceAtlas2 iterations over the new nodes of an update, the others staying where they were. */
export const UPDATE_ITERATIONS = 5;

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
  if (settings.keep && settings.keep.size > 0) {
    extendLayout(graph, settings.keep, seededRandom(settings.seed));
    return;
  }
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
 * The nodes whose labels noverlap keeps apart: the largest ones, which the viewer labels first (sigma shows the
 * largest node's label in each 90-pixel cell, about 50 labels on an 800-pixel overview; more as one zooms in).
 * Widening every node instead made noverlap's collision grid quadratic: 5.7 of a 2,500-article build's 7.4 CPU-s
 * of layout, on 1,905 nodes.
 */
export const LABELLED_NODES = 100;

/**
 * noverlap keeps node discs apart; for the nodes whose labels the viewer shows (all of them on small graphs,
 * the `LABELLED_NODES` largest on others), a node's disc is widened to half its label's width so that two labels
 * side by side ("Dmitry Peskov" next to "Kremlin") do not overlap. Sizes are converted from the viewer's pixels to
 * layout units through the graph's extent; each node's footprint is computed once.
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
  const footprint = new Map<string, number>();
  for (const node of largestNodes(graph, LABELLED_NODES)) {
    const { label, size } = graph.getNodeAttributes(node);
    footprint.set(node, Math.max(size, (label.length * LABEL_CHAR_PX + LABEL_GAP_PX) / 2) * unitsPerPixel);
  }
  return (node: string, attributes: { x: number; y: number; size?: number }) => ({
    ...attributes,
    size: footprint.get(node) ?? (attributes.size ?? 1) * unitsPerPixel,
  });
}

/** The `count` nodes of largest size (then degree, then key): the ones the viewer labels first. */
function largestNodes(graph: NewsGraph, count: number): string[] {
  const nodes = graph.nodes();
  if (nodes.length <= count) return nodes;
  const size = (node: string) => graph.getNodeAttribute(node, "size");
  const degree = (node: string) => graph.getNodeAttribute(node, "degree");
  return nodes.sort((a, b) => size(b) - size(a) || degree(b) - degree(a) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, count);
}

/**
 * The layout of an update: nodes of the saved graph keep their positions; a new node starts at the mean position
 * of its neighbours already placed (near the origin when it has none), a little apart from them, and a few
 * ForceAtlas2 iterations move the new nodes only (`moveAddedNodes`). A full layout costs more than the rest of an update at 10k
 * articles, and moving every node would also lose the picture a user knows. Deterministic for a given saved graph
 * and given additions; `build --relayout` lays everything out again.
 */
function extendLayout(graph: NewsGraph, keep: ReadonlyMap<string, Position>, random: () => number): void {
  const placed = new Set<string>();
  const added: string[] = [];
  graph.forEachNode((node, attributes) => {
    const position = keep.get(node);
    if (!position) return added.push(node);
    attributes.x = position.x;
    attributes.y = position.y;
    placed.add(node);
  });
  const unit = 10;
  for (const node of added) {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(node, (neighbor, attributes) => {
      if (!placed.has(neighbor)) return;
      x += attributes.x;
      y += attributes.y;
      n++;
    });
    const angle = 2 * Math.PI * random();
    const attributes = graph.getNodeAttributes(node);
    attributes.x = (n ? x / n : 0) + unit * Math.cos(angle);
    attributes.y = (n ? y / n : 0) + unit * Math.sin(angle);
    placed.add(node);
  }
  if (added.length > 0 && graph.size > 0) moveAddedNodes(graph, added);
  graph.forEachNode((_node, attributes) => {
    attributes.x = round(attributes.x, 2);
    attributes.y = round(attributes.y, 2);
  });
}

/**
 * A few ForceAtlas2 iterations over the new nodes and their neighbours only: the neighbours (marked `fixed`, which
 * ForceAtlas2 leaves in place) pull the new nodes in and the new nodes push each other apart. Iterating over the whole
 * graph instead cost 2.9 of an update's 9.4 CPU-s on a 21,000-entity graph, for forces of far-away nodes that barely
 * move a node in so few iterations.
 */
function moveAddedNodes(graph: NewsGraph, added: readonly string[]): void {
  const local = new MultiDirectedGraph<Position & { size: number; fixed: boolean }, { weight: number }>();
  const isAdded = new Set(added);
  const place = (node: string) => {
    if (local.hasNode(node)) return;
    const { x, y, size } = graph.getNodeAttributes(node);
    local.addNode(node, { x, y, size, fixed: !isAdded.has(node) });
  };
  for (const node of added) {
    place(node);
    graph.forEachEdge(node, (edge, { weight }, source, target) => {
      if (local.hasEdge(edge)) return;
      place(source);
      place(target);
      local.addEdgeWithKey(edge, source, target, { weight });
    });
  }
  if (local.order < 2) return;
  const positions = forceAtlas2(local, {
    iterations: UPDATE_ITERATIONS,
    settings: { ...forceAtlas2.inferSettings(local), barnesHutOptimize: local.order > 1000 },
    getEdgeWeight: "weight",
  });
  for (const node of added) {
    const attributes = graph.getNodeAttributes(node);
    attributes.x = positions[node].x;
    attributes.y = positions[node].y;
  }
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
