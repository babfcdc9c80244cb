// The evidence cap (`build --max-evidence`): an article that repeats one statement keeps a few of its sentences
// and counts the rest, the same way whatever the order articles were added in, through --update and remove.
import { describe, expect, it } from "vitest";
import { parseGraph, serializeGraph } from "../../src/model/index.js";
import { addExtractions, buildGraph, removeDocuments } from "../../src/build/index.js";
import { extractDocument } from "../../src/extract/index.js";
import type { Extraction, Relation } from "../../src/types.js";
import { entity, extraction, relation, withoutLayout } from "./fixtures.js";

const EDGE = "dmitry-peskov -[speaks for]-> kremlin";

/** An article stating "Peskov speaks for the Kremlin" `count` times, in `wordings` different sentences in turn. */
function repetitive(doc: string, count: number, wordings: number): Extraction {
  const relations: Relation[] = [];
  for (let i = 0; i < count; i++) {
    const r = relation(doc, "dmitry-peskov", "speaks for", "kremlin", { start: i * 100 });
    const text = `Peskov speaks for the Kremlin (${i % wordings}).`;
    relations.push({ ...r, evidence: { ...r.evidence, text, end: r.evidence.start + text.length } });
  }
  return extraction(doc, [entity("dmitry-peskov", "Dmitry Peskov", "PERSON"), entity("kremlin", "Kremlin", "ORG")], relations);
}

const other = extraction(
  "b",
  [entity("dmitry-peskov", "Dmitry Peskov", "PERSON"), entity("kremlin", "Kremlin", "ORG")],
  [relation("b", "dmitry-peskov", "speaks for", "kremlin", { start: 5 })],
);
const bytes = (extractions: Extraction[], options = {}) => serializeGraph(buildGraph(extractions, options));

describe("evidence cap per relation and article", () => {
  it("keeps max sentences, every distinct wording first, and counts all of them in the weight", () => {
    const graph = buildGraph([repetitive("a", 50, 3), other], { maxEvidence: 5 });
    const edge = graph.getEdgeAttributes(EDGE);
    expect(edge.weight).toBe(51);
    expect(edge.sources).toBe(2);
    const fromA = edge.evidence.filter((e) => e.doc === "a");
    expect(fromA).toHaveLength(5);
    // The three wordings (sentences 0, 1, 2), then the first repeats (3, 4), in text order.
    expect(fromA.map((e) => e.start)).toEqual([0, 100, 200, 300, 400]);
    expect(fromA[0].extracted?.omitted).toBe(45);
    expect(fromA.slice(1).every((e) => e.extracted?.omitted === undefined)).toBe(true);
    expect(graph.getAttribute("maxEvidence")).toBe(5);
  });

  it("prefers distinct wordings over the first sentences", () => {
    const graph = buildGraph([repetitive("a", 40, 20)], { maxEvidence: 4 });
    const kept = graph.getEdgeAttribute(EDGE, "evidence").map((e) => e.text);
    expect(new Set(kept).size).toBe(4);
    const all = buildGraph([repetitive("a", 40, 40)], { maxEvidence: 40 });
    expect(all.getEdgeAttribute(EDGE, "evidence")).toHaveLength(40);
    expect(all.getEdgeAttribute(EDGE, "evidence")[0].extracted?.omitted).toBeUndefined();
  });

  it("keeps a small article whole under the default cap", () => {
    const graph = buildGraph([repetitive("a", 3, 3)]);
    expect(graph.getEdgeAttribute(EDGE, "evidence")).toHaveLength(3);
    expect(graph.getAttribute("maxEvidence")).toBe(20);
  });

  it("gives a full build's entities and relations through --update and remove, in any order", () => {
    const options = { maxEvidence: 5 };
    const whole = bytes([repetitive("a", 50, 3), other], options);
    expect(bytes([other, repetitive("a", 50, 3)], options)).toBe(whole);
    // The saved graph's cap is reused, and the counts are read back from it.
    const full = withoutLayout(parseGraph(whole));
    expect(withoutLayout(addExtractions(parseGraph(bytes([other], options)), [repetitive("a", 50, 3)]))).toBe(full);
    expect(withoutLayout(addExtractions(parseGraph(bytes([repetitive("a", 50, 3)], options)), [other]))).toBe(full);
    const three = extraction("c", [entity("kremlin", "Kremlin", "ORG")]);
    const removed = removeDocuments(parseGraph(bytes([repetitive("a", 50, 3), other, three], options)), ["c"]);
    expect(withoutLayout(removed.graph)).toBe(full);
  });

  it("applies a smaller cap given on update to the saved articles too", () => {
    const saved = parseGraph(bytes([repetitive("a", 50, 3)], { maxEvidence: 10 }));
    const updated = addExtractions(saved, [other], { maxEvidence: 4 });
    expect(withoutLayout(updated)).toBe(withoutLayout(buildGraph([repetitive("a", 50, 3), other], { maxEvidence: 4 })));
    expect(updated.getEdgeAttribute(EDGE, "weight")).toBe(51);
  });

  it("rejects a cap below 1", () => {
    expect(() => buildGraph([other], { maxEvidence: 0 })).toThrow(/maxEvidence.*at least 1/);
  });

  it("bounds what one real article repeating a sentence stores", () => {
    const sentence = "Dmitry Peskov said the Kremlin attacked Reuters on Monday. ";
    const text = `Repeated\n\n${sentence.repeat(60)}`;
    const x = extractDocument({ id: "spam", text });
    const stated = x.relations.filter((r) => r.predicate === "attacks").length;
    expect(stated).toBeGreaterThanOrEqual(60);
    const graph = buildGraph([x], { maxEvidence: 3 });
    const edge = graph.findEdge((_e, attributes) => attributes.predicate === "attacks")!;
    expect(graph.getEdgeAttribute(edge, "evidence")).toHaveLength(3);
    expect(graph.getEdgeAttribute(edge, "weight")).toBe(stated);
  });
});
