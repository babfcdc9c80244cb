// Company names in newswire style, from raw text through the extractor: a sentence-initial word or an acronym
// the tagger leaves out, and a first name inside a company's name. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text }).entities.map((e) => `${e.label}|${e.type}`);
}

function relations(text: string): string[] {
  return extractDocument({ id: "t", text }).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

describe("company names", () => {
  it("keeps a title word or an acronym that opens a company's name before its legal form", () => {
    expect(entities("General Pipeline Corp said first-quarter profit rose.")).toContain("General Pipeline Corp|ORG");
    expect(entities("AB Harwell Ltd said it would close two mills.")).toContain("AB Harwell Ltd|ORG");
  });

  it("types a name before 'subsidiary' or 'division' as an organisation, and links it to its owner", () => {
    const text = "Corvan Industries Inc said sales at its Morgan Fluidics subsidiary doubled.";
    expect(entities(text)).toContain("Morgan Fluidics|ORG");
    expect(relations(text)).toContain("morgan-fluidics subsidiary of corvan-industries-inc");
  });
});
