// The terminal renderings: safe text (no control characters or bidi overrides) and evidence excerpts that keep
// the words that matter.
import { describe, expect, it } from "vitest";
import { excerpt, safe, table } from "../../src/query/render.js";

describe("safe", () => {
  it("removes terminal escapes, control characters and bidi overrides, and keeps one line", () => {
    expect(safe("red \u001b[31mALERT\u001b[0m\u0007 done")).toBe("red [31mALERT [0m done");
    expect(safe("abc\u202Eevil\u202C\nnext")).toBe("abc evil next");
  });
  it("cuts to a width with an ellipsis", () => {
    expect(safe("abcdefghij", 5)).toBe("abcd…");
    expect(safe("abc", 5)).toBe("abc");
  });
});

describe("excerpt", () => {
  const text = "Ferry fares between the two islands will rise again in May, harbour board spokesman Ola Brekke has said.";
  const record = { doc: "a", start: 100, end: 100 + text.length, text, subject: { start: 100 + text.indexOf("Ola"), end: 100 + text.indexOf(" has") }, object: { start: 100 + text.indexOf("harbour"), end: 100 + text.indexOf(" spokesman") } };

  it("keeps a short sentence whole", () => {
    expect(excerpt(record, 500)).toBe(text);
  });

  it("shows the window around subject and object, starting at a word", () => {
    const shown = excerpt(record, 60);
    expect(shown.startsWith("…")).toBe(true);
    expect(shown).toContain("harbour board spokesman Ola Brekke");
    expect(shown).toMatch(/^…[A-Za-z]/);
    expect(shown.length).toBeLessThanOrEqual(62);
  });

  it("cuts from the start when the sentence has no spans", () => {
    expect(excerpt({ doc: "a", start: 0, end: text.length, text }, 20)).toBe("Ferry fares between…");
  });
});

describe("table", () => {
  it("pads columns to their widest cell", () => {
    expect(table(["a", "bb"], [["xxx", "y"], ["z", "w"]])).toBe(["a    bb", "---  --", "xxx  y", "z    w"].join("\n"));
  });
});
