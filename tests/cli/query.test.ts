// `newsgraph query` on the hand-made fixture (answers checkable in tests/query/fixture.ts) and on the seeds' graph.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/commands/build.js";
import { saveGraph } from "../../src/model/index.js";
import { fixtureGraph } from "../query/fixture.js";
import { runCli } from "../query/run-cli.js";

let dir: string;
let graph: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-query-"));
  graph = join(dir, "graph.json");
  await saveGraph(fixtureGraph(), graph);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsgraph query", () => {
  it("neighbors: a table of relations with their evidence", async () => {
    const run = await runCli("query", "neighbors", "Putin", "--graph", graph);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Neighbours of Vladimir Putin (PERSON): 3");
    expect(lines.find((l) => l.includes("president of"))).toMatch(/^-> president of\s+Russia\s+GPE\s+1\s+"Russian President Vladimir Putin spoke on Tuesday\." \(a\)$/);
    expect(lines.find((l) => l.includes("meets"))).toMatch(/^<-> meets \[hedged\]\s+Volodymyr Zelenskyy/);
  });

  it("neighbors --json: the API's answer, with filters", async () => {
    const run = await runCli("query", "neighbors", "ukraine", "-g", graph, "--direction", "in", "--category", "support,role", "--json");
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.entity.key).toBe("ukraine");
    expect(answer.neighbors.map((n: any) => n.entity.key).sort()).toEqual(["nato", "volodymyr-zelenskyy"]);
    expect(answer.neighbors.find((n: any) => n.entity.key === "nato").edges[0].evidence).toHaveLength(2);
  });

  it("neighbors: denied relations only with --include-negated, depth and types", async () => {
    const plain = await runCli("query", "neighbors", "NATO", "-g", graph);
    expect(plain.stdout).not.toContain("denied");
    const denied = await runCli("query", "neighbors", "NATO", "-g", graph, "--include-negated");
    expect(denied.stdout).toMatch(/<- not attacks \[denied, per Vladimir Putin\]\s+Russia/);
    const deep = await runCli("query", "neighbors", "Peskov", "-g", graph, "--depth", "2", "--types", "gpe", "--json");
    expect(JSON.parse(deep.stdout).neighbors.map((n: any) => [n.entity.key, n.depth])).toEqual([["russia", 2]]);
  });

  it("entity: what it is and its relations", async () => {
    const run = await runCli("query", "entity", "Kremlin", "-g", graph);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Kremlin (ORG)  key: kremlin");
    expect(run.stdout).toContain("mentions:  4 in 2 articles (a, c)");
    expect(run.stdout).toMatch(/<- speaks for\s+Dmitry Peskov\s+PERSON\s+2/);
  });

  it("entity: names given without quotes are joined", async () => {
    const run = await runCli("query", "entity", "jose", "alvarez", "-g", graph, "--json");
    expect(JSON.parse(run.stdout).entity.label).toBe("José Álvarez");
  });

  it("path: each hop with its sentence", async () => {
    const run = await runCli("query", "path", "Peskov", "Ukraine", "-g", graph);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 7)).toEqual([
      "Path 1 (3 hops): Dmitry Peskov — Kremlin — Russia — Ukraine",
      "  Dmitry Peskov -[speaks for]-> Kremlin",
      '      "Kremlin spokesman Dmitry Peskov said talks had stalled." (a)',
      "  Kremlin -[based in]-> Russia",
      '      "The Kremlin in Moscow issued a statement." (a)',
      "  Russia -[threatens]-> Ukraine (+1 more)",
      '      "Moscow threatened Kyiv with new strikes." (a)',
    ]);
    const none = await runCli("query", "path", "Peskov", "Ukraine", "-g", graph, "--max-length", "2");
    expect(none.stdout).toBe("No path from Dmitry Peskov (PERSON) to Ukraine (GPE) within 2 hops.\n");
  });

  it("answers an unknown name with suggestions and exit code 1", async () => {
    const run = await runCli("query", "neighbors", "Putn", "-g", graph);
    expect(run).toEqual({ code: 1, stdout: "", stderr: "newsgraph query: no entity named 'Putn'; did you mean: Vladimir Putin?\n" });
    const json = await runCli("query", "entity", "Putn", "-g", graph, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).suggestions.map((s: any) => s.key)).toEqual(["vladimir-putin"]);
  });

  it("refuses bad usage with one line and exit code 2", async () => {
    expect(await runCli("query", "nearby", "Putin", "-g", graph)).toMatchObject({ code: 2, stderr: 'newsgraph: query: unknown kind "nearby"; use one of entity, neighbors, path\n' });
    expect((await runCli("query", "path", "Putin", "-g", graph)).code).toBe(2);
    expect((await runCli("query", "neighbors", "Putin", "-g", graph, "--depth", "9")).stderr).toContain('--depth "9" is not a whole number from 1 to 6');
    expect((await runCli("query", "neighbors", "Putin", "-g", graph, "--types", "ROBOT")).stderr).toContain('--types "ROBOT" is not one of');
  });

  it("refuses a missing, truncated or non-graph file with one line", async () => {
    const truncated = join(dir, "truncated.json");
    writeFileSync(truncated, '{"nodes": [{"key": "a"');
    const foreign = join(dir, "foreign.json");
    writeFileSync(foreign, '{"name": "not a graph"}');
    for (const [file, message] of [
      [join(dir, "missing.json"), "no such file"],
      [truncated, "not valid JSON"],
      [foreign, "not a graph file"],
    ]) {
      const run = await runCli("query", "entity", "Putin", "--graph", file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(`newsgraph: query: ${file}: ${message}`);
    }
  });

  it("prints no stack trace from the real process either", () => {
    let stderr = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["--import", "tsx", "src/cli/run.ts", "query", "entity", "x", "-g", join(dir, "missing.json")], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      ({ stderr, status } = error as { stderr: string; status: number });
    }
    expect(status).toBe(2);
    expect(stderr.trimEnd().split("\n")).toEqual([`newsgraph: query: ${join(dir, "missing.json")}: no such file; build one with \`newsgraph build <paths> -o ${join(dir, "missing.json")}\``]);
  });
});

describe("newsgraph query on the seeds' graph", () => {
  let seeds: string;
  beforeAll(async () => {
    seeds = join(dir, "seeds.json");
    expect(await buildCommand.run(["seeds"], { output: seeds, quiet: true })).toBe(0);
  });

  // The three facts the product must get from the seeds (issue 3), asked through the CLI.
  it("finds Putin by surname and what he warns about", async () => {
    const entity = JSON.parse((await runCli("query", "entity", "Putin", "-g", seeds, "--json")).stdout);
    expect(entity.entity.label).toBe("Vladimir Putin");
    const run = await runCli("query", "neighbors", "Putin", "-g", seeds, "--predicate", "warns about", "--direction", "out", "--json");
    expect(JSON.parse(run.stdout).neighbors.map((n: any) => n.entity.label)).toContain("F-16");
  });

  it("finds NATO aiding Ukraine (named Kiev in the sentence) with its evidence", async () => {
    const run = await runCli("query", "neighbors", "NATO", "-g", seeds, "--predicate", "aids", "--json");
    const ukraine = JSON.parse(run.stdout).neighbors.find((n: any) => n.entity.label === "Ukraine");
    expect(ukraine.edges[0].evidence.some((e: any) => e.text.includes("provided Kiev with"))).toBe(true);
  });

  it("finds the one-hop path from Peskov to the Kremlin", async () => {
    const run = await runCli("query", "path", "Peskov", "Kremlin", "-g", seeds, "--json");
    const { paths } = JSON.parse(run.stdout);
    expect(paths[0].hops.map((h: any) => h.best.predicate)).toEqual(["speaks for"]);
    expect(paths[0].hops[0].evidence.text.length).toBeGreaterThan(0);
  });
});
