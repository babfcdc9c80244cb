// `newsgraph diff` between two versions of the hand-made fixture that differ by known edits.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveGraph } from "../../src/model/index.js";
import { fixtureGraph } from "../query/fixture.js";
import { runCli } from "../query/run-cli.js";

let dir: string;
let before: string;
let after: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-diff-"));
  before = join(dir, "monday.json");
  after = join(dir, "tuesday.json");
  await saveGraph(fixtureGraph(), before);
  const changed = fixtureGraph();
  changed.dropNode("f-16");
  changed.updateEdgeAttribute("nato -[aids]-> ukraine", "evidence", (evidence) => [
    ...evidence!,
    { doc: "d", start: 0, end: 26, text: "NATO pledged more for Kyiv." },
  ]);
  await saveGraph(changed, after);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsgraph diff", () => {
  it("prints entities and relations added and removed, with evidence", async () => {
    const run = await runCli("diff", before, after);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "Entities: 0 added, 1 removed",
        "  - F-16 (PRODUCT)",
        "",
        "Relations: 0 added, 1 removed, 1 with changed evidence",
        "  - Vladimir Putin -[warns about]-> F-16  (weight 1)",
        '      "He told reporters that any F-16s sent there would be targets." (a)',
        "  ~ NATO -[aids]-> Ukraine  (weight 2)",
        '      + "NATO pledged more for Kyiv." (d)',
        "",
      ].join("\n"),
    );
  });

  it("prints JSON with --json, and the reverse diff swaps added and removed", async () => {
    const run = await runCli("diff", after, before, "--json");
    const diff = JSON.parse(run.stdout);
    expect(diff.entities.added.map((e: any) => e.key)).toEqual(["f-16"]);
    expect(diff.relations.added.map((r: any) => r.id)).toEqual(["vladimir-putin -[warns about]-> f-16"]);
    expect(diff.relations.changed[0].removedEvidence.map((e: any) => e.doc)).toEqual(["d"]);
  });

  it("exits 1 with --exit-code only when the graphs differ", async () => {
    expect((await runCli("diff", before, after, "--exit-code")).code).toBe(1);
    expect((await runCli("diff", before, before, "--exit-code")).code).toBe(0);
  });

  it("refuses a missing, truncated or non-graph file with one line", async () => {
    const truncated = join(dir, "truncated.json");
    writeFileSync(truncated, "{");
    const foreign = join(dir, "foreign.json");
    writeFileSync(foreign, '{"nodes": "no"}');
    for (const file of [join(dir, "missing.json"), truncated, foreign]) {
      const run = await runCli("diff", before, file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr.startsWith(`newsgraph: diff: ${file}: `)).toBe(true);
    }
  });
});
