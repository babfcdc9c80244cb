// A small hand-made graph for the query and export tests: every answer can be checked by reading this file.
// Doc "c" is hostile on purpose (markup, quotes, a Cypher injection attempt, control characters, a newline).
import { createNewsGraph, type NewsGraph } from "../../src/model/index.js";
import type { EdgeAttributes, EntityType, EvidenceRecord, NodeAttributes, RelationCategory } from "../../src/types.js";

export const HOSTILE_TEXT = "O'Brien said \"<script>alert(1)</script>\" ]]> & '}) DETACH DELETE n //\\ \u0001end\nnext line.";

function node(label: string, type: EntityType, aliases: string[], mentions: number, docs: string[], i: number): NodeAttributes {
  return {
    label,
    entityType: type,
    aliases: [...new Set([label, ...aliases])].sort(),
    mentions,
    docs,
    degree: 0,
    pagerank: 0.1 + i / 100,
    community: i % 3,
    x: i * 10.5,
    y: -i * 3.25,
    size: 4 + i,
    color: "#1f77b4",
  };
}

function evidence(doc: string, start: number, text: string): EvidenceRecord {
  return { doc, start, end: start + text.length, text };
}

interface EdgeSpec {
  category: RelationCategory;
  negated?: boolean;
  hedged?: boolean;
  symmetric?: boolean;
  attributedTo?: string[];
  confidence?: number;
  evidence: EvidenceRecord[];
}

function edge(graph: NewsGraph, source: string, predicate: string, target: string, spec: EdgeSpec): void {
  const key = `${source} -[${spec.negated ? "not " : ""}${predicate}]-> ${target}`;
  const docs = new Set(spec.evidence.map((record) => record.doc));
  const attributes: EdgeAttributes = {
    predicate,
    label: spec.negated ? `not ${predicate}` : predicate,
    category: spec.category,
    negated: spec.negated ?? false,
    hedged: spec.hedged ?? false,
    symmetric: spec.symmetric ?? false,
    attributedTo: spec.attributedTo ?? [],
    weight: spec.evidence.length,
    sources: docs.size,
    confidence: spec.confidence ?? 0.8,
    evidence: spec.evidence,
  };
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
}

export function fixtureGraph(): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({
    schemaVersion: 2,
    extractorVersion: "test",
    layoutSeed: 42,
    documents: [
      { id: "a", title: "Kremlin warns", date: "2024-05-01", url: "https://example.com/a", hash: "aa" },
      { id: "b", title: "Aid to Kiev", date: "2024-05-02", hash: "bb" },
      { id: "c", title: "Hostile <b>title</b>", hash: "cc" },
    ],
    merges: [],
  });
  const nodes: [string, string, EntityType, string[], number, string[]][] = [
    ["dmitry-peskov", "Dmitry Peskov", "PERSON", ["Peskov"], 3, ["a"]],
    ["f-16", "F-16", "PRODUCT", ["F-16s"], 2, ["a"]],
    ["jose-alvarez", "José Álvarez", "PERSON", [], 1, ["b"]],
    ["kremlin", "Kremlin", "ORG", [], 4, ["a", "c"]],
    ["nato", "NATO", "ORG", ["North Atlantic Treaty Organization"], 3, ["a", "b"]],
    ["o-brien", "O'Brien \"<b>\"", "PERSON", ["O'Brien; the critic"], 1, ["c"]],
    ["russia", "Russia", "GPE", ["Moscow", "Russian"], 6, ["a", "b"]],
    ["ukraine", "Ukraine", "GPE", ["Kiev", "Kyiv"], 5, ["a", "b"]],
    ["vladimir-putin", "Vladimir Putin", "PERSON", ["Putin"], 5, ["a", "b"]],
    ["volodymyr-zelenskyy", "Volodymyr Zelenskyy", "PERSON", ["Zelenskyy"], 2, ["b"]],
  ];
  nodes.forEach(([key, label, type, aliases, mentions, docs], i) => graph.addNode(key, node(label, type, aliases, mentions, docs, i)));

  edge(graph, "dmitry-peskov", "speaks for", "kremlin", {
    category: "role",
    confidence: 0.9,
    evidence: [evidence("a", 0, "Kremlin spokesman Dmitry Peskov said talks had stalled."), evidence("a", 120, "Peskov, speaking for the Kremlin, declined to comment.")],
  });
  edge(graph, "kremlin", "based in", "russia", { category: "location", evidence: [evidence("a", 300, "The Kremlin in Moscow issued a statement.")] });
  edge(graph, "o-brien", "criticizes", "kremlin", { category: "conflict", confidence: 0.5, evidence: [evidence("c", 0, HOSTILE_TEXT)] });
  edge(graph, "nato", "aids", "ukraine", {
    category: "support",
    evidence: [evidence("a", 500, "NATO delivered radar parts to Kiev in the spring."), evidence("b", 10, "NATO sent more aid to Kyiv.")],
  });
  edge(graph, "russia", "attacks", "ukraine", { category: "conflict", confidence: 0.7, evidence: [evidence("b", 200, "Russia attacked Ukraine in 2022.")] });
  edge(graph, "russia", "threatens", "ukraine", { category: "conflict", evidence: [evidence("a", 800, "Moscow threatened Kyiv with new strikes.")] });
  edge(graph, "russia", "attacks", "nato", {
    category: "conflict",
    negated: true,
    attributedTo: ["vladimir-putin"],
    evidence: [evidence("a", 700, "Putin denied plans to attack NATO.")],
  });
  edge(graph, "vladimir-putin", "president of", "russia", { category: "role", confidence: 0.95, evidence: [evidence("a", 40, "Russian President Vladimir Putin spoke on Tuesday.")] });
  edge(graph, "vladimir-putin", "warns about", "f-16", { category: "statement", evidence: [evidence("a", 900, "He told reporters that any F-16s sent there would be targets.")] });
  edge(graph, "vladimir-putin", "meets", "volodymyr-zelenskyy", {
    category: "cooperation",
    hedged: true,
    symmetric: true,
    confidence: 0.4,
    evidence: [evidence("b", 400, "Putin may meet Zelenskyy next month.")],
  });
  edge(graph, "volodymyr-zelenskyy", "president of", "ukraine", { category: "role", evidence: [evidence("b", 0, "Ukrainian President Volodymyr Zelenskyy thanked NATO.")] });
  graph.forEachNode((key) => graph.setNodeAttribute(key, "degree", graph.degree(key)));
  return graph;
}
