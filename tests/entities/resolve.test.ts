// Resolution on real-news sentences: acronyms and their expansions, short names inside longer ones, alias sets of
// parties and institutions, titles and party words before names, shared surnames; within a text and across texts.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/nlp/index.js";
import { createEntityIndex, findEntities } from "../../src/entities/index.js";
import type { Entity, EntityType, Mention } from "../../src/types.js";

function run(text: string) {
  return findEntities(analyze(text));
}

/** The entity id of the n-th mention whose text is `surface`. */
function idOf(mentions: Mention[], surface: string, n = 0): string | undefined {
  return mentions.filter((m) => m.text === surface)[n]?.entity;
}

/** Links the entities of several texts across documents, as graph assembly does; returns label → graph id. */
function linkTexts(...texts: string[]): Map<string, string> {
  const index = createEntityIndex();
  const ids = new Map<string, string>();
  for (const text of texts) {
    for (const e of run(text).entities) ids.set(e.label, index.link(e).id);
  }
  return ids;
}

describe("acronyms and expansions", () => {
  it("pairs an acronym with the name the text puts it beside, whatever its letters", () => {
    const { mentions } = run(
      "The Italian Episcopal Conference (CEI) rejected the ruling. CEI officials said the schools would appeal.",
    );
    expect(idOf(mentions, "CEI", 0)).toBe(idOf(mentions, "Italian Episcopal Conference"));
    expect(idOf(mentions, "CEI", 1)).toBe(idOf(mentions, "Italian Episcopal Conference"));
  });

  it("pairs the European Union with the EU either way round", () => {
    const a = run("Leaders of the European Union (EU) met in Brussels on Friday. The EU said talks would go on.");
    expect(idOf(a.mentions, "EU", 0)).toBe(idOf(a.mentions, "European Union"));
    expect(idOf(a.mentions, "EU", 1)).toBe(idOf(a.mentions, "European Union"));
    const b = run("The EU (European Union) raised tariffs on steel.");
    expect(idOf(b.mentions, "EU")).toBe(idOf(b.mentions, "European Union"));
  });

  it("keeps Edinburgh University apart from the EU, whose letters it spells", () => {
    const { mentions, entities } = run(
      "Researchers at Edinburgh University published the survey on Monday. The EU said it would study the findings.",
    );
    expect(idOf(mentions, "EU")).not.toBe(idOf(mentions, "Edinburgh University"));
    expect(entities.find((e) => e.id === idOf(mentions, "EU"))?.label).toBe("European Union");
  });

  it("lets the text's own pairing win over the lexicon's expansion", () => {
    const { mentions } = run("Grassroots Media (GM) filed the complaint. GM said it had evidence.");
    expect(idOf(mentions, "GM", 0)).toBe(idOf(mentions, "Grassroots Media"));
    expect(idOf(mentions, "GM", 1)).toBe(idOf(mentions, "Grassroots Media"));
  });

  it("guesses from initials only when one name has them", () => {
    const one = run("The Northern Arts Council gave grants to 40 theatres. The NAC said more would follow.");
    expect(idOf(one.mentions, "NAC")).toBe(idOf(one.mentions, "Northern Arts Council"));
    const two = run(
      "The Northern Arts Council and the National Archery Club signed a deal. The NAC said more would follow.",
    );
    expect(idOf(two.mentions, "NAC")).not.toBe(idOf(two.mentions, "Northern Arts Council"));
    expect(idOf(two.mentions, "NAC")).not.toBe(idOf(two.mentions, "National Archery Club"));
  });

  it("links a two-letter acronym across articles by a lexicon or a pairing, never on its letters alone", () => {
    const index = createEntityIndex();
    const entity = (id: string, label: string, type: EntityType, aliases = [label]): Entity => ({
      id,
      label,
      type,
      aliases,
      mentions: 1,
    });
    index.link(entity("kappa-media", "Kappa Media", "ORG"));
    expect(index.link(entity("km", "KM", "ORG")).id).toBe("km");
    index.link(entity("northern-arts-council", "Northern Arts Council", "ORG"));
    expect(index.link(entity("nac", "NAC", "ORG")).id).toBe("northern-arts-council");
    // "GM" paired with Grassroots Media in one article is not the lexicon's General Motors of another.
    index.link(entity("general-motors", "General Motors", "ORG", ["GM", "General Motors"]));
    expect(index.link(entity("grassroots-media", "Grassroots Media", "ORG", ["GM", "Grassroots Media"])).id).toBe(
      "grassroots-media",
    );
  });

  it("keeps the EU and Edinburgh University apart across articles", () => {
    const ids = linkTexts(
      "Researchers at Edinburgh University published the survey on Monday.",
      "The EU said it would study the survey.",
    );
    expect(ids.get("European Union")).toBeDefined();
    expect(ids.get("European Union")).not.toBe(ids.get("Edinburgh University"));
  });
});

describe("short names inside longer ones", () => {
  it("keeps China apart from Air China in one text and across two", () => {
    const { mentions } = run("Air China cancelled flights to Tokyo on Monday. China said the move was commercial.");
    expect(idOf(mentions, "China")).toBe("china");
    expect(idOf(mentions, "Air China")).not.toBe("china");
    const ids = linkTexts("Air China cancelled flights to Tokyo on Monday.", "China said the move was commercial.");
    expect(ids.get("China")).not.toBe(ids.get("Air China"));
  });

  it("reads a company's word before its legal form as the company, in the text and in a capitals headline above it", () => {
    const text = "HALVERSON CUTS JOBS\n\nAnders Halverson Co said it would cut 300 jobs. Halverson said sales fell.";
    const { mentions, entities } = run(text);
    const company = entities.find((e) => e.label === "Anders Halverson Co");
    expect(company?.type).toBe("ORG");
    expect(mentions.filter((m) => /^halverson$/i.test(m.text)).map((m) => m.entity)).toEqual([company!.id, company!.id]);
  });

  it("keeps the Treasury apart from the Treasury Select Committee", () => {
    const { mentions } = run(
      "The Treasury Select Committee questioned the governor on Tuesday. Later the Treasury published its forecasts.",
    );
    expect(idOf(mentions, "Treasury")).not.toBe(idOf(mentions, "Treasury Select Committee"));
  });

  it("merges a name into the longer name that only places it or adds an of-phrase", () => {
    const a = run(
      "The Italian Supreme Court of Cassation ruled on the tax. The Supreme Court said schools must pay.",
    );
    // The demonym may stand apart ("Italian" → Italy) or inside the name; the short form goes to the long one.
    const court = a.mentions.find((m) => m.text.endsWith("Supreme Court of Cassation"));
    expect(idOf(a.mentions, "Supreme Court")).toBe(court?.entity);
    const b = run("The Home Office sent the form. A United Kingdom Home Office spokesman defended it.");
    // The country may stand apart (a mention of its own, as GUM marks it) or inside the name; either way both
    // mentions of the Home Office are one entity.
    const offices = b.mentions.filter((m) => m.text.endsWith("Home Office"));
    expect(offices).toHaveLength(2);
    expect(offices[1].entity).toBe(offices[0].entity);
  });

  it("reads a word as an organisation's name only as its head or its of-name, not a place after 'of'", () => {
    const a = run("The Church of Scientology denied the claims. Scientology has faced protests before.");
    expect(idOf(a.mentions, "Scientology")).toBe(idOf(a.mentions, "Church of Scientology"));
    const b = run(
      "The Municipality of Livorno asked the schools to pay. The schools in Livorno, Tuscany, appealed.",
    );
    expect(idOf(b.mentions, "Livorno")).not.toBe(idOf(b.mentions, "Municipality of Livorno"));
  });

  it("keeps names with 'of' whole, and stops at 'of' and a place that only says where", () => {
    const { mentions } = run(
      "Researchers from Ohio State University of the US with the University of Leeds of the UK measured rainfall.",
    );
    expect(mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(["Ohio State University", "University of Leeds", "US", "UK"]),
    );
  });
});

describe("parties and institutions", () => {
  it("makes the Tories, the Conservatives and the Conservative Party one organisation", () => {
    const { mentions, entities } = run(
      "The Conservative Party lost seats. The Tories blamed the economy, and the Conservatives chose a new leader.",
    );
    const party = idOf(mentions, "Conservative Party");
    expect(idOf(mentions, "Tories")).toBe(party);
    expect(idOf(mentions, "Conservatives")).toBe(party);
    expect(entities.find((e) => e.id === party)?.type).toBe("ORG");
    const ids = linkTexts("The Tories blamed the economy.", "The Conservative Party lost seats.");
    expect(ids.get("Conservative Party")).toBeDefined();
    expect(ids.size).toBe(1);
  });

  it("makes UKIP and the UK Independence Party one organisation, never a person", () => {
    const { mentions, entities } = run("UKIP won two seats. The UK Independence Party said it would stand again.");
    expect(idOf(mentions, "UKIP")).toBe(idOf(mentions, "UK Independence Party"));
    expect(entities.find((e) => e.id === idOf(mentions, "UKIP"))?.type).toBe("ORG");
  });

  it("takes a party word off a person's name and gives it to the party", () => {
    const { mentions, entities } = run("The defence secretary, Conservative Michael Fallon, said the Tory plan was sound.");
    expect(idOf(mentions, "Michael Fallon")).toBe("michael-fallon");
    expect(mentions.some((m) => m.text === "Conservative Michael Fallon")).toBe(false);
    expect(idOf(mentions, "Conservative")).toBe(idOf(mentions, "Tory"));
    expect(entities.find((e) => e.id === idOf(mentions, "Conservative"))?.label).toBe("Conservative Party");
  });

  it("takes a title's complement off a person's name", () => {
    const a = run('Minister of Health Tomas Lindgren said a "broader review" is needed.');
    expect(idOf(a.mentions, "Tomas Lindgren")).toBe("tomas-lindgren");
    const b = run("After the vote, CEO of the Housing Trust Miriam Okonjo told Channel Four the plan was flawed.");
    expect(idOf(b.mentions, "Miriam Okonjo")).toBe("miriam-okonjo");
    expect(idOf(b.mentions, "Housing Trust")).toBe("housing-trust");
  });

  it("keeps a country a place whatever verb it takes", () => {
    const { mentions } = run("Turkey said it would veto the plan. Turkey launched strikes on Sunday. Türkiye agreed.");
    expect(mentions.filter((m) => m.text === "Turkey").map((m) => m.type)).toEqual(["GPE", "GPE"]);
    expect(idOf(mentions, "Turkey")).toBe(idOf(mentions, "Türkiye"));
    const czech = run("Czech officials met their Czechia counterparts in the Czech Republic.");
    expect(new Set(czech.mentions.map((m) => m.entity)).size).toBe(1);
  });
});

describe("shared surnames", () => {
  it("gives a bare surname to the person the text names most, not merely the latest named", () => {
    const { mentions } = run(
      "President Joe Biden signed the bill on Tuesday. Joe Biden said it would cut costs. " +
        "First lady Jill Biden attended the ceremony. Biden later flew to Delaware.",
    );
    expect(idOf(mentions, "Biden")).toBe("joe-biden");
  });

  it("gives a bare surname on a tie to the person introduced first", () => {
    const { mentions } = run(
      "Joe Biden signed the bill on Tuesday. Jill Biden attended the ceremony. Biden later flew to Delaware.",
    );
    expect(idOf(mentions, "Biden")).toBe("joe-biden");
  });

  it("still reads a place as a person's surname only after that person", () => {
    const { mentions } = run("Former member Valeska Paris said she was held on a ship. Paris said she was 21.");
    expect(idOf(mentions, "Paris")).toBe("valeska-paris");
  });
});
