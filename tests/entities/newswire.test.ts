// Names that news copy's conventions mark (src/entities/newswire.ts): a headline in capitals, stock symbols, names
// in a newswire's angle brackets. Articles written for this test, in the style of 1980s wire copy.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text }).entities.map((e) => `${e.label}|${e.type}`).sort();
}

describe("names in a headline's capitals", () => {
  it("reads the words before a stock symbol or a legal form as one company's name, whole", () => {
    expect(entities("GRANVILLE TOOLWORKS INC <GTW> 4TH QTR NET\n\nShr 12 cts vs 19 cts\n    Net 401,000 vs 612,000")).toEqual([
      "GRANVILLE TOOLWORKS INC|ORG",
    ]);
    expect(entities("MERIDEN HOME AND GARDEN <MHG> SETS PAYOUT\n\nQtly div five cts vs five cts prior")).toEqual([
      "MERIDEN HOME AND GARDEN|ORG",
    ]);
    // a verb, a preposition or a possessive ends it ("INVESTS ... IN", "MOODY'S")
    expect(entities("TALBOT STEEL INVESTS 8 MLN DLRS IN VEXTOR CORP\n\nNo details were given.")).toEqual(["VEXTOR CORP|ORG"]);
    // a participle or an adverb may open it
    expect(entities("ENGINEERED PLASTICS <EPL> SEES LOSS\n\nThe loss was small.")).toContain("ENGINEERED PLASTICS|ORG");
  });

  it("finds the article's own name in the headline, with the sentences' form and type", () => {
    // "LINDSAY" is a first name, yet the sentences name a company
    expect(entities("LINDSAY BARROW <LBW> PLANS OFFERING\n\nLindsay Barrow Inc said it plans to offer two mln shares.")).toEqual([
      "Lindsay Barrow Inc|ORG",
    ]);
    // the first words of a longer name, and one word of it
    expect(entities("HALLORAN TIRE <HT> SEES TAX REFUND\n\nHalloran Tire Products Corp said it expects a refund.")).toEqual([
      "Halloran Tire Products Corp|ORG",
    ]);
    expect(entities("KESTREL <KST> SALES RISE\n\nKestrel Industries Inc said its sales rose 12 pct.")).toEqual([
      "Kestrel Industries Inc|ORG",
    ]);
  });

  it("drops the tagger's guesses that no sentence names and no symbol or legal form marks", () => {
    const found = entities(
      "SWAP DEALERS UNVEIL STANDARD CONTRACT\n\nThe International Swap Dealers Association said it had written a " +
        "standard contract for interest rate swaps.",
    );
    expect(found).toEqual(["International Swap Dealers Association|ORG"]);
  });

  it("keeps a Title Case headline's names, which its lower-case words tell apart", () => {
    expect(entities("Tony Blair Meets Gordon Brown In London\n\nThe two men met for an hour, aides said.")).toContain("Tony Blair|PERSON");
  });

  it("labels an entity as the sentences write it, not in the headline's capitals", () => {
    const x = extractDocument({
      id: "t",
      text: "TELMORE CORP <TLM> SEES HIGHER REVENUES\n\nTelmore Corp said it expects higher revenues. TELMORE CORP was founded in 1970.",
    });
    expect(x.entities.map((e) => e.label)).toEqual(["Telmore Corp"]);
  });

});

describe("stock symbols and names in angle brackets", () => {
  it("never makes a stock symbol a name of its own", () => {
    const found = entities("Halvorsen Corp <HAL> said its board approved a buyback. <HAL> shares rose.");
    expect(found).toEqual(["Halvorsen Corp|ORG"]);
    // with an exchange's code after a space
    expect(entities("Lindqvist AB <LIND ST> said it would sell its paper unit.")).toEqual(["Lindqvist AB|ORG"]);
  });

  it("keeps a bracketed company name whole, across 'and', 'of' and commas", () => {
    expect(entities("Dorrit Corp said it bought <Hollis Smelting and Refining Corp> for 12 mln dlrs.")).toContain(
      "Hollis Smelting and Refining Corp|ORG",
    );
    expect(entities("Dorrit Corp said it acquired privately-held <Ardmore Rotors of Nevada, Inc> in a stock deal.")).toContain(
      "Ardmore Rotors of Nevada, Inc|ORG",
    );
  });
});

describe("titles of rank", () => {
  it("reads a rank, a portfolio and a title before a name as the person's title, not an organisation", () => {
    expect(entities("Assistant Treasury Secretary Carl Benning said he prefers debt swaps.")).toEqual(["Carl Benning|PERSON"]);
  });
});
