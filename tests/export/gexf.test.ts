// GEXF: parsed back by graphology-gexf, validated as XML, and read by NetworkX, on the hand-made fixture.
import { XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { readWithPython } from "./independent.js";

const graph = fixtureGraph();
const text = toGexf(graph);

describe("toGexf", () => {
  it("writes well-formed GEXF 1.3", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(text).not.toContain("[object Object]");
  });

  it("round-trips through graphology-gexf: same nodes, edges and attributes", () => {
    const back = parse(MultiDirectedGraph, text);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    const putin = back.getNodeAttributes("vladimir-putin");
    expect(putin).toMatchObject({
      label: "Vladimir Putin",
      type: "PERSON",
      aliases: "Putin;Vladimir Putin",
      mentions: 5,
      docs: "a;b",
      community: graph.getNodeAttribute("vladimir-putin", "community"),
      pagerank: graph.getNodeAttribute("vladimir-putin", "pagerank"),
      x: graph.getNodeAttribute("vladimir-putin", "x"),
      y: graph.getNodeAttribute("vladimir-putin", "y"),
      size: graph.getNodeAttribute("vladimir-putin", "size"),
      color: "rgb(31,119,180)", // #1f77b4
    });
    const aid = back.getEdgeAttributes("nato -[aids]-> ukraine");
    expect(back.source("nato -[aids]-> ukraine")).toBe("nato");
    expect(back.target("nato -[aids]-> ukraine")).toBe("ukraine");
    expect(aid).toMatchObject({
      label: "aids",
      predicate: "aids",
      category: "support",
      weight: 2,
      sources: 2,
      evidenceCount: 2,
      evidenceDocs: "a;b",
      evidence: "NATO has provided Kiev with billions worth of military aid.",
      negated: false,
    });
    const denied = back.getEdgeAttributes("russia -[not attacks]-> nato");
    expect(denied).toMatchObject({ negated: true, attributedTo: "vladimir-putin" });
  });

  it("writes only the meta elements the GEXF schema allows", () => {
    const back = parse(MultiDirectedGraph, text);
    expect(back.getAttributes()).toEqual({
      creator: "newsgraph",
      keywords: "knowledge graph, news",
      description: "Entities and relations extracted from news articles (schema version 1, extractor test, layout seed 42)",
    });
  });

  it("keeps hostile text as text (escaped markup, control characters dropped, one line)", () => {
    const back = parse(MultiDirectedGraph, text);
    const expected = HOSTILE_TEXT.replace("\u0001", "").replace("\n", " ");
    expect(back.getEdgeAttribute("o-brien -[criticizes]-> kremlin", "evidence")).toBe(expected);
    expect(back.getNodeAttribute("o-brien", "label")).toBe('O\'Brien "<b>"');
    expect(text).not.toContain("<script>");
  });

  it("is deterministic", () => {
    expect(toGexf(fixtureGraph())).toBe(text);
  });

  it("is read by NetworkX (GEXF 1.3 and 1.2draft), with viz attributes", () => {
    for (const version of ["1.3", "1.2"] as const) {
      const read = readWithPython("gexf", { "graph.gexf": toGexf(graph, { version }) });
      expect(read.directed).toBe(true);
      expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
      expect(read.edges).toHaveLength(graph.size);
      const putin = read.nodes["vladimir-putin"];
      expect(putin.label).toBe("Vladimir Putin");
      expect(putin.mentions).toBe(5);
      expect(putin.viz.color).toMatchObject({ r: 31, g: 119, b: 180 });
      expect(putin.viz.position.x).toBe(graph.getNodeAttribute("vladimir-putin", "x"));
      const parallel = read.edges.filter((e: any) => e.source === "russia" && e.target === "ukraine");
      expect(parallel.map((e: any) => e.data.predicate).sort()).toEqual(["attacks", "threatens"]);
    }
  });
});
