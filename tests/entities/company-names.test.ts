// Company names in newswire style, from raw text through the extractor: a sentence-initial word or an acronym
// the tagger leaves out, and a first name inside a company's name. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text }).entities.map((e) => `${e.label}|${e.type}`);
}

function relations(text: string): string[] {
  return extractDocument({ id: "t", text }).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

describe("company names", () => {
  it("keeps a title word or an acronym that opens a company's name before its legal form", () => {
    expect(entities("General Pipeline Corp said first-quarter profit rose.")).toContain("General Pipeline Corp|ORG");
    expect(entities("AB Harwell Ltd said it would close two mills.")).toContain("AB Harwell Ltd|ORG");
  });

  it("keeps a partnership's name whole before 'Co' and the legal forms after it", () => {
    const found = entities("Paul Hirst of Sydney broker <B.J. Lowell and Co Ltd> said demand was strong.");
    expect(found).toContain("B.J. Lowell and Co Ltd|ORG");
    expect(found.some((e) => e.startsWith("B.J. Lowell|") || e.startsWith("Co Ltd|"))).toBe(false);
  });

  it("gives a name back its sentence-initial first word when the text writes the two together elsewhere", () => {
    // inside a sentence, with capitals
    const inside = "First Corvex said it would buy Delmar Foods Inc for 5 mln dlrs. Shares of First Corvex rose.";
    expect(entities(inside)).toContain("First Corvex|ORG");
    expect(relations(inside)).toContain("first-corvex buys delmar-foods-inc");
    // in a headline's capitals
    const headline = "APPLIED CORVEX <ACX> TO CLOSE PLANT\n\nApplied Corvex Corp said it would close its Ohio plant.";
    expect(entities(headline)).toContain("Applied Corvex Corp|ORG");
    // the same words in lower case elsewhere say nothing; nor does a title in a headline ("PRESIDENT REAGAN SAYS")
    expect(entities("First Corvex said it would buy Delmar Foods Inc. It was the first Corvex deal.")).toContain(
      "Corvex|ORG",
    );
    const titled = extractDocument({ id: "t", text: "PRESIDENT REAGAN SAYS NO\n\nPresident Reagan said no to Congress." });
    expect(titled.mentions.filter((m) => m.text.startsWith("President"))).toEqual([]);
  });

  it("types a name before 'subsidiary' or 'division' as an organisation, and links it to its owner", () => {
    const text = "Corvan Industries Inc said sales at its Morgan Fluidics subsidiary doubled.";
    expect(entities(text)).toContain("Morgan Fluidics|ORG");
    expect(relations(text)).toContain("morgan-fluidics subsidiary of corvan-industries-inc");
  });

  it("keeps 'Reserve Bank' whole when the tagger takes its first word for a person", () => {
    const text = [
      "FIJI CENTRAL BANK SEES SLOWER LENDING",
      "",
      "Credit growth in Fiji is not expected to continue at current",
      "levels following the Reserve Bank's decision to tighten lending",
      "late last year, Reserve Bank Governor Savenaca Narube said.",
      "    The bank moved to tighten lending when the first signs",
      "of the boom became clear in August, Narube said.",
    ].join("\n");
    const names = entities(text);
    expect(names).toContain("Reserve Bank|ORG");
    expect(names.filter((n) => /^(Reserve|Bank)\|/.test(n))).toEqual([]);
    expect(relations(text)).toContain("savenaca-narube governor of reserve-bank");
  });

  it("keeps capitalised words and a legal form after a name the tagger cut off as a person's", () => {
    expect(entities("Northfield Corp said it bought Brixton Gauge Inc for cash.")).toContain("Brixton Gauge Inc|ORG");
  });

  it("types the name after a job title and 'at' or 'with' as the employer, not a person", () => {
    expect(entities("Ruth Okafor, an analyst at Hollis Barnaby, expects higher rates.")).toContain("Hollis Barnaby|ORG");
    expect(relations("Ruth Okafor, an economist with Hollis Barnaby, expects higher rates.")).toContain(
      "ruth-okafor works for hollis-barnaby",
    );
    // a person met "with" someone stays a person
    expect(entities("The minister had lunch with Hollis Barnaby.")).toContain("Hollis Barnaby|PERSON");
  });

  it("keeps a well-known company's name whole when it opens with a title word", () => {
    expect(entities("General Electric Co said first-quarter profit rose.")).toContain("General Electric|ORG");
    expect(entities("Profit at General Motors rose.")).toContain("General Motors|ORG");
  });

  it("reads a company's first word alone as the company, when its name ends in a legal form", () => {
    const x = extractDocument({ id: "t", text: "Tarrant Tool Corp posted a loss. Tarrant said it would cut 300 jobs." });
    expect(x.entities.map((e) => `${e.label}|${e.type}`)).toEqual(["Tarrant Tool Corp|ORG"]);
  });

  it("keeps a founder's possessive inside a company's name, not a country's", () => {
    expect(entities("Haskell's Outdoor Supply Inc said it would open ten stores.")).toContain("Haskell's Outdoor Supply Inc|ORG");
    expect(entities("Japan's Kurodai Ltd said it would open ten stores.")).toEqual(
      expect.arrayContaining(["Japan|GPE", "Kurodai Ltd|ORG"]),
    );
  });

  it("finds a well-known institution's name whole wherever it stands, whatever pieces the tagger made", () => {
    const found = entities("The bonds are rated A-1 by Moody's and AA-minus by Standard and Poor's.");
    expect(found).toEqual(expect.arrayContaining(["Moody's Investors Service|ORG", "Standard and Poor's|ORG"]));
  });

  it("keeps a firm's partners in its name before 'and Co', and two companies joined by 'and' apart", () => {
    expect(entities("She is an analyst at Pruett, Haines and Co in Boston.")).toContain("Pruett, Haines and Co|ORG");
    expect(entities("Underwriters are Pruett, Haines and Co and Lindqvist Brothers Inc this time.")).toEqual(
      expect.arrayContaining(["Pruett, Haines and Co|ORG", "Lindqvist Brothers Inc|ORG"]),
    );
  });

  it("makes no entity of a letter of cut initials, a lone legal form or a month's abbreviation", () => {
    const found = entities("The notes were sold to R and T Partners Ltd on Jan. 5, and Inc. magazine covered it.");
    expect(found.filter((e) => /^(R|T|Inc\.?|Jan\.)\|/.test(e))).toEqual([]);
  });

  it("keeps 'Vice' with its title, never an organisation of its own", () => {
    const text = "Ilse Brandvold, Vice President at Nordhavn Bank, and Vice Premier Osei Mensah met the Vice Chairman, Karl Ruud.";
    const x = extractDocument({ id: "t", text });
    expect(x.entities.map((e) => e.label)).not.toContain("Vice");
    expect(x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain(
      "ilse-brandvold vice president of nordhavn-bank",
    );
  });

  it("opens a company's name with a capitalised participle inside a sentence", () => {
    expect(entities("A group said it cut its stake in Allied Wirecraft Corp to 4.1 pct.")).toContain("Allied Wirecraft Corp|ORG");
    expect(entities("He said Consolidated Pulp Inc would bid.")).toContain("Consolidated Pulp Inc|ORG");
  });

  it("keeps 'X and Y Co' one company, unless the text writes X alone as well", () => {
    expect(entities("The chairman of Harrow Tire and Rubber Co charged that raiders harm industry.")).toEqual([
      "Harrow Tire and Rubber Co|ORG",
    ]);
    expect(entities("Castleton and Brooke Inc said it would sell its fruit unit.")).toContain("Castleton and Brooke Inc|ORG");
    // "Texmoor said" makes Texmoor a company of its own
    const two = entities("Talks between Texmoor and Pennvale Co stalled. Texmoor said it would appeal.");
    expect(two).toContain("Pennvale Co|ORG");
    expect(two.some((e) => e.startsWith("Texmoor and"))).toBe(false);
    // the text's short name for the company is no partner of its own ("Westmark Power" for Westmark Power and Light Co)
    expect(entities("Westmark Power and Light Co said it will offer preferred stock, Westmark Power said.")).toContain(
      "Westmark Power and Light Co|ORG",
    );
    // a legal form before "and" closes the first company
    expect(entities("Orvik AB and Delcrest Inc formed a venture.")).toEqual(["Delcrest Inc|ORG", "Orvik AB|ORG"]);
  });

  it("reads the first word of a long company name met before as that company", () => {
    const x = extractDocument({ id: "t", text: "The chairman of Gorham Tire and Rubber Co spoke. Gorham closed three plants last year." });
    expect(x.entities.map((e) => e.label)).toEqual(["Gorham Tire and Rubber Co"]);
  });

  it("reads the first words of a company's name met before as that company", () => {
    const x = extractDocument({
      id: "t",
      text: "Vantor Voice Systems Inc said it sued Kestrin Data Corp for 12 mln dlrs. Later, Kestrin Data told Vantor Voice it would not pay.",
    });
    expect(x.entities.map((e) => e.label).sort()).toEqual(["Kestrin Data Corp", "Vantor Voice Systems Inc"]);
  });

  it("reads a bare name right before a company's cue word as the company's name", () => {
    const text =
      "Garrick Transport Industries Ltd said profits rose. Garrick Transport Industries wholly owns Garrick Airlines, one of Australia's two major domestic airlines.";
    expect(entities(text)).toContain("Garrick Airlines|ORG");
  });

  it("reads a newswire table's abbreviations as no names", () => {
    expect(entities("Nine Mths Shr loss six cts vs loss 1.23 dlrs. Revs 5,129,000 vs 111.9 mln. Oper net 4.1 mln Dlrs.")).toEqual([]);
    // nor an economic figure's ("GNP", "CPI")
    expect(entities("Halvania's GNP rose 0.8 pct and its CPI fell, the planning office said.").some((e) => /^(GNP|CPI)\|/.test(e))).toBe(false);
  });

  it("reads a credit rating's grade as no name, in a sentence about ratings only", () => {
    expect(entities("Under review are the parent's Aa-3 senior debt and A-1 subordinated debt.")).toEqual([]);
    expect(entities("Bayfield Gas Co's debentures are rated B-2 by Moody's and BBB-plus by Standard and Poor's.")).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^(B-2|BBB-plus)\|/)]),
    );
    expect(entities("The B-2 bomber flew over Kansas.")).toContain("B-2|PRODUCT");
  });
});
