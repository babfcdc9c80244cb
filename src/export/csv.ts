// nodes.csv + edges.csv in the header format of `neo4j-admin database import full` (id:ID, :LABEL, :START_ID,
// :END_ID, :TYPE, typed columns, lists joined with ";"), which spreadsheets also open as they are.
import { stringify } from "csv-stringify/sync";
import type { NewsGraph } from "../model/index.js";
import { flatEdges, flatNodes, LIST_SEPARATOR } from "./flatten.js";
import { relationshipType, typeLabel } from "./names.js";

export interface CsvExport {
  nodes: string;
  edges: string;
}

export const NODE_CSV_HEADER = [
  "id:ID",
  ":LABEL",
  "name",
  "type",
  "aliases:string[]",
  "mentions:int",
  "docs:string[]",
  "degree:int",
  "pagerank:double",
  "community:int",
  "x:double",
  "y:double",
  "size:double",
  "color",
];

export const EDGE_CSV_HEADER = [
  ":START_ID",
  ":END_ID",
  ":TYPE",
  "key",
  "predicate",
  "label",
  "category",
  "negated:boolean",
  "hedged:boolean",
  "symmetric:boolean",
  "attributedTo:string[]",
  "weight:int",
  "sources:int",
  "confidence:double",
  "evidenceCount:int",
  "evidenceDocs:string[]",
  "evidence",
  "firstSeen",
  "lastSeen",
];

type Cell = string | number | boolean | undefined;

function csv(header: string[], rows: Cell[][]): string {
  // Empty cells stay empty (neo4j-admin then sets no property); booleans as true/false.
  return stringify([header, ...rows.map((row) => row.map((cell) => (cell === undefined ? "" : String(cell))))], {
    eof: true,
    record_delimiter: "unix",
  });
}

export function toCsv(graph: NewsGraph): CsvExport {
  const nodes = flatNodes(graph).map((n): Cell[] => [
    n.key,
    `Entity${LIST_SEPARATOR}${typeLabel(n.type)}`,
    n.label,
    n.type,
    n.aliases.join(LIST_SEPARATOR),
    n.mentions,
    n.docs.join(LIST_SEPARATOR),
    n.degree,
    n.pagerank,
    n.community,
    n.x,
    n.y,
    n.size,
    n.color,
  ]);
  const edges = flatEdges(graph).map((e): Cell[] => [
    e.source,
    e.target,
    relationshipType(e.predicate, e.negated),
    e.key,
    e.predicate,
    e.label,
    e.category,
    e.negated,
    e.hedged,
    e.symmetric,
    e.attributedTo.join(LIST_SEPARATOR),
    e.weight,
    e.sources,
    e.confidence,
    e.evidenceCount,
    e.evidenceDocs.join(LIST_SEPARATOR),
    e.evidence,
    e.firstSeen,
    e.lastSeen,
  ]);
  return { nodes: csv(NODE_CSV_HEADER, nodes), edges: csv(EDGE_CSV_HEADER, edges) };
}
