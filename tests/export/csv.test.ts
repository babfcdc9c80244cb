// CSV: read back by a CSV parser and checked against the header rules of `neo4j-admin database import`; Python's csv
// module reads the same table.
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_ARRAY_DELIMITER, EDGE_CSV_HEADER, neo4jDateTime, NODE_CSV_HEADER, toCsv } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { fieldsGraph, FUNDS, FUNDS_KEY, SUES_KEY } from "./fields.js";
import { itExternal, readWithPython } from "./independent.js";

interface Table {
  header: string[];
  rows: string[][];
}

/** The two files as csv-parse reads them, in the shape the Python reader gives (header, then rows). */
function readTables(files: { nodes: string; edges: string }): { nodes: Table; edges: Table } {
  const table = (text: string): Table => {
    const [header, ...rows] = parseCsv(text) as string[][];
    return { header, rows };
  };
  return { nodes: table(files.nodes), edges: table(files.edges) };
}

const graph = fixtureGraph();
const { nodes, edges } = toCsv(graph);
const read = readTables({ nodes, edges });

// neo4j-admin's header: `name:type` with the types it knows (arrays end in []), or the special :ID, :LABEL,
// :START_ID, :END_ID, :TYPE fields.
const NEO4J_FIELD = /^(?:[A-Za-z_][A-Za-z0-9_]*(?::(?:int|long|float|double|boolean|byte|short|char|string|date|datetime)(?:\[\])?|:ID)?|:LABEL|:START_ID|:END_ID|:TYPE)$/;

function column(table: Table, name: string, rowKey: (row: string[]) => boolean): string {
  const row = table.rows.find(rowKey)!;
  return row[table.header.indexOf(name)];
}

describe("toCsv", () => {
  it("writes headers neo4j-admin accepts", () => {
    for (const field of [...read.nodes.header, ...read.edges.header]) expect(field).toMatch(NEO4J_FIELD);
    expect(read.nodes.header.filter((f: string) => f.endsWith(":ID"))).toEqual(["id:ID"]);
    expect(read.nodes.header).toContain(":LABEL");
    expect(read.edges.header.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
  });

  it("has one row per node and per edge, every edge end a known node id", () => {
    expect(read.nodes.rows).toHaveLength(graph.order);
    expect(read.edges.rows).toHaveLength(graph.size);
    const ids = new Set(read.nodes.rows.map((row: string[]) => row[0]));
    for (const row of read.edges.rows) {
      expect(ids.has(row[0])).toBe(true);
      expect(ids.has(row[1])).toBe(true);
      expect(row[2]).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it("writes labels, typed values and arrays joined with U+001F, which no value holds", () => {
    const d = CSV_ARRAY_DELIMITER;
    expect(d).toBe("\u001f");
    const isPutin = (row: string[]) => row[0] === "vladimir-putin";
    expect(column(read.nodes, ":LABEL", isPutin)).toBe(`Entity${d}Person`);
    expect(column(read.nodes, "name", isPutin)).toBe("Vladimir Putin");
    expect(column(read.nodes, "entityType", isPutin)).toBe("PERSON");
    expect(column(read.nodes, "aliases:string[]", isPutin)).toBe(`Putin${d}Vladimir Putin`);
    expect(column(read.nodes, "mentions:int", isPutin)).toBe("5");
    expect(column(read.nodes, "color", isPutin)).toBe("#1f77b4");
    // An alias holding ";" (Neo4j's default delimiter) stays one item.
    const withSemicolon = fixtureGraph();
    withSemicolon.setNodeAttribute("o-brien", "aliases", ["O'Brien; the critic", "OB"]);
    const row = toCsv(withSemicolon).nodes.split("\n").find((line) => line.startsWith("o-brien,"))!;
    expect(row).toContain(`O'Brien; the critic${d}OB`);
    // Control characters (the delimiter among them) are removed from values, so none can split an item.
    withSemicolon.setNodeAttribute("o-brien", "aliases", [`a${d}b`]);
    expect(toCsv(withSemicolon).nodes).toContain(",ab,");
  });

  it("types dates as :datetime, which Neo4j parses (a date alone is midnight UTC), leaving out what is no date", () => {
    expect(read.edges.header).toContain("firstSeen:datetime");
    expect(neo4jDateTime("2024-05-01")).toBe("2024-05-01T00:00:00Z");
    expect(neo4jDateTime("2024-05-01T09:30:00+02:00")).toBe("2024-05-01T09:30:00+02:00");
    expect(neo4jDateTime("2024-02-30")).toBeUndefined();
    expect(neo4jDateTime("yesterday")).toBeUndefined();
    const dated = fixtureGraph();
    dated.mergeEdgeAttributes("nato -[aids]-> ukraine", { firstSeen: "2024-05-01", lastSeen: "not a date" });
    const row = readTables({ nodes, edges: toCsv(dated).edges }).edges.rows.find((r) => r[3] === "nato -[aids]-> ukraine");
    expect(row?.slice(-2)).toEqual(["2024-05-01T00:00:00Z", ""]);
  });

  it("gives denied relations their own type and keeps the evidence sentence whole", () => {
    const denied = (row: string[]) => row[3] === "russia -[not attacks]-> nato";
    expect(column(read.edges, ":TYPE", denied)).toBe("NOT_ATTACKS");
    expect(column(read.edges, "negated:boolean", denied)).toBe("true");
    expect(column(read.edges, "attributedTo:string[]", denied)).toBe("vladimir-putin");
    const speaks = (row: string[]) => row[3] === "dmitry-peskov -[speaks for]-> kremlin";
    expect(column(read.edges, ":TYPE", speaks)).toBe("SPEAKS_FOR");
    expect(column(read.edges, "weight:int", speaks)).toBe("2");
    const hostile = column(read.edges, "evidence", (row) => row[3] === "o-brien -[criticizes]-> kremlin");
    expect(hostile).toBe(HOSTILE_TEXT.replace("\u0001", "").replace("\n", " "));
  });

  it("is deterministic", () => {
    expect(toCsv(fixtureGraph())).toEqual({ nodes, edges });
  });

  itExternal("is read by Python's csv module as the same table", () => {
    expect(readWithPython("csv", { "nodes.csv": nodes, "edges.csv": edges })).toEqual(read);
  });
});

describe("toCsv, field by field", () => {
  /** The rows of a file as objects keyed by the header's fields. */
  const records = (text: string) => parseCsv(text, { columns: true }) as Record<string, string>[];
  const d = CSV_ARRAY_DELIMITER;

  it("writes every column of a node in the header's order", () => {
    const { nodes } = toCsv(fieldsGraph());
    expect(nodes.split("\n")[0]).toBe(NODE_CSV_HEADER.join(","));
    expect(records(nodes).find((row) => row["id:ID"] === "ines-brandt")).toEqual({
      "id:ID": "ines-brandt",
      ":LABEL": `Entity${d}Person`,
      name: "Ines Brandt",
      entityType: "PERSON",
      "aliases:string[]": `Brandt${d}Ines Brandt`,
      "mentions:int": "7",
      "docs:string[]": `d1${d}d2`,
      "degree:int": "3",
      "pagerank:double": "0.125",
      "community:int": "4",
      "x:double": "12.5",
      "y:double": "-3.75",
      "size:double": "6.5",
      color: "#1a2b3c",
    });
    expect(records(nodes).find((row) => row["id:ID"] === "harbour-trust")![":LABEL"]).toBe(`Entity${d}Organization`);
  });

  it("writes every column of an edge in the header's order, empty cells for what it lacks", () => {
    const { edges } = toCsv(fieldsGraph());
    expect(edges.split("\n")[0]).toBe(EDGE_CSV_HEADER.join(","));
    const rows = records(edges);
    expect(rows.find((row) => row.key === FUNDS_KEY)).toEqual({
      ":START_ID": "ines-brandt",
      ":END_ID": "harbour-trust",
      ":TYPE": "FUNDS",
      key: FUNDS_KEY,
      predicate: "funds",
      label: "funds",
      category: "support",
      "negated:boolean": "false",
      "hedged:boolean": "true",
      "symmetric:boolean": "false",
      "attributedTo:string[]": "tomas-weir",
      "weight:int": "5",
      "sources:int": "2",
      "confidence:double": "0.65",
      "evidenceCount:int": "3",
      "evidenceDocs:string[]": `d1${d}d2`,
      evidence: FUNDS.evidence[0].text,
      "firstSeen:datetime": "2025-01-02T00:00:00Z",
      "lastSeen:datetime": "2025-02-03T00:00:00Z",
    });
    expect(rows.find((row) => row.key === SUES_KEY)).toMatchObject({
      ":TYPE": "NOT_SUES",
      "negated:boolean": "true",
      "symmetric:boolean": "true",
      "attributedTo:string[]": "",
      "firstSeen:datetime": "",
      "lastSeen:datetime": "",
    });
    // Unix line ends, and a final one.
    expect(edges).not.toContain("\r");
    expect(edges.endsWith("\n")).toBe(true);
  });

  it("reads as :datetime only what Neo4j reads: dates, and date-times with or without seconds, fractions, zones", () => {
    for (const good of ["2025-01-02T08:15Z", "2025-01-02T08:15:30", "2025-01-02T08:15:30.123456789+01:00", "2025-01-02T08:15:30-05:00"]) {
      expect(neo4jDateTime(good), good).toBe(good);
    }
    for (const bad of ["2025-01-02T08", "2025-01-02T08:15:30.1234567890Z", "2025-01-02T08:15:30+0100", "2025-01-02T08:15:30Zjunk", "x2025-01-02", "2025-01-02 08:15", "2025-01-02T2025-01-02"]) {
      expect(neo4jDateTime(bad), bad).toBeUndefined();
    }
    expect(neo4jDateTime(undefined)).toBeUndefined();
  });
});
