// The viewer's one data-access seam: fetches the graph JSON served by `newsgraph view` (a static file today),
// checks it, and hands the rest of the page a graphology graph. Components never fetch anything themselves.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import {
  ENTITY_TYPES,
  RELATION_CATEGORIES,
  type DocumentInfo,
  type EdgeAttributes,
  type EntityType,
  type GraphAttributes,
  type NodeAttributes,
  type RelationCategory,
} from "../../src/types.js";
import { upgradeSerializedGraph } from "../../src/model/graph.js";

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface LoadedGraph {
  graph: ViewerGraph;
  /** Articles by id, for titles and links in the evidence. */
  documents: Map<string, DocumentInfo>;
  /** Nodes that came without usable x/y (they need a layout before sigma can draw them). */
  unpositioned: string[];
}

export type LoadErrorKind = "missing" | "unreachable" | "not-json" | "not-graph";

/** A graph that cannot be shown, with a message meant for the reader. */
export class GraphLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "GraphLoadError";
  }
}

const CATEGORIES = RELATION_CATEGORIES;

/** Fetches and parses the graph at `url` (relative to the page). */
export async function fetchGraph(url = "graph.json"): Promise<LoadedGraph> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (error) {
    throw new GraphLoadError(
      "unreachable",
      `Could not reach ${url} (${(error as Error).message}). Is \`newsgraph view\` still running?`,
    );
  }
  if (response.status === 404) {
    throw new GraphLoadError(
      "missing",
      `No graph file at ${url}. Build one with \`newsgraph build <folder>\`, then run \`newsgraph view\`.`,
    );
  }
  if (!response.ok) throw new GraphLoadError("unreachable", `Loading ${url} failed: HTTP ${response.status}.`);
  return parseGraphText(await response.text(), url);
}

/** Parses graph JSON text as written by `newsgraph build`; fills in defaults for missing attributes. */
export function parseGraphText(text: string, where = "graph.json"): LoadedGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const detail = text.trim() === "" ? "is empty" : "is not JSON";
    throw new GraphLoadError("not-json", `${where} ${detail}. Rebuild it with \`newsgraph build <folder>\`.`);
  }
  if (!isSerializedGraph(data)) {
    throw new GraphLoadError(
      "not-graph",
      `${where} is not a newsgraph graph (expected "nodes" and "edges" lists as written by \`newsgraph build\`).`,
    );
  }
  upgradeSerializedGraph(data as SerializedGraph);
  const graph: ViewerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (error) {
    throw new GraphLoadError("not-graph", `${where} does not load as a graph (${(error as Error).message}).`);
  }
  const unpositioned: string[] = [];
  graph.updateEachNodeAttributes((node, attrs) => {
    const clean = cleanNode(node, attrs);
    if (!Number.isFinite(attrs.x) || !Number.isFinite(attrs.y)) unpositioned.push(node);
    return clean;
  });
  graph.updateEachEdgeAttributes((_edge, attrs) => cleanEdge(attrs));
  const documents = new Map<string, DocumentInfo>();
  const listed = graph.getAttribute("documents");
  if (Array.isArray(listed)) {
    for (const doc of listed) if (doc && typeof doc.id === "string") documents.set(doc.id, doc);
  }
  return { graph, documents, unpositioned };
}

function isSerializedGraph(data: unknown): boolean {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return false;
  return (
    nodes.every((n) => n && typeof n === "object" && "key" in n) &&
    edges.every((e) => e && typeof e === "object" && "source" in e && "target" in e)
  );
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Older or hand-made files may lack attributes; the page should still open them. */
function cleanNode(key: string, attrs: Partial<NodeAttributes>): NodeAttributes {
  const type = ENTITY_TYPES.includes(attrs.entityType as EntityType) ? (attrs.entityType as EntityType) : "OTHER";
  const label = typeof attrs.label === "string" && attrs.label !== "" ? attrs.label : key;
  return {
    ...(attrs as NodeAttributes),
    label,
    entityType: type,
    aliases: strings(attrs.aliases),
    docs: strings(attrs.docs),
    mentions: num(attrs.mentions, 0),
    degree: num(attrs.degree, 0),
    pagerank: num(attrs.pagerank, 0),
    community: num(attrs.community, 0),
    x: num(attrs.x, NaN),
    y: num(attrs.y, NaN),
    size: num(attrs.size, 4),
    color: typeof attrs.color === "string" ? attrs.color : "#999",
  };
}

function cleanEdge(attrs: Partial<EdgeAttributes>): EdgeAttributes {
  const predicate =
    typeof attrs.predicate === "string"
      ? attrs.predicate
      : typeof attrs.label === "string"
        ? attrs.label
        : "related to";
  const evidence = Array.isArray(attrs.evidence)
    ? attrs.evidence.filter((e) => e && typeof e.text === "string" && typeof e.doc === "string")
    : [];
  return {
    ...(attrs as EdgeAttributes),
    predicate,
    label: typeof attrs.label === "string" ? attrs.label : predicate,
    category: CATEGORIES.includes(attrs.category as RelationCategory) ? (attrs.category as RelationCategory) : "other",
    negated: attrs.negated === true,
    hedged: attrs.hedged === true,
    symmetric: attrs.symmetric === true,
    attributedTo: strings(attrs.attributedTo),
    weight: num(attrs.weight, evidence.length || 1),
    sources: num(attrs.sources, new Set(evidence.map((e) => e.doc)).size || 1),
    confidence: num(attrs.confidence, 1),
    evidence,
  };
}

export { CATEGORIES };
