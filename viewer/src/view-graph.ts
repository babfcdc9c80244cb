// The graph the page draws: built from the slim view payload (src/model/view.ts), so it holds what the canvas,
// search, filters and panel headings need, and no evidence sentences or article lists (see details.ts).
import { MultiDirectedGraph } from "graphology";
import type { EntityType, RelationCategory } from "../../src/types.js";
import { defaultEdgeKey, HEDGED, NEGATED, SYMMETRIC, type ViewPayload } from "../../src/model/view.js";

export interface ViewNode {
  label: string;
  /** Not `type`: sigma reads that as the name of the program that draws the node. */
  entityType: EntityType;
  /** Aliases other than the label. */
  aliases: string[];
  mentions: number;
  /** Number of articles that mention the entity. */
  docCount: number;
  degree: number;
  /** Relations in the file that start or end here (the "min. relations" filter counts these). */
  relations: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
}

export interface ViewEdge {
  predicate: string;
  label: string;
  category: RelationCategory;
  negated: boolean;
  hedged: boolean;
  symmetric: boolean;
  attributedTo: string[];
  weight: number;
  sources: number;
  confidence: number;
}

export interface ViewGraphAttributes {
  /** Number of articles the graph was built from. */
  documents: number;
}

export type ViewerGraph = MultiDirectedGraph<ViewNode, ViewEdge, ViewGraphAttributes>;

/** The entity type of a node: the one place that knows which attribute holds it. */
export function entityTypeOf(attrs: ViewNode): EntityType {
  return attrs.entityType;
}

/** The usual relation has no speaker: one shared empty list instead of 150,000, frozen so that no one writes to it. */
const NO_SPEAKERS = Object.freeze([]) as unknown as string[];

/** Above this many relations the adjacency objects are made hash tables before the relations go in. */
const BIG_ADJACENCY = 20_000;

/**
 * Graphology keeps each node's relations in plain objects keyed by the neighbour's key. V8 gives every object a
 * new hidden class at each new key, and with keys that differ from node to node that means one class per
 * relation end, 300,000 for 150,000 relations: adding them took 1-1.4 s, most of it building classes and
 * collecting them. Deleting a property that is not the last one turns an object into a hash table, where a new
 * key costs a hash insert (3-4x faster measured in Node on the bench's 50k graph). This reaches into graphology's
 * internals (`_nodes`, `out`, `in`); when they are not there it does nothing and the graph is only slower to build.
 */
function hashAdjacency(graph: ViewerGraph): void {
  const nodes = (graph as unknown as { _nodes?: Map<string, { out?: object; in?: object }> })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const data of nodes.values()) {
    for (const adjacency of [data.out, data.in] as Record<string, unknown>[]) {
      // Called before any relation is added: the objects are empty.
      if (!adjacency || typeof adjacency !== "object") continue;
      adjacency["\u0000a"] = 0;
      adjacency["\u0000b"] = 0;
      delete adjacency["\u0000a"];
      delete adjacency["\u0000b"];
    }
  }
}

/** Builds the page's graph from a payload; `unpositioned` lists the nodes that came without x/y. */
export function fromViewPayload(payload: ViewPayload): { graph: ViewerGraph; unpositioned: string[] } {
  const graph: ViewerGraph = new MultiDirectedGraph<ViewNode, ViewEdge, ViewGraphAttributes>();
  graph.replaceAttributes({ documents: payload.documents });
  const { nodes, edges } = payload;
  const unpositioned: string[] = [];
  // Counted first, so that each node is added whole (a setNodeAttribute afterwards is an event per node).
  const relations = new Array<number>(nodes.keys.length).fill(0);
  for (let i = 0; i < edges.source.length; i++) {
    relations[edges.source[i]]++;
    if (edges.target[i] !== edges.source[i]) relations[edges.target[i]]++;
  }
  for (let i = 0; i < nodes.keys.length; i++) {
    const key = nodes.keys[i];
    const x = nodes.x[i];
    const y = nodes.y[i];
    if (x === null || y === null) unpositioned.push(key);
    graph.addNode(key, {
      label: nodes.labels[i],
      entityType: (payload.entityTypes[nodes.types[i]] ?? "OTHER") as EntityType,
      aliases: nodes.aliases[i] ?? [],
      mentions: nodes.mentions[i] ?? 0,
      docCount: nodes.docCount[i] ?? 0,
      degree: nodes.degree[i] ?? 0,
      relations: relations[i],
      pagerank: nodes.pagerank[i] ?? 0,
      community: nodes.community[i] ?? 0,
      x: x ?? NaN,
      y: y ?? NaN,
    });
  }
  if (edges.source.length > BIG_ADJACENCY) hashAdjacency(graph);
  const keys = new Map(edges.keys);
  const labels = new Map(edges.labels);
  const speakers = new Map(edges.speakers);
  for (let i = 0; i < edges.source.length; i++) {
    const source = nodes.keys[edges.source[i]];
    const target = nodes.keys[edges.target[i]];
    const predicate = payload.predicates[edges.predicate[i]];
    const flags = edges.flags[i];
    const negated = (flags & NEGATED) !== 0;
    const key = keys.get(i) ?? defaultEdgeKey(source, predicate, target, negated);
    graph.addEdgeWithKey(key, source, target, {
      predicate,
      label: labels.get(i) ?? predicate,
      category: (payload.categories[edges.category[i]] ?? "other") as RelationCategory,
      negated,
      hedged: (flags & HEDGED) !== 0,
      symmetric: (flags & SYMMETRIC) !== 0,
      attributedTo: speakers.get(i)?.map((n) => nodes.keys[n]) ?? NO_SPEAKERS,
      weight: edges.weight[i],
      sources: edges.sources[i],
      confidence: edges.confidence[i],
    });
  }
  return { graph, unpositioned };
}
