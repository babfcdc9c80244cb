// GEXF 1.3 (default) or 1.2draft for Gephi and Gephi Lite, written here rather than by graphology-gexf so that it
// follows the GEXF grammar to the letter and runs in the browser too (the viewer's "Download GEXF" uses it):
// - every edge has `kind` = its predicate ("not attacks" when denied): Gephi merges parallel edges between two
//   nodes unless their kinds differ, and our edges are unique per (subject, predicate, polarity, object);
// - lists are real list attributes (`liststring`);
// - when articles have dates the graph is dynamic: nodes live from their first to their last article's date, edges
//   from `firstSeen` to `lastSeen`, so Gephi's timeline plays the news (day precision: `timeformat="date"`);
// - colours, sizes and positions are viz elements (`viz:position` with the `z` GEXF 1.2draft requires).
// No node: imports here or in what this imports: the viewer bundles this file.
import type { NewsGraph } from "../model/graph.js";
import { cleanText, flatEdges, flatNodes, isoDay, type FlatEdge, type FlatNode } from "./flatten.js";
import { edgeKind } from "./names.js";
import { escapeAttribute, escapeText } from "./xml.js";

export { edgeKind };

export type GexfVersion = "1.2" | "1.3";

export interface GexfOptions {
  /** GEXF 1.3 (Gephi 0.10+, the default) or 1.2draft (older tools). `kind` exists in 1.3 only. */
  version?: GexfVersion;
}

type GexfType = "string" | "integer" | "double" | "boolean" | "liststring";
type Value = string | number | boolean | string[] | undefined;

interface Column<T> {
  name: string;
  type: GexfType;
  get(item: T): Value;
}

const NODE_COLUMNS: Column<FlatNode>[] = [
  { name: "entityType", type: "string", get: (n) => n.entityType },
  { name: "aliases", type: "liststring", get: (n) => n.aliases },
  { name: "mentions", type: "integer", get: (n) => n.mentions },
  { name: "docs", type: "liststring", get: (n) => n.docs },
  { name: "degree", type: "integer", get: (n) => n.degree },
  { name: "pagerank", type: "double", get: (n) => n.pagerank },
  { name: "community", type: "integer", get: (n) => n.community },
];

const EDGE_COLUMNS: Column<FlatEdge>[] = [
  { name: "predicate", type: "string", get: (e) => e.predicate },
  { name: "category", type: "string", get: (e) => e.category },
  { name: "negated", type: "boolean", get: (e) => e.negated },
  { name: "hedged", type: "boolean", get: (e) => e.hedged },
  { name: "symmetric", type: "boolean", get: (e) => e.symmetric },
  { name: "attributedTo", type: "liststring", get: (e) => e.attributedTo },
  { name: "sources", type: "integer", get: (e) => e.sources },
  { name: "confidence", type: "double", get: (e) => e.confidence },
  { name: "evidenceCount", type: "integer", get: (e) => e.evidenceCount },
  { name: "evidenceDocs", type: "liststring", get: (e) => e.evidenceDocs },
  { name: "evidence", type: "string", get: (e) => e.evidence },
  { name: "firstSeen", type: "string", get: (e) => e.firstSeen },
  { name: "lastSeen", type: "string", get: (e) => e.lastSeen },
];

interface VersionInfo {
  namespace: string;
  viz: string;
}

const VERSIONS: Record<GexfVersion, VersionInfo> = {
  "1.3": { namespace: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz" },
  "1.2": { namespace: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz" },
};

/** `#rrggbb` → `rgb(r,g,b)` (kept for callers of the old API; the writer itself writes r/g/b attributes). */
export function hexToRgb(hex: string): string {
  const [r, g, b] = rgbOf(hex);
  return `rgb(${r},${g},${b})`;
}

function rgbOf(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A list attribute's value: GEXF 1.3 (and Gephi 0.9+) write `[a, b]` with quoted items, so that an item may hold a
 *  comma; 1.2draft's primer writes `a|b`, so there a `|` inside an item becomes `/`. */
export function gexfList(items: string[], version: GexfVersion): string {
  if (version === "1.2") return items.map((item) => item.replaceAll("|", "/")).join("|");
  return `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
}

function formatValue(value: Exclude<Value, undefined>, version: GexfVersion): string {
  if (Array.isArray(value)) return gexfList(value, version);
  return String(value);
}

function attributeDeclarations<T>(domain: "node" | "edge", columns: Column<T>[]): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map((c) => `      <attribute id="${c.name}" title="${c.name}" type="${c.type}"/>`),
    "    </attributes>",
  ];
}

function attvalues<T>(columns: Column<T>[], item: T, version: GexfVersion, indent: string): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = column.get(item);
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    lines.push(`${indent}  <attvalue for="${column.name}" value="${escapeAttribute(formatValue(value, version))}"/>`);
  }
  return lines.length ? [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`] : [];
}

function interval(start: string | undefined, end: string | undefined): string {
  return (start ? ` start="${start}"` : "") + (end ? ` end="${end}"` : "");
}

// The GEXF schema allows only creator, keywords and description in <meta> (no date: output stays deterministic).
function meta(graph: NewsGraph): string[] {
  const { schemaVersion, extractorVersion, layoutSeed } = graph.getAttributes();
  const facts = [
    schemaVersion === undefined ? "" : `schema version ${schemaVersion}`,
    extractorVersion === undefined ? "" : `extractor ${extractorVersion}`,
    layoutSeed === undefined ? "" : `layout seed ${layoutSeed}`,
  ].filter(Boolean);
  const description = cleanText(`Entities and relations extracted from news articles${facts.length ? ` (${facts.join(", ")})` : ""}`);
  return [
    "  <meta>",
    "    <creator>newsgraph</creator>",
    "    <keywords>knowledge graph, news</keywords>",
    `    <description>${escapeText(description)}</description>`,
    "  </meta>",
  ];
}

export function toGexf(graph: NewsGraph, options: GexfOptions = {}): string {
  const version = options.version ?? "1.3";
  const info = VERSIONS[version];
  const documentDays = new Map<string, string>();
  for (const doc of graph.getAttribute("documents") ?? []) {
    const day = isoDay(doc?.date);
    if (day && typeof doc.id === "string") documentDays.set(doc.id, day);
  }
  const nodes = flatNodes(graph);
  const edges = flatEdges(graph);
  const nodeSpan = (node: FlatNode): [string | undefined, string | undefined] => {
    const days = node.docs.map((doc) => documentDays.get(doc)).filter((day): day is string => day !== undefined).sort();
    return [days[0], days[days.length - 1]];
  };
  const edgeSpan = (edge: FlatEdge): [string | undefined, string | undefined] => [isoDay(edge.firstSeen), isoDay(edge.lastSeen)];
  const dynamic = nodes.some((n) => nodeSpan(n)[0] !== undefined) || edges.some((e) => edgeSpan(e)[0] !== undefined);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // No xsi:schemaLocation: the GEXF grammar does not allow it on <gexf>.
    `<gexf xmlns="${info.namespace}" xmlns:viz="${info.viz}" version="${version}">`,
    ...meta(graph),
    `  <graph defaultedgetype="directed"${dynamic ? ' mode="dynamic" timeformat="date"' : ""}>`,
    ...attributeDeclarations("node", NODE_COLUMNS),
    ...attributeDeclarations("edge", EDGE_COLUMNS),
    `    <nodes count="${nodes.length}">`,
  ];
  for (const node of nodes) {
    const [start, end] = nodeSpan(node);
    lines.push(`      <node id="${escapeAttribute(node.key)}" label="${escapeAttribute(node.label)}"${interval(start, end)}>`);
    lines.push(...attvalues(NODE_COLUMNS, node, version, "        "));
    if (node.color) {
      const [r, g, b] = rgbOf(node.color);
      lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    }
    if (node.x !== undefined && node.y !== undefined) lines.push(`        <viz:position x="${node.x}" y="${node.y}" z="0"/>`);
    if (node.size !== undefined) lines.push(`        <viz:size value="${Math.max(0, node.size)}"/>`);
    lines.push("      </node>");
  }
  lines.push("    </nodes>", `    <edges count="${edges.length}">`);
  for (const edge of edges) {
    const [start, end] = edgeSpan(edge);
    const kind = version === "1.3" ? ` kind="${escapeAttribute(edgeKind(edge))}"` : "";
    lines.push(
      `      <edge id="${escapeAttribute(edge.key)}" source="${escapeAttribute(edge.source)}" target="${escapeAttribute(edge.target)}"` +
        ` label="${escapeAttribute(edge.label)}"${kind} weight="${edge.weight}"${interval(start, end)}>`,
    );
    lines.push(...attvalues(EDGE_COLUMNS, edge, version, "        "));
    lines.push("      </edge>");
  }
  lines.push("    </edges>", "  </graph>", "</gexf>");
  return lines.join("\n") + "\n";
}
