// Flat, scalar views of the graph's nodes and edges for the tabular and XML exports (GEXF, GraphML, CSV):
// arrays are joined, evidence is summarised (count, documents, first sentence), text is made safe for XML.
import type { EdgeAttributes, EvidenceRecord, NodeAttributes } from "../types.js";
import type { NewsGraph } from "../model/index.js";

/** The separator of lists joined into one text (GraphML, which has no list type). */
export const LIST_SEPARATOR = ";";

export interface FlatNode {
  key: string;
  label: string;
  entityType: string;
  aliases: string[];
  mentions: number;
  docs: string[];
  degree: number;
  pagerank: number;
  community: number;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface FlatEdge {
  key: string;
  source: string;
  target: string;
  predicate: string;
  label: string;
  category: string;
  negated: boolean;
  hedged: boolean;
  symmetric: boolean;
  attributedTo: string[];
  weight: number;
  sources: number;
  confidence: number;
  evidenceCount: number;
  evidenceDocs: string[];
  /** The first evidence sentence (evidence is sorted by document and offset). */
  evidence: string;
  firstSeen?: string;
  lastSeen?: string;
}

// Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF): article text may hold them, and
// one of them makes the whole file unreadable to every XML parser.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Lone surrogates (broken UTF-16, e.g. from a cut emoji) replaced by U+FFFD, so every encoder accepts the text. */
export function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** Text made safe for any export: no XML-invalid characters, whitespace runs (newlines included) as one space. */
export function cleanText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value).replace(XML_INVALID, "").replace(/\s+/g, " ").trim();
}

/** A list joined with LIST_SEPARATOR; a separator inside an item becomes ",", so that no item splits in two. */
export function joinList(items: string[]): string {
  return items.map((item) => item.replaceAll(LIST_SEPARATOR, ",")).join(LIST_SEPARATOR);
}

/** The day of an ISO 8601 date or date-time (`2024-05-01T10:00:00Z` → `2024-05-01`), or undefined when the text is
 *  no such date: article metadata is untrusted, and one bad `start` makes the whole file invalid. */
export function isoDay(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? match[0].slice(0, 10) : undefined;
}

function finite(value: unknown, fallback = 0): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function optionalFinite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(cleanText).filter((item) => item !== "") : [];
}

export function flattenNode(key: string, attributes: Partial<NodeAttributes>): FlatNode {
  const node: FlatNode = {
    key,
    label: cleanText(attributes.label ?? key),
    entityType: cleanText(attributes.entityType ?? "OTHER"),
    aliases: list(attributes.aliases),
    mentions: finite(attributes.mentions),
    docs: list(attributes.docs),
    degree: finite(attributes.degree),
    pagerank: finite(attributes.pagerank),
    community: finite(attributes.community),
  };
  const x = optionalFinite(attributes.x);
  const y = optionalFinite(attributes.y);
  const size = optionalFinite(attributes.size);
  if (x !== undefined) node.x = x;
  if (y !== undefined) node.y = y;
  if (size !== undefined) node.size = size;
  if (typeof attributes.color === "string" && /^#[0-9a-f]{6}$/i.test(attributes.color)) node.color = attributes.color.toLowerCase();
  return node;
}

export function flattenEdge(key: string, source: string, target: string, attributes: Partial<EdgeAttributes>): FlatEdge {
  const evidence: EvidenceRecord[] = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  const edge: FlatEdge = {
    key,
    source,
    target,
    predicate: cleanText(attributes.predicate),
    label: cleanText(attributes.label ?? attributes.predicate),
    category: cleanText(attributes.category ?? "other"),
    negated: attributes.negated === true,
    hedged: attributes.hedged === true,
    symmetric: attributes.symmetric === true,
    attributedTo: list(attributes.attributedTo),
    weight: finite(attributes.weight, evidence.length),
    sources: finite(attributes.sources),
    confidence: finite(attributes.confidence),
    evidenceCount: evidence.length,
    evidenceDocs: [...new Set(evidence.map((record) => cleanText(record.doc)))].filter((doc) => doc !== ""),
    evidence: cleanText(evidence[0]?.text),
  };
  if (attributes.firstSeen) edge.firstSeen = cleanText(attributes.firstSeen);
  if (attributes.lastSeen) edge.lastSeen = cleanText(attributes.lastSeen);
  return edge;
}

export function flatNodes(graph: NewsGraph): FlatNode[] {
  return graph.mapNodes((key, attributes) => flattenNode(key, attributes));
}

export function flatEdges(graph: NewsGraph): FlatEdge[] {
  return graph.mapEdges((key, attributes, source, target) => flattenEdge(key, source, target, attributes));
}
