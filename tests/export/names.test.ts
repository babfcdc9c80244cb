// The names graph databases take as identifiers (Neo4j labels and relationship types, RDF classes, IRI slugs):
// always valid, never empty, the same predicate always the same name.
import { describe, expect, it } from "vitest";
import { iriSlug, relationshipType, SCHEMA_ORG_TYPES, TYPE_LABELS } from "../../src/export/index.js";
import { edgeKind, schemaOrgType, typeLabel } from "../../src/export/names.js";

describe("relationshipType", () => {
  it("upper-cases the predicate's words joined by _, NOT_ first when denied", () => {
    expect(relationshipType("speaks for", false)).toBe("SPEAKS_FOR");
    expect(relationshipType("speaks for", true)).toBe("NOT_SPEAKS_FOR");
    expect(relationshipType("  co-owns / runs ", false)).toBe("CO_OWNS_RUNS");
    expect(relationshipType("sues café", false)).toBe("SUES_CAFE");
  });

  it("never starts with a digit and is never empty", () => {
    expect(relationshipType("2nd-round win over", false)).toBe("REL_2ND_ROUND_WIN_OVER");
    expect(relationshipType("2nd-round win over", true)).toBe("NOT_REL_2ND_ROUND_WIN_OVER");
    expect(relationshipType("wins 2nd round", false)).toBe("WINS_2ND_ROUND");
    expect(relationshipType("", false)).toBe("RELATED_TO");
    expect(relationshipType("—", true)).toBe("NOT_RELATED_TO");
  });
});

describe("iriSlug and edgeKind", () => {
  it("makes a lower-case slug, never empty", () => {
    expect(iriSlug("Speaks For")).toBe("speaks-for");
    expect(iriSlug("Ça va?")).toBe("ca-va");
    expect(iriSlug("")).toBe("related-to");
  });

  it("gives the predicate, 'not' first when denied, 'related to' when it has none", () => {
    expect(edgeKind({ predicate: "sues", negated: true })).toBe("not sues");
    expect(edgeKind({ predicate: "sues", negated: false })).toBe("sues");
    expect(edgeKind({ predicate: "", negated: false })).toBe("related to");
    expect(edgeKind({ predicate: "", negated: true })).toBe("not related to");
  });
});

describe("typeLabel and schemaOrgType", () => {
  it("names every entity type, and an unknown one as OTHER, even one named like an object's own property", () => {
    expect(typeLabel("GPE")).toBe("GeopoliticalEntity");
    expect(schemaOrgType("GPE")).toBe("AdministrativeArea");
    for (const unknown of ["TEAM", "constructor", "toString", ""]) {
      expect(typeLabel(unknown)).toBe(TYPE_LABELS.OTHER);
      expect(schemaOrgType(unknown)).toBe(SCHEMA_ORG_TYPES.OTHER);
    }
  });
});
