// Tools we did not write, run on our exports: tests/export/independent.py with Debian's python3 (NetworkX, rdflib),
// and Debian's xmllint with the vendored GEXF and GraphML schemas (tests/export/schemas).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { it } from "vitest";

/**
 * False when NEWSGRAPH_EXTERNAL_CHECKS=0, which `npm run mutation` sets (vitest.stryker.config.ts): each check by a
 * tool we did not write starts a process (Python, xmllint) or Neo4j's slow linter, seconds per mutant, and a run of
 * the export group with them was estimated at over an hour. The plain test run (`npm test`, CI) always runs them.
 */
export const EXTERNAL_CHECKS = process.env.NEWSGRAPH_EXTERNAL_CHECKS !== "0";

/** A test that checks an export with an outside tool: skipped when EXTERNAL_CHECKS is off. */
export function itExternal(name: string, test: () => void): void {
  it.skipIf(!EXTERNAL_CHECKS)(name, test);
}

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

export type ReadKind = "gexf" | "graphml" | "ttl" | "csv";

/** Many reads in one Python process (importing NetworkX takes seconds): results in the order of `jobs`. */
export function readManyWithPython(jobs: [ReadKind, Record<string, string>][]): any[] {
  const dir = tempDir();
  try {
    const manifest = jobs.map(([kind, files], i) => [
      kind,
      ...Object.entries(files).map(([name, text]) => {
        const path = join(dir, `${i}-${name}`);
        writeFileSync(path, text);
        return path;
      }),
    ]);
    const manifestPath = join(dir, "manifest.json");
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const output = execFileSync(PYTHON, [SCRIPT, "batch", manifestPath], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    return JSON.parse(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The vendored schemas (tests/export/schemas/README.md), by the export they check. */
export const SCHEMAS = {
  "gexf-1.3": ["--relaxng", "gexf-1.3/gexf.rng"],
  "gexf-1.2draft": ["--relaxng", "gexf-1.2draft/gexf.rng"],
  graphml: ["--schema", "graphml/graphml.xsd"],
  "graphml-yfiles": ["--schema", "graphml/graphml-yfiles.xsd"],
} as const;

const SCHEMA_DIR = fileURLToPath(new URL("./schemas/", import.meta.url));

/** Validates XML text with Debian's xmllint against a vendored schema; returns xmllint's complaints (none: valid). */
export function schemaErrors(schema: keyof typeof SCHEMAS, text: string): string[] {
  const dir = tempDir();
  const path = join(dir, "export.xml");
  writeFileSync(path, text);
  const [flag, file] = SCHEMAS[schema];
  try {
    const result = spawnSync("xmllint", ["--noout", "--nonet", flag, join(SCHEMA_DIR, file), path], { encoding: "utf8" });
    if (result.error) throw new Error(`xmllint did not run (${result.error.message}); install Debian's libxml2-utils`);
    const complaints = result.stderr.split("\n").filter((line) => line !== "" && !line.endsWith(" validates"));
    return result.status === 0 ? [] : complaints.length ? complaints : [`xmllint exited with ${result.status}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
