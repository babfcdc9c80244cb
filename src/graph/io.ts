// Reading and writing graph files: graphology's own JSON (`graph.export()`), written atomically so that a
// crash or Ctrl-C mid-write leaves the previous file intact, and checked on load so that a truncated or
// foreign file is refused with a one-line message.
import { readFileSync } from "node:fs";
import writeFileAtomic from "write-file-atomic";
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { NewsgraphError } from "../errors.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.js";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createNewsGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

/** Serialises a graph to JSON text. Key order follows insertion order, which the builder keeps sorted. */
export function serializeGraph(graph: NewsGraph): string {
  return JSON.stringify(graph.export()) + "\n";
}

/** Writes the graph atomically (temp file + rename). */
export async function saveGraph(graph: NewsGraph, path: string): Promise<void> {
  await writeFileAtomic(path, serializeGraph(graph), "utf8");
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
  if (!isSerializedGraph(data)) {
    throw new NewsgraphError(
      "invalid-graph",
      `${where}: not a graph file (expected graphology JSON with "nodes" and "edges" arrays, as written by \`newsgraph build\`)`,
    );
  }
  const graph = createNewsGraph();
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (error) {
    throw new NewsgraphError("invalid-graph", `${where}: the graph does not load (${(error as Error).message})`);
  }
  return graph;
}

/** Loads a graph file written by `newsgraph build`. */
export function loadGraph(path: string): NewsGraph {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : `cannot read it (${code})`;
    throw new NewsgraphError(code === "ENOENT" ? "not-found" : "unreadable", `${path}: ${reason}`);
  }
  return parseGraph(text, path);
}

function isSerializedGraph(data: unknown): boolean {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return false;
  return nodes.every((n) => n && typeof n === "object" && "key" in n) && edges.every((e) => e && typeof e === "object" && "source" in e && "target" in e);
}
