// GEXF: parsed back by graphology-gexf, validated as XML, and read by NetworkX, on the hand-made fixture (schema
// validation and counts on more graphs: schemas.test.ts).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { gexfList, hexToRgb, isoDay, toGexf } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { fieldsGraph, FUNDS, FUNDS_KEY, SUES, SUES_KEY, TRUST } from "./fields.js";
import { itExternal, readWithPython } from "./independent.js";

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

  itExternal("is read by NetworkX (GEXF 1.3 and 1.2draft), with viz attributes", () => {
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

describe("toGexf, field by field", () => {
  const LISTS = ["node", "edge", "attribute", "attvalue", "attributes"];
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.includes(name) });
  type Element = Record<string, any>;
  /** An element's attributes and its attvalues by name, the viz elements as they are. */
  const flat = (element: Element): Element => {
    const { attvalues, ...rest } = element;
    const values = Object.fromEntries((attvalues?.attvalue ?? []).map((v: Element) => [v.for, v.value]));
    return { ...rest, values };
  };
  const read = (text: string) => {
    const graph = parser.parse(text).gexf.graph;
    const byId = (items: Element[]) => new Map(items.map((item) => [item.id, flat(item)]));
    return { graph, nodes: byId(graph.nodes.node), edges: byId(graph.edges.edge) };
  };

  it("declares each attribute with its type", () => {
    const { graph } = read(toGexf(fieldsGraph()));
    const declared = (cls: string) =>
      Object.fromEntries(graph.attributes.find((a: Element) => a.class === cls).attribute.map((a: Element) => [a.title, `${a.id}:${a.type}`]));
    expect(declared("node")).toEqual({
      entityType: "entityType:string",
      aliases: "aliases:liststring",
      mentions: "mentions:integer",
      docs: "docs:liststring",
      degree: "degree:integer",
      pagerank: "pagerank:double",
      community: "community:integer",
    });
    expect(declared("edge")).toEqual({
      predicate: "predicate:string",
      category: "category:string",
      negated: "negated:boolean",
      hedged: "hedged:boolean",
      symmetric: "symmetric:boolean",
      attributedTo: "attributedTo:liststring",
      sources: "sources:integer",
      confidence: "confidence:double",
      evidenceCount: "evidenceCount:integer",
      evidenceDocs: "evidenceDocs:liststring",
      evidence: "evidence:string",
      firstSeen: "firstSeen:string",
      lastSeen: "lastSeen:string",
    });
  });

  it("writes every attribute of a node, its days and its viz elements", () => {
    const { nodes } = read(toGexf(fieldsGraph()));
    expect(nodes.get("ines-brandt")).toEqual({
      id: "ines-brandt",
      label: "Ines Brandt",
      // From the first to the last day of its articles (d2's date has a time).
      start: "2025-01-02",
      end: "2025-02-03",
      values: { entityType: "PERSON", aliases: '["Brandt", "Ines Brandt"]', mentions: "7", docs: '["d1", "d2"]', degree: "3", pagerank: "0.125", community: "4" },
      "viz:color": { r: "26", g: "43", b: "60" },
      "viz:position": { x: "12.5", y: "-3.75", z: "0" },
      "viz:size": { value: "6.5" },
    });
    // A node of one article lives on that article's day.
    expect(nodes.get("harbour-trust")).toMatchObject({ start: "2025-02-03", end: "2025-02-03", "viz:color": { r: "192", g: "255", b: "238" } });
  });

  it("writes every attribute of an edge, its weight, kind and days; empty lists and missing dates left out", () => {
    const { edges } = read(toGexf(fieldsGraph()));
    expect(edges.get(FUNDS_KEY)).toEqual({
      id: FUNDS_KEY,
      source: "ines-brandt",
      target: "harbour-trust",
      label: "funds",
      kind: "funds",
      weight: "5",
      start: "2025-01-02",
      end: "2025-02-03",
      values: {
        predicate: "funds",
        category: "support",
        negated: "false",
        hedged: "true",
        symmetric: "false",
        attributedTo: '["tomas-weir"]',
        sources: "2",
        confidence: "0.65",
        evidenceCount: "3",
        evidenceDocs: '["d1", "d2"]',
        evidence: FUNDS.evidence[0].text,
        firstSeen: "2025-01-02",
        lastSeen: "2025-02-03",
      },
    });
    expect(edges.get(SUES_KEY)).toEqual({
      id: SUES_KEY,
      source: "lakeside-council",
      target: "harbour-trust",
      label: "sues",
      kind: "not sues",
      weight: "1",
      values: {
        predicate: "sues",
        category: "conflict",
        negated: "true",
        hedged: "false",
        symmetric: "true",
        sources: "1",
        confidence: "0.3",
        evidenceCount: "1",
        evidenceDocs: '["d1"]',
        evidence: SUES.evidence[0].text,
      },
    });
  });

  it("leaves out an empty attribute, and writes GEXF 1.2 edges the same, without kind and with a|b lists", () => {
    const graph = fieldsGraph();
    graph.setEdgeAttribute(SUES_KEY, "evidence", []);
    const { edges } = read(toGexf(graph));
    expect(Object.keys(edges.get(SUES_KEY)!.values)).not.toContain("evidence");
    expect(XMLValidator.validate(toGexf(fieldsGraph(), { version: "1.2" }))).toBe(true);
    const old = read(toGexf(fieldsGraph(), { version: "1.2" })).edges.get(FUNDS_KEY)!;
    const { kind: _kind, ...rest } = read(toGexf(fieldsGraph())).edges.get(FUNDS_KEY)!;
    expect(old).toEqual({ ...rest, values: { ...rest.values, attributedTo: "tomas-weir", evidenceDocs: "d1|d2" } });
  });

  it("dates a node from its earliest to its latest article, whatever the order of their ids", () => {
    const graph = fieldsGraph();
    graph.setAttribute("documents", [
      { id: "d1", date: "2025-03-09", hash: "h1" },
      { id: "d2", date: "2025-01-20", hash: "h2" },
    ]);
    expect(read(toGexf(graph)).nodes.get("ines-brandt")).toMatchObject({ start: "2025-01-20", end: "2025-03-09" });
  });

  it("keeps ids exactly, whatever characters they hold", () => {
    const graph = fieldsGraph();
    const odd = 'a "quoted" <id> & a\ttab\nand a line';
    graph.addNode(odd, { ...TRUST, label: "Odd" });
    graph.addDirectedEdgeWithKey(`${odd} -[funds]-> x`, odd, "ines-brandt", { ...SUES, label: "funds" });
    const back = parse(MultiDirectedGraph, toGexf(graph));
    expect(back.hasNode(odd)).toBe(true);
    expect(back.source(`${odd} -[funds]-> x`)).toBe(odd);
  });

  it("clamps a negative size to 0 and writes no viz element for what a node lacks", () => {
    const graph = fieldsGraph();
    graph.setNodeAttribute("ines-brandt", "size", -2);
    graph.removeNodeAttribute("harbour-trust", "color");
    graph.removeNodeAttribute("harbour-trust", "x");
    graph.removeNodeAttribute("lakeside-council", "y");
    const { nodes } = read(toGexf(graph));
    expect(nodes.get("ines-brandt")!["viz:size"]).toEqual({ value: "0" });
    expect(Object.keys(nodes.get("harbour-trust")!).filter((k) => k.startsWith("viz:"))).toEqual(["viz:size"]);
    expect(Object.keys(nodes.get("lakeside-council")!).filter((k) => k.startsWith("viz:"))).toEqual(["viz:color", "viz:size"]);
  });

  it("is dynamic when only the relations have dates", () => {
    const graph = fieldsGraph();
    graph.setAttribute("documents", []);
    expect(toGexf(graph)).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    graph.forEachEdge((edge) => graph.removeEdgeAttribute(edge, "firstSeen"));
    expect(toGexf(graph)).toContain('<graph defaultedgetype="directed">');
  });

  it("describes the graph with the versions it has, and leaves out those it lacks", () => {
    const graph = fieldsGraph();
    expect(parser.parse(toGexf(graph)).gexf.meta.description).toBe(
      "Entities and relations extracted from news articles (schema version 2, extractor fields-1, layout seed 17)",
    );
    graph.removeAttribute("extractorVersion");
    graph.removeAttribute("layoutSeed");
    expect(parser.parse(toGexf(graph)).gexf.meta.description).toBe("Entities and relations extracted from news articles (schema version 2)");
    graph.removeAttribute("schemaVersion");
    expect(parser.parse(toGexf(graph)).gexf.meta.description).toBe("Entities and relations extracted from news articles");
  });

  it("converts colours to r, g, b", () => {
    expect(hexToRgb("#1a2b3c")).toBe("rgb(26,43,60)");
  });
});
