// `newsgraph export`: each format to stdout or a file, csv into a folder, refusals; and every format of the seeds'
// graph parsed back by a real parser of that format.
import { XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { Parser } from "n3";
import { highlightSyntax, parseStatementsStrs } from "../export/cypher-parser.js";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/commands/build.js";
import { toCsv, toCypher, toGexf, toGraphml, toTurtle } from "../../src/export/index.js";
import { loadGraph, saveGraph } from "../../src/model/index.js";
import { fixtureGraph } from "../query/fixture.js";
import { readWithPython, schemaErrors } from "../export/independent.js";
import { runCli } from "../query/run-cli.js";

let dir: string;
let graph: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-export-cli-"));
  graph = join(dir, "graph.json");
  await saveGraph(fixtureGraph(), graph);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsgraph export", () => {
  it("writes each format to stdout, byte for byte what the library writes", async () => {
    const g = loadGraph(graph);
    const expected = { gexf: toGexf(g), graphml: toGraphml(g), cypher: toCypher(g), ttl: toTurtle(g) };
    for (const [format, text] of Object.entries(expected)) {
      const run = await runCli("export", format, "--graph", graph);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(text);
    }
    expect((await runCli("export", "gexf", "--graph", graph, "--gexf-version", "1.2")).stdout).toBe(toGexf(g, { version: "1.2" }));
  });

  it("writes a file with -o and says so on stderr", async () => {
    const output = join(dir, "out.gexf");
    const run = await runCli("export", "gexf", "-g", graph, "-o", output);
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect(run.stderr).toBe(`newsgraph export: wrote ${output} (10 entities, 11 relations)\n`);
    expect(readFileSync(output, "utf8")).toBe(toGexf(loadGraph(graph)));
  });

  it("writes nodes.csv and edges.csv into the -o folder, and needs it", async () => {
    const folder = join(dir, "csv", "import");
    expect((await runCli("export", "csv", "-g", graph, "-o", folder)).code).toBe(0);
    const { nodes, edges } = toCsv(loadGraph(graph));
    expect(readFileSync(join(folder, "nodes.csv"), "utf8")).toBe(nodes);
    expect(readFileSync(join(folder, "edges.csv"), "utf8")).toBe(edges);
    const without = await runCli("export", "csv", "-g", graph);
    expect(without).toMatchObject({ code: 2, stdout: "" });
    expect(without.stderr).toContain("export csv: writes two files (nodes.csv, edges.csv); give the folder with -o DIR");
  });

  it("takes a base IRI for Turtle and refuses a bad one", async () => {
    const run = await runCli("export", "ttl", "-g", graph, "--base", "https://news.example.org/kg/");
    expect(run.stdout).toContain("@prefix ng: <https://news.example.org/kg/vocab#>.");
    const bad = await runCli("export", "ttl", "-g", graph, "--base", "kg");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('base IRI "kg" is not an absolute IRI');
  });

  it("exports a cut with --types, --docs and --min-weight", async () => {
    const people = await runCli("export", "graphml", "-g", graph, "--types", "person");
    const fromPeople = parseGraphml(MultiDirectedGraph, people.stdout);
    expect(fromPeople.nodes().sort()).toEqual(["dmitry-peskov", "jose-alvarez", "o-brien", "vladimir-putin", "volodymyr-zelenskyy"]);
    // GraphML edge ids are NMTOKENs; the graph's edge key is the `key` attribute.
    const keys = (g: MultiDirectedGraph) => g.mapEdges((_e, a) => a.key).sort();
    expect(keys(fromPeople)).toEqual(["vladimir-putin -[meets]-> volodymyr-zelenskyy"]);
    const strong = parseGraphml(MultiDirectedGraph, (await runCli("export", "graphml", "-g", graph, "--min-weight", "2")).stdout);
    expect(keys(strong)).toEqual(["dmitry-peskov -[speaks for]-> kremlin", "nato -[aids]-> ukraine"]);
    const docB = parseGraphml(MultiDirectedGraph, (await runCli("export", "graphml", "-g", graph, "--docs", "b")).stdout);
    expect(docB.getEdgeAttribute("nato.aids.ukraine", "evidence")).toBe("NATO sent more aid to Kyiv.");
    const unknown = await runCli("export", "gexf", "-g", graph, "--docs", "b,zz");
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toBe('newsgraph: export: --docs: the graph has no article "zz"; its articles: a, b, c\n');
    expect((await runCli("export", "gexf", "-g", graph, "--types", "robot")).stderr).toContain('--types "ROBOT" is not one of');
  });

  it("refuses an unknown format, and a missing, truncated or non-graph file, with one line", async () => {
    expect(await runCli("export", "pdf", "-g", graph)).toMatchObject({
      code: 2,
      stderr: 'newsgraph: export: unknown format "pdf"; use one of gexf, graphml, csv, cypher, ttl\n',
    });
    const truncated = join(dir, "truncated.json");
    writeFileSync(truncated, readFileSync(graph, "utf8").slice(0, 200));
    const foreign = join(dir, "foreign.json");
    writeFileSync(foreign, "[1, 2, 3]");
    for (const file of [join(dir, "missing.json"), truncated, foreign]) {
      const output = join(dir, "never.gexf");
      const run = await runCli("export", "gexf", "-g", file, "-o", output);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(new RegExp(`^newsgraph: export: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
      expect(existsSync(output)).toBe(false);
    }
  });
});

describe("newsgraph export on the seeds' graph", () => {
  let seeds: string;
  let order: number;
  let size: number;
  beforeAll(async () => {
    seeds = join(dir, "seeds.json");
    expect(await buildCommand.run(["seeds"], { output: seeds, quiet: true })).toBe(0);
    const g = loadGraph(seeds);
    [order, size] = [g.order, g.size];
    expect(size).toBeGreaterThan(0);
  });

  async function exported(format: string): Promise<string> {
    const run = await runCli("export", format, "-g", seeds);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("[object Object]");
    return run.stdout;
  }

  it("gexf and graphml: valid against their schemas, and read back whole by graphology and NetworkX", async () => {
    const gexf = await exported("gexf");
    expect(XMLValidator.validate(gexf)).toBe(true);
    expect(schemaErrors("gexf-1.3", gexf)).toEqual([]);
    expect((await runCli("export", "gexf", "-g", seeds, "--gexf-version", "1.2")).stdout).toSatisfy(
      (text: string) => schemaErrors("gexf-1.2draft", text).length === 0,
    );
    expect(schemaErrors("graphml-yfiles", (await runCli("export", "graphml", "-g", seeds, "--yfiles")).stdout)).toEqual([]);
    const fromGexf = parseGexf(MultiDirectedGraph, gexf);
    expect([fromGexf.order, fromGexf.size]).toEqual([order, size]);
    const graphml = await exported("graphml");
    expect(XMLValidator.validate(graphml)).toBe(true);
    expect(schemaErrors("graphml", graphml)).toEqual([]);
    const fromGraphml = parseGraphml(MultiDirectedGraph, graphml);
    expect([fromGraphml.order, fromGraphml.size]).toEqual([order, size]);
    for (const [kind, text] of [["gexf", gexf], ["graphml", graphml]] as const) {
      const read = readWithPython(kind, { [`graph.${kind}`]: text });
      expect([Object.keys(read.nodes).length, read.edges.length]).toEqual([order, size]);
    }
  });

  it("csv: Python's csv reader gets one row per node and edge", async () => {
    const folder = join(dir, "seeds-csv");
    expect((await runCli("export", "csv", "-g", seeds, "-o", folder)).code).toBe(0);
    const read = readWithPython("csv", {
      "nodes.csv": readFileSync(join(folder, "nodes.csv"), "utf8"),
      "edges.csv": readFileSync(join(folder, "edges.csv"), "utf8"),
    });
    expect([read.nodes.rows.length, read.edges.rows.length]).toEqual([order, size]);
    for (const row of read.edges.rows) expect(row[2]).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it("cypher: Neo4j's lexer sees every entity id as one string literal", async () => {
    const script = await exported("cypher");
    const literals = new Set(highlightSyntax(script).filter((t) => t.tokenType === "stringLiteral").map((t) => JSON.parse(t.token)));
    for (const key of loadGraph(seeds).nodes()) expect(literals.has(key)).toBe(true);
    expect(parseStatementsStrs(script).length).toBeGreaterThan(2);
  });

  it("ttl: n3 and rdflib read the same number of triples, one relation resource per edge", async () => {
    const ttl = await exported("ttl");
    const quads = new Parser().parse(ttl);
    const read = readWithPython("ttl", { "graph.ttl": ttl });
    expect(read.triples).toBe(quads.length);
    expect(Object.keys(read.relations)).toHaveLength(size);
  });
});
