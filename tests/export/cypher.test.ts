// Cypher: checked by Neo4j's own Cypher parser (@neo4j-cypher/language-support): no diagnostics, the expected
// statements, and every string literal the lexer sees decodes to the graph's value: article text cannot escape.
import { highlightSyntax, lintCypherQuery, parseStatementsStrs } from "./cypher-parser.js";
import { describe, expect, it } from "vitest";
import { cypherString, toCypher } from "../../src/export/index.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";

const graph = fixtureGraph();
const script = toCypher(graph);
const tokens = highlightSyntax(script);
const strings = tokens.filter((t) => t.tokenType === "stringLiteral").map((t) => JSON.parse(t.token) as string);

describe("toCypher", () => {
  // The linter is slow, so it runs once.
  it("parses without any diagnostic (errors or warnings)", () => {
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
