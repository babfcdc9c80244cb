// Grouping an entity's relations for the panel, and finding the two entities in evidence sentences.
import { describe, expect, it } from "vitest";
import { parseGraphText } from "../../viewer/src/data.js";
import { viewGraphOf } from "./view.js";
import { evidenceHighlights, findHighlights, groupRelations, surfaceForms } from "../../viewer/src/relations.js";
import { viewerFixtureJson } from "./fixture.js";

const graph = viewGraphOf(viewerFixtureJson());

describe("groupRelations", () => {
  it("lists Okafor's relations by direction then predicate, with readable phrases and tags", () => {
    const groups = groupRelations(graph, "vera-okafor");
    expect(groups.map((g) => [g.direction, g.predicate])).toEqual([
      ["out", "attacks"],
      ["out", "president of"],
      ["out", "warns about"],
    ]);
    expect(groups.flatMap((g) => g.items.map((i) => [i.phrase, i.tags]))).toEqual([
      ["attacks → NFA", ["denied"]],
      ["president of → Orvania", []],
      ["warns about → Cormorant 9", []],
    ]);
  });

  it("shows incoming and symmetric relations from the other side", () => {
    const groups = groupRelations(graph, "nfa");
    const phrases = groups.flatMap((g) => g.items.map((i) => i.phrase));
    expect(phrases).toEqual([
      "aids → Scotland",
      "destabilizes → Baltic Sea",
      "involved in → Scotland",
      "confronts ↔ Orvania",
      "attacks ← Vera Okafor",
      "leads ← Sweden",
    ]);
    const involved = groups.find((g) => g.predicate === "involved in")!.items[0];
    expect(involved.tags).toEqual(["reported by Ana Duarte"]);
  });

  it("drops relations the filter refuses", () => {
    const groups = groupRelations(graph, "vera-okafor", (_e, attrs) => !attrs.negated);
    expect(groups.map((g) => g.predicate)).toEqual(["president of", "warns about"]);
  });
});

describe("highlights", () => {
  it("prefers the longest name and matches whole words only", () => {
    const text = "Harbour Office spokesman Ana Duarte said; Duartes did not.";
    const forms = surfaceForms(graph.getNodeAttributes("ana-duarte"));
    expect(forms).toEqual(["Ana Duarte", "Duarte"]);
    expect(findHighlights(text, forms, ["Harbour Office"])).toEqual([
      { start: 0, end: 14, role: "object" },
      { start: 25, end: 35, role: "subject" },
    ]);
  });

  it("uses the extractor's spans when the record has them (a pronoun subject)", () => {
    const record = parseGraphText(viewerFixtureJson()).graph.getEdgeAttribute("e-okafor-cormorant", "evidence")[0];
    const marks = evidenceHighlights(record, ["Vera Okafor", "Okafor"], ["Cormorant 9"]);
    expect(marks.map((m) => [record.text.slice(m.start, m.end), m.role])).toEqual([
      ["She", "subject"],
      ["Cormorant 9 nets", "object"],
    ]);
  });

  it("falls back to names when the spans do not fit the sentence", () => {
    const record = {
      doc: "d",
      start: 100,
      end: 120,
      text: "NFA aids Scotland.",
      subject: { start: 0, end: 4 },
      object: { start: 5, end: 9 },
    };
    expect(evidenceHighlights(record, ["NFA"], ["Scotland"])).toEqual([
      { start: 0, end: 3, role: "subject" },
      { start: 9, end: 17, role: "object" },
    ]);
  });
});
