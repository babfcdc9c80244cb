// The `--aliases` file: its format is checked with messages that name the problem, and names match loosely.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_ALIAS_RULES, loadAliasRules, normalizeName, parseAliasRules, validateAliasRules } from "../../src/build/index.js";
import { createAliasResolver } from "../../src/build/aliases.js";

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

  it("reads every kind of apostrophe as one, drops double quotes, and touches only a whole leading 'the' and a final 's", () => {
    for (const quote of ["\u2018", "\u2019", "\u201b", "`", "\u00b4"]) expect(normalizeName(`O${quote}Dowd`)).toBe("o'dowd");
    expect(normalizeName("\u201cHarbour\u201d \"Trust\"")).toBe("harbour trust");
    expect(normalizeName("Theodora Lind")).toBe("theodora lind");
    expect(normalizeName("Bank of the North")).toBe("bank of the north");
    expect(normalizeName("Lind's Bakery")).toBe("lind's bakery");
    expect(normalizeName("  Ana\tReis  ")).toBe("ana reis");
    expect(normalizeName("\ufb01nn Re\u0308is")).toBe("finn reis");
  });
});

describe("parseAliasRules: every malformed file refused, naming the problem", () => {
  // Each case: the file's text, and the problem the message must name.
  const cases: [string, RegExp][] = [
    ["null", /not a JSON object/],
    ['"Kyiv"', /not a JSON object/],
    ["42", /not a JSON object/],
    ["[]", /not a JSON object/],
    [`{"merge": null}`, /"merge" must be an object/],
    [`{"merge": ["Kyiv", "Kiev"]}`, /"merge" must be an object/],
    [`{"merge": "Kyiv"}`, /"merge" must be an object/],
    [`{"split": {"Kyiv": "Kiev"}}`, /"split" must be an array of name pairs/],
    [`{"merge": {" ": ["Kiev"]}}`, /an empty canonical name in "merge"/],
    [`{"merge": {"Kyiv": ["Kiev", 7]}}`, /"merge"."Kyiv" must be an array of non-empty names/],
    [`{"merge": {"Kyiv": ["Kiev", "  "]}}`, /"merge"."Kyiv" must be an array of non-empty names/],
    [`{"split": [["Lena Ortiz", "Luis Ortiz", "Lia Ortiz"]]}`, /must be a pair of names, found \["Lena Ortiz","Luis Ortiz","Lia Ortiz"\]/],
    [`{"split": [["Lena Ortiz", 3]]}`, /must be a pair of names, found \["Lena Ortiz",3\]/],
    [`{"split": [["Lena Ortiz", " "]]}`, /must be a pair of names/],
    [`{"split": ["Lena Ortiz"]}`, /must be a pair of names, found "Lena Ortiz"/],
  ];
  it.each(cases)("%s", (text, problem) => {
    let thrown: unknown;
    try {
      parseAliasRules(text, "rules.json");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "invalid-argument" });
    const message = (thrown as Error).message;
    expect(message).toMatch(problem);
    // The place first, then the format expected, so that the user can fix the file.
    expect(message.startsWith("rules.json: ")).toBe(true);
    expect(message).toContain(`expected {"merge": {"Canonical Name": ["alias", ...]}, "split": [["Name A", "Name B"]]}`);
  });

  it("names the aliases file 'aliases' when no file name is given", () => {
    expect(() => parseAliasRules("{")).toThrow(expect.objectContaining({ code: "invalid-argument", message: expect.stringMatching(/^aliases: not valid JSON/) }));
    expect(() => parseAliasRules("[]")).toThrow(/^aliases: not a JSON object/);
    expect(() => validateAliasRules({ merge: [] })).toThrow(/^aliases: "merge" must be an object/);
  });

  it("accepts an empty object, and an empty list of aliases", () => {
    expect(parseAliasRules("{}")).toEqual({ merge: {}, split: [] });
    expect(parseAliasRules(`{"merge": {"Kyiv": []}}`)).toEqual({ merge: { Kyiv: [] }, split: [] });
  });

  it("sorts each pair and the pairs, by first then second name, and drops repeated aliases", () => {
    const rules = parseAliasRules(
      `{"merge": {"Kyiv": ["Kyjiw", "Kiev", "Kyjiw"]}, "split": [["Paula Ek", "Otto Ek"], ["Anna Ek", "Zoe Ek"], ["Bo Ek", "Anna Ek"]]}`,
    );
    expect(rules.merge.Kyiv).toEqual(["Kiev", "Kyjiw"]);
    expect(rules.split).toEqual([
      ["Anna Ek", "Bo Ek"],
      ["Anna Ek", "Zoe Ek"],
      ["Otto Ek", "Paula Ek"],
    ]);
  });
});

describe("loadAliasRules", () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "newsgraph-aliases-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a file, and names it in the message when it is malformed", () => {
    const path = join(dir, "aliases.json");
    writeFileSync(path, `{"merge": {"Kyiv": ["Kiev"]}}`);
    expect(loadAliasRules(path)).toEqual({ merge: { Kyiv: ["Kiev"] }, split: [] });
    writeFileSync(path, `{"split": 1}`);
    expect(() => loadAliasRules(path)).toThrow(`${path}: "split" must be an array`);
  });

  it("tells a missing file from one it cannot read (a directory, which root cannot read either)", () => {
    const missing = join(dir, "nowhere.json");
    expect(() => loadAliasRules(missing)).toThrow(expect.objectContaining({ code: "not-found", message: `${missing}: no such file` }));
    expect(() => loadAliasRules(dir)).toThrow(expect.objectContaining({ code: "unreadable", message: `${dir}: cannot read it (EISDIR)` }));
  });
});

describe("createAliasResolver", () => {
  it("finds the canonical name of any listed name, matched loosely, the first listed name deciding", () => {
    const resolver = createAliasResolver(parseAliasRules(`{"merge": {"Kyiv": ["Kiev"], "Ana Reis": ["Reis"]}}`));
    expect(resolver.forcedCanonical(["KIEV"])).toBe("Kyiv");
    expect(resolver.forcedCanonical(["the Kyiv"])).toBe("Kyiv");
    expect(resolver.forcedCanonical(["Lisbon", "reis"])).toBe("Ana Reis");
    expect(resolver.forcedCanonical(["Reis", "Kiev"])).toBe("Ana Reis");
    expect(resolver.forcedCanonical(["Lisbon"])).toBeNull();
    expect(createAliasResolver(EMPTY_ALIAS_RULES).forcedCanonical(["Kyiv"])).toBeNull();
  });

  it("gives a name listed under two canonical names to the first in code-point order", () => {
    const resolver = createAliasResolver(parseAliasRules(`{"merge": {"Reis Holdings": ["Reis"], "Ana Reis": ["Reis"]}}`));
    expect(resolver.forcedCanonical(["Reis"])).toBe("Ana Reis");
  });

  it("keeps apart two sets of names that hold the two sides of a split pair, in either order", () => {
    const resolver = createAliasResolver(parseAliasRules(`{"split": [["Joana Lund", "Jonas Lund"]]}`));
    expect(resolver.hasSplits).toBe(true);
    const joana = new Set(["joana lund", "lund"]);
    const jonas = new Set(["jonas lund"]);
    expect(resolver.mustStayApart(joana, jonas)).toBe(true);
    expect(resolver.mustStayApart(jonas, joana)).toBe(true);
    // Both sides in one set, or one side alone, is no conflict.
    expect(resolver.mustStayApart(new Set(["joana lund", "jonas lund"]), new Set(["lund"]))).toBe(false);
    expect(resolver.mustStayApart(joana, new Set(["lund"]))).toBe(false);
    expect(createAliasResolver(EMPTY_ALIAS_RULES).hasSplits).toBe(false);
  });

  it("matches split names loosely too", () => {
    const resolver = createAliasResolver(parseAliasRules(`{"split": [["The Harbour Trust", "Harbour Trust's Fund"]]}`));
    expect(resolver.mustStayApart(new Set(["harbour trust"]), new Set(["harbour trust's fund"]))).toBe(true);
  });
});
