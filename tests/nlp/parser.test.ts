import { describe, expect, it } from "vitest";
import { analyze, type AnalyzedText } from "../../src/nlp/index.js";
import { loadParser } from "../../src/nlp/parser.js";
import { parseConllu } from "../../scripts/train/conllu.js";
import { alignTree, projectivize } from "../../scripts/train/parser.js";
import { emptyCounts, f1, scoreSentence, type SystemWord } from "../../scripts/train/ud-eval.js";

/** The token whose text is `word` (the first one), with its head's text. */
function find(a: AnalyzedText, word: string) {
  const token = a.tokens.find((t) => t.text === word);
  if (!token) throw new Error(`no token "${word}"`);
  return { dep: token.dep, head: token.head < 0 ? "ROOT" : a.tokens[token.head].text, token };
}

describe("dependency parser", () => {
  it("reads a passive with its agent", () => {
    const a = analyze("The company was bought by Microsoft in 2023.");
    expect(find(a, "company")).toMatchObject({ dep: "nsubj:pass", head: "bought" });
    expect(find(a, "was")).toMatchObject({ dep: "aux:pass", head: "bought" });
    expect(find(a, "bought")).toMatchObject({ dep: "root", head: "ROOT" });
    const microsoft = find(a, "Microsoft");
    expect(microsoft.head).toBe("bought");
    expect(["obl:agent", "obl"]).toContain(microsoft.dep);
    expect(find(a, "by")).toMatchObject({ dep: "case", head: "Microsoft" });
  });

  it("reads a denied plan and its complement", () => {
    const a = analyze("Putin denied plans to attack NATO.");
    expect(find(a, "Putin")).toMatchObject({ dep: "nsubj", head: "denied" });
    expect(find(a, "plans")).toMatchObject({ dep: "obj", head: "denied" });
    expect(find(a, "attack").head).toBe("plans");
    expect(find(a, "NATO")).toMatchObject({ dep: "obj", head: "attack" });
  });

  it("reads \"I'm\" as two words, as UD does", () => {
    const a = analyze("I'm very happy with the deal.");
    expect(find(a, "I")).toMatchObject({ dep: "nsubj", head: "happy" });
    expect(find(a, "'m")).toMatchObject({ dep: "cop", head: "happy" });
    expect(find(a, "happy")).toMatchObject({ dep: "root", head: "ROOT" });
  });

  it("gives every token one head in its sentence, one root per sentence and no cycles", () => {
    const a = analyze(
      [
        "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow would respond to any deployment of F-16 jets.",
        "NATO allies agreed to provide Ukraine with more air defence systems, officials said, though Hungary objected.",
        "“We will not back down,” she told reporters in Brussels — and then left.",
        "Shares rose 3.5% to $12.40",
      ].join("\n"),
    );
    expect(a.sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of a.sentences) {
      const roots = a.tokens.slice(s.from, s.to).filter((t) => t.head === -1);
      expect(roots).toHaveLength(1);
      expect(roots[0].dep).toBe("root");
      for (let i = s.from; i < s.to; i++) {
        const t = a.tokens[i];
        expect(t.dep).not.toBe("");
        if (t.head >= 0) expect(t.head >= s.from && t.head < s.to && t.head !== i).toBe(true);
        // Following heads reaches the root within the sentence's length: no cycle.
        let at = i;
        for (let steps = 0; at !== -1; steps++) {
          expect(steps).toBeLessThanOrEqual(s.to - s.from);
          at = a.tokens[at].head;
        }
      }
    }
  });

  it("parses the same text the same way every time, whatever came before", () => {
    const text = "The minister, who resigned last week, said the deal had been signed by both sides.";
    const first = analyze(text).tokens.map((t) => [t.head, t.dep]);
    analyze("A very long and entirely different sentence about other things, to leave scratch state behind it.");
    expect(analyze(text).tokens.map((t) => [t.head, t.dep])).toEqual(first);
    // A second parser read from the same files agrees.
    const other = loadParser();
    const again = analyze(text, { parser: other }).tokens.map((t) => [t.head, t.dep]);
    expect(again).toEqual(first);
  });

  it("can be switched off", () => {
    const a = analyze("Putin denied plans.", { parser: false });
    expect(a.tokens.every((t) => t.head === -1 && t.dep === "")).toBe(true);
  });
});

// "I'm very happy." in UD: "I" and "'m" are two words; below, a tokenizer that kept "I'm" as one token.
const GOLD = parseConllu(
  [
    "# text = I'm very happy.",
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\tSpaceAfter=No",
    "2\t'm\tbe\tAUX\tVBP\t_\t4\tcop\t_\t_",
    "3\tvery\tvery\tADV\tRB\t_\t4\tadvmod\t_\t_",
    "4\thappy\thappy\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No",
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
    "",
  ].join("\n"),
)[0];

describe("CoNLL 2018-style scorer", () => {
  it("aligns words by characters and scores UAS and LAS on universal relations", () => {
    const system: SystemWord[] = [
      { start: 0, end: 3, head: 2, deprel: "nsubj" }, // "I'm": no gold word has this span
      { start: 4, end: 8, head: 2, deprel: "advmod:emph" }, // right head, right universal relation
      { start: 9, end: 14, head: -1, deprel: "root" },
      { start: 14, end: 15, head: 1, deprel: "punct" }, // wrong head
    ];
    const counts = emptyCounts();
    scoreSentence(GOLD, system, counts);
    expect(counts).toEqual({ gold: 5, system: 4, aligned: 3, uas: 2, las: 2, lasFull: 1 });
    // Words: P 3/4, R 3/5; UAS and LAS: P 2/4, R 2/5.
    expect(f1(counts.aligned, counts).f1).toBeCloseTo(2 / 3, 6);
    expect(f1(counts.uas, counts).f1).toBeCloseTo(4 / 9, 6);
    expect(f1(counts.las, counts).f1).toBeCloseTo(4 / 9, 6);
    expect(f1(counts.lasFull, counts).f1).toBeCloseTo(2 / 9, 6);
  });

  it("carries a gold tree over to other tokens: merged words and split words", () => {
    // "I'm" as one token takes the head of the word whose head lies outside it ("I", nsubj of "happy").
    const merged = alignTree(GOLD, [
      { start: 0, end: 3 },
      { start: 4, end: 8 },
      { start: 9, end: 14 },
      { start: 14, end: 15 },
    ]);
    expect(merged && [...merged.heads]).toEqual([2, 2, 4, 2]);
    expect(merged?.labels).toEqual(["nsubj", "advmod", "root", "punct"]);
    // "happy" cut in two: the first piece takes its head, the second attaches to it.
    const split = alignTree(GOLD, [
      { start: 0, end: 1 },
      { start: 1, end: 3 },
      { start: 4, end: 8 },
      { start: 9, end: 11 },
      { start: 11, end: 14 },
      { start: 14, end: 15 },
    ]);
    expect(split && [...split.heads]).toEqual([3, 3, 3, 6, 3, 3]);
    expect(split?.labels).toEqual(["nsubj", "cop", "advmod", "root", "goeswith", "punct"]);
  });

  it("lifts crossing arcs until the tree is projective", () => {
    // Tokens 0-3, the root (4) at the end: 0 is the root word, 2 and 3 depend on 0, 1 on 3. The arc 3 → 1 spans
    // 2, which 3 does not dominate: 1 moves up to its grandparent 0.
    const heads = Int32Array.from([4, 3, 0, 0]);
    expect(projectivize(heads)).toBe(1);
    expect([...heads]).toEqual([4, 0, 0, 0]);
    const projective = Int32Array.from([4, 0, 3, 0]);
    expect(projectivize(projective)).toBe(0);
  });
});
