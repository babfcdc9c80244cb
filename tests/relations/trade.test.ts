// Business and trade news from raw text through the whole extractor: trade verbs and nouns, a phrase of the verb's
// frame that the parser hung on the object ("sold 300 tonnes of rice to Senegal"), and the company names that
// newswires put in angle brackets. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { shown } from "./helpers.js";

function relations(text: string): string[] {
  return extractDocument({ id: "t", text }).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

describe("trade and business relations", () => {
  it("reads trade verbs with their preposition", () => {
    expect(relations("Vietnam exported rubber to Malaysia in March.")).toContain("vietnam exports to malaysia");
    expect(relations("Egypt imported wheat from Argentina last season.")).toContain("egypt imports from argentina");
    expect(relations("The Asian Development Bank lent money to Nepal for roads.")).toContain("asian-development-bank lends to nepal");
  });

  it("gives the verb a phrase of its frame that the parser hung on the object's noun", () => {
    // "to Senegal" and "from Thailand" come out of the parser under "rice"; "sell" and "import" take them
    expect(relations("Pakistan sold around 300,000 tonnes of broken rice to Senegal.")).toContain("pakistan sells to senegal");
    expect(relations("Ghana imported 90,000 tonnes of rice from Thailand.")).toContain(
      "ghana imports from thailand",
    );
  });

  it("does not move a phrase the verb's frame does not take", () => {
    const found = relations("Pakistan sold around 300,000 tonnes of broken rice from Punjab farms.");
    expect(found.filter((r) => r.includes("punjab"))).toEqual([]);
  });

  it("reads contracts, accords and loans between parties", () => {
    expect(relations("Brightwater Shipping Co signed a five-year contract with Norrland Ferries AB.")).toContain(
      "brightwater-shipping-co signs a deal with norrland-ferries-ab",
    );
    expect(relations("The World Bank approved a 250 mln dlr loan to Bolivia.")).toContain("world-bank lends to bolivia");
  });

  it("reads a company name in a newswire's angle brackets as the name, not as two words of the sentence", () => {
    const bracketed = "Tarrant Tool Corp said it acquired <Brixton Gauge Inc> for cash. Orvelle Corp <ORV> said it sold <Dunmore Mills> to <Halvard Textiles Ltd> last week.";
    const plain = "Tarrant Tool Corp said it acquired Brixton Gauge Inc for cash. Orvelle Corp (ORV) said it sold Dunmore Mills to Halvard Textiles Ltd last week.";
    const found = relations(bracketed);
    expect(found).toContain("tarrant-tool-corp acquires brixton-gauge-inc");
    expect(found).toEqual(relations(plain));
    const labels = (text: string) => extractDocument({ id: "t", text }).entities.map((e) => e.label);
    expect(labels(bracketed)).toEqual(labels(plain));
  });

  it("reads a stake raised or lowered as a holding, and a partnership's legal form as a company's", () => {
    const x = extractDocument({ id: "t", text: "Corvane Partners L.P. said it lowered its stake in Dellworth Mills Inc to 12 pct." });
    expect(x.entities.map((e) => `${e.label}|${e.type}`)).toContain("Corvane Partners L.P.|ORG");
    expect(x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain("corvane-partners-l-p invests in dellworth-mills-inc");
  });

  it("reads market people's jobs as who they work for", () => {
    expect(relations("Oskar Lind, a currency trader at Nordbank, said the crown fell.")).toContain("oskar-lind works for nordbank");
  });

  it("reads a purchase completed by the company that reports it, the sentence ending in its legal form", () => {
    expect(relations("Marlow Foods Corp said it completed the purchase of Kestrel Dairy Inc.")).toContain(
      "marlow-foods-corp buys kestrel-dairy-inc",
    );
  });

  it("takes 'the company' as the speaker a reported 'it' stands for, when it is the story's main company", () => {
    const story = "Marlow Foods Corp reported higher profit. Marlow Foods Corp raised its dividend.";
    expect(relations(`${story} The company said it acquired Kestrel Dairy Inc for cash.`)).toContain(
      "marlow-foods-corp acquires kestrel-dairy-inc",
    );
    // the nearest company is not always the one "the company" means: without a main company, nothing is read
    expect(
      relations("Marlow Foods Corp reported higher profit. Tolland Glass Corp lost money. The company said it acquired Kestrel Dairy Inc."),
    ).not.toContain("tolland-glass-corp acquires kestrel-dairy-inc");
  });

  it("reads a holding after 'has' and a suit filed against a party", () => {
    expect(relations("Tolland Glass Corp, which has a 12 mln dlr investment in Brayford Optics Inc, declined to comment.")).toContain(
      "tolland-glass-corp invests in brayford-optics-inc",
    );
    expect(relations("Harbor Lines Inc said it filed suit against Norrland Ferries AB in federal court.")).toContain(
      "harbor-lines-inc sues norrland-ferries-ab",
    );
  });

  it("reads no investment off a holding the subject parts with", () => {
    const sold = relations("Tolland Glass Corp said it agreed to sell its 40 pct interest in Brayford Optics Inc to Marlow Foods Corp.");
    expect(sold).not.toContain("tolland-glass-corp invests in brayford-optics-inc");
    expect(relations("Tolland Glass Corp said it bought a 40 pct interest in Brayford Optics Inc.")).toContain(
      "tolland-glass-corp invests in brayford-optics-inc",
    );
  });

  it("reads litigation begun against a party as a suit", () => {
    expect(relations("Harbor Lines Inc said it began litigation against Norrland Ferries AB, seeking damages.")).toContain(
      "harbor-lines-inc sues norrland-ferries-ab",
    );
  });

  it("reads a unit 'of' its owner, and units 'in' a country as no subsidiary of the country", () => {
    expect(relations("Corvane Optics Corp, a subsidiary of Hallam Instruments Ltd, makes lenses.")).toContain(
      "corvane-optics-corp subsidiary of hallam-instruments-ltd",
    );
    const units = relations("In addition, Pacific Lines Inc subsidiaries in Chile and Peru will be sold.");
    expect(units.filter((r) => r.includes("subsidiary of"))).toEqual([]);
  });

  it("reads a reported 'it' as the speaker, not as the listener the sentence names last", () => {
    const found = relations("Varn Capital Corp told the Securities and Exchange Commission it raised its stake in Orvelle Fund Inc.");
    expect(found).toContain("varn-capital-corp invests in orvelle-fund-inc");
    expect(found.filter((r) => r.startsWith("securities-and-exchange-commission "))).toEqual([]);
  });

  it("relates two people meeting each other, not two people meeting others", () => {
    expect(relations("Chairman Ole Strand and Maja Berg met in Oslo.")).toContain("maja-berg meets ole-strand");
    expect(relations("Chairman Ole Strand and Maja Berg are meeting with fund managers in Oslo.").filter((r) => r.includes("meets"))).toEqual([]);
  });

  it("reads no relation into a market report's closing or trading price", () => {
    expect(relations("Dunmore Mills Inc closed yesterday on the New York Stock Exchange at 14-3/4.")).toEqual([]);
    expect(relations("Orvelle Corp traded earlier on the Toronto Stock Exchange at 7-1/8.")).toEqual([]);
  });

  it("reads 'X is 51 pct owned by Y' as Y owning X", () => {
    expect(
      shown("Marlow Paper is 51 pct owned by Tessin Holdings.", [
        { text: "Marlow Paper", entity: "marlow-paper", type: "ORG" },
        { text: "Tessin Holdings", entity: "tessin-holdings", type: "ORG" },
      ]),
    ).toEqual(["tessin-holdings owns marlow-paper"]);
  });

  it("reads what a receiving verb's subject gets from someone as that someone's act towards it", () => {
    const specs = [
      { text: "Marlow Paper", entity: "marlow-paper", type: "ORG" as const },
      { text: "Tessin Holdings", entity: "tessin-holdings", type: "ORG" as const },
    ];
    expect(shown("Marlow Paper rejected a 40 dlr a share bid from Tessin Holdings.", specs)).toEqual([
      "tessin-holdings bids for marlow-paper",
    ]);
    expect(shown("Marlow Paper did not receive any takeover offer from Tessin Holdings.", specs)).toEqual([
      "tessin-holdings bids for marlow-paper [negated]",
    ]);
    // an offer of help is no bid for the company
    expect(shown("Marlow Paper accepted an offer from Tessin Holdings to help with the audit.", specs)).toEqual([]);
  });

  it("reads 'entered into an agreement with' and an infinitive hung inside the agreement's noun phrase", () => {
    const specs = [
      { text: "Marlow Paper", entity: "marlow-paper", type: "ORG" as const },
      { text: "Tessin Holdings", entity: "tessin-holdings", type: "ORG" as const },
    ];
    expect(shown("Marlow Paper entered into an agreement with Tessin Holdings.", specs)).toEqual([
      "marlow-paper signs a deal with tessin-holdings",
    ]);
    expect(shown("Marlow Paper has reached an agreement in principle to acquire Tessin Holdings.", specs)).toEqual([
      "marlow-paper acquires tessin-holdings [hedged]",
    ]);
  });

  it("reads a company named before 'unit' or 'subsidiary' as that company, keeping the verb's phrase hung on the noun", () => {
    const specs = [
      { text: "Marlow Paper", entity: "marlow-paper", type: "ORG" as const },
      { text: "Tessin Holdings", entity: "tessin-holdings", type: "ORG" as const },
      { text: "Brava Pulp", entity: "brava-pulp", type: "ORG" as const },
      { text: "it", entity: "marlow-paper", type: "ORG" as const, kind: "pronoun" as const },
    ];
    const out = shown("Marlow Paper said it sold its Brava Pulp unit to Tessin Holdings.", specs);
    expect(out).toEqual(expect.arrayContaining(["marlow-paper sells brava-pulp [by marlow-paper]"]));
    expect(out).toEqual(expect.arrayContaining(["marlow-paper sells to tessin-holdings [by marlow-paper]"]));
  });
});
