// The `--aliases` file: its format is checked with messages that name the problem, and names match loosely.
import { describe, expect, it } from "vitest";
import { normalizeName, parseAliasRules } from "../../src/build/index.js";

describe("parseAliasRules", () => {
  it("reads merges and splits, sorted", () => {
    const rules = parseAliasRules(`{"merge": {"Kyiv": ["Kiev", "Kyjiw"], "Dmitry Peskov": ["Peskov"]}, "split": [["Joe Biden", "Jill Biden"]]}`);
    expect(Object.keys(rules.merge)).toEqual(["Dmitry Peskov", "Kyiv"]);
    expect(rules.merge.Kyiv).toEqual(["Kiev", "Kyjiw"]);
    expect(rules.split).toEqual([["Jill Biden", "Joe Biden"]]);
  });

  it("accepts a file with only one of the two keys", () => {
    expect(parseAliasRules(`{"split": [["A", "B"]]}`)).toEqual({ merge: {}, split: [["A", "B"]] });
  });

  it("refuses malformed files with the file name and the problem", () => {
    expect(() => parseAliasRules("{", "aliases.json")).toThrow(/aliases\.json: not valid JSON/);
    expect(() => parseAliasRules(`{"merge": {"Kyiv": "Kiev"}}`, "aliases.json")).toThrow(/"merge"."Kyiv" must be an array/);
    expect(() => parseAliasRules(`{"split": [["A"]]}`, "aliases.json")).toThrow(/must be a pair of names, found \["A"\]/);
    expect(() => parseAliasRules(`{"merges": {}}`, "aliases.json")).toThrow(/unknown key "merges"/);
    expect(() => parseAliasRules("[]")).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });
});

describe("normalizeName", () => {
  it("ignores case, accents, quotes, a leading 'the' and a trailing possessive", () => {
    expect(normalizeName("The Kremlin")).toBe("kremlin");
    expect(normalizeName("Zelenskyy’s")).toBe("zelenskyy");
    expect(normalizeName("Volodymyr  Zelenskyy")).toBe("volodymyr zelenskyy");
    expect(normalizeName("Sánchez")).toBe("sanchez");
    expect(normalizeName("U.S.")).toBe("us");
  });
});
