// The viewer's slim payload: what the page needs to draw, search and filter a graph (labels, types, aliases,
// positions, metrics, edge ends, predicates and flags), in columns with shared tables, without evidence
// sentences or article lists. Those come per entity or per edge on demand (`entityDetails`, `edgeDetails`).
// Browser-safe: the server builds the payload from the graph file, and the page builds the same payload from
// a static graph.json when no server is there.
import { ENTITY_TYPES, RELATION_CATEGORIES } from "../types.js";
import type { DocumentInfo, EvidenceRecord } from "../types.js";
import type { NewsGraph } from "./graph.js";
import { compareStrings } from "./order.js";

export const VIEW_FORMAT = "newsgraph-view";
export const VIEW_VERSION = 1;

/** Edge flags, one bit each. */
export const NEGATED = 1;
export const HEDGED = 2;
export const SYMMETRIC = 4;

export interface ViewPayload {
  format: typeof VIEW_FORMAT;
  version: number;
  /** Number of articles the graph was built from. */
  documents: number;
  /** Tables the columns below index into. */
  entityTypes: string[];
  categories: string[];
  predicates: string[];
  nodes: {
    keys: string[];
    labels: string[];
    /** Index into `entityTypes`. */
    types: number[];
    /** Aliases other than the label (search finds entities by them). */
    aliases: string[][];
    mentions: number[];
    /** Number of articles that mention the entity (the list itself is in `entityDetails`). */
    docCount: number[];
    degree: number[];
    pagerank: number[];
    community: number[];
    /** Precomputed positions; NaN-free (a node without one gets null and the page places it). */
    x: Array<number | null>;
    y: Array<number | null>;
  };
  edges: {
    /** Node indices. */
    source: number[];
    target: number[];
    /** Index into `predicates`. */
    predicate: number[];
    /** Index into `categories`. */
    category: number[];
    /** NEGATED | HEDGED | SYMMETRIC. */
    flags: number[];
    weight: number[];
    sources: number[];
    confidence: number[];
    /** [edge index, speaker node indices] for the few edges attributed to someone. */
    speakers: Array<[number, number[]]>;
    /** [edge index, key] for edges whose key is not `defaultEdgeKey(...)` of their ends and predicate. */
    keys: Array<[number, string]>;
    /** [edge index, label] for edges whose label is not their predicate. */
    labels: Array<[number, string]>;
  };
}

/** What the entity panel fetches on demand: the articles that mention it. */
export interface EntityDetails {
  key: string;
  documents: DocumentInfo[];
}

/** What the evidence drawer fetches on demand: the sentences behind a relation and their articles. */
export interface EdgeDetails {
  key: string;
  evidence: EvidenceRecord[];
  firstSeen?: string;
  lastSeen?: string;
  documents: DocumentInfo[];
}

/** The key `newsgraph build` gives an edge (src/build/assemble.ts `edgeKey`); the payload lists only exceptions. */
export function defaultEdgeKey(source: string, predicate: string, target: string, negated: boolean): string {
  return `${source} -[${negated ? "not " : ""}${predicate}]-> ${target}`;
}

function finite(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Rounds to `digits` decimals; positions need no more than pixels, metrics no more than 4 significant digits. */
function fixed(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function significant(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/** Builds the slim payload of a graph. Deterministic: nodes and edges keep the graph's order. */
export function toViewPayload(graph: NewsGraph): ViewPayload {
  const index = new Map<string, number>();
  const entityTypes = [...ENTITY_TYPES] as string[];
  const categories = [...RELATION_CATEGORIES] as string[];
  const predicates: string[] = [];
  const predicateIndex = new Map<string, number>();
  const tableIndex = (table: string[], value: string, fallback: string): number => {
    const at = table.indexOf(value);
    return at >= 0 ? at : table.indexOf(fallback);
  };
  const nodes: ViewPayload["nodes"] = {
    keys: [],
    labels: [],
    types: [],
    aliases: [],
    mentions: [],
    docCount: [],
    degree: [],
    pagerank: [],
    community: [],
    x: [],
    y: [],
  };
  graph.forEachNode((key, attrs) => {
    index.set(key, nodes.keys.length);
    const label = typeof attrs.label === "string" && attrs.label !== "" ? attrs.label : key;
    nodes.keys.push(key);
    nodes.labels.push(label);
    nodes.types.push(tableIndex(entityTypes, attrs.entityType as string, "OTHER"));
    const aliases = Array.isArray(attrs.aliases)
      ? attrs.aliases.filter((a): a is string => typeof a === "string" && a !== label)
      : [];
    nodes.aliases.push(aliases);
    nodes.mentions.push(finite(attrs.mentions, 0));
    nodes.docCount.push(Array.isArray(attrs.docs) ? attrs.docs.length : 0);
    nodes.degree.push(finite(attrs.degree, 0));
    nodes.pagerank.push(significant(finite(attrs.pagerank, 0), 4));
    nodes.community.push(finite(attrs.community, 0));
    const x = finite(attrs.x, NaN);
    const y = finite(attrs.y, NaN);
    const placed = Number.isFinite(x) && Number.isFinite(y);
    nodes.x.push(placed ? fixed(x, 2) : null);
    nodes.y.push(placed ? fixed(y, 2) : null);
  });
  const edges: ViewPayload["edges"] = {
    source: [],
    target: [],
    predicate: [],
    category: [],
    flags: [],
    weight: [],
    sources: [],
    confidence: [],
    speakers: [],
    keys: [],
    labels: [],
  };
  graph.forEachEdge((key, attrs, source, target) => {
    const at = edges.source.length;
    const predicate =
      typeof attrs.predicate === "string" ? attrs.predicate : typeof attrs.label === "string" ? attrs.label : "related to";
    let p = predicateIndex.get(predicate);
    if (p === undefined) {
      p = predicates.length;
      predicates.push(predicate);
      predicateIndex.set(predicate, p);
    }
    const negated = attrs.negated === true;
    edges.source.push(index.get(source)!);
    edges.target.push(index.get(target)!);
    edges.predicate.push(p);
    edges.category.push(tableIndex(categories, attrs.category as string, "other"));
    edges.flags.push((negated ? NEGATED : 0) | (attrs.hedged === true ? HEDGED : 0) | (attrs.symmetric ? SYMMETRIC : 0));
    const evidence = Array.isArray(attrs.evidence) ? attrs.evidence : [];
    edges.weight.push(finite(attrs.weight, evidence.length || 1));
    edges.sources.push(finite(attrs.sources, new Set(evidence.map((e) => e?.doc)).size || 1));
    edges.confidence.push(fixed(finite(attrs.confidence, 1), 2));
    const speakers = Array.isArray(attrs.attributedTo)
      ? attrs.attributedTo.map((s) => index.get(s)).filter((s): s is number => s !== undefined)
      : [];
    if (speakers.length) edges.speakers.push([at, speakers]);
    if (key !== defaultEdgeKey(source, predicate, target, negated)) edges.keys.push([at, key]);
    if (typeof attrs.label === "string" && attrs.label !== predicate) edges.labels.push([at, attrs.label]);
  });
  const listed = graph.getAttribute("documents");
  return {
    format: VIEW_FORMAT,
    version: VIEW_VERSION,
    documents: Array.isArray(listed) ? listed.length : 0,
    entityTypes,
    categories,
    predicates,
    nodes,
    edges,
  };
}

/** Whether parsed JSON looks like a payload this code can read (a version it knows, columns of equal length). */
export function isViewPayload(data: unknown): data is ViewPayload {
  if (!data || typeof data !== "object") return false;
  const payload = data as Partial<ViewPayload>;
  if (payload.format !== VIEW_FORMAT || payload.version !== VIEW_VERSION) return false;
  const { nodes, edges } = payload;
  if (!nodes || !edges || !Array.isArray(nodes.keys) || !Array.isArray(edges.source)) return false;
  const n = nodes.keys.length;
  const m = edges.source.length;
  const columns = [nodes.labels, nodes.types, nodes.aliases, nodes.x, nodes.y, nodes.degree];
  const edgeColumns = [edges.target, edges.predicate, edges.category, edges.flags, edges.weight, edges.sources];
  return (
    columns.every((c) => Array.isArray(c) && c.length === n) &&
    edgeColumns.every((c) => Array.isArray(c) && c.length === m) &&
    Array.isArray(payload.predicates) &&
    Array.isArray(edges.speakers) &&
    Array.isArray(edges.keys)
  );
}

function documentsById(graph: NewsGraph, ids: Iterable<string>): DocumentInfo[] {
  const wanted = new Set(ids);
  const listed = graph.getAttribute("documents");
  const found = new Map<string, DocumentInfo>();
  if (Array.isArray(listed)) for (const doc of listed) if (doc && wanted.has(doc.id)) found.set(doc.id, doc);
  // Articles missing from the list still show, by id.
  return [...wanted].sort(compareStrings).map((id) => found.get(id) ?? { id, hash: "" });
}

/** The articles that mention an entity, sorted by id; null when there is no such entity. */
export function entityDetails(graph: NewsGraph, key: string): EntityDetails | null {
  if (!graph.hasNode(key)) return null;
  const docs = graph.getNodeAttribute(key, "docs");
  return { key, documents: documentsById(graph, Array.isArray(docs) ? docs.filter((d) => typeof d === "string") : []) };
}

/** The evidence sentences of a relation and the articles they come from; null when there is no such edge. */
export function edgeDetails(graph: NewsGraph, key: string): EdgeDetails | null {
  if (!graph.hasEdge(key)) return null;
  const attrs = graph.getEdgeAttributes(key);
  const evidence = Array.isArray(attrs.evidence)
    ? attrs.evidence.filter((e) => e && typeof e.text === "string" && typeof e.doc === "string")
    : [];
  const details: EdgeDetails = { key, evidence, documents: documentsById(graph, evidence.map((e) => e.doc)) };
  if (typeof attrs.firstSeen === "string") details.firstSeen = attrs.firstSeen;
  if (typeof attrs.lastSeen === "string") details.lastSeen = attrs.lastSeen;
  return details;
}
