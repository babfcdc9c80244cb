import { describe, expect, it } from "vitest";
import { relationsOf, shown } from "./helpers.js";

const russia = { text: "Russia", entity: "russia", type: "GPE" as const };
const ukraine = { text: "Ukraine", entity: "ukraine", type: "GPE" as const };
const nato = { text: "NATO", entity: "nato", type: "ORG" as const };

describe("nominal patterns", () => {
  it("reads possessive nominalisations", () => {
    expect(
      shown("The situation was worsened by Russia's intervention in Ukraine two years ago.", [russia, ukraine]),
    ).toEqual(["russia intervenes in ukraine"]);
    expect(shown("Russia's invasion of Ukraine began in February.", [russia, ukraine])).toEqual([
      "russia invades ukraine",
    ]);
    expect(shown("NATO's continued expansion towards Russia's borders worries many.", [russia, nato])).toEqual([
      "nato expands toward russia",
    ]);
  });

  it("reads an agent in a by-phrase and a pronoun possessor", () => {
    expect(shown("The invasion of Ukraine by Russia shocked Europe.", [russia, ukraine])).toEqual([
      "russia invades ukraine",
    ]);
    expect(shown("The alleged invasion of Ukraine by Russia shocked Europe.", [russia, ukraine])).toEqual([
      "russia invades ukraine [hedged]",
    ]);
    const brin = [
      { text: "Sergey Brin", entity: "sergey-brin", type: "PERSON" as const },
      { text: "his", entity: "sergey-brin", type: "PERSON" as const, kind: "pronoun" as const },
      { text: "Google", entity: "google", type: "ORG" as const },
    ];
    expect(shown("Sergey Brin spoke during his visit to Google.", brin)).toEqual(["sergey-brin visits google"]);
  });

  it("reads a conflict between two coordinated entities as symmetric", () => {
    const found = relationsOf("A direct conflict between Russia and NATO started.", [russia, nato]);
    expect(found.map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.symmetric}`)).toEqual([
      "nato confronts russia true",
    ]);
    expect(shown("Russia and NATO are now in a state of direct confrontation.", [russia, nato])).toEqual([
      "nato confronts russia",
    ]);
    expect(shown("Relations between Russia and NATO can be described as a confrontation.", [russia, nato])).toEqual([
      "nato confronts russia",
    ]);
  });

  it("hedges a hypothetical conflict", () => {
    expect(shown("A conflict between Russia and NATO would be a disaster.", [russia, nato])).toEqual([
      "nato confronts russia [hedged]",
    ]);
  });
});
