// Shortest paths between two entities: a breadth-first search bounded by `maxLength`, over relations read in
// either direction (a path is a connection to discover, whichever way each relation points), with every hop's
// edges and the best evidence sentence for it. A speaker is linked to the entities of what they said ("Peskov
// said NATO is involved in Ukraine" links Peskov to NATO and Ukraine), since that is how spokespeople connect.
import { NewsgraphError } from "../errors.js";
import type { NewsGraph } from "../model/index.js";
import type { EdgeAttributes, EvidenceRecord } from "../types.js";
import { cachedIndex } from "./cache.js";
import { resolveEntity, summarize, type EntitySummary } from "./names.js";
import { compareConnections, edgeFilter, toConnection, type Connection, type NeighborOptions } from "./neighbors.js";

export interface PathOptions extends Pick<NeighborOptions, "predicate" | "category" | "includeNegated" | "includeHedged"> {
  /** Longest path looked for, in hops (default 4, at most 8). */
  maxLength?: number;
  /** How many shortest paths to return at most (default 5). */
  limit?: number;
  /** Also step from a speaker to the entities of the relations attributed to them, and back (default true). */
  speakers?: boolean;
}

export const DEFAULT_PATH_OPTIONS = { maxLength: 4, limit: 5, speakers: true };
export const MAX_PATH_LENGTH = 8;

export interface Hop {
  from: string;
  to: string;
  /** "relation": edges between the two; "statement": one of them said something about the other (the `edges`
   *  are the reported relations, attributed to the speaker). */
  kind: "relation" | "statement";
  /** Every accepted edge between the two, strongest first (`direction` is relative to `from`). */
  edges: Connection[];
  /** The edge that best supports the hop: plain over hedged, the article's own statement over one it attributes
   *  to a speaker, then by weight and confidence. */
  best: Connection;
  /** The sentence shown for the hop: the best edge's first sentence stated by the article itself, if any. */
  evidence: EvidenceRecord | null;
}

export interface Path {
  nodes: EntitySummary[];
  hops: Hop[];
}

function bestEdge(edges: Connection[]): Connection {
  const reported = (edge: Connection) => Number(edge.attributedTo.length > 0);
  return [...edges].sort((a, b) => Number(a.hedged) - Number(b.hedged) || reported(a) - reported(b) || compareConnections(a, b))[0];
}

function bestEvidence(edge: Connection): EvidenceRecord | null {
  return edge.evidence.find((record) => !record.attributedTo) ?? edge.evidence[0] ?? null;
}

/** The shortest paths from `a` to `b` (names or keys), up to `limit` of them, or [] when none is within `maxLength`. */
export function paths(graph: NewsGraph, a: string, b: string, options: PathOptions = {}): Path[] {
  const maxLength = options.maxLength ?? DEFAULT_PATH_OPTIONS.maxLength;
  const limit = options.limit ?? DEFAULT_PATH_OPTIONS.limit;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new NewsgraphError("invalid-argument", `paths: maxLength ${maxLength} is not a whole number from 1 to ${MAX_PATH_LENGTH}`);
  }
  if (!Number.isInteger(limit) || limit < 1) throw new NewsgraphError("invalid-argument", `paths: limit ${limit} is not a positive whole number`);
  const start = resolveEntity(graph, a);
  const goal = resolveEntity(graph, b);
  if (start === goal) return [{ nodes: [summarize(graph, start)], hops: [] }];
  const accept = edgeFilter(options);
  const speakers = options.speakers ?? DEFAULT_PATH_OPTIONS.speakers ? speakerIndex(graph) : NO_SPEAKERS;
  const said: SaidBy = (speaker) => (speakers.get(speaker) ?? []).filter((key) => accept(graph.getEdgeAttributes(key)));

  // parents: for each reached node, the nodes one hop closer to `start` on some shortest path.
  const distance = new Map<string, number>([[start, 0]]);
  const parents = new Map<string, Set<string>>();
  let frontier = [start];
  for (let level = 1; level <= maxLength && frontier.length && !distance.has(goal); level++) {
    const next: string[] = [];
    for (const from of frontier) {
      const reach = (other: string) => {
        if (other === from) return;
        const seen = distance.get(other);
        if (seen === undefined) {
          distance.set(other, level);
          parents.set(other, new Set([from]));
          next.push(other);
        } else if (seen === level) parents.get(other)!.add(from);
      };
      const visit = (_key: string, attributes: EdgeAttributes, source: string, target: string) => {
        if (!accept(attributes)) return;
        reach(source === from ? target : source);
        if (speakers.size) for (const speaker of attributes.attributedTo ?? []) if (speakers.has(speaker)) reach(speaker);
      };
      graph.forEachOutEdge(from, visit);
      graph.forEachInEdge(from, visit);
      for (const key of said(from)) {
        reach(graph.source(key));
        reach(graph.target(key));
      }
    }
    frontier = next;
  }
  if (!distance.has(goal)) return [];

  // Walk back from the goal through the parents, in key order, until `limit` paths are found.
  const found: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (found.length >= limit) return;
    if (node === start) {
      found.push([start, ...suffix]);
      return;
    }
    for (const parent of [...parents.get(node)!].sort()) walk(parent, [node, ...suffix]);
  };
  walk(goal, []);
  return found.map((keys) => ({ nodes: keys.map((key) => summarize(graph, key)), hops: keys.slice(1).map((to, i) => hop(graph, keys[i], to, accept, said)) }));
}

/** The keys of the accepted edges attributed to a speaker. */
type SaidBy = (speaker: string) => string[];

const NO_SPEAKERS: ReadonlyMap<string, string[]> = new Map();
const SPEAKER_INDEXES = new WeakMap<NewsGraph, Map<string, string[]>>();
// Graph events after which the cached speaker index is stale.
const SPEAKER_STALE_EVENTS = ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "edgeAttributesUpdated", "edgesCleared", "cleared"] as const;

/** Speaker → keys of the edges attributed to them, for speakers that are nodes of the graph; made once per graph
 *  (a scan of every edge, which cost more than the search itself) and filtered per query. */
function speakerIndex(graph: NewsGraph): ReadonlyMap<string, string[]> {
  return cachedIndex(SPEAKER_INDEXES, graph, SPEAKER_STALE_EVENTS, () => {
    const index = new Map<string, string[]>();
    graph.forEachEdge((key, attributes) => {
      for (const speaker of attributes.attributedTo ?? []) {
        if (!graph.hasNode(speaker)) continue;
        const keys = index.get(speaker);
        if (keys) keys.push(key);
        else index.set(speaker, [key]);
      }
    });
    return index;
  });
}

function hop(graph: NewsGraph, from: string, to: string, accept: (attributes: EdgeAttributes) => boolean, said: SaidBy): Hop {
  const edges: Connection[] = [];
  const collect = (key: string, attributes: EdgeAttributes, source: string, target: string) => {
    if (accept(attributes)) edges.push(toConnection(graph, key, attributes, source, target, from));
  };
  // Edges between two given nodes cost O(edges between them), not O(degree).
  graph.forEachOutEdge(from, to, collect);
  graph.forEachOutEdge(to, from, collect);
  if (edges.length) {
    edges.sort(compareConnections);
    const best = bestEdge(edges);
    return { from, to, kind: "relation", edges, best, evidence: bestEvidence(best) };
  }
  // No relation between them: one said something about the other.
  const speaker = said(from).some((key) => graph.hasExtremity(key, to)) ? from : to;
  const other = speaker === from ? to : from;
  for (const key of said(speaker)) {
    if (graph.hasExtremity(key, other)) collect(key, graph.getEdgeAttributes(key), graph.source(key), graph.target(key));
  }
  edges.sort(compareConnections);
  const best = edges[0];
  const evidence = best.evidence.find((record) => record.attributedTo === speaker) ?? best.evidence[0] ?? null;
  return { from, to, kind: "statement", edges, best, evidence };
}
