// GraphML: parsed back by graphology-graphml, validated as XML, and read by NetworkX, on the hand-made fixture.
import { XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { nmtoken, toGraphml } from "../../src/export/index.js";
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
    // Edge ids are NMTOKENs of their own; the graph's edge key comes back in `key`.
    expect(back.mapEdges((_e, a) => a.key).sort()).toEqual(graph.edges().sort());
    expect(back.getNodeAttributes("ukraine")).toMatchObject({
      name: "Ukraine",
      label: "Ukraine",
      entityType: "GPE",
      aliases: "Kiev;Kyiv;Ukraine",
      mentions: 5,
      x: graph.getNodeAttribute("ukraine", "x"),
      color: "#1f77b4",
    });
    expect(back.getEdgeAttributes("vladimir-putin.meets.volodymyr-zelenskyy")).toMatchObject({
      key: "vladimir-putin -[meets]-> volodymyr-zelenskyy",
      name: "Vladimir Putin (meets) Volodymyr Zelenskyy",
      interaction: "meets",
      predicate: "meets",
      hedged: true,
      symmetric: true,
      negated: false,
      weight: 1,
      confidence: 0.4,
      evidence: "Putin may meet Zelenskyy next month.",
    });
    expect(back.getEdgeAttribute("o-brien.criticizes.kremlin", "evidence")).toBe(HOSTILE_TEXT.replace("\u0001", "").replace("\n", " "));
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
    expect(read.nodes["o-brien"]).toMatchObject({ label: 'O\'Brien "<b>"', entityType: "PERSON", r: 31, g: 119, b: 180 });
    const denied = read.edges.find((e: any) => e.key === "russia.not-attacks.nato");
    expect(denied).toMatchObject({
      source: "russia",
      target: "nato",
      data: { key: "russia -[not attacks]-> nato", interaction: "not attacks", negated: true, weight: 1, predicate: "attacks" },
    });
  });

  it("writes ids that are NMTOKENs, one to one, readable for our slugs", () => {
    expect(nmtoken("vladimir-putin")).toBe("vladimir-putin");
    expect(nmtoken("a b")).toBe("a_20_b");
    expect(nmtoken("a_20_b")).toBe("a_5f_20_5f_b");
    expect(nmtoken("")).toBe("_");
    expect(text).not.toMatch(/ id="[^"]*[ \[\]>&;][^"]*"/);
  });

  it("adds yFiles graphics on request: yEd's node labels, colours and positions, and edge labels", () => {
    const yfiles = toGraphml(graph, { yfiles: true });
    expect(text).not.toContain("yfiles.type");
    expect(yfiles).toContain('<key id="n_graphics" for="node" yfiles.type="nodegraphics"/>');
    expect(yfiles).toContain('<y:NodeLabel>Vladimir Putin</y:NodeLabel>');
    expect(yfiles).toContain('<y:Fill color="#1F77B4" transparent="false"/>');
    expect(yfiles).toContain('<y:EdgeLabel>not attacks</y:EdgeLabel>');
    const read = readWithPython("graphml", { "graph.graphml": yfiles });
    // NetworkX's GraphML reader knows yFiles graphics: it takes the label and the position from them.
    expect(read.nodes["vladimir-putin"]).toMatchObject({ label: "Vladimir Putin", entityType: "PERSON" });
  });
});
