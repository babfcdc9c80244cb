// Relations in company news written the way wire services write it: "The company said it ...", filings with a
// regulator, "a group led by X". Articles written for this test.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";

function relations(text: string): string[] {
  return extractDocument({ id: "t", text }).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

describe("company copy", () => {
  it("reads 'the company' of a story that names its company once as that company", () => {
    expect(relations("Norwell Inc reported a profit. The company said it will acquire Tessaly Corp.")).toContain(
      "norwell-inc acquires tessaly-corp",
    );
  });

  it("reads a filing with a regulator", () => {
    const filed = relations(
      "Norwell Inc said it filed a registration statement with the Securities and Exchange Commission for 40 mln dlrs of debentures.",
    );
    expect(filed).toContain("norwell-inc files with securities-and-exchange-commission");
  });

  it("does not read an indefinite group as the story's company", () => {
    const found = relations(
      "Tessaly Corp said its sales rose. A group led by Brandt Capital Inc said it cut its stake in Tessaly Corp to 4.1 pct.",
    );
    expect(found.some((r) => r.startsWith("brandt-capital-inc leads"))).toBe(false);
  });
});
