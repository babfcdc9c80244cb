// GraphML for yEd, Cytoscape, NetworkX and Gephi: typed <key> declarations, one <data> per scalar attribute,
// colour as r/g/b integers and positions as x/y (the names Gephi's importer maps to its viz properties).
import type { NewsGraph } from "../model/index.js";
import { cleanText, flatEdges, flatNodes, LIST_SEPARATOR, type FlatEdge, type FlatNode } from "./flatten.js";
import { escapeAttribute, escapeText } from "./xml.js";

type GraphmlType = "string" | "int" | "double" | "boolean";
type Value = string | number | boolean | undefined;

interface Column<T> {
  name: string;
  type: GraphmlType;
  get(item: T): Value;
}

function rgb(color: string | undefined, shift: number): number | undefined {
  return color === undefined ? undefined : (Number.parseInt(color.slice(1), 16) >> shift) & 255;
}

const NODE_COLUMNS: Column<FlatNode>[] = [
  { name: "label", type: "string", get: (n) => n.label },
  { name: "type", type: "string", get: (n) => n.type },
  { name: "aliases", type: "string", get: (n) => n.aliases.join(LIST_SEPARATOR) },
  { name: "mentions", type: "int", get: (n) => n.mentions },
  { name: "docs", type: "string", get: (n) => n.docs.join(LIST_SEPARATOR) },
  { name: "degree", type: "int", get: (n) => n.degree },
  { name: "pagerank", type: "double", get: (n) => n.pagerank },
  { name: "community", type: "int", get: (n) => n.community },
  { name: "x", type: "double", get: (n) => n.x },
  { name: "y", type: "double", get: (n) => n.y },
  { name: "size", type: "double", get: (n) => n.size },
  { name: "r", type: "int", get: (n) => rgb(n.color, 16) },
  { name: "g", type: "int", get: (n) => rgb(n.color, 8) },
  { name: "b", type: "int", get: (n) => rgb(n.color, 0) },
];

const EDGE_COLUMNS: Column<FlatEdge>[] = [
  { name: "label", type: "string", get: (e) => e.label },
  { name: "predicate", type: "string", get: (e) => e.predicate },
  { name: "category", type: "string", get: (e) => e.category },
  { name: "negated", type: "boolean", get: (e) => e.negated },
  { name: "hedged", type: "boolean", get: (e) => e.hedged },
  { name: "symmetric", type: "boolean", get: (e) => e.symmetric },
  { name: "attributedTo", type: "string", get: (e) => e.attributedTo.join(LIST_SEPARATOR) },
  { name: "weight", type: "int", get: (e) => e.weight },
  { name: "sources", type: "int", get: (e) => e.sources },
  { name: "confidence", type: "double", get: (e) => e.confidence },
  { name: "evidenceCount", type: "int", get: (e) => e.evidenceCount },
  { name: "evidenceDocs", type: "string", get: (e) => e.evidenceDocs.join(LIST_SEPARATOR) },
  { name: "evidence", type: "string", get: (e) => e.evidence },
  { name: "firstSeen", type: "string", get: (e) => e.firstSeen },
  { name: "lastSeen", type: "string", get: (e) => e.lastSeen },
];

function dataLines<T>(prefix: string, columns: Column<T>[], item: T, indent: string): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = column.get(item);
    if (value === undefined || value === "") continue;
    lines.push(`${indent}<data key="${prefix}_${column.name}">${escapeText(String(value))}</data>`);
  }
  return lines;
}

function keyLines<T>(domain: "node" | "edge", prefix: string, columns: Column<T>[]): string[] {
  return columns.map(
    (c) => `  <key id="${prefix}_${c.name}" for="${domain}" attr.name="${c.name}" attr.type="${c.type}"/>`,
  );
}

export function toGraphml(graph: NewsGraph): string {
  const attributes = graph.getAttributes();
  const graphData: [string, GraphmlType, Value][] = [
    ["schemaVersion", "int", attributes.schemaVersion],
    ["extractorVersion", "string", attributes.extractorVersion],
    ["layoutSeed", "int", attributes.layoutSeed],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphData.map(([name, type]) => `  <key id="g_${name}" for="graph" attr.name="${name}" attr.type="${type}"/>`),
    ...keyLines("node", "n", NODE_COLUMNS),
    ...keyLines("edge", "e", EDGE_COLUMNS),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  for (const [name, , value] of graphData) {
    if (value !== undefined && value !== null) lines.push(`    <data key="g_${name}">${escapeText(cleanText(value))}</data>`);
  }
  for (const node of flatNodes(graph)) {
    lines.push(`    <node id="${escapeAttribute(node.key)}">`, ...dataLines("n", NODE_COLUMNS, node, "      "), "    </node>");
  }
  for (const edge of flatEdges(graph)) {
    lines.push(
      `    <edge id="${escapeAttribute(edge.key)}" source="${escapeAttribute(edge.source)}" target="${escapeAttribute(edge.target)}">`,
      ...dataLines("e", EDGE_COLUMNS, edge, "      "),
      "    </edge>",
    );
  }
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}
