// Runs tests/export/independent.py with Debian's python3 (NetworkX, rdflib): an export read by tools we did not write.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Debian's interpreter, where python3-networkx and python3-rdflib install (a pyenv python3 on PATH lacks them).
const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./independent.py", import.meta.url));

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "newsgraph-export-"));
}

/** Writes `files` to a temp folder and returns what the Python reader makes of them. */
export function readWithPython(kind: "gexf" | "graphml" | "ttl" | "csv", files: Record<string, string>): any {
  const dir = tempDir();
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  try {
    const output = execFileSync(PYTHON, [SCRIPT, kind, ...paths], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
