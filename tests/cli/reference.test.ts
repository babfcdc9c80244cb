import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/index.js";
import { README_MARKERS, renderCliReference, spliceReference } from "../../src/cli/reference.js";

describe("CLI reference", () => {
  it("is what the README shows (run `npm run readme:cli` after changing a command)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(spliceReference(readme, renderCliReference(COMMANDS))).toBe(readme);
  });

  it("lists every command with its options", () => {
    const text = renderCliReference(COMMANDS);
    for (const spec of COMMANDS) {
      expect(text).toContain(`newsgraph ${spec.name}`);
      for (const option of spec.options) expect(text).toContain(option.flags);
    }
  });

  it("refuses a README without markers", () => {
    expect(() => spliceReference("# no markers", "x")).toThrow(README_MARKERS.start);
  });
});
