// Metrics and layout on small graphs whose structure is known: two separate triangles joined by nothing.
import { describe, expect, it } from "vitest";
import { addExtractions, buildGraph, defaultIterations } from "../../src/build/index.js";
import { parseGraph, serializeGraph } from "../../src/model/index.js";
import { noverlapIterations, sizeOfDegree } from "../../src/build/metrics.js";
import { entity, extraction, idIndex, relation } from "./fixtures.js";

function triangle(doc: string, names: [string, string, string]) {
  const [a, b, c] = names;
  return extraction(
    doc,
    names.map((n) => entity(n, n.toUpperCase(), "ORG")),
    [relation(doc, a, "aids", b), relation(doc, b, "aids", c, { start: 30 }), relation(doc, c, "aids", a, { start: 60 })],
  );
}

describe("metrics and layout", () => {
  const graph = buildGraph([triangle("x", ["a", "b", "c"]), triangle("y", ["p", "q", "r"])], { createIndex: idIndex });
  const distance = (u: string, v: string) =>
    Math.hypot(graph.getNodeAttribute(u, "x") - graph.getNodeAttribute(v, "x"), graph.getNodeAttribute(u, "y") - graph.getNodeAttribute(v, "y"));

  it("finds the two triangles as two communities", () => {
    const community = (n: string) => graph.getNodeAttribute(n, "community");
    expect(community("a")).toBe(community("b"));
    expect(community("a")).toBe(community("c"));
    expect(community("p")).toBe(community("q"));
    expect(community("a")).not.toBe(community("p"));
  });

  it("gives every node of a directed cycle the same pagerank and degree", () => {
    for (const n of ["a", "b", "c", "p", "q", "r"]) {
      expect(graph.getNodeAttribute(n, "pagerank")).toBeCloseTo(1 / 6, 5);
      expect(graph.getNodeAttribute(n, "degree")).toBe(2);
    }
  });

  it("lays each triangle out closer together than to the other one", () => {
    const within = Math.max(distance("a", "b"), distance("b", "c"), distance("p", "q"));
    expect(within).toBeGreaterThan(0);
    expect(distance("a", "p")).toBeGreaterThan(within);
  });

  it("places an update's new entities beside the entities they are related to", () => {
    const saved = parseGraph(serializeGraph(graph));
    const joining = extraction(
      "z",
      ["a", "d", "p", "s"].map((n) => entity(n, n.toUpperCase(), "ORG")),
      [relation("z", "d", "aids", "a"), relation("z", "s", "aids", "p", { start: 30 })],
    );
    const updated = addExtractions(saved, [joining], { createIndex: idIndex });
    const at = (n: string) => [updated.getNodeAttribute(n, "x"), updated.getNodeAttribute(n, "y")];
    const apart = (u: string, v: string) => Math.hypot(at(u)[0] - at(v)[0], at(u)[1] - at(v)[1]);
    expect(at("a")).toEqual([graph.getNodeAttribute("a", "x"), graph.getNodeAttribute("a", "y")]);
    expect(apart("d", "a")).toBeLessThan(apart("d", "p"));
    expect(apart("s", "p")).toBeLessThan(apart("s", "a"));
    expect(apart("d", "a")).toBeGreaterThan(0);
  });

  it("scales the work down as graphs grow", () => {
    expect(defaultIterations(100)).toBe(300);
    expect(defaultIterations(1500)).toBe(100);
    expect(defaultIterations(100_000)).toBe(3);
    expect(noverlapIterations(500)).toBe(50);
    expect(noverlapIterations(50_000)).toBe(0);
  });

  it("sizes nodes by the square root of their degree, capped", () => {
    expect(sizeOfDegree(0)).toBe(3);
    expect(sizeOfDegree(4)).toBe(7);
    expect(sizeOfDegree(10_000)).toBe(30);
  });
});
