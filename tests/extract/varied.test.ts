// Raw text to entities and relations through the public extractor, on sentences written for these tests (made-up
// names; finance, sport, science, courts, local news) in many constructions: passives, appositions, relative
// clauses, coordination, negation, hedging, reported speech. Each expectation was checked by reading the sentence.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";

/** The relations of one text, as `subject predicate object [flags] @speaker`, sorted. */
function relations(text: string): string[] {
  const { relations } = extractDocument({ id: "t", text });
  return relations
    .map((r) => {
      const flags = [r.negated ? "negated" : "", r.hedged ? "hedged" : ""].filter(Boolean);
      return `${r.subject} ${r.predicate} ${r.object}${flags.length ? ` [${flags.join(", ")}]` : ""}${r.attributedTo ? ` @${r.attributedTo}` : ""}`;
    })
    .sort();
}

/** The entities of one text, as `label/TYPE`, sorted. */
function entities(text: string): string[] {
  return extractDocument({ id: "t", text })
    .entities.map((e) => `${e.label}/${e.type}`)
    .sort();
}

describe("extraction on varied text", () => {
  it("finance: an acquisition, active and passive, denied, refused and hedged, and reported", () => {
    expect(relations("Harlow Capital acquired Brennan Foods for $2 billion on Tuesday.")).toEqual(["harlow-capital acquires brennan-foods"]);
    expect(relations("Brennan Foods was acquired by Harlow Capital last year.")).toEqual(["harlow-capital acquires brennan-foods"]);
    expect(relations("Harlow Capital did not acquire Brennan Foods.")).toEqual(["harlow-capital acquires brennan-foods [negated]"]);
    expect(relations("Deltic Motors refused to buy Sanvik Batteries.")).toEqual(["deltic-motors buys sanvik-batteries [negated]"]);
    expect(relations("Deltic Motors reportedly plans to buy Sanvik Batteries.")).toEqual(["deltic-motors buys sanvik-batteries [hedged]"]);
    expect(relations("Greta Lindahl said that Harlow Capital had acquired Brennan Foods.")).toEqual([
      "harlow-capital acquires brennan-foods @greta-lindahl",
    ]);
  });

  it("finance: roles by apposition and by verb, and a speaker quoted with her title", () => {
    expect(entities("Ruth Calloway leads Tessaly Bank.")).toEqual(["Ruth Calloway/PERSON", "Tessaly Bank/ORG"]);
    expect(relations("Ruth Calloway leads Tessaly Bank.")).toEqual(["ruth-calloway leads tessaly-bank"]);
    expect(relations("Ruth Calloway, the head of Tessaly Bank, resigned.")).toEqual(["ruth-calloway head of tessaly-bank"]);
    expect(relations('"The merger will create jobs," said Ruth Calloway, chief executive of Tessaly Bank.')).toEqual([
      "ruth-calloway chief executive of tessaly-bank",
    ]);
  });

  it("sport: a relative clause, a transfer and its denial", () => {
    expect(relations("The striker Tomasz Wielicki, who joined Ferncastle United in June, scored twice against Dunmore Rovers.")).toContain(
      "tomasz-wielicki joins ferncastle-united",
    );
    expect(relations("Ferncastle United signed Tomasz Wielicki from Dunmore Rovers.")).toEqual(["ferncastle-united signs tomasz-wielicki"]);
    expect(relations("Kenji Morita joined Ferncastle City in June.")).toEqual(["kenji-morita joins ferncastle-city"]);
    expect(relations("Ferncastle City did not sign Kenji Morita.")).toEqual(["ferncastle-city signs kenji-morita [negated]"]);
  });

  it("science: coordinated objects, a founder in a relative clause and in a passive", () => {
    expect(entities("The Kessler Institute hired Leila Farouk and Oren Blum.")).toEqual([
      "Kessler Institute/ORG",
      "Leila Farouk/PERSON",
      "Oren Blum/PERSON",
    ]);
    expect(relations("The Kessler Institute hired Leila Farouk and Oren Blum.")).toEqual([
      "kessler-institute hires leila-farouk",
      "kessler-institute hires oren-blum",
    ]);
    expect(relations("Oren Blum, who founded Quillstone Labs, criticised the Halvorsen Foundation.")).toEqual([
      "oren-blum criticizes halvorsen-foundation",
      "oren-blum founder of quillstone-labs",
    ]);
    expect(relations("Quillstone Labs was founded by Oren Blum in 2015.")).toEqual(["oren-blum founder of quillstone-labs"]);
    expect(relations("The Halvorsen Foundation funds Northgate University.")).toEqual(["halvorsen-foundation funds northgate-university"]);
  });

  it("courts: a judge's sentence, and a hedged meeting of two people", () => {
    expect(entities("Judge Patricia Oduya sentenced Marcus Hale to six years in prison.")).toEqual(["Marcus Hale/PERSON", "Patricia Oduya/PERSON"]);
    expect(relations("Judge Patricia Oduya sentenced Marcus Hale to six years in prison.")).toEqual(["patricia-oduya sentences marcus-hale"]);
    // "meets" is symmetric: its two ends come in key order.
    expect(relations("Patricia Oduya could meet Marcus Hale next week.")).toEqual(["marcus-hale meets patricia-oduya [hedged]"]);
  });

  it("local news: a mayor's title kept out of her name, coordinated subjects, a place that is no party", () => {
    expect(entities("Mayor Ingrid Sorensen criticised the Rivermouth Water Company.")).toEqual([
      "Ingrid Sorensen/PERSON",
      "Rivermouth Water Company/ORG",
    ]);
    expect(relations("Mayor Ingrid Sorensen criticised the Rivermouth Water Company.")).toEqual([
      "ingrid-sorensen criticizes rivermouth-water-company",
    ]);
    expect(relations("The Rivermouth Water Company may sue Mayor Ingrid Sorensen.")).toEqual(["rivermouth-water-company sues ingrid-sorensen [hedged]"]);
    expect(relations("Mayor Ingrid Sorensen thanked the Rivermouth Fire Brigade.")).toEqual(["ingrid-sorensen thanks rivermouth-fire-brigade"]);
    expect(entities("Ingrid Sorensen and Tomasz Wielicki met in Oslo on Monday.")).toContain("Oslo/GPE");
    expect(relations("Ingrid Sorensen and Tomasz Wielicki met in Oslo on Monday.")).toEqual(["ingrid-sorensen meets tomasz-wielicki"]);
    expect(relations("Northgate University and the Halvorsen Foundation signed an agreement on Friday.")).toEqual([
      "halvorsen-foundation signs a deal with northgate-university",
    ]);
  });

  it("politics: a minister of a country by apposition, a demonym and a capital", () => {
    const text = "Carla Mendez, the finance minister of Peru, met Japanese officials in Lima.";
    expect(entities(text)).toEqual(["Carla Mendez/PERSON", "Japan/GPE", "Lima/GPE", "Peru/GPE"]);
    expect(relations(text)).toContain("carla-mendez minister of peru");
  });
});
