// The saved graph: graphology's own JSON (`graph.export()`), checked on parse so that a truncated or foreign file
// is refused with a one-line message. No file system here: the viewer parses the same JSON in the browser.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { NewsgraphError } from "../errors.js";
import { parseJsonObjectBytes } from "./json-bytes.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.js";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Version of the graph file's layout; bumped when a field changes meaning or disappears.
 *  2: a node's entity type moved from `type` (which Sigma reads as its renderer name) to `entityType`. */
export const SCHEMA_VERSION = 2;

export function createNewsGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

/** Serialises a graph to JSON text. Key order follows insertion order, which the builder keeps sorted. */
export function serializeGraph(graph: NewsGraph): string {
  return [...serializedChunks(graph)].join("");
}

/**
 * The JSON text of `graph.export()`, byte for byte, one node or edge at a time: a big graph is written without
 * holding a copy of every attribute and one string of the whole file at once.
 */
export function* serializedChunks(graph: NewsGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const item = isEmpty(attributes) ? { key: node } : { key: node, attributes };
    yield (first ? "" : ",") + JSON.stringify(item);
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const item = isEmpty(attributes) ? { key: edge, source, target } : { key: edge, source, target, attributes };
    yield (first ? "" : ",") + JSON.stringify(item);
    first = false;
  }
  yield "]}\n";
}

function isEmpty(attributes: object): boolean {
  for (const _ in attributes) return false;
  return true;
}

/** Parses graph JSON text; `where` names the file in error messages. */
export function parseGraph(text: string, where = "graph"): NewsGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === "" ? "the file is empty" : `not valid JSON (${(error as Error).message})`;
    throw new NewsgraphError("invalid-graph", `${where}: ${detail}; build one with \`newsgraph build <paths>\``);
  }
  return graphFromJson(data, where);
}

/** Parses graph JSON given as UTF-8 bytes, piece by piece: for files longer than a JavaScript string can be. */
export function parseGraphBytes(bytes: Uint8Array, where = "graph"): NewsGraph {
  let data: unknown;
  try {
    data = parseJsonObjectBytes(bytes);
  } catch (error) {
    throw new NewsgraphError("invalid-graph", `${where}: not valid JSON (${(error as Error).message}); build one with \`newsgraph build <paths>\``);
  }
  return graphFromJson(data, where);
}

/**
 * Makes the graph of already parsed JSON, checking that it is graphology's serialisation (the viewer parses the
 * text itself, to word its own messages, and hands the data here).
 */
export function graphFromJson(data: unknown, where = "graph"): NewsGraph {
  if (!isSerializedGraph(data)) {
    throw new NewsgraphError(
      "invalid-graph",
      `${where}: not a graph file (expected graphology JSON with "nodes" and "edges" arrays, as written by \`newsgraph build\`)`,
    );
  }
  const version = (data as { attributes?: { schemaVersion?: unknown } }).attributes?.schemaVersion;
  if (typeof version === "number" && version > SCHEMA_VERSION) {
    throw new NewsgraphError(
      "invalid-graph",
      `${where}: schema version ${version} is newer than this newsgraph reads (${SCHEMA_VERSION}); update newsgraph`,
    );
  }
  upgradeSerializedGraph(data as SerializedGraph);
  const graph = createNewsGraph();
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (error) {
    throw new NewsgraphError("invalid-graph", `${where}: the graph does not load (${(error as Error).message})`);
  }
  return graph;
}

/** Brings graph JSON of an older schema (or without a version) up to `SCHEMA_VERSION`, in place, before import:
 *  version 1's node attribute `type` becomes `entityType`. Browser-safe: the viewer calls it too. */
export function upgradeSerializedGraph(data: SerializedGraph): void {
  const attributes = (data.attributes ?? {}) as Record<string, unknown>;
  const version = attributes.schemaVersion;
  if (typeof version === "number" && version >= 2) return;
  for (const node of data.nodes) {
    const old = node.attributes as Record<string, unknown> | undefined;
    if (!old || !("type" in old) || "entityType" in old) continue;
    // Same key order as a fresh build (entityType where type was), so that a saved upgrade is byte-identical to it.
    node.attributes = Object.fromEntries(Object.entries(old).map(([name, value]) => [name === "type" ? "entityType" : name, value]));
  }
  if (version === 1) data.attributes = { ...attributes, schemaVersion: SCHEMA_VERSION };
}

function isSerializedGraph(data: unknown): boolean {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return false;
  return nodes.every((n) => n && typeof n === "object" && "key" in n) && edges.every((e) => e && typeof e === "object" && "source" in e && "target" in e);
}
