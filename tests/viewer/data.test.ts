// The viewer's data seam: what it accepts, what it refuses, and the defaults it fills in.
import { describe, expect, it } from "vitest";
import { GraphLoadError, parseGraphText } from "../../viewer/src/data.js";
import { createEntitySearch, fold } from "../../viewer/src/search.js";
import { seedFixtureJson } from "./fixture.js";

function failure(text: string): GraphLoadError {
  try {
    parseGraphText(text, "graph.json");
  } catch (error) {
    return error as GraphLoadError;
  }
  throw new Error("expected a failure");
}

describe("parseGraphText", () => {
  it("loads the builder's JSON with its documents", () => {
    const { graph, documents, unpositioned } = parseGraphText(seedFixtureJson());
    expect(graph.order).toBe(9);
    expect(graph.size).toBe(9);
    expect([...documents.keys()]).toEqual(["000_c974ad76943d9b07", "002_737a7b2d851a72cd"]);
    expect(unpositioned).toEqual([]);
  });

  it("refuses text that is not JSON, and JSON that is not a graph, with the kind of problem", () => {
    expect(failure("").kind).toBe("not-json");
    expect(failure("").message).toBe("graph.json is empty. Rebuild it with `newsgraph build <folder>`.");
    expect(failure("{nope").kind).toBe("not-json");
    expect(failure("[1,2]").kind).toBe("not-graph");
    expect(failure('{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"zz"}]}').kind).toBe("not-graph");
  });

  it("fills in missing attributes and reports nodes without positions", () => {
    const text = JSON.stringify({
      nodes: [{ key: "a", attributes: { label: "A", type: "ALIEN", x: 1, y: 2 } }, { key: "b" }],
      edges: [{ source: "a", target: "b", attributes: { predicate: "meets", category: "nonsense" } }],
    });
    const { graph, unpositioned } = parseGraphText(text);
    // A file without a version is read as version 1: its `type` becomes `entityType` (and an unknown one OTHER).
    expect(graph.getNodeAttributes("a")).not.toHaveProperty("type");
    expect(graph.getNodeAttributes("a")).toMatchObject({
      label: "A",
      entityType: "OTHER",
      aliases: [],
      docs: [],
      mentions: 0,
    });
    expect(graph.getNodeAttribute("b", "label")).toBe("b");
    expect(unpositioned).toEqual(["b"]);
    const edge = graph.edges()[0];
    expect(graph.getEdgeAttributes(edge)).toMatchObject({
      predicate: "meets",
      category: "other",
      negated: false,
      attributedTo: [],
      evidence: [],
    });
  });
});

describe("entity search", () => {
  const search = createEntitySearch(parseGraphText(seedFixtureJson()).graph);

  it("folds case and accents", () => {
    expect(fold("Zélenskyy ÉTÉ")).toBe("zelenskyy ete");
  });

  it("finds labels by prefix and aliases, case- and accent-insensitively", () => {
    expect(search.search("putin")[0]).toMatchObject({ id: "vladimir-putin", label: "Vladimir Putin" });
    expect(search.search("vlad")[0].id).toBe("vladimir-putin");
    expect(search.search("KÍEV")[0]).toMatchObject({ id: "ukraine", via: "Kiev" });
    expect(search.search("moscow")[0]).toMatchObject({ id: "russia", via: "Moscow" });
    expect(search.search("dmitry pes")[0].id).toBe("dmitry-peskov");
    expect(search.search("")).toEqual([]);
    expect(search.search("zzzz")).toEqual([]);
  });
});
