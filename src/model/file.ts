// Graph files on disk: written atomically (temp file + rename) so that a crash or Ctrl-C mid-write leaves the
// previous file intact, and read with a one-line message for every way a path can be wrong.
import { readFileSync } from "node:fs";
import writeFileAtomic from "write-file-atomic";
import { NewsgraphError } from "../errors.js";
import { parseGraph, serializeGraph, type NewsGraph } from "./graph.js";

/** Writes the graph atomically (temp file + rename). */
export async function saveGraph(graph: NewsGraph, path: string): Promise<void> {
  await writeFileAtomic(path, serializeGraph(graph), "utf8");
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
