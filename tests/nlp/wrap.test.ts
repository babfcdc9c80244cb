import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/nlp/index.js";
import { extractDocument } from "../../src/extract/index.js";

// A wire story in the format of 1980s newswire: headline in capitals (here with no blank line after it), paragraphs
// indented by four spaces (one of them a single full line), lines wrapped at 65 columns (once at a compound's
// hyphen, as the wire did), a copyright notice right after the text.
const WIRE = [
  "ARGENTINA TO ASK COMMERCIAL BANKS FOR 2.15 BILLION DLRS LOANS",
  "Argentina will ask its commercial bank creditors for 2.15 billion",
  "dlrs in new loans this year, the Economy Ministry said.",
  "    Bankers in New York will hear today an initial presentation",
  "of the request from Argentine Treasury Secretary Mario",
  "Brodersohn, banking sources said.",
  "    Brodersohn told reporters the country was close to an accord",
  "with its creditors on a multi-year rescheduling and on new long-",
  "term trade credits.",
  "    The central bank said its foreign reserves fell to 2.4 billion.",
  "    The state oil company YPF said its net profit rose to 12.5 mln",
  "dlrs in 1986, or 1.25 dlrs a share, from 9.8 mln, or 98 cts per",
  "share. The company's board will meet in Buenos Aires on March 20.",
  "Copyright 1987 Example News Agency Ltd. All rights reserved. No",
  "part of this report may be reproduced.",
].join("\n");

// An e-mail wrapped at 72 columns, blank lines between paragraphs.
const EMAIL = [
  "Hi Anna,",
  "",
  "Thanks for the notes from Tuesday. I spoke to the finance team and they",
  "agree that the budget for the Lisbon office should be settled before the",
  "end of the quarter, ideally before the meeting with European Central",
  "Bank President Christine Lagarde in Frankfurt next week.",
  "",
  "Could you send me the figures by Friday? Peter Novak from the audit",
  "department will join us as well.",
  "",
  "Best regards,",
  "John Miller",
  "Senior Analyst, Example Capital",
].join("\n");

// One paragraph per line, short lines that end their sentences: nothing here is wrapped.
const SOFT = [
  "Kremlin Says Talks With Kyiv Have Stalled",
  "Dmitry Peskov said on Monday that the talks had stalled again.",
  "He added that Moscow was ready to resume them at any time soon.",
  "The European Union said it would send its delegation to Kyiv.",
  "Officials in Brussels declined to comment on the timing of it.",
].join("\n");

const blocksOf = (text: string) => analyze(text).blocks.map((b) => text.slice(b.start, b.end));

describe("hard-wrapped text", () => {
  it("reads a wire story as paragraphs, the headline standing alone", () => {
    expect(blocksOf(WIRE)).toEqual([
      "ARGENTINA TO ASK COMMERCIAL BANKS FOR 2.15 BILLION DLRS LOANS",
      WIRE.slice(WIRE.indexOf("Argentina will"), WIRE.indexOf("Ministry said.") + 14),
      WIRE.slice(WIRE.indexOf("Bankers in"), WIRE.indexOf("sources said.") + 13),
      WIRE.slice(WIRE.indexOf("Brodersohn told"), WIRE.indexOf("credits.") + 8),
      "The central bank said its foreign reserves fell to 2.4 billion.",
      WIRE.slice(WIRE.indexOf("The state oil"), WIRE.indexOf("March 20.") + 9),
    ]);
  });

  it("keeps a sentence that crosses wraps whole, with offsets into the original text", () => {
    const { sentences, tokens } = analyze(WIRE);
    const texts = sentences.map((s) => WIRE.slice(s.start, s.end));
    expect(texts).toContain(
      "Bankers in New York will hear today an initial presentation\n" +
        "of the request from Argentine Treasury Secretary Mario\n" +
        "Brodersohn, banking sources said.",
    );
    for (const t of tokens) expect(WIRE.slice(t.start, t.end)).toBe(t.text);
  });

  it("finds a name that crosses a wrap whole", () => {
    const x = extractDocument({ id: "wire", text: WIRE });
    const person = x.entities.find((e) => e.label === "Mario Brodersohn");
    expect(person?.type).toBe("PERSON");
    expect(x.entities.map((e) => e.label)).not.toContain("Mario");
    const mention = x.mentions.find((m) => m.entity === person!.id && m.start < WIRE.indexOf("Brodersohn,"));
    expect(WIRE.slice(mention!.start, mention!.end)).toBe("Mario\nBrodersohn");
    expect(mention!.text).toBe("Mario Brodersohn");
  });

  it("reads a compound's hyphen at a line end as joining the next word", () => {
    const { tokens } = analyze(WIRE);
    const term = tokens.find((t) => t.text === "term")!;
    expect(tokens[term.i - 1].text).toBe("-");
    expect(term.spaceBefore).toBe(false);
    expect(tokens[term.i - 2].text).toBe("long");
    expect(tokens[term.i - 2].spaceBefore).toBe(true);
  });

  it("keeps a wrapped line that only looks like furniture, and drops a wrapped copyright notice", () => {
    const result = analyze(WIRE);
    const kept = result.blocks.map((b) => WIRE.slice(b.start, b.end));
    expect(kept.some((b) => b.includes("98 cts per\nshare. The company's"))).toBe(true);
    expect(result.dropped.map((d) => WIRE.slice(d.start, d.end))).toEqual([
      "Copyright 1987 Example News Agency Ltd. All rights reserved. No",
      "part of this report may be reproduced.",
    ]);
  });

  it("runs a short first line on when the lead sentence goes on over full lines (a dateline cut off)", () => {
    // A wire story as corpora often keep it: the dateline that filled the first line removed, so the line stops
    // short in the middle of the subject's name. A table of figures, short lines, stays one row a block; so do a
    // byline and the line before a dateline.
    const story = [
      "HARBOUR FOODS BUYS BAKERY CHAIN",
      "",
      "Harbour Valley Foods",
      "Inc said it has agreed to buy the Milton Bakeries chain of stores",
      "in Ohio for about 40 mln dlrs in cash and notes from its owners.",
      "    The company said the purchase would close in the second quarter.",
      "",
      "By Jane Whitfield",
      "CHICAGO, March 3 - Grain prices rose sharply in early trading on",
      "the Chicago Board of Trade after the government's crop report.",
      "",
      "LENDER BUYS NOTES",
      "",
      "The central bank entered the U.S.",
      "Government securities market to buy two billion dlrs of notes",
      "from dealers, a spokesman for the bank said on Tuesday.",
      "",
      "WORLD FUND LENDS TO ISLAND STATE",
      "",
      "The Pacific Development Fund,",
      "PDF, said it approved a 30 mln dlr loan to help the islands rebuild",
      "their harbours and roads after the storms of last winter.",
      "",
      "Shr 34 cts vs 1.19 dlrs",
      "Net 807,000 vs 2,858,000",
      "Revs 12.4 mln vs 10.1 mln",
    ].join("\n");
    const blocks = blocksOf(story);
    expect(blocks).toContain(story.slice(story.indexOf("Harbour Valley Foods"), story.indexOf("owners.") + 7));
    expect(blocks).toContain(story.slice(story.indexOf("The Pacific"), story.indexOf("last winter.") + 12));
    expect(blocks).toContain(story.slice(story.indexOf("The central bank"), story.indexOf("on Tuesday.") + 11));
    expect(blocks).toContain("By Jane Whitfield");
    expect(blocks).toContain("Shr 34 cts vs 1.19 dlrs");
    expect(blocks).toContain("Net 807,000 vs 2,858,000");
    const labels = extractDocument({ id: "cut", text: story }).entities.map((e) => e.label);
    expect(labels).toContain("Harbour Valley Foods Inc");
  });

  it("reads an e-mail's paragraphs whole, its greeting and signature lines alone", () => {
    expect(blocksOf(EMAIL)).toEqual([
      "Hi Anna,",
      EMAIL.slice(EMAIL.indexOf("Thanks"), EMAIL.indexOf("next week.") + 10),
      EMAIL.slice(EMAIL.indexOf("Could you"), EMAIL.indexOf("as well.") + 8),
      "Best regards,",
      "John Miller",
      "Senior Analyst, Example Capital",
    ]);
    const labels = extractDocument({ id: "mail", text: EMAIL }).entities.map((e) => e.label);
    expect(labels).toContain("Christine Lagarde");
    expect(labels).toContain("European Central Bank");
  });
});

describe("soft-wrapped text", () => {
  it("keeps one block per line when lines end their sentences, however short", () => {
    expect(blocksOf(SOFT)).toEqual(SOFT.split("\n"));
  });

  it("keeps one block per line in the seed articles", () => {
    for (const id of ["000_c974ad76943d9b07", "002_737a7b2d851a72cd"]) {
      const text = readFileSync(`seeds/${id}.txt`, "utf8");
      const lines = text.split("\n").filter((l) => l.trim());
      expect(analyze(text).blocks.length).toBeLessThanOrEqual(lines.length);
      for (const b of blocksOf(text)) expect(b).not.toContain("\n");
    }
  });
});
