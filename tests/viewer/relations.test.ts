// Grouping an entity's relations for the panel, and finding the two entities in evidence sentences.
import { describe, expect, it } from "vitest";
import { parseGraphText } from "../../viewer/src/data.js";
import { viewGraphOf } from "./view.js";
import { evidenceHighlights, findHighlights, groupRelations, surfaceForms } from "../../viewer/src/relations.js";
import { seedFixtureJson } from "./fixture.js";

const graph = viewGraphOf(seedFixtureJson());

describe("groupRelations", () => {
  it("lists Putin's relations by direction then predicate, with readable phrases and tags", () => {
    const groups = groupRelations(graph, "vladimir-putin");
    expect(groups.map((g) => [g.direction, g.predicate])).toEqual([
      ["out", "attacks"],
      ["out", "president of"],
      ["out", "warns about"],
    ]);
    expect(groups.flatMap((g) => g.items.map((i) => [i.phrase, i.tags]))).toEqual([
      ["attacks → NATO", ["denied"]],
      ["president of → Russia", []],
      ["warns about → F-16", []],
    ]);
  });

  it("shows incoming and symmetric relations from the other side", () => {
    const groups = groupRelations(graph, "nato");
    const phrases = groups.flatMap((g) => g.items.map((i) => i.phrase));
    expect(phrases).toEqual([
      "aids → Ukraine",
      "destabilizes → Europe",
      "involved in → Ukraine",
      "confronts ↔ Russia",
      "attacks ← Vladimir Putin",
      "leads ← United States",
    ]);
    const involved = groups.find((g) => g.predicate === "involved in")!.items[0];
    expect(involved.tags).toEqual(["reported by Dmitry Peskov"]);
  });

  it("drops relations the filter refuses", () => {
    const groups = groupRelations(graph, "vladimir-putin", (_e, attrs) => !attrs.negated);
    expect(groups.map((g) => g.predicate)).toEqual(["president of", "warns about"]);
  });
});

describe("highlights", () => {
  it("prefers the longest name and matches whole words only", () => {
    const text = "Kremlin spokesman Dmitry Peskov said; Peskovich did not.";
    const forms = surfaceForms(graph.getNodeAttributes("dmitry-peskov"));
    expect(forms).toEqual(["Dmitry Peskov", "Peskov"]);
    expect(findHighlights(text, forms, ["Kremlin"])).toEqual([
      { start: 0, end: 7, role: "object" },
      { start: 18, end: 31, role: "subject" },
    ]);
  });

  it("uses the extractor's spans when the record has them (a pronoun subject)", () => {
    const record = parseGraphText(seedFixtureJson()).graph.getEdgeAttribute("e-putin-f16", "evidence")[0];
    const marks = evidenceHighlights(record, ["Vladimir Putin", "Putin"], ["F-16"]);
    expect(marks.map((m) => [record.text.slice(m.start, m.end), m.role])).toEqual([
      ["he", "subject"],
      ["F-16 fighters", "object"],
    ]);
  });

  it("falls back to names when the spans do not fit the sentence", () => {
    const record = {
      doc: "d",
      start: 100,
      end: 120,
      text: "NATO aids Ukraine.",
      subject: { start: 0, end: 4 },
      object: { start: 5, end: 9 },
    };
    expect(evidenceHighlights(record, ["NATO"], ["Ukraine"])).toEqual([
      { start: 0, end: 4, role: "subject" },
      { start: 10, end: 17, role: "object" },
    ]);
  });
});
