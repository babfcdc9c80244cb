import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/nlp/index.js";
import { findRelations } from "../../src/relations/index.js";
import { parseRelationLexicon } from "../../src/relations/lexicon.js";
import { NewsgraphError } from "../../src/errors.js";
import { mentionsIn, relationsOf } from "./helpers.js";

describe("evidence, order and limits", () => {
  it("gives evidence spans that slice back to the text, with curly quotes, emoji and non-Latin names", () => {
    const text =
      "Intro line 🎉 here.\n“Ευάγγελος Μυτιληναίος met Søren Ørsted in Αθήνα,” the agency said. Søren Ørsted attacked Ευάγγελος Μυτιληναίος.";
    const specs = [
      { text: "Ευάγγελος Μυτιληναίος", entity: "evangelos", type: "PERSON" as const },
      { text: "Søren Ørsted", entity: "soren", type: "PERSON" as const },
    ];
    const found = relationsOf(text, specs);
    expect(found.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual([
      "evangelos meets soren",
      "soren attacks evangelos",
    ]);
    for (const r of found) {
      const e = r.evidence;
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.doc).toBe("doc");
      expect(text.slice(e.subject!.start, e.subject!.end)).toBe(specs.find((s) => s.entity === r.subject)!.text);
      expect(text.slice(e.object!.start, e.object!.end)).toBe(specs.find((s) => s.entity === r.object)!.text);
      expect(e.start <= e.trigger!.start && e.trigger!.end <= e.end).toBe(true);
    }
    expect(text.slice(found[0].evidence.trigger!.start, found[0].evidence.trigger!.end)).toBe("met");
    expect(text.slice(found[1].evidence.trigger!.start, found[1].evidence.trigger!.end)).toBe("attacked");
  });

  it("is deterministic and ordered by position whatever the order of the mentions", () => {
    const text = "Russia attacked Ukraine. Ukraine sanctioned Russia. Ukraine met NATO.";
    const specs = [
      { text: "Russia", entity: "russia" },
      { text: "Ukraine", entity: "ukraine" },
      { text: "NATO", entity: "nato" },
    ];
    const mentions = mentionsIn(text, specs);
    const entities = ["nato", "russia", "ukraine"].map((id) => ({
      id,
      label: id,
      type: "OTHER" as const,
      aliases: [id],
      mentions: 1,
    }));
    const a = findRelations(analyze(text), { mentions, entities }, "d");
    const b = findRelations(analyze(text), { mentions: [...mentions].reverse(), entities }, "d");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.map((r) => r.predicate)).toEqual(["attacks", "sanctions", "meets"]);
    for (const r of a) expect(r.confidence).toBeGreaterThan(0);
  });

  it("returns nothing for empty text and no mentions, and stays bounded on a 2,000-token sentence", () => {
    expect(findRelations(analyze(""), { mentions: [], entities: [] }, "d")).toEqual([]);
    expect(findRelations(analyze("   \n "), { mentions: [], entities: [] }, "d")).toEqual([]);
    const text =
      "Russia attacked Ukraine and " +
      "the very large and old army of the north moved slowly and ".repeat(200) +
      "NATO met Ukraine.";
    const found = relationsOf(text, [
      { text: "Russia", entity: "russia" },
      { text: "Ukraine", entity: "ukraine" },
      { text: "NATO", entity: "nato" },
    ]);
    expect(analyze(text).tokens.length).toBeGreaterThan(2000);
    expect(found.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual([
      "russia attacks ukraine",
      "nato meets ukraine",
    ]);
  });

  it("rejects a predicate table with an unknown category", () => {
    expect(() => parseRelationLexicon({ predicates: { attacks: { category: "war" } } })).toThrow(NewsgraphError);
    try {
      parseRelationLexicon({ predicates: { attacks: { category: "war" } } });
    } catch (error) {
      expect((error as NewsgraphError).code).toBe("invalid-argument");
      expect((error as Error).message).toContain('"attacks"');
    }
  });

  it("gives every predicate of the shipped table a known category", () => {
    const lexicon = parseRelationLexicon(JSON.parse(readFileSync("data/predicates.json", "utf8")));
    expect(lexicon.predicates.get("speaks for")?.category).toBe("role");
    expect(lexicon.predicates.get("aids")?.category).toBe("support");
    expect(lexicon.predicates.get("meets")?.symmetric).toBe(true);
    // every predicate the trigger lexicons name is in the table
    const named = [
      ...[...lexicon.verbs.values()].flatMap((m) => [...m.values()]),
      ...[...lexicon.nouns.values()].flatMap((m) => [...m.values()]),
      ...[...lexicon.adjectives.values()].flatMap((m) => [...m.values()]),
      ...lexicon.roles.values(),
      ...lexicon.kinship.values(),
      ...lexicon.symmetricNouns.values(),
      ...[...lexicon.predicates.values()].flatMap((info) => (info.inverse ? [info.inverse] : [])),
    ];
    expect(named.filter((p) => !lexicon.predicates.has(p))).toEqual([]);
  });
});
