// GEXF: parsed back by graphology-gexf, validated as XML, and read by NetworkX, on the hand-made fixture (schema
// validation and counts on more graphs: schemas.test.ts).
import { XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { gexfList, isoDay, toGexf } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { readWithPython } from "./independent.js";

const graph = fixtureGraph();
const text = toGexf(graph);

describe("toGexf", () => {
  it("writes well-formed GEXF 1.3", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(text).not.toContain("[object Object]");
  });

  it("round-trips through graphology-gexf: same nodes, edges and attributes", () => {
    const back = parse(MultiDirectedGraph, text);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    const putin = back.getNodeAttributes("vladimir-putin");
    expect(putin).toMatchObject({
      label: "Vladimir Putin",
      entityType: "PERSON",
      // graphology-gexf reads GEXF 1.3 lists back as arrays.
      aliases: ["Putin", "Vladimir Putin"],
      mentions: 5,
      docs: ["a", "b"],
      community: graph.getNodeAttribute("vladimir-putin", "community"),
      pagerank: graph.getNodeAttribute("vladimir-putin", "pagerank"),
      x: graph.getNodeAttribute("vladimir-putin", "x"),
      y: graph.getNodeAttribute("vladimir-putin", "y"),
      size: graph.getNodeAttribute("vladimir-putin", "size"),
      color: "rgb(31,119,180)", // #1f77b4 as r/g/b
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
      evidenceDocs: ["a", "b"],
      evidence: "NATO delivered radar parts to Kiev in the spring.",
      negated: false,
    });
    const denied = back.getEdgeAttributes("russia -[not attacks]-> nato");
    expect(denied).toMatchObject({ negated: true, attributedTo: ["vladimir-putin"] });
  });

  it("writes only the meta elements the GEXF schema allows", () => {
    const back = parse(MultiDirectedGraph, text);
    expect(back.getAttributes()).toEqual({
      creator: "newsgraph",
      keywords: "knowledge graph, news",
      description: "Entities and relations extracted from news articles (schema version 2, extractor test, layout seed 42)",
    });
  });

  it("keeps hostile text as text (escaped markup, control characters dropped, one line)", () => {
    const back = parse(MultiDirectedGraph, text);
    const expected = HOSTILE_TEXT.replace("\u0001", "").replace("\n", " ");
    expect(back.getEdgeAttribute("o-brien -[criticizes]-> kremlin", "evidence")).toBe(expected);
    expect(back.getNodeAttribute("o-brien", "label")).toBe('O\'Brien "<b>"');
    expect(text).not.toContain("<script>");
  });

  it("gives every edge its predicate as kind, \"not\" first when denied (GEXF 1.3 only)", () => {
    expect(text).toContain('id="russia -[not attacks]-&gt; nato" source="russia" target="nato" label="not attacks" kind="not attacks"');
    expect(text).toContain('kind="speaks for"');
    expect(toGexf(graph, { version: "1.2" })).not.toContain(" kind=");
  });

  it("writes lists as liststring: [\"a\", \"b\"] in 1.3 (an item may hold a comma), a|b in 1.2draft", () => {
    expect(gexfList(["O'Brien, the critic", 'say "hi"'], "1.3")).toBe('["O\'Brien, the critic", "say \\"hi\\""]');
    expect(gexfList(["a|b", "c"], "1.2")).toBe("a/b|c");
    expect(text).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(toGexf(graph, { version: "1.2" })).toContain('<attvalue for="aliases" value="Putin|Vladimir Putin"/>');
  });

  it("is a dynamic graph on article days: nodes from first to last article, edges from firstSeen to lastSeen", () => {
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const dated = fixtureGraph();
    dated.mergeEdgeAttributes("nato -[aids]-> ukraine", { firstSeen: "2024-05-01", lastSeen: "2024-05-02T09:30:00Z" });
    expect(toGexf(dated)).toContain('kind="aids" weight="2" start="2024-05-01" end="2024-05-02"');
    expect(text).toMatch(/<node id="vladimir-putin" label="Vladimir Putin" start="2024-05-01" end="2024-05-02">/);
    // Without dates the graph is static, and a date that is none is left out rather than invalidating the file.
    const undated = fixtureGraph();
    undated.setAttribute("documents", []);
    undated.forEachEdge((e) => undated.updateEdgeAttributes(e, (a) => ({ ...a, firstSeen: "soon", lastSeen: undefined })));
    const staticText = toGexf(undated);
    expect(staticText).toContain('<graph defaultedgetype="directed">');
    expect(staticText).not.toMatch(/ start=| end=/);
    expect(isoDay("2024-02-30")).toBeUndefined();
    expect(isoDay("2024-02-29T10:00:00Z")).toBe("2024-02-29");
  });

  it("writes viz:position with z (required by GEXF 1.2draft)", () => {
    expect(toGexf(graph, { version: "1.2" })).toMatch(/<viz:position x="[-0-9.e]+" y="[-0-9.e]+" z="0"\/>/);
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
