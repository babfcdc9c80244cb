// The shipped package, as a user gets it: `npm pack` (its `prepare` compiles dist/ and the viewer), the tarball
// installed into a fresh project, then the `newsgraph` command (with a worker thread: the compiled worker) and
// `import("newsgraph")`. Packs a copy of the repository so that the build never touches this checkout's dist/.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(".");
// Not part of the package or its build: copied, they would only cost time.
const SKIPPED = new Set(["node_modules", ".git", "dist", "viewer/dist", "reports", ".stryker-tmp", "tests", "bench", "docs"]);

let work: string;
let project: string;
const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "newsgraph-pack-"));
  const copy = join(work, "repo");
  cpSync(ROOT, copy, { recursive: true, filter: (source) => !SKIPPED.has(relative(ROOT, source).split("\\").join("/")) });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  const packed = JSON.parse(run(copy, "npm", ["pack", "--json", "--pack-destination", work])) as { filename: string }[];

  project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "smoke", version: "1.0.0", private: true, type: "module" }));
  // Dependencies from the npm cache when it has them (it does after `npm ci`), else from the registry.
  run(project, "npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, packed[0].filename)]);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  it("ships the compiled CLI, library and worker, the models and the viewer, and no sources or tests", () => {
    const installed = join(project, "node_modules", "newsgraph");
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [relative(installed, join(dir, e.name))]));
    const shipped = files(installed);
    for (const file of ["bin/newsgraph.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/src/cli/run.js", "data/predicates.json", "viewer/dist/index.html"]) {
      expect(shipped).toContain(file);
    }
    expect(shipped.some((f) => f.startsWith("dist/src/extract/") && /worker/.test(f))).toBe(true);
    expect(shipped.some((f) => f.startsWith("data/models/"))).toBe(true);
    expect(shipped.filter((f) => f.startsWith("src/") || f.startsWith("tests/") || f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("runs `newsgraph --help` and builds a graph of a small article with two workers", () => {
    const bin = join(project, "node_modules", ".bin", "newsgraph");
    expect(run(project, bin, ["--help"])).toMatch(/^Usage: newsgraph/);
    writeFileSync(
      join(project, "story.txt"),
      "Harbour board picks new chief\n\nThe Lakeport Harbour Board appointed Mirela Ostrowska as chief executive on Monday. Ostrowska said the port would reopen its ferry terminal.\n",
    );
    run(project, bin, ["build", "story.txt", "-o", "graph.json", "--workers", "2", "--quiet"]);
    const graph = JSON.parse(readFileSync(join(project, "graph.json"), "utf8")) as { nodes: { key: string; attributes: { label: string } }[]; edges: { key: string }[] };
    expect(graph.nodes.map((n) => n.attributes.label)).toEqual(expect.arrayContaining(["Lakeport Harbour Board", "Mirela Ostrowska"]));
    expect(graph.edges.map((e) => e.key)).toContain("lakeport-harbour-board -[appoints]-> mirela-ostrowska");
  });

  it("is importable as a library: extract, build and query from code", () => {
    const script = [
      'import { extractDocument, buildGraph, neighbors, exportGraph } from "newsgraph";',
      'const text = "The Lakeport Harbour Board appointed Mirela Ostrowska as chief executive on Monday.";',
      'const graph = buildGraph([extractDocument({ id: "story", text })]);',
      'const found = neighbors(graph, "Mirela Ostrowska").map((n) => n.entity.label);',
      'console.log(JSON.stringify({ found, gexf: exportGraph(graph, "gexf").startsWith("<?xml") }));',
    ].join("\n");
    writeFileSync(join(project, "use.mjs"), script);
    expect(JSON.parse(run(project, process.execPath, ["use.mjs"]))).toEqual({ found: ["Lakeport Harbour Board"], gexf: true });
  });
});
