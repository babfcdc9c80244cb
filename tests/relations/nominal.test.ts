import { describe, expect, it } from "vitest";
import { relationsOf, shown } from "./helpers.js";

const russia = { text: "Russia", entity: "russia", type: "GPE" as const };
const ukraine = { text: "Ukraine", entity: "ukraine", type: "GPE" as const };
const nato = { text: "NATO", entity: "nato", type: "ORG" as const };
const ethiopia = { text: "Ethiopia", entity: "ethiopia", type: "GPE" as const };
const eritrea = { text: "Eritrea", entity: "eritrea", type: "GPE" as const };
const somalia = { text: "Somalia", entity: "somalia", type: "GPE" as const };
const asean = { text: "ASEAN", entity: "asean", type: "ORG" as const };
const china = { text: "China", entity: "china", type: "GPE" as const };

describe("nominal patterns", () => {
  it("reads possessive nominalisations", () => {
    expect(
      shown("The crisis was deepened by Ethiopia's intervention in Somalia last year.", [ethiopia, somalia]),
    ).toEqual(["ethiopia intervenes in somalia"]);
    expect(shown("Russia's invasion of Ukraine began in February.", [russia, ukraine])).toEqual([
      "russia invades ukraine",
    ]);
    expect(shown("ASEAN's steady expansion towards China's borders alarms some.", [asean, china])).toEqual([
      "asean expands toward china",
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
    const found = relationsOf("A border conflict between Ethiopia and Eritrea erupted.", [ethiopia, eritrea]);
    expect(found.map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.symmetric}`)).toEqual([
      "eritrea confronts ethiopia true",
    ]);
    expect(shown("Ethiopia and Eritrea are still in a state of open confrontation.", [ethiopia, eritrea])).toEqual([
      "eritrea confronts ethiopia",
    ]);
    expect(shown("Ties between Ethiopia and Eritrea can be described as a confrontation.", [ethiopia, eritrea])).toEqual([
      "eritrea confronts ethiopia",
    ]);
  });

  it("hedges a hypothetical conflict", () => {
    expect(shown("A conflict between Russia and NATO would be a disaster.", [russia, nato])).toEqual([
      "nato confronts russia [hedged]",
    ]);
  });

  it("ties no entities through a meeting or talks that are only where something else happened", () => {
    const places = [
      { text: "Peru", entity: "peru", type: "GPE" as const },
      { text: "Chile", entity: "chile", type: "GPE" as const },
      { text: "Bolivia", entity: "bolivia", type: "GPE" as const },
      { text: "Lima", entity: "lima", type: "GPE" as const },
    ];
    expect(shown("Peru and Chile both backed Bolivia at the Lima talks in resisting pressures.", places).filter((r) => r.includes("talks"))).toEqual([]);
    expect(shown("Chile and Bolivia are in talks.", places)).toEqual(["bolivia talks with chile"]);
    const people = [
      { text: "Ann Varga", entity: "ann-varga", type: "PERSON" as const },
      { text: "Tom Hadley", entity: "tom-hadley", type: "PERSON" as const },
    ];
    expect(shown("Ann Varga and Tom Hadley will retire at the meeting, the company said.", people)).toEqual([]);
  });
});
