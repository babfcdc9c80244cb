// GraphML for Cytoscape, yEd, NetworkX and Gephi: typed <key> declarations, one <data> per scalar attribute,
// colour as r/g/b integers and positions as x/y (the names Gephi's importer maps to its viz properties).
// Ids follow the GraphML schema (NMTOKEN: no spaces, brackets or arrows), so edges get readable ids of their own
// (`russia.not-attacks.nato`) and keep the graph's edge key in `key`; nodes and edges carry `name` (what Cytoscape
// shows) and `label`; with `yfiles: true`, yEd's own node and edge graphics (label, colour, position) are added.
import type { NewsGraph } from "../model/graph.js";
import { cleanText, flatEdges, flatNodes, joinList, type FlatEdge, type FlatNode } from "./flatten.js";
import { edgeKind, iriSlug } from "./names.js";
import { escapeAttribute, escapeText } from "./xml.js";

export interface GraphmlOptions {
  /** Add yFiles graphics (yEd shows node labels, colours and positions, and edge labels). Default false. */
  yfiles?: boolean;
}

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
  { name: "name", type: "string", get: (n) => n.label },
  { name: "label", type: "string", get: (n) => n.label },
  { name: "entityType", type: "string", get: (n) => n.entityType },
  { name: "aliases", type: "string", get: (n) => joinList(n.aliases) },
  { name: "mentions", type: "int", get: (n) => n.mentions },
  { name: "docs", type: "string", get: (n) => joinList(n.docs) },
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

interface GraphmlEdge extends FlatEdge {
  name: string;
}

const EDGE_COLUMNS: Column<GraphmlEdge>[] = [
  { name: "key", type: "string", get: (e) => e.key },
  { name: "name", type: "string", get: (e) => e.name },
  { name: "label", type: "string", get: (e) => e.label },
  { name: "interaction", type: "string", get: (e) => edgeKind(e) },
  { name: "predicate", type: "string", get: (e) => e.predicate },
  { name: "category", type: "string", get: (e) => e.category },
  { name: "negated", type: "boolean", get: (e) => e.negated },
  { name: "hedged", type: "boolean", get: (e) => e.hedged },
  { name: "symmetric", type: "boolean", get: (e) => e.symmetric },
  { name: "attributedTo", type: "string", get: (e) => joinList(e.attributedTo) },
  { name: "weight", type: "int", get: (e) => e.weight },
  { name: "sources", type: "int", get: (e) => e.sources },
  { name: "confidence", type: "double", get: (e) => e.confidence },
  { name: "evidenceCount", type: "int", get: (e) => e.evidenceCount },
  { name: "evidenceDocs", type: "string", get: (e) => joinList(e.evidenceDocs) },
  { name: "evidence", type: "string", get: (e) => e.evidence },
  { name: "firstSeen", type: "string", get: (e) => e.firstSeen },
  { name: "lastSeen", type: "string", get: (e) => e.lastSeen },
];

/** An XML NMTOKEN from any text, one to one: letters, digits, "." and "-" stay, every other character (the escape
 *  character "_" included) becomes `_hex_`. Our slugs (`vladimir-putin`) come out unchanged. */
export function nmtoken(text: string): string {
  const out = [...text].map((char) => (/[A-Za-z0-9.-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`)).join("");
  return out === "" ? "_" : out;
}

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

function yfilesNode(node: FlatNode, indent: string): string[] {
  const size = Math.max(10, 2 * (node.size ?? 5));
  // yEd places a node by its top-left corner and draws y downwards; Gephi's and ours go upwards.
  const x = (node.x ?? 0) * 5 - size / 2;
  const y = -(node.y ?? 0) * 5 - size / 2;
  return [
    `${indent}<data key="n_graphics">`,
    `${indent}  <y:ShapeNode>`,
    `${indent}    <y:Geometry height="${size}" width="${size}" x="${x}" y="${y}"/>`,
    `${indent}    <y:Fill color="${(node.color ?? "#999999").toUpperCase()}" transparent="false"/>`,
    `${indent}    <y:NodeLabel>${escapeText(node.label)}</y:NodeLabel>`,
    `${indent}    <y:Shape type="ellipse"/>`,
    `${indent}  </y:ShapeNode>`,
    `${indent}</data>`,
  ];
}

function yfilesEdge(edge: GraphmlEdge, indent: string): string[] {
  return [
    `${indent}<data key="e_graphics">`,
    `${indent}  <y:PolyLineEdge>`,
    `${indent}    <y:LineStyle color="${edge.negated ? "#D62728" : "#999999"}" type="${edge.hedged ? "dashed" : "line"}" width="1.0"/>`,
    `${indent}    <y:Arrows source="none" target="standard"/>`,
    `${indent}    <y:EdgeLabel>${escapeText(edgeKind(edge))}</y:EdgeLabel>`,
    `${indent}  </y:PolyLineEdge>`,
    `${indent}</data>`,
  ];
}

/** Readable, unique edge ids: `source.predicate.target` (`not-` before a denied predicate), `.2`, `.3`... on a clash. */
function edgeIds(edges: FlatEdge[]): string[] {
  const used = new Set<string>();
  return edges.map((edge) => {
    const base = `${nmtoken(edge.source)}.${edge.negated ? "not-" : ""}${iriSlug(edge.predicate)}.${nmtoken(edge.target)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}.${n}`;
    used.add(id);
    return id;
  });
}

export function toGraphml(graph: NewsGraph, options: GraphmlOptions = {}): string {
  const yfiles = options.yfiles === true;
  const attributes = graph.getAttributes();
  const graphData: [string, GraphmlType, Value][] = [
    ["schemaVersion", "int", attributes.schemaVersion],
    ["extractorVersion", "string", attributes.extractorVersion],
    ["layoutSeed", "int", attributes.layoutSeed],
  ];
  const nodes = flatNodes(graph);
  const labels = new Map(nodes.map((node) => [node.key, node.label]));
  const edges: GraphmlEdge[] = flatEdges(graph).map((edge) => ({
    ...edge,
    // Cytoscape's own edge name format: "source (interaction) target".
    name: `${labels.get(edge.source) ?? edge.source} (${edgeKind(edge)}) ${labels.get(edge.target) ?? edge.target}`,
  }));
  const schemaLocation = yfiles
    ? "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
    : "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      (yfiles ? ' xmlns:y="http://www.yworks.com/xml/graphml"' : "") +
      ` xsi:schemaLocation="${schemaLocation}">`,
    ...graphData.map(([name, type]) => `  <key id="g_${name}" for="graph" attr.name="${name}" attr.type="${type}"/>`),
    ...keyLines("node", "n", NODE_COLUMNS),
    ...keyLines("edge", "e", EDGE_COLUMNS),
    ...(yfiles ? ['  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>', '  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>'] : []),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  for (const [name, , value] of graphData) {
    if (value !== undefined && value !== null) lines.push(`    <data key="g_${name}">${escapeText(cleanText(value))}</data>`);
  }
  for (const node of nodes) {
    lines.push(
      `    <node id="${nmtoken(node.key)}">`,
      ...dataLines("n", NODE_COLUMNS, node, "      "),
      ...(yfiles ? yfilesNode(node, "      ") : []),
      "    </node>",
    );
  }
  const ids = edgeIds(edges);
  edges.forEach((edge, i) => {
    lines.push(
      `    <edge id="${ids[i]}" source="${nmtoken(edge.source)}" target="${nmtoken(edge.target)}">`,
      ...dataLines("e", EDGE_COLUMNS, edge, "      "),
      ...(yfiles ? yfilesEdge(edge, "      ") : []),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}
