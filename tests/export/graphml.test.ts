// GraphML: parsed back by graphology-graphml, validated as XML, and read by NetworkX, on the hand-made fixture.
import { XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGraphml } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { readWithPython } from "./independent.js";

const graph = fixtureGraph();
const text = toGraphml(graph);

describe("toGraphml", () => {
  it("writes well-formed XML with typed keys", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="int"/>');
    expect(text).not.toContain("[object Object]");
  });

  it("round-trips through graphology-graphml: same nodes, edges and typed attributes", () => {
    const back = parse(MultiDirectedGraph, text);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    expect(back.getNodeAttributes("ukraine")).toMatchObject({
      label: "Ukraine",
      type: "GPE",
      aliases: "Kiev;Kyiv;Ukraine",
      mentions: 5,
      x: graph.getNodeAttribute("ukraine", "x"),
      color: "#1f77b4",
    });
    expect(back.getEdgeAttributes("vladimir-putin -[meets]-> volodymyr-zelenskyy")).toMatchObject({
      predicate: "meets",
      hedged: true,
      symmetric: true,
      negated: false,
      weight: 1,
      confidence: 0.4,
      evidence: "Putin may meet Zelenskyy next month.",
    });
    expect(back.getEdgeAttribute("o-brien -[criticizes]-> kremlin", "evidence")).toBe(HOSTILE_TEXT.replace("\u0001", "").replace("\n", " "));
    expect(back.getAttribute("layoutSeed")).toBe(42);
  });

  it("is deterministic", () => {
    expect(toGraphml(fixtureGraph())).toBe(text);
  });

  it("is read by NetworkX as a directed multigraph with the same attributes", () => {
    const read = readWithPython("graphml", { "graph.graphml": text });
    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
    expect(read.edges).toHaveLength(graph.size);
    expect(read.nodes["o-brien"]).toMatchObject({ label: 'O\'Brien "<b>"', type: "PERSON", r: 31, g: 119, b: 180 });
    const denied = read.edges.find((e: any) => e.key === "russia -[not attacks]-> nato");
    expect(denied).toMatchObject({ source: "russia", target: "nato", data: { negated: true, weight: 1, predicate: "attacks" } });
  });
});
