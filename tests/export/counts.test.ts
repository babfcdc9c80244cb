// Every count an export writes is the right count: a graph where evidence sentences, source articles, mentions,
// articles and degree all differ, exported through the public `exportGraph` and read back with real XML and CSV
// parsers. Columns are found by the names the exports declare, so a swapped field cannot hide behind equal values.
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build/index.js";
import { exportGraph } from "../../src/export/index.js";
import { entity, extraction, idIndex, relation } from "../build/fixtures.js";

// Ilona Varga heads Danube Bank: said twice in article a, once in b (3 sentences, 2 articles). Lakeside Council
// criticises her in c. She is mentioned 4 + 1 + 1 = 6 times in 3 articles and has 2 relations.
const graph = buildGraph(
  [
    extraction(
      "a",
      [entity("ilona-varga", "Ilona Varga", "PERSON", 4), entity("danube-bank", "Danube Bank", "ORG", 2)],
      [
        relation("a", "ilona-varga", "heads", "danube-bank", { category: "role", confidence: 0.6 }),
        relation("a", "ilona-varga", "heads", "danube-bank", { start: 120, category: "role", confidence: 0.9 }),
      ],
    ),
    extraction(
      "b",
      [entity("ilona-varga", "Ilona Varga", "PERSON"), entity("danube-bank", "Danube Bank", "ORG")],
      [relation("b", "ilona-varga", "heads", "danube-bank", { category: "role", confidence: 0.7 })],
    ),
    extraction(
      "c",
      [entity("ilona-varga", "Varga", "PERSON"), entity("lakeside-council", "Lakeside Council", "ORG")],
      [relation("c", "lakeside-council", "criticises", "ilona-varga", { category: "conflict" })],
    ),
  ],
  { createIndex: idIndex },
);
const HEADS = "ilona-varga -[heads]-> danube-bank";
const CRITICISES = "lakeside-council -[criticises]-> ilona-varga";

/** The expected counts, read off the graph itself and checked to differ, so that no swap can go unnoticed. */
const node = { mentions: 6, docs: 3, degree: 2 };
const edge = { weight: 3, sources: 2, confidence: 0.9 };

it("the fixture's counts all differ", () => {
  const varga = graph.getNodeAttributes("ilona-varga");
  expect({ mentions: varga.mentions, docs: varga.docs.length, degree: varga.degree }).toEqual(node);
  const heads = graph.getEdgeAttributes(HEADS);
  expect({ weight: heads.weight, sources: heads.sources, confidence: heads.confidence }).toEqual(edge);
  expect(heads.evidence).toHaveLength(3);
  expect(graph.getEdgeAttribute(CRITICISES, "weight")).toBe(1);
});

const LISTS = ["node", "edge", "attribute", "attvalue", "key", "data", "attributes"];
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.includes(name),
});

type Row = Record<string, string>;

/** GEXF → {nodes, edges} keyed by id, each a map from the declared attribute title to its value (plus `weight`). */
function readGexf(text: string): { nodes: Map<string, Row>; edges: Map<string, Row> } {
  const gexf = xml.parse(text).gexf.graph;
  const titles = (cls: string) => {
    const declared = (gexf.attributes ?? []).find((a: { class: string }) => a.class === cls)?.attribute ?? [];
    return new Map<string, string>(declared.map((a: Row) => [a.id, a.title]));
  };
  const read = (items: Row[], names: Map<string, string>) =>
    new Map(
      items.map((item) => {
        const row: Row = {};
        if ("weight" in item) row.weight = String(item.weight);
        const values = (item as unknown as { attvalues?: { attvalue: Row[] } }).attvalues?.attvalue ?? [];
        for (const v of values) row[names.get(v.for) ?? v.for] = v.value;
        return [item.id, row];
      }),
    );
  return { nodes: read(gexf.nodes.node, titles("node")), edges: read(gexf.edges.edge, titles("edge")) };
}

/** GraphML → {nodes, edges} keyed by id, each a map from the declared `attr.name` to its value. */
function readGraphml(text: string): { nodes: Map<string, Row>; edges: Map<string, Row> } {
  const root = xml.parse(text).graphml;
  const names = new Map<string, string>(root.key.map((k: Row) => [k.id, k["attr.name"]]));
  const read = (items: { id: string; data?: { key: string; "#text": unknown }[] }[]) =>
    new Map(
      items.map((item) => {
        const row: Row = Object.fromEntries((item.data ?? []).map((d) => [names.get(d.key)!, String(d["#text"])]));
        return [row.key ?? item.id, row]; // edges carry their graph key as data (their ids are XML names)
      }),
    );
  return { nodes: read(root.graph.node), edges: read(root.graph.edge) };
}

/** CSV rows keyed by their id column, each a map from the header name without its `:type` suffix to its value. */
function readCsv(text: string, idColumn: string): Map<string, Row> {
  const rows: Row[] = parseCsv(text, { columns: (header: string[]) => header.map((h) => h.replace(/:[a-z[\]]+$/i, "")) });
  return new Map(rows.map((row) => [row[idColumn], row]));
}

/** Items of a list value: ";"-joined (GraphML), U+001F-joined (neo4j CSV) or a GEXF liststring "[a, b]". */
const listLength = (value: string) => value.replace(/^\[|\]$/g, "").split(/[;,\u001f]/).map((v) => v.trim()).filter(Boolean).length;

describe("count fields, told apart in every export", () => {
  it("GEXF: edge weight is the evidence count, sources the articles; node mentions, docs and degree", () => {
    const { nodes, edges } = readGexf(exportGraph(graph, "gexf"));
    const heads = edges.get(HEADS)!;
    expect(Number(heads.weight)).toBe(edge.weight);
    expect(Number(heads.sources)).toBe(edge.sources);
    expect(Number(heads.confidence)).toBe(edge.confidence);
    expect(Number(heads.evidenceCount)).toBe(3);
    expect(listLength(heads.evidenceDocs)).toBe(2);
    expect(Number(edges.get(CRITICISES)!.weight)).toBe(1);
    const varga = nodes.get("ilona-varga")!;
    expect(Number(varga.mentions)).toBe(node.mentions);
    expect(listLength(varga.docs)).toBe(node.docs);
    expect(Number(varga.degree)).toBe(node.degree);
  });

  it("GEXF 1.2 carries the same counts", () => {
    const { nodes, edges } = readGexf(exportGraph(graph, "gexf", { gexfVersion: "1.2" }));
    expect([edges.get(HEADS)!.weight, edges.get(HEADS)!.sources].map(Number)).toEqual([edge.weight, edge.sources]);
    expect([nodes.get("ilona-varga")!.mentions, nodes.get("ilona-varga")!.degree].map(Number)).toEqual([node.mentions, node.degree]);
  });

  it("GraphML: weight, sources, confidence, mentions, docs and degree", () => {
    const { nodes, edges } = readGraphml(exportGraph(graph, "graphml"));
    const heads = edges.get(HEADS)!;
    expect([heads.weight, heads.sources, heads.confidence].map(Number)).toEqual([edge.weight, edge.sources, edge.confidence]);
    expect(Number(edges.get(CRITICISES)!.weight)).toBe(1);
    const varga = nodes.get("ilona-varga")!;
    expect([Number(varga.mentions), listLength(varga.docs), Number(varga.degree)]).toEqual([node.mentions, node.docs, node.degree]);
  });

  it("CSV: weight, sources, confidence and evidence count; mentions, docs and degree", () => {
    const csv = exportGraph(graph, "csv");
    const edgeRows = readCsv(csv.edges, "key");
    const heads = edgeRows.get(HEADS)!;
    expect([heads.weight, heads.sources, heads.confidence, heads.evidenceCount].map(Number)).toEqual([edge.weight, edge.sources, edge.confidence, 3]);
    expect(listLength(heads.evidenceDocs)).toBe(2);
    const varga = readCsv(csv.nodes, "id")!.get("ilona-varga")!;
    expect([Number(varga.mentions), listLength(varga.docs), Number(varga.degree)]).toEqual([node.mentions, node.docs, node.degree]);
  });
});
