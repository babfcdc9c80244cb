// GEXF 1.3 for Gephi and Gephi Lite, written by graphology-gexf: colours, sizes and positions as viz attributes,
// every other attribute a scalar (lists joined with ";", evidence summarised), so no reader sees `[object Object]`.
import { write as writeGexf } from "graphology-gexf";
import type { NewsGraph } from "../model/index.js";
import type { EdgeAttributes, NodeAttributes } from "../types.js";
import { cleanText, flattenEdge, flattenNode, LIST_SEPARATOR } from "./flatten.js";
import { escapeText } from "./xml.js";

type GexfValue = string | number | boolean;

function join(items: string[]): string {
  return items.join(LIST_SEPARATOR);
}

/** Drops empty values: the writer would skip them anyway, and a column typed from one stray value helps nobody. */
function scalars(record: Record<string, GexfValue | undefined>): Record<string, GexfValue> {
  const out: Record<string, GexfValue> = {};
  for (const [name, value] of Object.entries(record)) if (value !== undefined && value !== "") out[name] = value;
  return out;
}

export type GexfVersion = "1.2" | "1.3";

export interface GexfOptions {
  /** GEXF 1.3 (Gephi 0.10+, the default) or 1.2draft (older tools; NetworkX reads only 1.1/1.2draft natively). */
  version?: GexfVersion;
}

/** `#rrggbb` → `rgb(r,g,b)`: graphology-gexf then writes `r`/`g`/`b` attributes, which every GEXF reader knows,
 *  where a hex colour would be read by GEXF 1.3 readers only. */
export function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

// graphology-gexf 0.13 declares GEXF 1.2's viz namespace with a typo ("http:///www.gexf.net/1.1draft/viz"), so
// readers that match namespaces (NetworkX) see no colours, sizes or positions; we write the right one.
const BROKEN_VIZ_NAMESPACE = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const GEXF_12_VIZ_NAMESPACE = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

// The GEXF schema allows only creator, keywords and description in <meta>; graphology-gexf writes every scalar
// graph attribute there as its own element, so we write the standard three (no date: output stays deterministic).
function meta(graph: NewsGraph): string {
  const { schemaVersion, extractorVersion, layoutSeed } = graph.getAttributes();
  const facts = [
    schemaVersion === undefined ? "" : `schema version ${schemaVersion}`,
    extractorVersion === undefined ? "" : `extractor ${extractorVersion}`,
    layoutSeed === undefined ? "" : `layout seed ${layoutSeed}`,
  ].filter(Boolean);
  const description = escapeText(cleanText(`Entities and relations extracted from news articles${facts.length ? ` (${facts.join(", ")})` : ""}`));
  return `<meta>\n    <creator>newsgraph</creator>\n    <keywords>knowledge graph, news</keywords>\n    <description>${description}</description>\n  </meta>`;
}

export function toGexf(graph: NewsGraph, options: GexfOptions = {}): string {
  const version = options.version ?? "1.3";
  let text = writeGexfText(graph, version).replace(/<meta>[\s\S]*?<\/meta>|<meta\/>/, meta(graph));
  if (version === "1.2") text = text.replace(BROKEN_VIZ_NAMESPACE, GEXF_12_VIZ_NAMESPACE);
  return text;
}

function writeGexfText(graph: NewsGraph, version: GexfVersion): string {
  return writeGexf(graph, {
    version,
    pretty: true,
    formatNode(key: string, attributes: NodeAttributes) {
      const node = flattenNode(key, attributes);
      const viz: Record<string, GexfValue> = {};
      if (node.color) viz.color = hexToRgb(node.color);
      if (node.size !== undefined) viz.size = node.size;
      if (node.x !== undefined) viz.x = node.x;
      if (node.y !== undefined) viz.y = node.y;
      return {
        label: node.label,
        attributes: scalars({
          type: node.type,
          aliases: join(node.aliases),
          mentions: node.mentions,
          docs: join(node.docs),
          degree: node.degree,
          // A float column even when every value happens to be whole (graphology-gexf infers the type from values).
          pagerank: node.pagerank,
          community: node.community,
        }),
        viz,
      };
    },
    formatEdge(key: string, attributes: EdgeAttributes) {
      const edge = flattenEdge(key, "", "", attributes);
      return {
        label: edge.label,
        weight: edge.weight,
        attributes: scalars({
          predicate: edge.predicate,
          category: edge.category,
          negated: edge.negated,
          hedged: edge.hedged,
          symmetric: edge.symmetric,
          attributedTo: join(edge.attributedTo),
          sources: edge.sources,
          confidence: edge.confidence,
          evidenceCount: edge.evidenceCount,
          evidenceDocs: join(edge.evidenceDocs),
          evidence: edge.evidence,
          firstSeen: edge.firstSeen,
          lastSeen: edge.lastSeen,
        }),
      };
    },
  });
}
