import { describe, expect, it } from "vitest";
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
    const out = shown("Russian President Vladimir Putin has denied plans to attack NATO countries.", [
      { text: "Russian", entity: "russia", type: "GPE", kind: "demonym" },
      { text: "Vladimir Putin", entity: "vladimir-putin", type: "PERSON" },
      nato,
    ]);
    expect(out).toContain("vladimir-putin attacks nato [negated, hedged]");
    expect(out).not.toContain("vladimir-putin attacks nato");
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
    expect(shown("Multiple Western leaders have warned that Russia may attack NATO.", [russia, nato])).toEqual([
      "russia attacks nato [hedged]",
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
      shown("They discussed a potential Russian attack on NATO countries.", [
        { text: "Russian", entity: "russia", type: "GPE", kind: "demonym" },
        nato,
      ]),
    ).toEqual(["russia attacks nato [hedged]"]);
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
});
