// Every export on an empty graph and on a graph whose nodes and edges lack optional attributes (an older or
// hand-made file): valid output, and never "undefined", "NaN" or "[object Object]".
import { XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { exportGraph, EXPORT_FORMATS } from "../../src/export/index.js";
import { createNewsGraph, type NewsGraph } from "../../src/model/index.js";

function sparseGraph(): NewsGraph {
  const graph = createNewsGraph();
  // Only what a minimal hand-written graph file might hold; the casts stand for fields the file lacks.
  graph.addNode("a", { label: "Alpha", entityType: "ORG" } as never);
  graph.addNode("b", { label: "Beta", entityType: "MYSTERY" } as never);
  graph.addDirectedEdgeWithKey("a->b", "a", "b", { predicate: "funds", category: "support" } as never);
  return graph;
}

function texts(graph: NewsGraph): [string, string][] {
  return EXPORT_FORMATS.flatMap((format): [string, string][] => {
    const out = exportGraph(graph, format);
    return typeof out === "string" ? [[format, out]] : [["csv nodes", out.nodes], ["csv edges", out.edges]];
  });
}

describe("exports of sparse graphs", () => {
  it("write an empty graph in every format", () => {
    const empty = createNewsGraph();
    const out = Object.fromEntries(texts(empty));
    expect(XMLValidator.validate(out.gexf)).toBe(true);
    // With no edge to go by, the parsers pick a mixed graph, which the directed constructor refuses: hence MultiGraph.
    expect(parseGexf(MultiGraph, out.gexf).order).toBe(0);
    expect(parseGraphml(MultiGraph, out.graphml).order).toBe(0);
    expect(out["csv nodes"].split("\n").filter(Boolean)).toHaveLength(1);
    // Only the vocabulary: no entity, document or relation.
    const subjects = new Parser().parse(out.ttl).map((q) => q.subject.value);
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.filter((s) => /\/(entity|doc|relation)\//.test(s))).toEqual([]);
    expect(out.cypher).toContain("CREATE CONSTRAINT");
  });

  it("fill in what is missing without writing undefined, NaN or objects", () => {
    for (const [format, text] of texts(sparseGraph())) {
      expect(text, format).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
    const gexf = parseGexf(MultiDirectedGraph, exportGraph(sparseGraph(), "gexf"));
    expect(gexf.getNodeAttributes("a")).toMatchObject({ label: "Alpha", entityType: "ORG", mentions: 0 });
    expect(gexf.getEdgeAttributes("a->b")).toMatchObject({ predicate: "funds", evidenceCount: 0 });
    // An unknown type gets the Other label/class.
    expect(exportGraph(sparseGraph(), "csv").nodes).toContain("b,Entity\u001fOther,Beta,MYSTERY");
  });
});
