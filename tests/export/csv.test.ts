// CSV: read back by Python's csv module and checked against the header rules of `neo4j-admin database import`.
import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { readWithPython } from "./independent.js";

const graph = fixtureGraph();
const { nodes, edges } = toCsv(graph);
const read = readWithPython("csv", { "nodes.csv": nodes, "edges.csv": edges });

// neo4j-admin's header: `name:type` with the types it knows (arrays end in []), or the special :ID, :LABEL,
// :START_ID, :END_ID, :TYPE fields.
const NEO4J_FIELD = /^(?:[A-Za-z_][A-Za-z0-9_]*(?::(?:int|long|float|double|boolean|byte|short|char|string|date|datetime)(?:\[\])?|:ID)?|:LABEL|:START_ID|:END_ID|:TYPE)$/;

function column(table: { header: string[]; rows: string[][] }, name: string, rowKey: (row: string[]) => boolean): string {
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

  it("writes labels, typed values and ;-separated arrays", () => {
    const isPutin = (row: string[]) => row[0] === "vladimir-putin";
    expect(column(read.nodes, ":LABEL", isPutin)).toBe("Entity;Person");
    expect(column(read.nodes, "name", isPutin)).toBe("Vladimir Putin");
    expect(column(read.nodes, "aliases:string[]", isPutin)).toBe("Putin;Vladimir Putin");
    expect(column(read.nodes, "mentions:int", isPutin)).toBe("5");
    expect(column(read.nodes, "color", isPutin)).toBe("#1f77b4");
    // A ";" inside one alias would split it on import, so it is written as ",".
    expect(column(read.nodes, "aliases:string[]", (row) => row[0] === "o-brien")).toBe('O\'Brien "<b>";O\'Brien, the critic');
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
});
