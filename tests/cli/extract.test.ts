import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { linkIds, runExtract } from "../../src/cli/actions/extract.js";
import { extractDocument, toPrediction } from "../../src/extract/index.js";
import type { Entity, Extraction } from "../../src/types.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let stderr: string[] = [];
beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: any) => (stderr.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const corpus = join(dir, "corpus.jsonl");
writeFileSync(
  corpus,
  [
    JSON.stringify({ id: "d1", text: "Angela Merkel met Emmanuel Macron in Paris on Monday." }),
    "not json",
    JSON.stringify({ id: "d2", text: "Macron later visited Berlin." }),
  ].join("\n"),
);

function lines(file: string): any[] {
  return readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
}

describe("newsgraph extract", () => {
  it("--jsonl writes one prediction line per article in the scorer's format and reports the bad line", async () => {
    const out = join(dir, "pred.jsonl");
    const code = await runExtract([corpus], { jsonl: true, output: out });
    expect(code).toBe(1);
    expect(stderr.join("")).toContain(`newsgraph extract: skipped ${corpus}:2: not JSON`);
    const predictions = lines(out);
    expect(predictions.map((p) => p.doc)).toEqual(["d1", "d2"]);
    for (const p of predictions) {
      expect(Object.keys(p)).toEqual(["doc", "mentions", "relations"]);
      for (const m of p.mentions) expect(Object.keys(m)).toEqual(["start", "end", "type", "entity"]);
      for (const r of p.relations)
        expect(Object.keys(r)).toEqual(["subject", "predicate", "object", "start", "end", "negated"]);
    }
    const text = "Angela Merkel met Emmanuel Macron in Paris on Monday.";
    const spans = predictions[0].mentions.map((m: any) => text.slice(m.start, m.end));
    expect(spans).toEqual(expect.arrayContaining(["Angela Merkel", "Emmanuel Macron", "Paris"]));
  });

  it("without --jsonl writes full extractions, byte-identical on a second run, and exits 0 when nothing is skipped", async () => {
    const good = join(dir, "good.txt");
    writeFileSync(good, "Angela Merkel met Emmanuel Macron in Paris on Monday.");
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    expect(await runExtract([good], { output: a, quiet: true })).toBe(0);
    expect(await runExtract([good], { output: b, quiet: true, workers: "2" })).toBe(0);
    expect(readFileSync(b, "utf8")).toBe(readFileSync(a, "utf8"));
    expect(lines(a)).toEqual([JSON.parse(JSON.stringify(extractDocument({ id: "good", text: readFileSync(good, "utf8"), source: good })))]);
    expect(stderr).toEqual([]);
  });

  it("refuses a bad --workers value and leaves no output file", async () => {
    const out = join(dir, "never.jsonl");
    await expect(runExtract([corpus], { output: out, workers: "two" })).rejects.toThrow(
      'extract: --workers expects a whole number of at least 1, got "two"',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("linkIds", () => {
  it("renames every entity id of an extraction: entities, mentions, relation ends and speakers", () => {
    const extraction = extractDocument({ id: "x", text: "Angela Merkel met Emmanuel Macron in Paris." });
    const renamed = linkIds(extraction, { link: (e: Entity) => ({ id: `g-${e.id}` }) });
    expect(renamed.entities.map((e) => e.id)).toEqual(extraction.entities.map((e) => `g-${e.id}`));
    expect(renamed.mentions.map((m) => m.entity)).toEqual(extraction.mentions.map((m) => `g-${m.entity}`));
    const fake: Extraction = {
      ...extraction,
      relations: [
        {
          subject: extraction.entities[0].id,
          object: extraction.entities[1].id,
          attributedTo: extraction.entities[0].id,
          predicate: "meets",
          category: "cooperation",
          negated: false,
          hedged: false,
          confidence: 0.5,
          evidence: { doc: "x", start: 0, end: 10, text: "Angela Mer" },
        },
      ],
    };
    const [r] = linkIds(fake, { link: (e: Entity) => ({ id: `g-${e.id}` }) }).relations;
    expect([r.subject, r.object, r.attributedTo]).toEqual(fake.relations.map((x) => [`g-${x.subject}`, `g-${x.object}`, `g-${x.attributedTo}`])[0]);
    expect(toPrediction(renamed).mentions[0].entity).toBe(`g-${extraction.mentions[0].entity}`);
  });
});
