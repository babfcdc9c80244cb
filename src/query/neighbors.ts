// Neighbours of an entity: breadth-first over its in- and out-edges (never a scan of the graph), each neighbour
// with the edges that connect it and their evidence; denied relations are left out unless asked for.
import { NewsgraphError } from "../errors.js";
import type { NewsGraph } from "../model/index.js";
import type { EdgeAttributes, EntityType, EvidenceRecord, RelationCategory } from "../types.js";
import { resolveEntity, summarize, type EntitySummary } from "./names.js";

export type Direction = "out" | "in" | "both";

export interface NeighborOptions {
  /** "out": relations the entity is the subject of; "in": the object of; "both" (default). Symmetric relations
   *  ("meets") count in both directions. */
  direction?: Direction;
  /** Only relations with this predicate (or one of these), case-insensitive, e.g. "speaks for". */
  predicate?: string | string[];
  /** Only relations of this category (or these). */
  category?: RelationCategory | RelationCategory[];
  /** Only neighbours of these types (the walk still passes through others at depth > 1). */
  types?: EntityType[];
  /** How many hops (default 1, at most 6). */
  depth?: number;
  /** Also follow denied relations ("X denied attacking Y"); default false. */
  includeNegated?: boolean;
  /** Also follow hedged relations ("X may attack Y"); default true (they are marked `hedged`). */
  includeHedged?: boolean;
}

export const DEFAULT_NEIGHBOR_OPTIONS = {
  direction: "both" as Direction,
  depth: 1,
  includeNegated: false,
  includeHedged: true,
};

export const MAX_DEPTH = 6;

/** One edge as a query returns it: the relation, which way it points from the node it was reached from, evidence. */
export interface Connection {
  key: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  /** The end the walk came from, and whether the edge leaves it ("out") or arrives at it ("in"). */
  from: string;
  direction: "out" | "in";
  predicate: string;
  label: string;
  category: RelationCategory;
  negated: boolean;
  hedged: boolean;
  symmetric: boolean;
  attributedTo: string[];
  /** Labels of the `attributedTo` entities, in the same order. */
  attributedToLabels: string[];
  weight: number;
  sources: number;
  confidence: number;
  evidence: EvidenceRecord[];
}

export interface Neighbor {
  entity: EntitySummary;
  /** Hops from the start (1 = directly related). */
  depth: number;
  /** The nodes one hop closer to the start that it was reached from (the start itself at depth 1). */
  via: string[];
  /** The edges between it and `via`, strongest first. */
  edges: Connection[];
}

export function validateNeighborOptions(options: NeighborOptions): Required<Pick<NeighborOptions, "direction" | "depth">> {
  const direction = options.direction ?? DEFAULT_NEIGHBOR_OPTIONS.direction;
  if (!["out", "in", "both"].includes(direction)) {
    throw new NewsgraphError("invalid-argument", `neighbors: direction "${direction}" is not one of out, in, both`);
  }
  const depth = options.depth ?? DEFAULT_NEIGHBOR_OPTIONS.depth;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new NewsgraphError("invalid-argument", `neighbors: depth ${depth} is not a whole number from 1 to ${MAX_DEPTH}`);
  }
  return { direction, depth };
}

export function toConnection(
  graph: NewsGraph,
  key: string,
  attributes: EdgeAttributes,
  source: string,
  target: string,
  from: string,
): Connection {
  return {
    key,
    source,
    target,
    sourceLabel: String(graph.getNodeAttribute(source, "label") ?? source),
    targetLabel: String(graph.getNodeAttribute(target, "label") ?? target),
    from,
    direction: source === from ? "out" : "in",
    predicate: attributes.predicate,
    label: attributes.label ?? attributes.predicate,
    category: attributes.category,
    negated: attributes.negated === true,
    hedged: attributes.hedged === true,
    symmetric: attributes.symmetric === true,
    attributedTo: attributes.attributedTo ?? [],
    attributedToLabels: (attributes.attributedTo ?? []).map((key) =>
      graph.hasNode(key) ? String(graph.getNodeAttribute(key, "label") ?? key) : key,
    ),
    weight: attributes.weight ?? 0,
    sources: attributes.sources ?? 0,
    confidence: attributes.confidence ?? 0,
    evidence: attributes.evidence ?? [],
  };
}

/** Strongest first: weight, then confidence, then key (for a stable order). */
export function compareConnections(a: Connection, b: Connection): number {
  return b.weight - a.weight || b.confidence - a.confidence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function toSet<T extends string>(value: T | T[] | undefined, normalize: (v: string) => string = (v) => v): Set<string> | null {
  if (value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  return values.length ? new Set(values.map((v) => normalize(v))) : null;
}

/** Returns an edge filter for the options (polarity, hedging, predicate, category). */
export function edgeFilter(options: NeighborOptions): (attributes: EdgeAttributes) => boolean {
  const predicates = toSet(options.predicate, (p) => p.trim().toLowerCase());
  const categories = toSet(options.category);
  const includeNegated = options.includeNegated ?? DEFAULT_NEIGHBOR_OPTIONS.includeNegated;
  const includeHedged = options.includeHedged ?? DEFAULT_NEIGHBOR_OPTIONS.includeHedged;
  return (attributes) =>
    (includeNegated || !attributes.negated) &&
    (includeHedged || !attributes.hedged) &&
    (!predicates || predicates.has(String(attributes.predicate).toLowerCase())) &&
    (!categories || categories.has(attributes.category));
}

/** The entity's neighbours up to `depth` hops; `entity` is a node key or a name (see `findEntity`). */
export function neighbors(graph: NewsGraph, entity: string, options: NeighborOptions = {}): Neighbor[] {
  const start = resolveEntity(graph, entity);
  const { direction, depth } = validateNeighborOptions(options);
  const accept = edgeFilter(options);
  const types = options.types?.length ? new Set<string>(options.types) : null;

  const reached = new Map<string, { depth: number; via: Set<string>; edges: Connection[] }>([[start, { depth: 0, via: new Set(), edges: [] }]]);
  let frontier = [start];
  for (let level = 1; level <= depth && frontier.length; level++) {
    const next: string[] = [];
    for (const from of frontier) {
      const visit = (key: string, attributes: EdgeAttributes, source: string, target: string) => {
        if (!accept(attributes)) return;
        const outgoing = source === from;
        if (direction === "out" && !outgoing && !attributes.symmetric) return;
        if (direction === "in" && outgoing && !attributes.symmetric) return;
        const other = outgoing ? target : source;
        let entry = reached.get(other);
        if (!entry) {
          entry = { depth: level, via: new Set(), edges: [] };
          reached.set(other, entry);
          next.push(other);
        }
        // Edges are kept only from the layer just before this node's own, so each edge shows once.
        if (entry.depth !== level) return;
        entry.via.add(from);
        entry.edges.push(toConnection(graph, key, attributes, source, target, from));
      };
      graph.forEachOutEdge(from, visit);
      graph.forEachInEdge(from, visit);
    }
    frontier = next;
  }

  const result: Neighbor[] = [];
  for (const [key, entry] of reached) {
    if (key === start) continue;
    const summary = summarize(graph, key);
    if (types && !types.has(summary.type)) continue;
    result.push({ entity: summary, depth: entry.depth, via: [...entry.via].sort(), edges: entry.edges.sort(compareConnections) });
  }
  // Total evidence per neighbour, computed once rather than in every comparison.
  const weights = new Map(result.map((n) => [n, n.edges.reduce((sum, e) => sum + e.weight, 0)]));
  return result.sort(
    (a, b) =>
      a.depth - b.depth ||
      weights.get(b)! - weights.get(a)! ||
      (a.entity.label < b.entity.label ? -1 : a.entity.label > b.entity.label ? 1 : 0) ||
      (a.entity.key < b.entity.key ? -1 : 1),
  );
}
