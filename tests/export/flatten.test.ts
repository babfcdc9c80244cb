// The flat views every tabular and XML export reads: what a value becomes when it is missing, malformed or unsafe
// for XML, so that an odd graph file loses nothing it could keep and writes nothing a reader would refuse.
import { describe, expect, it } from "vitest";
import { cleanText, flattenEdge, flattenNode, isoDay, LIST_SEPARATOR } from "../../src/export/index.js";
import { joinList, wellFormed } from "../../src/export/flatten.js";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.js";
import { BRANDT, FUNDS } from "./fields.js";

describe("wellFormed and cleanText", () => {
  it("replaces lone surrogates and keeps pairs", () => {
    expect(wellFormed("a\uD83Db")).toBe("a\uFFFDb");
    expect(wellFormed("a\uDE00b")).toBe("a\uFFFDb");
    expect(wellFormed("end\uD83D")).toBe("end\uFFFD");
    expect(wellFormed("smile \uD83D\uDE00")).toBe("smile \uD83D\uDE00");
  });

  it("drops what XML forbids, makes every run of white space one space, and trims", () => {
    expect(cleanText("  Harbour\u0001 Trust\u0008\n\n said\t\r no\uFFFE\uFFFF  ")).toBe("Harbour Trust said no");
    expect(cleanText("Brandt \uD83D\uDE00 \uE000")).toBe("Brandt \uD83D\uDE00 \uE000");
    expect(cleanText(undefined)).toBe("");
    expect(cleanText(null)).toBe("");
    expect(cleanText(42)).toBe("42");
  });

  it("joins a list with the separator, a separator inside an item becoming a comma", () => {
    expect(LIST_SEPARATOR).toBe(";");
    expect(joinList(["Brandt; the mayor", "Ines Brandt"])).toBe("Brandt, the mayor;Ines Brandt");
    expect(joinList([])).toBe("");
  });
});

describe("isoDay", () => {
  it("gives the day of a date or a date-time", () => {
    expect(isoDay("2024-02-29")).toBe("2024-02-29");
    expect(isoDay("2025-03-04T23:59:59+05:00")).toBe("2025-03-04");
  });

  it("refuses what is no calendar day, or not at the start", () => {
    for (const bad of ["2023-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-1-02", "x2025-01-02", "2025-01-02x", "2025-01-02 10:00"]) {
      expect(isoDay(bad), bad).toBeUndefined();
    }
    expect(isoDay(undefined)).toBeUndefined();
  });
});

describe("flattenNode", () => {
  it("keeps every attribute of a well-formed node, its colour in lower case", () => {
    expect(flattenNode("ines-brandt", { ...BRANDT, color: "#1A2B3C" })).toEqual({
      key: "ines-brandt",
      label: "Ines Brandt",
      entityType: "PERSON",
      aliases: ["Brandt", "Ines Brandt"],
      mentions: 7,
      docs: ["d1", "d2"],
      degree: 3,
      pagerank: 0.125,
      community: 4,
      x: 12.5,
      y: -3.75,
      size: 6.5,
      color: "#1a2b3c",
    });
  });

  it("fills in what a node lacks: its key as label, OTHER, empty lists, zero counts, no position or colour", () => {
    // Strictly: a position or a colour it lacks is absent, not present and undefined.
    expect(flattenNode("harbour-trust", {})).toStrictEqual({
      key: "harbour-trust",
      label: "harbour-trust",
      entityType: "OTHER",
      aliases: [],
      mentions: 0,
      docs: [],
      degree: 0,
      pagerank: 0,
      community: 0,
    });
  });

  it("leaves out numbers that are none, colours that are not #rrggbb, and empty list items", () => {
    const odd = {
      mentions: Number.NaN,
      degree: "3",
      pagerank: Number.POSITIVE_INFINITY,
      x: Number.NaN,
      y: 2,
      size: Number.NEGATIVE_INFINITY,
      color: "#1a2b3",
      aliases: [" Brandt ", "", "\u0001", 7],
      docs: "d1",
    } as unknown as Partial<NodeAttributes>;
    const node = flattenNode("ines-brandt", odd);
    expect(node).toEqual({ key: "ines-brandt", label: "ines-brandt", entityType: "OTHER", aliases: ["Brandt", "7"], mentions: 0, docs: [], degree: 0, pagerank: 0, community: 0, y: 2 });
    expect(flattenNode("a", { color: "red" }).color).toBeUndefined();
    expect(flattenNode("a", { color: "x#1a2b3c" }).color).toBeUndefined();
    expect(flattenNode("a", { color: "#1a2b3cd" }).color).toBeUndefined();
  });
});

describe("flattenEdge", () => {
  it("keeps every attribute of a well-formed edge, summarising its evidence", () => {
    expect(flattenEdge("k", "ines-brandt", "harbour-trust", FUNDS)).toEqual({
      key: "k",
      source: "ines-brandt",
      target: "harbour-trust",
      predicate: "funds",
      label: "funds",
      category: "support",
      negated: false,
      hedged: true,
      symmetric: false,
      attributedTo: ["tomas-weir"],
      weight: 5,
      sources: 2,
      confidence: 0.65,
      evidenceCount: 3,
      evidenceDocs: ["d1", "d2"],
      evidence: FUNDS.evidence[0].text,
      firstSeen: "2025-01-02",
      lastSeen: "2025-02-03",
    });
  });

  it("fills in what an edge lacks: the predicate as label, category other, false flags, the evidence count as weight", () => {
    const sparse = { predicate: "funds", negated: "true", evidence: [{ doc: "d1", start: 0, end: 1, text: " x\ny " }, { doc: "", start: 2, end: 3, text: "z" }] };
    expect(flattenEdge("k", "a", "b", sparse as unknown as Partial<EdgeAttributes>)).toEqual({
      key: "k",
      source: "a",
      target: "b",
      predicate: "funds",
      label: "funds",
      category: "other",
      negated: false,
      hedged: false,
      symmetric: false,
      attributedTo: [],
      weight: 2,
      sources: 0,
      confidence: 0,
      evidenceCount: 2,
      evidenceDocs: ["d1"],
      evidence: "x y",
    });
    expect(flattenEdge("k", "a", "b", {})).toMatchObject({ predicate: "", label: "", weight: 0, evidenceCount: 0, evidenceDocs: [], evidence: "" });
    expect(flattenEdge("k", "a", "b", { evidence: "none" } as unknown as Partial<EdgeAttributes>).evidenceCount).toBe(0);
  });
});
