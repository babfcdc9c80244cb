// scripts/audit.ts on four short news articles, one of which states no relation: the figures it prints agree with the
// graph it built, the sample is the same for the same seed and another for another seed, and a missing path exits
// with 2.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isSingleCommonWord, main, renderAudit, runAudit } from "../../scripts/audit.js";
import { parseGraph } from "../../src/model/index.js";

const ARTICLES: Record<string, string> = {
  "a-summit.txt":
    "Putin and Xi meet in Moscow\n\nRussian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday. " +
    "Putin praised China for its support.\n\nKremlin spokesman Dmitry Peskov said the talks were constructive.\n",
  "b-aid.txt":
    "Germany sends tanks to Ukraine\n\nGermany will send tanks to Ukraine, Chancellor Olaf Scholz said on Friday. " +
    "The Netherlands also provided Ukraine with military aid.\n",
  "c-merger.txt":
    "Acme Corp buys Widget Inc\n\nAcme Corp agreed to buy Widget Inc for $2 billion, its chief executive Jane Smith said. " +
    "Widget Inc employs 3,000 people.\n",
  // No names at all: no entity, so no relation.
  "d-weather.txt":
    "Rain expected this weekend\n\nHeavy rain is expected across the region this weekend. Forecasters advise drivers to " +
    "take care on wet roads and to allow extra time for their journeys.\n",
};

let dir: string;
let corpus: string;
let graphFile: string;
let printed: string; // the report of the run that built the graph

function audit(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/audit.ts", ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The audit of the saved graph, in this process (the corpus lends its words to the common-word test). */
const fromFile = (seed = 1, sample = 3) => runAudit({ corpus: [corpus], graph: graphFile, sample, seed, json: false });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-audit-"));
  corpus = join(dir, "corpus");
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(corpus, name), text);
  graphFile = join(dir, "graph.json");
  const run = audit(corpus, "--workers", "1", "--sample", "3", "-o", graphFile);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  printed = run.stdout;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run audit", () => {
  it("counts relations per article and articles with a relation as the graph it built has them", async () => {
    const graph = parseGraph(readFileSync(graphFile, "utf8"));
    // Independently: each article's distinct edges, from the evidence of the saved graph.
    const perDoc = new Map<string, Set<string>>();
    graph.forEachEdge((edge, a) => a.evidence.forEach((e) => perDoc.set(e.doc, (perDoc.get(e.doc) ?? new Set()).add(edge))));
    const counts = ["a-summit", "b-aid", "c-merger", "d-weather"].map((id) => perDoc.get(id)?.size ?? 0);
    expect(counts[3]).toBe(0); // the weather article
    expect(counts.slice(0, 3).every((n) => n > 0)).toBe(true);
    // An edge between Putin and Xi Jinping, read from "Putin met ... Xi Jinping".
    expect(graph.edges("vladimir-putin", "xi-jinping").length).toBeGreaterThan(0);
    const perArticle = counts.reduce((a, b) => a + b) / 4;

    expect(printed).toMatch(/^ +articles +4$/m);
    expect(printed).toMatch(new RegExp(`^ +relations \\(edges\\) +${graph.size} `, "m"));
    expect(printed).toMatch(new RegExp(`^ +relations per article +${perArticle.toFixed(2)} `, "m"));
    expect(printed).toMatch(/^ +articles with a relation +75\.0% {2}3 of 4$/m);
    const summary = await fromFile();
    expect(summary.relationsPerArticle).toBe(Math.round(perArticle * 10_000) / 10_000);
    expect(summary.articlesWithRelation).toBe(3);
    expect(summary.shareArticlesWithRelation).toBe(0.75);
    expect(summary.articlesByRelations["0"]).toBe(1);
    expect(summary.entitiesWithoutEdge).toBe(graph.filterNodes((n) => graph.degree(n) === 0).length);
  });

  it("prints a numbered sample with a box, the document and the sentence, as the saved graph gives it", async () => {
    const items = printed.match(/^ +\d+\. \[ \] .+ \[[A-Z_]+\] -.+-> .+ \[[A-Z_]+\].*\n +[a-z-]+: .+$/gm) ?? [];
    expect(items).toHaveLength(3);
    // Everything but the first line (where it came from) is what the saved graph gives with the same seed.
    expect(renderAudit(await fromFile()).split("\n").slice(1)).toEqual(printed.trimEnd().split("\n").slice(1));
  });

  it("draws the same sample for the same seed and another for another seed", async () => {
    const one = (await fromFile(1)).sample;
    expect(one.length).toBe(3);
    expect(new Set(one.map((e) => e.edge)).size).toBe(3);
    expect((await fromFile(1)).sample).toEqual(one);
    expect((await fromFile(2)).sample.map((e) => e.edge)).not.toEqual(one.map((e) => e.edge));
    for (const e of one) expect(ARTICLES[`${e.doc}.txt`].replace(/\s+/g, " ")).toContain(e.sentence);
  });

  it("tells single common words from names", () => {
    const counts = new Map([
      ["union", 2],
      ["opec", 1],
    ]);
    expect(isSingleCommonWord("TO", counts)).toBe(true); // a function word for wink
    expect(isSingleCommonWord("Union", counts)).toBe(true); // lowercase twice in the corpus
    expect(isSingleCommonWord("OPEC", counts)).toBe(false); // lowercase only once
    expect(isSingleCommonWord("Japan", counts)).toBe(false);
    expect(isSingleCommonWord("European Union", counts)).toBe(false);
  });

  it("names a missing corpus path and exits with 2", async () => {
    const missing = join(dir, "no-such-corpus.jsonl");
    const errors: string[] = [];
    const log = vi.spyOn(console, "log");
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    expect(await main([missing, "--sample", "5"])).toBe(2);
    expect(errors).toEqual([`newsgraph audit: corpus path ${missing} not found`]);
    expect(log).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
