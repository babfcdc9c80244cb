// The viewer's data seam: what it accepts, what it refuses, and the defaults it fills in.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { GraphLoadError, parseGraphText } from "../../viewer/src/data.js";
import { viewGraphOf } from "./view.js";
import { createEntitySearch, fold } from "../../viewer/src/search.js";
import { viewerFixtureJson } from "./fixture.js";
import type { ViewerGraph, ViewNode } from "../../viewer/src/view-graph.js";

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
    const { graph, documents, unpositioned } = parseGraphText(viewerFixtureJson());
    expect(graph.order).toBe(9);
    expect(graph.size).toBe(9);
    expect([...documents.keys()]).toEqual(["fish-001", "fish-002"]);
    expect(unpositioned).toEqual([]);
  });

  it("refuses text that is not JSON, and JSON that is not a graph, with the kind of problem", () => {
    expect(failure("").kind).toBe("not-json");
    expect(failure("").message).toBe("graph.json is empty. Rebuild it with `newsgraph build <folder>`.");
    expect(failure("{nope").kind).toBe("not-json");
    expect(failure("[1,2]").kind).toBe("not-graph");
    // The model's parser (src/model/graph.ts) words the structure problems, naming the file.
    expect(failure("[1,2]").message).toBe(
      'graph.json is not a newsgraph graph: not a graph file (expected graphology JSON with "nodes" and "edges" arrays, as written by `newsgraph build`).',
    );
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
  const search = createEntitySearch(viewGraphOf(viewerFixtureJson()));

  it("folds case and accents", () => {
    expect(fold("Zélenskyy ÉTÉ")).toBe("zelenskyy ete");
  });

  it("finds labels by prefix and aliases, case- and accent-insensitively", () => {
    expect(search.search("okafor")[0]).toMatchObject({ id: "vera-okafor", label: "Vera Okafor" });
    expect(search.search("vera")[0].id).toBe("vera-okafor");
    expect(search.search("ÉDINBURGH")[0]).toMatchObject({ id: "scotland", via: "Edinburgh" });
    expect(search.search("port aster")[0]).toMatchObject({ id: "orvania", via: "Port Aster" });
    expect(search.search("ana dua")[0].id).toBe("ana-duarte");
    expect(search.search("")).toEqual([]);
    expect(search.search("zzzz")).toEqual([]);
  });

  it("answers with the plain scan's best hits, label matches and shorter labels first, ties in graph order", async () => {
    const graph = new MultiDirectedGraph() as unknown as ViewerGraph;
    const add = (key: string, label: string, aliases: string[] = []) =>
      graph.addNode(key, { label, entityType: "ORG", aliases } as ViewNode);
    // More matches than the 8 listed, arriving in no particular order of score.
    for (let i = 0; i < 12; i++) add(`long-${i}`, `Acme Holdings Group ${i}`);
    add("alias", "Zenith", ["Acme"]);
    add("short", "Acme");
    for (let i = 0; i < 4; i++) add(`mid-${i}`, `Acme Co ${i}`);
    add("other", "Beta");
    const scan = createEntitySearch(graph, { background: true });
    expect(scan.search("acme").map((hit) => hit.id)).toEqual([
      "short",
      "mid-0",
      "mid-1",
      "mid-2",
      "mid-3",
      "long-0",
      "long-1",
      "long-2",
    ]);
    const all = scan.search("acme", 20).map((hit) => hit.id);
    expect(all.slice(-2)).toEqual(["long-11", "alias"]);
    // The index, once built, does not reorder them, and finds what the scan cannot: a misspelt word.
    expect(scan.search("acne")).toEqual([]);
    await scan.ready;
    expect(scan.search("acme", 20).map((hit) => hit.id)).toEqual(all);
    expect(scan.search("zenitj").map((hit) => hit.id)).toEqual(["alias"]);
  });

  it("built in the background, answers the same queries before and after its index is complete", async () => {
    const background = createEntitySearch(viewGraphOf(viewerFixtureJson()), { background: true });
    const queries = ["okafor", "vera", "ÉDINBURGH", "port aster", "ana dua", "zzzz"];
    const top = (q: string) => background.search(q).slice(0, 1).map(({ id, via }) => ({ id, via }));
    // The index is filled in chunks after the current task: these are the plain scan's answers.
    const before = queries.map(top);
    await background.ready;
    expect(queries.map(top)).toEqual(before);
    expect(before).toEqual(queries.map((q) => search.search(q).slice(0, 1).map(({ id, via }) => ({ id, via }))));
  });
});
