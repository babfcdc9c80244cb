// Exports of the graph for the tools people work in: Gephi (GEXF), yEd/Cytoscape/NetworkX (GraphML), Neo4j and
// spreadsheets (CSV, Cypher), RDF tools (Turtle). Every format is deterministic: the same graph gives the same bytes.
import { NewsgraphError } from "../errors.js";
import type { NewsGraph } from "../model/index.js";
import { toCsv, type CsvExport } from "./csv.js";
import { toCypher } from "./cypher.js";
import { toGexf, type GexfVersion } from "./gexf.js";
import { toGraphml } from "./graphml.js";
import { toTurtle } from "./turtle.js";

export { toGexf, hexToRgb, edgeKind, gexfList } from "./gexf.js";
export type { GexfOptions, GexfVersion } from "./gexf.js";
export { toGraphml, nmtoken } from "./graphml.js";
export type { GraphmlOptions } from "./graphml.js";
export { toCsv, NODE_CSV_HEADER, EDGE_CSV_HEADER, CSV_ARRAY_DELIMITER, neo4jDateTime } from "./csv.js";
export type { CsvExport } from "./csv.js";
export { toCypher, cypherString } from "./cypher.js";
export type { CypherOptions } from "./cypher.js";
export { toTurtle, validateBaseIri, DEFAULT_BASE_IRI } from "./turtle.js";
export type { TurtleOptions } from "./turtle.js";
export { TYPE_LABELS, SCHEMA_ORG_TYPES, relationshipType, iriSlug } from "./names.js";
export { flattenNode, flattenEdge, cleanText, isoDay, LIST_SEPARATOR } from "./flatten.js";
export type { FlatNode, FlatEdge } from "./flatten.js";

export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "cypher", "ttl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  gexfVersion?: GexfVersion;
  base?: string;
  /** GraphML: add yFiles graphics for yEd. */
  yfiles?: boolean;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** One text per format; CSV gives two files, so it returns both. */
export function exportGraph(graph: NewsGraph, format: "csv", options?: ExportOptions): CsvExport;
export function exportGraph(graph: NewsGraph, format: Exclude<ExportFormat, "csv">, options?: ExportOptions): string;
export function exportGraph(graph: NewsGraph, format: ExportFormat, options?: ExportOptions): string | CsvExport;
export function exportGraph(graph: NewsGraph, format: ExportFormat, options: ExportOptions = {}): string | CsvExport {
  switch (format) {
    case "gexf":
      return toGexf(graph, { version: options.gexfVersion });
    case "graphml":
      return toGraphml(graph, { yfiles: options.yfiles });
    case "csv":
      return toCsv(graph);
    case "cypher":
      return toCypher(graph);
    case "ttl":
      return toTurtle(graph, { base: options.base });
    default:
      throw new NewsgraphError("invalid-argument", `export: unknown format "${String(format)}"; use one of ${EXPORT_FORMATS.join(", ")}`);
  }
}
