// nodes.csv + edges.csv in the header format of `neo4j-admin database import full` (id:ID, :LABEL, :START_ID,
// :END_ID, :TYPE, typed columns: `:int`, `:double`, `:boolean`, `:datetime`, `:string[]`), which spreadsheets also
// open. Array items are joined with U+001F (the ASCII unit separator): cleanText removes every control character
// from our values, so the delimiter cannot occur inside an item and no list is ever split or merged on import.
// Import with (README): neo4j-admin database import full --array-delimiter="U+001F" --nodes=nodes.csv
//   --relationships=edges.csv neo4j
import { stringify } from "csv-stringify/sync";
import type { NewsGraph } from "../model/index.js";
import { flatEdges, flatNodes, isoDay } from "./flatten.js";
import { relationshipType, typeLabel } from "./names.js";

/** The array delimiter of the CSV export (`--array-delimiter="U+001F"` for neo4j-admin). */
export const CSV_ARRAY_DELIMITER = "\u001f";

function array(items: string[]): string {
  return items.join(CSV_ARRAY_DELIMITER);
}

/** An ISO 8601 date or date-time as Neo4j's `:datetime` reads it (a date alone is midnight UTC), or undefined for
 *  anything else: one unreadable value would stop the whole import. */
export function neo4jDateTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (isoDay(value) === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?$/.test(value) ? value : undefined;
}

export interface CsvExport {
  nodes: string;
  edges: string;
}

export const NODE_CSV_HEADER = [
  "id:ID",
  ":LABEL",
  "name",
  "entityType",
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
  "firstSeen:datetime",
  "lastSeen:datetime",
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
    array(["Entity", typeLabel(n.entityType)]),
    n.label,
    n.entityType,
    array(n.aliases),
    n.mentions,
    array(n.docs),
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
    array(e.attributedTo),
    e.weight,
    e.sources,
    e.confidence,
    e.evidenceCount,
    array(e.evidenceDocs),
    e.evidence,
    neo4jDateTime(e.firstSeen),
    neo4jDateTime(e.lastSeen),
  ]);
  return { nodes: csv(NODE_CSV_HEADER, nodes), edges: csv(EDGE_CSV_HEADER, edges) };
}
