import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runParse } from "../../src/cli/actions/parse.js";
import { parseConllu } from "../../scripts/train/conllu.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-parse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let stderr: string[] = [];
beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: any) => (stderr.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

// Wire copy wrapped at a fixed width: read as paragraphs by default, line by line with --lines.
const wire = [
  "ARGENTINA NAMES NEW DEBT NEGOTIATOR",
  "",
  "    Argentine Treasury Secretary Mario Brodersohn said the",
  "government would name a new negotiator for its talks with the",
  "country's creditor banks, officials in Buenos Aires said today.",
  "    The talks with the banks are expected to resume in New York",
  "next month, the officials said, and no date has been set yet.",
  "",
].join("\n");

async function parse(file: string, lines = false): Promise<string> {
  const out = join(dir, `${lines ? "lines" : "text"}.conllu`);
  const code = await runParse([file], { output: out, lines, quiet: true });
  expect(code).toBe(0);
  return readFileSync(out, "utf8");
}

describe("newsgraph parse", () => {
  const file = join(dir, "wire.txt");
  writeFileSync(file, wire);

  it("writes well-formed CoNLL-U: one root per sentence, heads inside it, entity tags in MISC", async () => {
    const sentences = parseConllu(await parse(file));
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of sentences) {
      expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
      for (const w of s.words) {
        expect(w.head).toBeGreaterThanOrEqual(0);
        expect(w.head).toBeLessThanOrEqual(s.words.length);
        expect(w.deprel).not.toBe("_");
      }
      // Every word is found in the sentence's text, in order (the reader throws otherwise).
      expect(s.words.map((w) => s.text.slice(w.start, w.end))).toEqual(s.words.map((w) => w.form));
    }
    const first = sentences.find((s) => s.text.includes("Brodersohn"))!;
    const tag = (form: string) => first.words.find((w) => w.form === form)?.misc;
    expect(tag("Mario")).toContain("NER=B-PERSON");
    expect(tag("Brodersohn")).toContain("NER=I-PERSON");
    expect(tag("said")).toBe("_");
    // UPOS is wink's tag, XPOS the tagger's.
    const said = first.words.find((w) => w.form === "said")!;
    expect([said.upos, said.xpos]).toEqual(["VERB", "VBD"]);
  });

  it("reads a wrapped paragraph as one sentence, and --lines keeps every line apart", async () => {
    const joined = parseConllu(await parse(file));
    expect(joined.some((s) => s.text.includes("Mario Brodersohn said the government would name"))).toBe(true);
    const lines = parseConllu(await parse(file, true));
    expect(lines.some((s) => s.text.includes("Brodersohn said the government"))).toBe(false);
    expect(lines.map((s) => s.text)).toContain("ARGENTINA NAMES NEW DEBT NEGOTIATOR");
  });

  it("reports a missing input by name and goes on", async () => {
    const out = join(dir, "missing.conllu");
    const code = await runParse([join(dir, "nope.txt"), file], { output: out, quiet: true });
    expect(code).toBe(1);
    expect(stderr.join("")).toMatch(/newsgraph parse: skipped .*nope\.txt/);
    expect(parseConllu(readFileSync(out, "utf8")).length).toBeGreaterThan(0);
  });
});
