// Neo4j's own Cypher parser (@neo4j-cypher/language-support) for the tests. Pinned to 2.0.0-next.20, the last
// release that installs on Node 20 without an engine warning (later ones want Node 22.15 or 24). That release's
// ES module build does not load in Node, so it is required as CommonJS, and its highlighter has its older name.
import { createRequire } from "node:module";

export interface CypherToken {
  tokenType: string;
  token: string;
}

const cypher = createRequire(import.meta.url)("@neo4j-cypher/language-support") as {
  applySyntaxColouring(query: string): CypherToken[];
  lintCypherQuery(query: string, schema: object): unknown[];
  parseStatementsStrs(query: string): string[];
};

/** The lexer's tokens of a script, with their types ("stringLiteral", "keyword"...). */
export function highlightSyntax(query: string): CypherToken[] {
  return cypher.applySyntaxColouring(query);
}

/** Syntax and semantic diagnostics of a script against an empty database schema. */
export function lintCypherQuery(query: string, schema: object): { diagnostics: unknown[] } {
  return { diagnostics: cypher.lintCypherQuery(query, schema) };
}

/** The script split into statements. */
export function parseStatementsStrs(query: string): string[] {
  return cypher.parseStatementsStrs(query);
}
