// Graph files on disk: written atomically (temp file + rename) so that a crash or Ctrl-C mid-write leaves the
// previous file intact, and read with a one-line message for every way a path can be wrong. Writers that read a
// graph and write it back hold its lock (`lock.ts`) from the read to the rename.
import { constants } from "node:buffer";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { chmod, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { NewsgraphError } from "../errors.js";
import { parseGraph, parseGraphBytes, serializedChunks, type NewsGraph } from "./graph.js";
import { isRunning } from "./lock.js";

let writes = 0;
const WRITE_CHUNK = 1 << 20;

/**
 * The temporary file a save writes before renaming it over `path`: `graph.json.<pid>-<n>.tmp`. The pid lets a
 * later run tell a leftover of a killed writer (`removeStaleTemporaries`) from a file being written right now.
 */
function temporaryPath(path: string): string {
  return `${path}.${process.pid}-${++writes}.tmp`;
}

/** Writes the graph atomically: to a temporary file beside it, flushed to disk, then renamed over `path`. */
export async function saveGraph(graph: NewsGraph, path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new NewsgraphError("unwritable", `${path}: is a folder; give a file name such as ${join(path, "graph.json")}`);
  const temp = temporaryPath(path);
  try {
    const file = await open(temp, "w");
    try {
      // Written in pieces of about a megabyte: never the whole file as one string.
      let pending: string[] = [];
      let size = 0;
      for (const chunk of serializedChunks(graph)) {
        pending.push(chunk);
        size += chunk.length;
        if (size < WRITE_CHUNK) continue;
        await file.write(pending.join(""), null, "utf8");
        pending = [];
        size = 0;
      }
      await file.write(pending.join(""), null, "utf8");
      await file.sync();
    } finally {
      await file.close();
    }
    if (info) await chmod(temp, info.mode & 0o7777); // keep the permissions of the file it replaces
    await rename(temp, path);
  } catch (error) {
    // Never hides the write's own error: with a file in the folder path, deleting the temporary file fails too.
    await rm(temp, { force: true }).catch(() => {});
    throw new NewsgraphError("unwritable", `${path}: cannot write it (${describeWriteError(error)})`);
  }
}

/**
 * Deletes the temporary files a killed writer left beside `path` (`graph.json.<pid>-<n>.tmp` of a pid that no
 * longer runs). Call it while holding the graph's lock. Returns the names removed.
 */
export function removeStaleTemporaries(path: string): string[] {
  const dir = dirname(path);
  const pattern = new RegExp(`^${escapeRegExp(basename(path))}\\.(\\d+)-\\d+\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    const pid = Number(name.match(pattern)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      if (!statSync(join(dir, name)).isFile()) continue;
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // gone already, or not ours to delete: leave it
    }
  }
  return removed;
}

/** Loads a graph file written by `newsgraph build`. */
export function loadGraph(path: string): NewsGraph {
  let content: string | Buffer;
  try {
    // A UTF-8 file has at least as many bytes as its text has UTF-16 units: a file within the limit fits in a string,
    // read as one (no buffer of the whole file held beside it); a longer one is parsed from its bytes.
    content = statSync(path).size > constants.MAX_STRING_LENGTH ? readFileSync(path) : readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : `cannot read it (${code})`;
    throw new NewsgraphError(code === "ENOENT" ? "not-found" : "unreadable", `${path}: ${reason}`);
  }
  return typeof content === "string" ? parseGraph(content, path) : parseGraphBytes(content, path);
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "its folder does not exist";
  if (code === "ENOTDIR") return "a part of its folder path is a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "EISDIR") return "it is a folder";
  return code ?? (error as Error).message;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
