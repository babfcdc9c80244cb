// A Cypher script for Neo4j (`cypher-shell -f graph.cypher`): idempotent MERGE statements in batches of UNWIND rows.
// Article text only ever appears inside string literals written with JSON escaping, which Cypher reads the same
// way, so no quote, backslash or comment marker in an article can end a literal; labels and relationship types,
// which Cypher cannot take as parameters, come from a fixed table or are sanitised to [A-Z0-9_].
import type { NewsGraph } from "../model/index.js";
import type { EdgeAttributes, EvidenceRecord } from "../types.js";
import { cleanText, flattenEdge, flatNodes, wellFormed } from "./flatten.js";
import { relationshipType, typeLabel } from "./names.js";

export interface CypherOptions {
  /** Rows per UNWIND statement (default 500): large enough to be fast, small enough for the server's memory. */
  batchSize?: number;
}

type CypherValue = string | number | boolean | CypherValue[] | { [key: string]: CypherValue | undefined };

/** A Cypher string literal: JSON's escapes (\" \\ \n \uXXXX ...) are all valid Cypher escapes. */
export function cypherString(value: string): string {
  return JSON.stringify(wellFormed(value));
}

function cypherNumber(value: number, float: boolean): string {
  if (!Number.isFinite(value)) return "0";
  // A float property stays a float in Neo4j even when the value is whole.
  return float && Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** Property names are fixed identifiers of ours, so they need no quoting; floats are marked by the caller. */
function literal(value: CypherValue, floats: ReadonlySet<string> = new Set(), name = ""): string {
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "number") return cypherNumber(value, floats.has(name));
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, floats, name)).join(", ")}]`;
  const fields = Object.entries(value)
    .filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0))
    .map(([key, item]) => `${key}: ${literal(item as CypherValue, floats, key)}`);
  return `{${fields.join(", ")}}`;
}

const FLOATS = new Set(["pagerank", "x", "y", "size", "confidence"]);

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function evidenceColumns(evidence: EvidenceRecord[]): Record<string, CypherValue> {
  // Neo4j properties cannot hold maps, so the evidence goes in as parallel lists (index i = one sentence).
  return {
    evidenceDocs: evidence.map((record) => cleanText(record.doc)),
    evidenceStarts: evidence.map((record) => record.start),
    evidenceEnds: evidence.map((record) => record.end),
    evidenceTexts: evidence.map((record) => wellFormed(String(record.text ?? ""))),
  };
}

export function toCypher(graph: NewsGraph, options: CypherOptions = {}): string {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const lines = [
    `// newsgraph: ${graph.order} entities and ${graph.size} relations. Run with: cypher-shell -f <this file>`,
    "CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
  ];
  const nodes = groupBy(flatNodes(graph), (node) => typeLabel(node.entityType));
  for (const [label, group] of nodes) {
    for (const batch of chunks(group, batchSize)) {
      const rows = batch.map((n) => {
        const props = {
          name: n.label,
          entityType: n.entityType,
          aliases: n.aliases,
          mentions: n.mentions,
          docs: n.docs,
          degree: n.degree,
          pagerank: n.pagerank,
          community: n.community,
          x: n.x,
          y: n.y,
          size: n.size,
          color: n.color,
        };
        return `  ${literal({ id: wellFormed(n.key), props }, FLOATS)}`;
      });
      lines.push(`UNWIND [\n${rows.join(",\n")}\n] AS row`, "MERGE (n:Entity {id: row.id})", "SET n += row.props, n:`" + label + "`;");
    }
  }
  const edges = graph.mapEdges((key, attributes: EdgeAttributes, source, target) => ({
    flat: flattenEdge(key, source, target, attributes),
    evidence: Array.isArray(attributes.evidence) ? attributes.evidence : [],
  }));
  const byType = groupBy(edges, ({ flat }) => relationshipType(flat.predicate, flat.negated));
  for (const [type, group] of byType) {
    for (const batch of chunks(group, batchSize)) {
      const rows = batch.map(({ flat: e, evidence }) => {
        const props = {
          predicate: e.predicate,
          label: e.label,
          category: e.category,
          negated: e.negated,
          hedged: e.hedged,
          symmetric: e.symmetric,
          attributedTo: e.attributedTo,
          weight: e.weight,
          sources: e.sources,
          confidence: e.confidence,
          firstSeen: e.firstSeen,
          lastSeen: e.lastSeen,
          ...evidenceColumns(evidence),
        };
        return `  ${literal({ source: wellFormed(e.source), target: wellFormed(e.target), key: wellFormed(e.key), props }, FLOATS)}`;
      });
      lines.push(
        `UNWIND [\n${rows.join(",\n")}\n] AS row`,
        "MATCH (a:Entity {id: row.source})",
        "MATCH (b:Entity {id: row.target})",
        "MERGE (a)-[r:`" + type + "` {key: row.key}]->(b)",
        "SET r += row.props;",
      );
    }
  }
  return lines.join("\n") + "\n";
}
