// Cypher: checked by Neo4j's own Cypher parser (@neo4j-cypher/language-support): no diagnostics, the expected
// statements, and every string literal the lexer sees decodes to the graph's value: article text cannot escape.
import { highlightSyntax, lintCypherQuery, parseStatementsStrs } from "./cypher-parser.js";
import { describe, expect, it } from "vitest";
import { cypherString, toCypher } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { fieldsGraph, FUNDS, FUNDS_KEY, SUES, SUES_KEY, TRUST } from "./fields.js";
import { itExternal } from "./independent.js";

const graph = fixtureGraph();
const script = toCypher(graph);
const tokens = highlightSyntax(script);
const strings = tokens.filter((t) => t.tokenType === "stringLiteral").map((t) => JSON.parse(t.token) as string);

describe("toCypher", () => {
  // The linter is slow, so it runs once.
  itExternal("parses without any diagnostic (errors or warnings)", () => {
    expect(lintCypherQuery(script, {}).diagnostics).toEqual([]);
  });

  it("has a constraint, one statement per label and one per relationship type", () => {
    const statements = parseStatementsStrs(script).map((s) => s.trim()).filter(Boolean);
    // 1 constraint + 4 labels (GeopoliticalEntity, Organization, Person, Product) + 10 relationship types
    // (11 edges; the two "president of" edges share a type).
    expect(statements).toHaveLength(15);
    expect(statements[0]).toMatch(/^(\/\/.*\n)?CREATE CONSTRAINT newsgraph_entity_id/);
    // The lexer calls labels and relationship types both "label".
    const relTypes = tokens.filter((t) => t.tokenType === "label").map((t) => t.token);
    expect(relTypes).toEqual(expect.arrayContaining(["`SPEAKS_FOR`", "`NOT_ATTACKS`", "`PRESIDENT_OF`", "`Person`"]));
  });

  it("keeps article text inside string literals, exactly", () => {
    expect(strings).toContain(HOSTILE_TEXT);
    expect(strings).toContain('O\'Brien "<b>"');
    expect(strings).toContain("José Álvarez");
    // Every entity id and evidence sentence comes out of the lexer as one literal.
    for (const key of graph.nodes()) expect(strings).toContain(key);
  });

  it("escapes so that no input can end a literal", () => {
    for (const nasty of ['"}] AS row DETACH DELETE n //', "\\\"", "a\u2028b\u0000c", "`x`"]) {
      const literal = cypherString(nasty);
      const found = highlightSyntax(`RETURN ${literal} AS x;`).filter((t) => t.tokenType === "stringLiteral");
      expect(found).toHaveLength(1);
      expect(JSON.parse(found[0].token)).toBe(nasty);
    }
  });

  it("is deterministic", () => {
    expect(toCypher(fixtureGraph())).toBe(script);
  });

  it("batches rows", () => {
    const small = toCypher(graph, { batchSize: 2 });
    // Person has 5 nodes → 3 statements; the other labels 1 each; PRESIDENT_OF has 2 edges (1 batch), 10 types.
    expect(parseStatementsStrs(small).map((s) => s.trim()).filter(Boolean)).toHaveLength(1 + 3 + 1 + 1 + 1 + 10);
    const literals = highlightSyntax(small).filter((t) => t.tokenType === "stringLiteral").map((t) => JSON.parse(t.token));
    expect(literals.sort()).toEqual([...strings].sort());
  });
});

describe("toCypher, field by field", () => {
  interface Batch {
    /** The label a node batch sets, or the relationship type an edge batch merges. */
    name: string;
    rows: any[];
  }

  /** The script's UNWIND batches, each row read as JSON: its keys quoted, its literals already JSON's. */
  function batches(script: string): Batch[] {
    const out: Batch[] = [];
    for (const line of script.split("\n")) {
      if (line === "UNWIND [") out.push({ name: "", rows: [] });
      else if (line.startsWith("  {")) {
        const json = line.trim().replace(/,$/, "").replace(/"(?:[^"\\]|\\.)*"|([A-Za-z_][A-Za-z0-9_]*)(?=: )/g, (m, key) => (key ? `"${key}"` : m));
        out.at(-1)!.rows.push(JSON.parse(json));
      } else {
        const name = /^SET n \+= row\.props, n:`(\w+)`;$/.exec(line) ?? /^MERGE \(a\)-\[r:`(\w+)` \{key: row\.key\}\]->\(b\)$/.exec(line);
        if (name) out.at(-1)!.name = name[1];
      }
    }
    return out;
  }

  it("writes every property of a node, under its type's label", () => {
    const found = batches(toCypher(fieldsGraph()));
    const person = found.find((b) => b.name === "Person")!;
    expect(person.rows.find((row) => row.id === "ines-brandt")).toEqual({
      id: "ines-brandt",
      props: {
        name: "Ines Brandt",
        entityType: "PERSON",
        aliases: ["Brandt", "Ines Brandt"],
        mentions: 7,
        docs: ["d1", "d2"],
        degree: 3,
        pagerank: 0.125,
        community: 4,
        x: 12.5,
        y: -3.75,
        size: 6.5,
        color: "#1a2b3c",
      },
    });
    expect(found.map((b) => b.name)).toEqual(["Organization", "Person", "FUNDS", "NOT_SUES"]);
    expect(found.find((b) => b.name === "Organization")!.rows.map((row) => row.id)).toEqual(["harbour-trust", "lakeside-council"]);
  });

  it("writes every property of a relationship, its evidence as parallel lists, nothing for what it lacks", () => {
    const found = batches(toCypher(fieldsGraph()));
    expect(found.find((b) => b.name === "FUNDS")!.rows).toEqual([
      {
        source: "ines-brandt",
        target: "harbour-trust",
        key: FUNDS_KEY,
        props: {
          predicate: "funds",
          label: "funds",
          category: "support",
          negated: false,
          hedged: true,
          symmetric: false,
          attributedTo: ["tomas-weir"],
          weight: 5,
          sources: 2,
          confidence: 0.65,
          firstSeen: "2025-01-02",
          lastSeen: "2025-02-03",
          evidenceDocs: ["d1", "d1", "d2"],
          evidenceStarts: [10, 300, 4],
          evidenceEnds: [52, 340, 40],
          evidenceTexts: FUNDS.evidence.map((e) => e.text),
        },
      },
    ]);
    const denied = found.find((b) => b.name === "NOT_SUES")!.rows[0];
    expect(Object.keys(denied.props)).not.toContain("attributedTo");
    expect(Object.keys(denied.props)).not.toContain("firstSeen");
    expect(denied.props).toMatchObject({ negated: true, symmetric: true, hedged: false, weight: 1 });
  });

  it("writes an evidence sentence's offsets that are no numbers as 0, and a missing text as empty", () => {
    const graph = fieldsGraph();
    graph.setEdgeAttribute(SUES_KEY, "evidence", [{ doc: "d1", start: Number.NaN, end: 40 } as never]);
    const row = batches(toCypher(graph)).find((b) => b.name === "NOT_SUES")!.rows[0];
    expect([row.props.evidenceStarts, row.props.evidenceEnds, row.props.evidenceTexts]).toEqual([[0], [40], [""]]);
  });

  it("writes labels and relationship types in code-point order, whatever order the graph holds them in", () => {
    const graph = fieldsGraph();
    graph.clear();
    // Shuffled: neither in order nor in reverse order, which a broken comparison could still leave sorted.
    for (const [key, type] of [["q", "PERSON"], ["e", "EVENT"], ["p", "PRODUCT"], ["g", "GPE"], ["o", "ORG"]] as const) {
      graph.addNode(key, { ...TRUST, entityType: type });
    }
    for (const predicate of ["sues", "aids", "warns", "backs", "funds"]) graph.addDirectedEdgeWithKey(predicate, "p", "q", { ...SUES, predicate, negated: false });
    expect(batches(toCypher(graph)).map((b) => b.name)).toEqual([
      "Event",
      "GeopoliticalEntity",
      "Organization",
      "Person",
      "Product",
      "AIDS",
      "BACKS",
      "FUNDS",
      "SUES",
      "WARNS",
    ]);
  });

  it("keeps float properties floats when they are whole, and writes what is no number as 0", () => {
    const graph = fieldsGraph();
    graph.setNodeAttribute("harbour-trust", "pagerank", Number.NaN);
    const script = toCypher(graph);
    const trust = script.split("\n").find((line) => line.startsWith('  {id: "harbour-trust"'))!;
    // x -8, size 3 and confidence are floats in Neo4j; mentions and degree are integers.
    expect(trust).toContain("x: -8.0, y: 9.25, size: 3.0");
    expect(trust).toContain("mentions: 2, docs: [");
    expect(trust).toContain("pagerank: 0.0");
    expect(script).toContain("weight: 1, sources: 1, confidence: 0.3");
  });

  it("counts entities and relations in its first line, and puts every row in a batch of at most the size asked", () => {
    const graph = fieldsGraph();
    const script = toCypher(graph, { batchSize: 1 });
    expect(script.split("\n")[0]).toBe("// newsgraph: 4 entities and 2 relations. Run with: cypher-shell -f <this file>");
    expect(batches(script).map((b) => [b.name, b.rows.length])).toEqual([
      ["Organization", 1],
      ["Organization", 1],
      ["Person", 1],
      ["Person", 1],
      ["FUNDS", 1],
      ["NOT_SUES", 1],
    ]);
    // A size below 1 is taken as 1.
    expect(toCypher(graph, { batchSize: 0 })).toBe(script);
  });
});
