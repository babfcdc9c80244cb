// GraphML: parsed back by graphology-graphml, validated as XML, and read by NetworkX, on the hand-made fixture.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { nmtoken, toGraphml } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { fieldsGraph, FUNDS, FUNDS_KEY, SUES, SUES_KEY } from "./fields.js";
import { itExternal, readWithPython } from "./independent.js";

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

  itExternal("is read by NetworkX as a directed multigraph with the same attributes", () => {
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
  });

  itExternal("with yFiles graphics is read by NetworkX", () => {
    const read = readWithPython("graphml", { "graph.graphml": toGraphml(graph, { yfiles: true }) });
    // NetworkX's GraphML reader knows yFiles graphics: it takes the label and the position from them.
    expect(read.nodes["vladimir-putin"]).toMatchObject({ label: "Vladimir Putin", entityType: "PERSON" });
  });
});

describe("toGraphml, field by field", () => {
  const LISTS = ["node", "edge", "key", "data"];
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.includes(name) });
  type Element = Record<string, any>;
  const read = (text: string) => {
    const root = parser.parse(text).graphml;
    const data = (element: Element) => Object.fromEntries((element.data ?? []).map((d: Element) => [d.key, d["#text"] === undefined ? d : String(d["#text"])]));
    const { data: graphData, node, edge } = root.graph;
    return {
      root,
      keys: (root.key as Element[]).map((k) => `${k.id} ${k.for} ${k["attr.name"]} ${k["attr.type"]}`),
      graph: data({ data: graphData }),
      nodes: new Map((node as Element[]).map((n) => [n.id, data(n)])),
      edges: new Map<string, Element>((edge as Element[]).map((e) => [e.id, { source: e.source, target: e.target, ...data(e) }])),
    };
  };

  it("declares each key with its name and type", () => {
    expect(read(toGraphml(fieldsGraph())).keys).toEqual([
      "g_schemaVersion graph schemaVersion int",
      "g_extractorVersion graph extractorVersion string",
      "g_layoutSeed graph layoutSeed int",
      ...["name string", "label string", "entityType string", "aliases string", "mentions int", "docs string", "degree int", "pagerank double", "community int", "x double", "y double", "size double", "r int", "g int", "b int"].map((k) => {
        const [name, type] = k.split(" ");
        return `n_${name} node ${name} ${type}`;
      }),
      ...[
        "key string", "name string", "label string", "interaction string", "predicate string", "category string", "negated boolean", "hedged boolean", "symmetric boolean",
        "attributedTo string", "weight int", "sources int", "confidence double", "evidenceCount int", "evidenceDocs string", "evidence string", "firstSeen string", "lastSeen string",
      ].map((k) => {
        const [name, type] = k.split(" ");
        return `e_${name} edge ${name} ${type}`;
      }),
    ]);
  });

  it("writes the graph's versions, every attribute of a node and of an edge", () => {
    const { graph, nodes, edges } = read(toGraphml(fieldsGraph()));
    expect(graph).toEqual({ g_schemaVersion: "2", g_extractorVersion: "fields-1", g_layoutSeed: "17" });
    expect(nodes.get("ines-brandt")).toEqual({
      n_name: "Ines Brandt",
      n_label: "Ines Brandt",
      n_entityType: "PERSON",
      n_aliases: "Brandt;Ines Brandt",
      n_mentions: "7",
      n_docs: "d1;d2",
      n_degree: "3",
      n_pagerank: "0.125",
      n_community: "4",
      n_x: "12.5",
      n_y: "-3.75",
      n_size: "6.5",
      n_r: "26",
      n_g: "43",
      n_b: "60",
    });
    expect(edges.get("ines-brandt.funds.harbour-trust")).toEqual({
      source: "ines-brandt",
      target: "harbour-trust",
      e_key: FUNDS_KEY,
      e_name: "Ines Brandt (funds) Harbour Trust",
      e_label: "funds",
      e_interaction: "funds",
      e_predicate: "funds",
      e_category: "support",
      e_negated: "false",
      e_hedged: "true",
      e_symmetric: "false",
      e_attributedTo: "tomas-weir",
      e_weight: "5",
      e_sources: "2",
      e_confidence: "0.65",
      e_evidenceCount: "3",
      e_evidenceDocs: "d1;d2",
      e_evidence: FUNDS.evidence[0].text,
      e_firstSeen: "2025-01-02",
      e_lastSeen: "2025-02-03",
    });
    // An empty list and missing dates are left out; a denied relation's id says so.
    expect(edges.get("lakeside-council.not-sues.harbour-trust")).toEqual({
      source: "lakeside-council",
      target: "harbour-trust",
      e_key: SUES_KEY,
      e_name: "Lakeside Council (not sues) Harbour Trust",
      e_label: "sues",
      e_interaction: "not sues",
      e_predicate: "sues",
      e_category: "conflict",
      e_negated: "true",
      e_hedged: "false",
      e_symmetric: "true",
      e_weight: "1",
      e_sources: "1",
      e_confidence: "0.3",
      e_evidenceCount: "1",
      e_evidenceDocs: "d1",
      e_evidence: SUES.evidence[0].text,
    });
  });

  it("numbers the ids of relations that would get the same one", () => {
    const graph = fieldsGraph();
    // "funds" and "Funds!" give the same slug.
    graph.addDirectedEdgeWithKey("ines-brandt -[Funds!]-> harbour-trust", "ines-brandt", "harbour-trust", { ...SUES, predicate: "Funds!", negated: false });
    graph.addDirectedEdgeWithKey("third", "ines-brandt", "harbour-trust", { ...SUES, predicate: "funds", negated: false });
    const { edges } = read(toGraphml(graph));
    expect([...edges.keys()].filter((id) => id.startsWith("ines-brandt.funds."))).toEqual([
      "ines-brandt.funds.harbour-trust",
      "ines-brandt.funds.harbour-trust.2",
      "ines-brandt.funds.harbour-trust.3",
    ]);
    expect(edges.get("ines-brandt.funds.harbour-trust.2")!.e_key).toBe("ines-brandt -[Funds!]-> harbour-trust");
  });

  it("draws yFiles nodes at 5 times the layout's scale, y downwards, 2 × size wide (at least 10), and edges by polarity and hedging", () => {
    const graph = fieldsGraph();
    graph.setNodeAttribute("harbour-trust", "size", 1);
    graph.removeNodeAttribute("harbour-trust", "color");
    const text = toGraphml(graph, { yfiles: true });
    // Brandt: size 6.5 → 13 wide; x 12.5 × 5 − 6.5; y −(−3.75) × 5 − 6.5.
    expect(text).toContain('<y:Geometry height="13" width="13" x="56" y="12.25"/>');
    expect(text).toContain('<y:Fill color="#1A2B3C" transparent="false"/>');
    // The trust: size 1 → at least 10 wide; no colour → grey.
    expect(text).toContain('<y:Geometry height="10" width="10" x="-45" y="-51.25"/>');
    expect(text).toContain('<y:Fill color="#999999" transparent="false"/>');
    expect(text).toContain('<y:LineStyle color="#999999" type="dashed" width="1.0"/>');
    expect(text).toContain('<y:LineStyle color="#D62728" type="line" width="1.0"/>');
    expect(text).toContain('xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"');
    expect(text).toContain('xmlns:y="http://www.yworks.com/xml/graphml"');
    expect(toGraphml(graph)).not.toContain("xmlns:y=");
  });

  it("nests yFiles graphics in their own data element of each node and edge", () => {
    const text = toGraphml(fieldsGraph(), { yfiles: true });
    expect(XMLValidator.validate(text)).toBe(true);
    const { root, nodes, edges } = read(text);
    expect(root.key.filter((k: Element) => k["yfiles.type"]).map((k: Element) => `${k.id} ${k.for} ${k["yfiles.type"]}`)).toEqual([
      "n_graphics node nodegraphics",
      "e_graphics edge edgegraphics",
    ]);
    const shape = nodes.get("ines-brandt")!.n_graphics["y:ShapeNode"];
    expect(Object.keys(shape)).toEqual(["y:Geometry", "y:Fill", "y:NodeLabel", "y:Shape"]);
    expect(shape["y:Shape"]).toEqual({ type: "ellipse" });
    const line = edges.get("ines-brandt.funds.harbour-trust")!.e_graphics["y:PolyLineEdge"];
    expect(Object.keys(line)).toEqual(["y:LineStyle", "y:Arrows", "y:EdgeLabel"]);
    expect(line["y:Arrows"]).toEqual({ source: "none", target: "standard" });
  });

  it("writes no data for a graph attribute the graph lacks", () => {
    const graph = fieldsGraph();
    graph.removeAttribute("extractorVersion");
    graph.removeAttribute("layoutSeed");
    expect(read(toGraphml(graph)).graph).toEqual({ g_schemaVersion: "2" });
  });
});
