// The graph builder on hand-made extractions: cross-document merging, edges keyed by polarity, evidence,
// alias rules, determinism, and incremental add/remove equal to a full rebuild.
import { beforeEach, describe, expect, it } from "vitest";
import { parseGraph, serializeGraph, TYPE_COLORS, type NewsGraph } from "../../src/model/index.js";
import { addExtractions, buildGraph, createGraphBuilder, graphBuilderFrom, removeDocuments } from "../../src/build/index.js";
import type { EntityIndex } from "../../src/entities/index.js";
import type { Entity, Extraction } from "../../src/types.js";
import { entity, extraction, idIndex, relation, withoutLayout } from "./fixtures.js";

// Three small articles about the same people and places.
const a = extraction(
  "a",
  [entity("kremlin", "Kremlin", "ORG", 2), entity("dmitry-peskov", "Dmitry Peskov", "PERSON", 2, ["Peskov"]), entity("ukraine", "Ukraine", "GPE")],
  [
    relation("a", "dmitry-peskov", "speaks for", "kremlin", { category: "role", confidence: 0.9 }),
    relation("a", "kremlin", "attacks", "ukraine", { start: 40, category: "conflict" }),
  ],
  "2024-03-01",
);
const b = extraction(
  "b",
  [entity("kremlin", "the Kremlin", "ORG"), entity("dmitry-peskov", "Dmitry Peskov", "PERSON"), entity("ukraine", "Ukraine", "GPE", 3)],
  [
    relation("b", "dmitry-peskov", "speaks for", "kremlin", { category: "role", confidence: 0.7 }),
    relation("b", "kremlin", "attacks", "ukraine", { start: 30, negated: true, category: "conflict", attributedTo: "dmitry-peskov" }),
  ],
  "2024-01-15",
);
const c = extraction(
  "c",
  [entity("nato", "NATO", "ORG"), entity("ukraine", "Ukraine", "LOC"), entity("russia", "Russia", "GPE")],
  [
    relation("c", "nato", "aids", "ukraine", { category: "support", hedged: true }),
    relation("c", "ukraine", "meets", "nato", { start: 20, symmetric: true, category: "cooperation" }),
    relation("c", "nato", "meets", "ukraine", { start: 50, symmetric: true, category: "cooperation" }),
  ],
);

const bytes = (extractions: Extraction[], options = {}) => serializeGraph(buildGraph(extractions, options));

describe("buildGraph: entities across articles", () => {
  // Built before each test, not once for the describe block: code run while a test runs is what Stryker's
  // per-test coverage sees, so mutants in the builder are run against these tests.
  let graph: NewsGraph;
  beforeEach(() => void (graph = buildGraph([a, b, c])));

  it("merges the same entity of two articles into one node with both articles", () => {
    expect(graph.hasNode("kremlin")).toBe(true);
    const kremlin = graph.getNodeAttributes("kremlin");
    expect(kremlin.docs).toEqual(["a", "b"]);
    expect(kremlin.mentions).toBe(3);
    expect(kremlin.aliases).toEqual(["Kremlin", "the Kremlin"]);
    expect(kremlin.occurrences?.map((o) => `${o.doc}:${o.entity}:${o.mentions}`)).toEqual(["a:kremlin:2", "b:kremlin:1"]);
  });

  it("takes the type most articles give and the label most articles use", () => {
    expect(graph.getNodeAttribute("ukraine", "entityType")).toBe("GPE"); // GPE in a and b, LOC in c
    expect(graph.getNodeAttribute("dmitry-peskov", "label")).toBe("Dmitry Peskov");
    // a tie of one article each: the fuller name wins, a leading "the" not counting
    expect(graph.getNodeAttribute("kremlin", "label")).toBe("Kremlin");
    const tie = buildGraph([extraction("x", [entity("eu", "EU", "ORG")]), extraction("y", [entity("eu", "E.U.", "ORG")])], { createIndex: idIndex });
    expect(tie.getNodeAttribute("eu", "label")).toBe("E.U.");
  });

  it("breaks a type tie by mentions, then by the more specific type", () => {
    // With a linker that links by id alone (the extractor's refuses some type pairs).
    const options = { createIndex: idIndex };
    const byMentions = buildGraph([extraction("x", [entity("e", "E", "LOC", 1)]), extraction("y", [entity("e", "E", "GPE", 3)])], options);
    expect(byMentions.getNodeAttribute("e", "entityType")).toBe("GPE");
    const byOrder = buildGraph([extraction("x", [entity("e", "E", "OTHER")]), extraction("y", [entity("e", "E", "ORG")])], options);
    expect(byOrder.getNodeAttribute("e", "entityType")).toBe("ORG");
  });

  it("colours nodes by type from the shared palette and sizes them by degree", () => {
    expect(graph.getNodeAttribute("dmitry-peskov", "color")).toBe(TYPE_COLORS.PERSON);
    expect(graph.getNodeAttribute("nato", "color")).toBe(TYPE_COLORS.ORG);
    // kremlin: speaks for (in), attacks (out), not attacks (out)
    expect(graph.getNodeAttribute("kremlin", "degree")).toBe(3);
    expect(graph.getNodeAttribute("russia", "degree")).toBe(0);
    expect(graph.getNodeAttribute("kremlin", "size")).toBeGreaterThan(graph.getNodeAttribute("russia", "size"));
  });

  it("computes pagerank, communities and a finite layout", () => {
    let total = 0;
    const positions = new Set<string>();
    graph.forEachNode((_n, attributes) => {
      total += attributes.pagerank;
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
      expect(Number.isInteger(attributes.community)).toBe(true);
      positions.add(`${attributes.x},${attributes.y}`);
    });
    expect(total).toBeCloseTo(1, 3);
    expect(positions.size).toBe(graph.order);
    // Peskov only links to the Kremlin: same community
    expect(graph.getNodeAttribute("dmitry-peskov", "community")).toBe(graph.getNodeAttribute("kremlin", "community"));
  });

  it("records the articles in the graph attributes, sorted by id", () => {
    const documents = graph.getAttribute("documents");
    expect(documents.map((d) => d.id)).toEqual(["a", "b", "c"]);
    expect(documents[0]).toEqual({ id: "a", date: "2024-03-01", hash: a.doc.hash });
    expect(graph.getAttribute("schemaVersion")).toBe(2);
    expect(graph.getAttribute("layoutSeed")).toBe(1);
  });
});

describe("buildGraph: relations", () => {
  // Built before each test, not once for the describe block: code run while a test runs is what Stryker's
  // per-test coverage sees, so mutants in the builder are run against these tests.
  let graph: NewsGraph;
  beforeEach(() => void (graph = buildGraph([a, b, c])));

  it("keeps a plain and a negated relation as two edges with readable keys", () => {
    expect(graph.hasEdge("kremlin -[attacks]-> ukraine")).toBe(true);
    expect(graph.hasEdge("kremlin -[not attacks]-> ukraine")).toBe(true);
    expect(graph.getEdgeAttribute("kremlin -[not attacks]-> ukraine", "negated")).toBe(true);
    expect(graph.getEdgeAttribute("kremlin -[attacks]-> ukraine", "negated")).toBe(false);
  });

  it("accumulates evidence over articles: weight, sources, confidence, dates", () => {
    const edge = graph.getEdgeAttributes("dmitry-peskov -[speaks for]-> kremlin");
    expect(edge.weight).toBe(2);
    expect(edge.sources).toBe(2);
    expect(edge.confidence).toBe(0.9);
    expect(edge.evidence.map((e) => e.doc)).toEqual(["a", "b"]);
    expect(edge.firstSeen).toBe("2024-01-15");
    expect(edge.lastSeen).toBe("2024-03-01");
    expect(edge.label).toBe("speaks for");
    expect(edge.category).toBe("role");
    expect(edge.evidence[0].text).toBe("dmitry-peskov speaks for kremlin.");
    // the subject's span, for highlighting, and the relation as extracted, for incremental builds
    expect(edge.evidence[0].subject).toEqual({ start: 0, end: "dmitry-peskov".length });
    expect(edge.evidence[1].extracted).toEqual({
      subject: "dmitry-peskov",
      object: "kremlin",
      attributedTo: null,
      category: "role",
      hedged: false,
      symmetric: false,
      confidence: 0.7,
    });
  });

  it("maps the speaker of reported relations to its node", () => {
    const edge = graph.getEdgeAttributes("kremlin -[not attacks]-> ukraine");
    expect(edge.attributedTo).toEqual(["dmitry-peskov"]);
    expect(edge.evidence[0].attributedTo).toBe("dmitry-peskov");
  });

  it("collects both directions of a symmetric relation on one edge, and no dates when articles have none", () => {
    const edge = graph.getEdgeAttributes("nato -[meets]-> ukraine");
    expect(edge.weight).toBe(2);
    expect(edge.symmetric).toBe(true);
    expect(graph.hasEdge("ukraine -[meets]-> nato")).toBe(false);
    expect(edge.firstSeen).toBeUndefined();
  });

  it("marks an edge hedged only when every sentence hedges it", () => {
    expect(graph.getEdgeAttribute("nato -[aids]-> ukraine", "hedged")).toBe(true);
    const plain = extraction("d", [entity("nato", "NATO", "ORG"), entity("ukraine", "Ukraine", "GPE")], [relation("d", "nato", "aids", "ukraine")]);
    const both = buildGraph([c, plain]);
    expect(both.getEdgeAttribute("nato -[aids]-> ukraine", "hedged")).toBe(false);
    expect(both.getEdgeAttribute("nato -[aids]-> ukraine", "weight")).toBe(2);
  });

  it("drops relations whose ends are not entities of the article", () => {
    const stray = extraction("s", [entity("nato", "NATO", "ORG")], [relation("s", "nato", "aids", "nowhere")]);
    expect(buildGraph([stray]).size).toBe(0);
  });
});

// A linker like the extractor's: a surname links to a full name seen before.
function surnameIndex(): EntityIndex {
  const seen = new Map<string, string>();
  return {
    link(e: Entity) {
      const surname = e.label.split(" ").at(-1)!.toLowerCase();
      const known = seen.get(surname);
      if (known && known !== e.id) return { id: known, rule: "surname" };
      if (!known) seen.set(surname, e.id);
      return { id: e.id, rule: null };
    },
  };
}

describe("buildGraph: merges and the aliases file", () => {
  const full = extraction("a", [entity("joe-biden", "Joe Biden", "PERSON")]);
  const jill = extraction("b", [entity("jill-biden", "Jill Biden", "PERSON"), entity("kyiv", "Kyiv", "GPE")], [relation("b", "jill-biden", "visits", "kyiv")]);
  const short = extraction("c", [entity("biden", "Biden", "PERSON", 4)]);

  it("records every merge the linker makes, with its forms and rule, and remaps the relations", () => {
    const graph = buildGraph([full, short], { createIndex: surnameIndex });
    expect(graph.order).toBe(1);
    expect(graph.getNodeAttribute("joe-biden", "docs")).toEqual(["a", "c"]);
    expect(graph.getAttribute("merges")).toEqual([{ entity: "joe-biden", forms: ["Biden", "Joe Biden"], rule: "surname" }]);
    const withJill = buildGraph([full, jill], { createIndex: surnameIndex });
    expect(withJill.hasEdge("joe-biden -[visits]-> kyiv")).toBe(true);
  });

  it("keeps the two names of a split pair apart even when the linker would merge them", () => {
    const aliasRules = { merge: {}, split: [["Joe Biden", "Jill Biden"]] as [string, string][] };
    const graph = buildGraph([full, jill], { createIndex: surnameIndex, aliasRules });
    expect(graph.hasNode("jill-biden")).toBe(true);
    expect(graph.hasEdge("jill-biden -[visits]-> kyiv")).toBe(true);
    expect(graph.getAttribute("merges")).toEqual([]);
  });

  it("forces the names of a merge entry into one node labelled with the canonical name", () => {
    const putin = extraction("p", [entity("putin", "Putin", "PERSON", 2), entity("moscow", "Moscow", "GPE")], [relation("p", "putin", "visits", "moscow")]);
    const vvp = extraction("q", [entity("vladimir-putin", "Vladimir Putin", "PERSON")]);
    const aliasRules = { merge: { "Vladimir Putin": ["Putin", "V. Putin"] }, split: [] };
    const graph = buildGraph([putin, vvp], { aliasRules });
    expect(graph.hasNode("putin")).toBe(false);
    expect(graph.getNodeAttributes("vladimir-putin")).toMatchObject({ label: "Vladimir Putin", docs: ["p", "q"], mentions: 3 });
    expect(graph.hasEdge("vladimir-putin -[visits]-> moscow")).toBe(true);
    expect(graph.getAttribute("merges")).toEqual([{ entity: "vladimir-putin", forms: ["Putin", "Vladimir Putin"], rule: "aliases-file" }]);
    expect(graph.getAttribute("aliasRules")).toEqual(aliasRules);
  });

  it("keeps a relation between two names that merged on the node, not as a self-loop edge", () => {
    const doc = extraction("s", [entity("putin", "Putin", "PERSON"), entity("vladimir-putin", "Vladimir Putin", "PERSON")], [
      relation("s", "putin", "praises", "vladimir-putin"),
    ]);
    const graph = buildGraph([doc], { aliasRules: { merge: { "Vladimir Putin": ["Putin"] }, split: [] } });
    expect(graph.size).toBe(0);
    expect(graph.getNodeAttribute("vladimir-putin", "selfRelations")?.map((r) => r.predicate)).toEqual(["praises"]);
  });
});

describe("determinism and incremental builds", () => {
  it("gives the same bytes for the same articles, whatever their order", () => {
    const first = bytes([a, b, c]);
    expect(bytes([a, b, c])).toBe(first);
    expect(bytes([c, a, b])).toBe(first);
  });

  it("changes the layout with the seed, and only the layout", () => {
    const one = buildGraph([a, b, c]);
    const two = buildGraph([a, b, c], { layoutSeed: 7 });
    expect(two.getAttribute("layoutSeed")).toBe(7);
    expect(two.getNodeAttribute("kremlin", "x")).not.toBe(one.getNodeAttribute("kremlin", "x"));
    expect(two.getNodeAttribute("kremlin", "pagerank")).toBe(one.getNodeAttribute("kremlin", "pagerank"));
  });

  // Through the file format, as `build --update` does.
  const reload = (extractions: Extraction[], options = {}) => parseGraph(bytes(extractions, options));

  it("adding articles with --relayout gives a full build's bytes", () => {
    expect(serializeGraph(addExtractions(reload([a]), [b, c], { relayout: true }))).toBe(bytes([a, b, c]));
    expect(serializeGraph(removeDocuments(reload([a, b, c]), ["c"], { relayout: true }).graph)).toBe(bytes([a, b]));
  });

  it("keeps the saved positions on update and places a new entity near its neighbours, the same way every time", () => {
    const saved = reload([a]);
    const updated = addExtractions(saved, [b, c]);
    expect(serializeGraph(addExtractions(reload([a]), [b, c]))).toBe(serializeGraph(updated));
    for (const node of saved.nodes()) {
      expect(updated.getNodeAttribute(node, "x")).toBe(saved.getNodeAttribute(node, "x"));
      expect(updated.getNodeAttribute(node, "y")).toBe(saved.getNodeAttribute(node, "y"));
      expect(updated.getNodeAttributes(node)).not.toHaveProperty("fixed");
    }
    const at = (n: string) => [updated.getNodeAttribute(n, "x"), updated.getNodeAttribute(n, "y")];
    for (const n of updated.nodes()) expect(at(n).every(Number.isFinite)).toBe(true);
    expect(saved.hasNode("nato")).toBe(false);
    expect(new Set(updated.nodes().map((n) => at(n).join())).size).toBe(updated.order);
  });

  it("adding articles to a saved graph equals building them all at once", () => {
    expect(withoutLayout(addExtractions(reload([a]), [b, c]))).toBe(withoutLayout(buildGraph([a, b, c])));
    expect(withoutLayout(addExtractions(reload([c]), [a, b]))).toBe(withoutLayout(buildGraph([a, b, c])));
  });

  it("adding with the linker's and the aliases file's merges equals a full build", () => {
    const full = extraction("a", [entity("joe-biden", "Joe Biden", "PERSON")]);
    const short = extraction("c", [entity("biden", "Biden", "PERSON"), entity("kyiv", "Kyiv", "GPE")], [relation("c", "biden", "visits", "kyiv")]);
    const options = { createIndex: surnameIndex, aliasRules: { merge: { Kyiv: ["Kiev"] }, split: [] } };
    const whole = withoutLayout(buildGraph([full, short], options));
    // The aliases file is kept in the graph: an update without it reuses it.
    const updated = addExtractions(reload([short], options), [full], { createIndex: surnameIndex });
    expect(withoutLayout(updated)).toBe(whole);
  });

  it("removing an article equals building without it, and drops what only it held", () => {
    const { graph, removed, unknown } = removeDocuments(reload([a, b, c]), ["c", "zzz"]);
    expect(removed).toEqual(["c"]);
    expect(unknown).toEqual(["zzz"]);
    expect(withoutLayout(graph)).toBe(withoutLayout(buildGraph([a, b])));
    expect(graph.hasNode("nato")).toBe(false);
    expect(graph.hasEdge("nato -[aids]-> ukraine")).toBe(false);
    expect(graph.getNodeAttribute("ukraine", "docs")).toEqual(["a", "b"]);
  });

  it("replacing a changed article removes its old evidence first", () => {
    const changed = extraction("b", [entity("kremlin", "Kremlin", "ORG"), entity("ukraine", "Ukraine", "GPE")], [relation("b", "kremlin", "aids", "ukraine")]);
    const graph = addExtractions(reload([a, b]), [changed]);
    expect(withoutLayout(graph)).toBe(withoutLayout(buildGraph([a, changed])));
    expect(graph.hasEdge("kremlin -[not attacks]-> ukraine")).toBe(false);
    expect(graph.getEdgeAttribute("dmitry-peskov -[speaks for]-> kremlin", "sources")).toBe(1);
  });

  it("refuses to continue from a graph without the per-article data", () => {
    const stripped = reload([a, b]);
    stripped.removeNodeAttribute("kremlin", "occurrences");
    expect(() => graphBuilderFrom(stripped)).toThrow(/node "kremlin" lacks its per-article occurrences/);
    const old = reload([a]);
    old.setAttribute("schemaVersion", 0);
    expect(() => addExtractions(old, [b])).toThrow(expect.objectContaining({ code: "invalid-graph" }));
  });

  it("refuses a graph without its list of articles, or with evidence another tool wrote without the extracted relation", () => {
    const noDocuments = reload([a, b]);
    noDocuments.removeAttribute("documents");
    expect(() => graphBuilderFrom(noDocuments)).toThrow(expect.objectContaining({ code: "invalid-graph", message: expect.stringMatching(/^the graph lists no documents/) }));
    const bare = reload([a, b]);
    const key = "dmitry-peskov -[speaks for]-> kremlin";
    const [first, ...rest] = bare.getEdgeAttribute(key, "evidence");
    bare.setEdgeAttribute(key, "evidence", [...rest, { ...first, extracted: undefined }]);
    expect(() => addExtractions(bare, [c])).toThrow(`edge "${key}" lacks its per-article evidence; build it again from the articles, without --update`);
    const none = reload([a]);
    none.removeAttribute("schemaVersion");
    expect(() => graphBuilderFrom(none)).toThrow(/^the graph has schema version \(none\), not \d+/);
  });

  it("keeps the saved graph's layout seed on update unless another is given, and accepts a cap of 1", () => {
    const saved = reload([a], { layoutSeed: 7 });
    expect(addExtractions(saved, [b]).getAttribute("layoutSeed")).toBe(7);
    expect(addExtractions(saved, [b], { layoutSeed: 9 }).getAttribute("layoutSeed")).toBe(9);
    expect(buildGraph([a], { maxEvidence: 1 }).getAttribute("maxEvidence")).toBe(1);
  });

  it("reads the articles and their hashes back from a saved graph", () => {
    const builder = graphBuilderFrom(reload([a, b]));
    expect(builder.size).toBe(2);
    expect(builder.document("a")?.hash).toBe(a.doc.hash);
    expect(builder.document("c")).toBeUndefined();
    expect(createGraphBuilder().build().order).toBe(0);
  });
});
