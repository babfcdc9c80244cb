import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { shown } from "./helpers.js";

const russia = { text: "Russia", entity: "russia", type: "GPE" as const };
const nato = { text: "NATO", entity: "nato", type: "ORG" as const };
const biden = { text: "Biden", entity: "joe-biden", type: "PERSON" as const };
const xi = { text: "Xi", entity: "xi-jinping", type: "PERSON" as const };

describe("polarity and modality", () => {
  it("marks 'did not', 'never' and 'no' as negated", () => {
    expect(shown("Biden did not meet Xi.", [biden, xi])).toEqual(["joe-biden meets xi-jinping [negated]"]);
    expect(shown("Biden has never met Xi.", [biden, xi])).toEqual(["joe-biden meets xi-jinping [negated]"]);
    expect(shown("Russia has no plans to attack NATO.", [russia, nato])).toEqual([
      "russia attacks nato [negated, hedged]",
    ]);
  });

  it("marks a denied plan as negated, never as a plain attack", () => {
    const out = shown("Serbian President Milos Vukic has denied plans to attack EU countries.", [
      { text: "Serbian", entity: "serbia", type: "GPE", kind: "demonym" },
      { text: "Milos Vukic", entity: "milos-vukic", type: "PERSON" },
      { text: "EU", entity: "european-union", type: "ORG" },
    ]);
    expect(out).toContain("milos-vukic attacks european-union [negated, hedged]");
    expect(out).not.toContain("milos-vukic attacks european-union");
  });

  it("marks modals, hedging adverbs and plans as hedged", () => {
    expect(shown("Russia may attack NATO.", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
    expect(shown("Russia could reportedly attack NATO.", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
    expect(shown("Russia reportedly attacked NATO.", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
    expect(shown("Russia plans to attack NATO.", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
    expect(shown("Russia threatens to attack NATO.", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
    expect(shown("Russia is expected to attack NATO.", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
  });

  it("hedges what a speaker only warns of, and a condition", () => {
    const baltic = [
      { text: "Belarus", entity: "belarus", type: "GPE" as const },
      { text: "Lithuania", entity: "lithuania", type: "GPE" as const },
    ];
    expect(shown("Several Baltic ministers have warned that Belarus may attack Lithuania.", baltic)).toEqual([
      "belarus attacks lithuania [hedged]",
    ]);
    expect(shown("Leaders have warned that Russia will attack NATO.", [russia, nato])).toEqual([
      "russia attacks nato [hedged]",
    ]);
    expect(shown("Markets will fall if Russia attacks NATO.", [russia, nato])).toEqual([
      "russia attacks nato [hedged]",
    ]);
  });

  it("hedges a potential nominal attack", () => {
    expect(
      shown("The ministers debated a possible Serbian attack on EU countries.", [
        { text: "Serbian", entity: "serbia", type: "GPE", kind: "demonym" },
        { text: "EU", entity: "european-union", type: "ORG" },
      ]),
    ).toEqual(["serbia attacks european-union [hedged]"]);
  });

  it("hedges questions, unlikely events and claims, and negates dismissed claims", () => {
    expect(shown("Did Russia attack NATO?", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
    expect(shown("Russia is unlikely to attack NATO.", [russia, nato])).toEqual(["russia attacks nato [hedged]"]);
    expect(shown("There are claims that Russia attacked NATO.", [russia, nato])).toEqual([
      "russia attacks nato [hedged]",
    ]);
    expect(shown("Officials dismissed claims that Russia attacked NATO.", [russia, nato])).toEqual([
      "russia attacks nato [negated, hedged]",
    ]);
    expect(shown("Russia denies attacking NATO.", [russia, nato])).toEqual(["russia attacks nato [negated]"]);
  });

  it("negates what a governing verb blocks", () => {
    expect(
      shown("Hungary blocked EU aid to Ukraine.", [
        { text: "Hungary", entity: "hungary", type: "GPE" },
        { text: "EU", entity: "european-union", type: "ORG" },
        { text: "Ukraine", entity: "ukraine", type: "GPE" },
      ]),
    ).toEqual(["european-union aids ukraine [negated]"]);
  });

  it("negates 'neither ... nor', 'vowed never to' and 'ruled out attacking'", () => {
    const china = { text: "China", entity: "china", type: "GPE" as const };
    expect(shown("Neither Russia nor China attacked NATO.", [russia, china, nato])).toEqual([
      "china attacks nato [negated]",
      "russia attacks nato [negated]",
    ]);
    expect(shown("Russia vowed never to attack NATO.", [russia, nato])).toEqual([
      "russia attacks nato [negated, hedged]",
    ]);
    expect(shown("Russia has ruled out attacking NATO.", [russia, nato])).toEqual(["russia attacks nato [negated]"]);
    expect(shown("Russia stopped attacking NATO.", [russia, nato])).toEqual(["russia attacks nato [negated]"]);
  });

  it("keeps a plain statement plain", () => {
    expect(shown("Russia attacked NATO.", [russia, nato])).toEqual(["russia attacks nato"]);
  });

  it("does not carry a negation across 'but' into the other conjunct's report", () => {
    const chile = { text: "Chile", entity: "chile", type: "GPE" as const };
    const peru = { text: "Peru", entity: "peru", type: "GPE" as const };
    expect(shown("The envoy did not resign but said Chile will support Peru.", [chile, peru])).toEqual(["chile supports peru"]);
    // without "but", the conjunct shares the negation
    expect(shown("Chile did not attack and occupy Peru.", [chile, peru])).toContain("chile occupies peru [negated]");
  });

  it("keeps a consequence after a comma out of the main verb's negation", () => {
    const x = extractDocument({ id: "t", text: "The Liberals could not agree, prompting Ellen Voss to invite Marcus Heid to the talks." });
    expect(x.relations.filter((r) => r.negated)).toEqual([]);
  });

  it("does not tie parties that each negotiate with another", () => {
    const x = extractDocument({ id: "t", text: "Peru, Ecuador, Uruguay and others are pursuing negotiations with creditor banks." });
    expect(x.relations.map((r) => r.predicate)).not.toContain("negotiates with");
  });
});
