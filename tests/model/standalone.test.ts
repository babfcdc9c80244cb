// Readers never load writers: the package entries `newsgraph/model`, `/query` and `/export`, and the commands that
// only read a graph (query, export, diff, --help), load no NLP. Checked in a fresh process: wink-nlp and its model
// are CommonJS packages, so once loaded they sit in the CommonJS module cache, which the probe prints at exit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveGraph } from "../../src/model/index.js";
import { fixtureGraph } from "../query/fixture.js";

const NLP = ["wink-nlp", "wink-eng-lite-web-model", "graphology-layout-forceatlas2", "linkedom"];
const dir = mkdtempSync(join(tmpdir(), "newsgraph-standalone-"));
const probe = join(dir, "probe.mjs");
const graph = join(dir, "graph.json");

beforeAll(async () => {
  writeFileSync(
    probe,
    `import { createRequire } from "node:module";
const cache = createRequire(import.meta.url).cache;
process.on("exit", () => process.stderr.write("\\nLOADED " + JSON.stringify(Object.keys(cache)) + "\\n"));
`,
  );
  await saveGraph(fixtureGraph(), graph);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages in the CommonJS cache of a node process running `args` (with tsx, for the sources). */
function loadedPackages(args: string[]): string[] {
  const { stderr } = spawnSync(process.execPath, ["--import", "tsx", "--import", probe, ...args], { encoding: "utf8" });
  const files = JSON.parse(stderr.slice(stderr.lastIndexOf("LOADED ") + 7)) as string[];
  return [...new Set(files.map((file) => file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1]).filter((name): name is string => !!name))];
}

describe("readers load no NLP", () => {
  const exportsMap = JSON.parse(readFileSync("package.json", "utf8")).exports as Record<string, { default: string }>;

  it("package.json exports ./model, ./query and ./export beside .", () => {
    expect(Object.keys(exportsMap).sort()).toEqual([".", "./export", "./model", "./query"]);
  });

  it.each(["./model", "./query", "./export"])("import of newsgraph%s", (entry) => {
    const source = exportsMap[entry].default.replace("./dist/", "./").replace(/\.js$/, ".ts");
    const loaded = loadedPackages(["--input-type=module", "-e", `await import(${JSON.stringify(source)});`]);
    expect(loaded).toContain("tsx"); // the probe ran (it also sees wink-nlp when it is loaded: next test)
    for (const name of NLP) expect(loaded, entry).not.toContain(name);
  });

  it("the whole package (.) does load it: the probe can tell", () => {
    expect(loadedPackages(["--input-type=module", "-e", `await import("./src/index.ts");`])).toContain("wink-nlp");
  });

  it.each([
    ["query", "neighbors", "NATO", "-g"],
    ["export", "gexf", "-g"],
    ["diff", "--json"],
  ])("newsgraph %s", (...args) => {
    const withGraph = args[0] === "diff" ? [...args, graph, graph] : [...args, graph];
    const loaded = loadedPackages(["src/cli/run.ts", ...withGraph]);
    for (const name of NLP) expect(loaded, args.join(" ")).not.toContain(name);
  });

  it("newsgraph --help", () => {
    const loaded = loadedPackages(["src/cli/run.ts", "--help"]);
    expect(loaded).toContain("commander");
    for (const name of [...NLP, "n3", "graphology-gexf"]) expect(loaded).not.toContain(name);
  });
});
