// Every XML export is valid against its format's schema (Debian's xmllint with the grammars vendored in
// tests/export/schemas), and every export read back by a tool we did not write (NetworkX, rdflib, Python's csv)
// holds as many entities and relations as the graph: none merged, none lost. On the hand-made fixture (dates,
// hostile text), the seeds' graph as built by newsgraph (tests/model/fixtures/seeds-v1.json, loaded as version 2),
// a sparse and an empty graph.
import { XMLParser } from "fast-xml-parser";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { CSV_ARRAY_DELIMITER, edgeKind, iriSlug, toCsv, toGexf, toGraphml, toTurtle } from "../../src/export/index.js";
import { createNewsGraph, loadGraph, type NewsGraph } from "../../src/model/index.js";
import { fixtureGraph } from "../query/fixture.js";
import { EXTERNAL_CHECKS, itExternal, readManyWithPython, schemaErrors } from "./independent.js";

const SEEDS = fileURLToPath(new URL("../model/fixtures/seeds-v1.json", import.meta.url));

function sparseGraph(): NewsGraph {
  const graph = createNewsGraph();
  graph.addNode("a", { label: "Alpha", entityType: "ORG" } as never);
  graph.addNode("b b", { label: "Beta", entityType: "MYSTERY" } as never);
  graph.addDirectedEdgeWithKey("a->b", "a", "b b", { predicate: "funds", category: "support" } as never);
  graph.addDirectedEdgeWithKey("a-/>b", "a", "b b", { predicate: "funds", category: "support", negated: true } as never);
  return graph;
}

const GRAPHS: [string, () => NewsGraph][] = [
  ["the fixture", fixtureGraph],
  ["the seeds", () => loadGraph(SEEDS)],
  ["a sparse graph", sparseGraph],
  ["an empty graph", createNewsGraph],
];

/** The <edge> elements of a GEXF text, as attributes. */
function gexfEdges(text: string): Record<string, string>[] {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "edge" }).parse(text);
  return parsed.gexf.graph.edges?.edge ?? [];
}

describe.each(GRAPHS)("exports of %s", (_name, make) => {
  const graph = make();
  const csv = toCsv(graph);
  // Every independent read of this graph's exports, in one Python process.
  let nx: any[] = [];
  let rdf: any;
  let table: any;
  beforeAll(() => {
    if (!EXTERNAL_CHECKS) return;
    const reads = readManyWithPython([
      ["gexf", { "graph.gexf": toGexf(graph) }],
      ["gexf", { "graph.gexf": toGexf(graph, { version: "1.2" }) }],
      ["graphml", { "graph.graphml": toGraphml(graph) }],
      ["graphml", { "graph.graphml": toGraphml(graph, { yfiles: true }) }],
      ["ttl", { "graph.ttl": toTurtle(graph) }],
      ["csv", { "nodes.csv": csv.nodes, "edges.csv": csv.edges }],
    ]);
    nx = reads.slice(0, 4);
    [rdf, table] = reads.slice(4);
  });

  itExternal("are valid against the GEXF 1.3 and 1.2draft grammars and the GraphML schema", () => {
    expect(schemaErrors("gexf-1.3", toGexf(graph))).toEqual([]);
    expect(schemaErrors("gexf-1.2draft", toGexf(graph, { version: "1.2" }))).toEqual([]);
    expect(schemaErrors("graphml", toGraphml(graph))).toEqual([]);
    expect(schemaErrors("graphml-yfiles", toGraphml(graph, { yfiles: true }))).toEqual([]);
  });

  it("give Gephi one edge per relation: (source, target, kind) unique", () => {
    const edges = gexfEdges(toGexf(graph));
    expect(edges).toHaveLength(graph.size);
    expect(new Set(edges.map((e) => `${e.source}\u0000${e.target}\u0000${e.kind}`)).size).toBe(graph.size);
  });

  itExternal("are read back whole by NetworkX (GEXF 1.3, 1.2draft, GraphML with and without yFiles)", () => {
    nx.forEach((read, i) => {
      expect(Object.keys(read.nodes)).toHaveLength(graph.order);
      expect(read.edges).toHaveLength(graph.size);
      // Every relation comes back as itself: GEXF keeps the graph's edge key as its id, GraphML in its `key` data.
      const keys = read.edges.map((e: any) => (i < 2 ? e.key : e.data.key)).sort();
      expect(keys).toEqual(graph.edges().sort());
    });
  });

  itExternal("are read back whole by rdflib: one rdf:Statement per relation, the plain ones asserted, every term declared", () => {
    const read = rdf;
    expect(read.entities).toBe(graph.order);
    expect(Object.keys(read.relations)).toHaveLength(graph.size);
    // A statement's triple is asserted when some plain relation (neither denied nor hedged) states it.
    const triple = (s: string, predicate: string, t: string) => `${s}\u0000${iriSlug(predicate)}\u0000${t}`;
    const plain = new Set(graph.filterEdges((_e, a) => !a.negated && !a.hedged).map((e) => triple(graph.source(e), graph.getEdgeAttribute(e, "predicate"), graph.target(e))));
    const stated = graph.filterEdges((e, a) => plain.has(triple(graph.source(e), a.predicate, graph.target(e))));
    expect(Object.values(read.relations).filter((r: any) => r.asserted)).toHaveLength(stated.length);
    expect(read.undeclared).toEqual([]);
  });

  itExternal("are read back whole by Python's csv reader, lists split on the array delimiter only", () => {
    const read = table;
    expect(read.nodes.rows).toHaveLength(graph.order);
    expect(read.edges.rows).toHaveLength(graph.size);
    const aliases = read.nodes.header.indexOf("aliases:string[]");
    for (const row of read.nodes.rows) {
      const expected = (graph.getNodeAttribute(row[0], "aliases") ?? []).filter((a: string) => a !== "");
      expect(row[aliases] === "" ? [] : row[aliases].split(CSV_ARRAY_DELIMITER)).toEqual(expected);
    }
  });
});

describe("the schemas", () => {
  // A validator that accepts everything proves nothing: what the issue found wrong must be refused.
  itExternal("refuse the faults the old exports had", () => {
    const graphml = toGraphml(fixtureGraph());
    const spaced = graphml.replace('<edge id="russia.not-attacks.nato"', '<edge id="russia -[not attacks]-> nato"');
    expect(spaced).not.toBe(graphml);
    expect(schemaErrors("graphml", spaced).join("\n")).toMatch(/not a valid value of the atomic type 'xs:NMTOKEN'/);
    const gexf12 = toGexf(fixtureGraph(), { version: "1.2" });
    const noZ = gexf12.replace(/ z="0"/g, "");
    expect(noZ).not.toBe(gexf12);
    expect(schemaErrors("gexf-1.2draft", noZ)).not.toEqual([]);
    const gexf = toGexf(fixtureGraph());
    expect(schemaErrors("gexf-1.3", gexf.replace('timeformat="date"', 'timeformat="days"'))).not.toEqual([]);
    expect(schemaErrors("gexf-1.3", gexf.replace(/start="2024-05-01"/, 'start="May 1st"'))).not.toEqual([]);
  });

  it("see a relation merged when kinds are missing (what Gephi did): the seeds have parallel relations", () => {
    const seeds = loadGraph(SEEDS);
    const pairs = new Set(seeds.mapEdges((_e, _a, s, t) => `${s}\u0000${t}`));
    expect(pairs.size).toBeLessThan(seeds.size);
    const kinds = new Set(seeds.mapEdges((_e, a, s, t) => `${s}\u0000${t}\u0000${edgeKind({ predicate: a.predicate, negated: a.negated })}`));
    expect(kinds.size).toBe(seeds.size);
  });
});
