import { describe, expect, it } from "vitest";
import { analyze, isFurniture, wordClass } from "../../src/nlp/index.js";

describe("analyze", () => {
  it("gives tokens whose offsets slice back to the text, with curly quotes, emoji and non-Latin names", () => {
    const text = "“Kremlin spokesman Dmitry Peskov said,” 🙂 Владимир Путин met Zelenskyy’s aide.\nSecond line";
    const { tokens } = analyze(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain("Peskov");
  });

  it("splits \"I'm\" as wink splits \"you're\", and keeps runs of one mark whole, offsets exact", () => {
    const text = "I'm sure!! Really... I’m not, you're wrong ====";
    const { tokens } = analyze(text, { parser: false });
    expect(tokens.map((t) => t.text)).toEqual([
      "I", "'m", "sure", "!!", "Really", "...", "I", "’m", "not", ",", "you", "'re", "wrong", "====",
    ]); // prettier-ignore
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.slice(0, 2).map((t) => [t.pos, t.lemma, t.spaceBefore])).toEqual([
      ["PRON", "i", true],
      ["AUX", "be", false],
    ]);
    expect(tokens.map((t) => t.i)).toEqual(tokens.map((_, i) => i));
  });

  it("never joins two lines into one sentence", () => {
    const text = "Russia and NATO in confrontation\nThe Kremlin said so.";
    const { sentences } = analyze(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Russia and NATO in confrontation",
      "The Kremlin said so.",
    ]);
  });

  it("keeps a sentence whole past a period inside brackets: a party tag, or a lowercase word or comma after it", () => {
    const text =
      "Sen. Tom Hadley (R-Neb.) Tuesday opposed the plan. Rep. Ann Varga (D-Ore.), its author, defended it. " +
      "Later, Rep. Ed Moss (D-Ga.) agreed. Sales rose (see Table 2.) Prices fell.";
    const { sentences, tokens } = analyze(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Sen. Tom Hadley (R-Neb.) Tuesday opposed the plan.",
      "Rep. Ann Varga (D-Ore.), its author, defended it.",
      "Later, Rep. Ed Moss (D-Ga.) agreed.",
      "Sales rose (see Table 2.)",
      "Prices fell.",
    ]);
    for (const s of sentences) for (let k = s.from; k < s.to; k++) expect(tokens[k].sentence).toBe(s.i);
  });

  it("drops page furniture lines and keeps their spans apart", () => {
    const text = "NATO met today.\nRead more\nImage by Jane Doe via Agency\n© 2025 Example Media. All rights reserved.";
    const result = analyze(text);
    expect(result.blocks.map((b) => text.slice(b.start, b.end))).toEqual(["NATO met today."]);
    expect(result.dropped).toHaveLength(3);
  });

  it("drops a news agency's sign-off under a wire story, not a sentence about the agency", () => {
    const text = "Copper output at the Kolwezi mine rose 4 pct in\nMarch, the operator said.\n REUTER\n";
    const result = analyze(text);
    expect(result.blocks.map((b) => text.slice(b.start, b.end)).join(" ")).not.toContain("REUTER");
    expect(result.dropped.map((d) => text.slice(d.start, d.end))).toEqual(["REUTER"]);
    expect(isFurniture("AP said the count would resume.")).toBe(false);
  });

  it("reads a newswire's name in angle brackets as the name, every token's offsets still in the original text", () => {
    const text = "Pellworth Inc <PWI> said it bought <Danby Lace Co>.";
    const result = analyze(text);
    const words = result.tokens.map((t) => t.text);
    expect(words).toEqual(["Pellworth", "Inc", "(", "PWI", ")", "said", "it", "bought", "Danby", "Lace", "Co", "."]);
    for (const t of result.tokens) if (/\w/.test(t.text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    // the brackets themselves point at the markup they stand for
    expect(result.tokens.filter((t) => t.text === "(" || t.text === ")").map((t) => text[t.start])).toEqual(["<", ">"]);
  });

  it("keeps news lines that merely mention reading", () => {
    expect(isFurniture("Read more about the summit in Brussels, officials said on Monday.")).toBe(false);
    expect(isFurniture("You May Also Like")).toBe(true);
  });

  it("returns an empty result for empty or blank text", () => {
    expect(analyze("").tokens).toEqual([]);
    expect(analyze("  \n\t \n").sentences).toEqual([]);
  });

  it("tokenizes a text the same whatever texts were read before it", () => {
    const line = "The bonds were rated by Standard and Halvorsen's Corp on Tuesday.";
    const tokens = (text: string) => analyze(text).tokens.map((t) => [t.text, t.pos, t.lemma].join("/"));
    const first = tokens(line);
    expect(first).toContain("Halvorsen/PROPN/halvorsen");
    // wink-nlp tokenizes "Halvorsen's," as "Halvorsen's" + ",", and used to keep the word in one token from then on.
    tokens("Notes rated by Halvorsen's, the agency said.");
    expect(tokens(line)).toEqual(first);
  });

  it("gives the part of speech of a lone word, whatever its case", () => {
    expect(wordClass("Recent")).toBe("ADJ");
    expect(wordClass("however")).toBe("ADV");
    expect(wordClass("Had")).toBe("AUX");
  });
});
