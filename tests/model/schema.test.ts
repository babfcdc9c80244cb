// Schema versions: a version-1 graph file (written by newsgraph before the entity type moved from `type` to
// `entityType`; tests/model/fixtures/seeds-v1.json is the seeds graph as that version built it, its evidence
// sentences and title since replaced by sentences written for the tests, same names and spans) still loads, queries,
// exports and updates; a file from a newer newsgraph is refused with a one-line message.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { graphBuilderFrom } from "../../src/build/index.js";
import { exportGraph } from "../../src/export/index.js";
import { loadGraph, parseGraph, SCHEMA_VERSION, serializeGraph } from "../../src/model/index.js";
import { neighbors } from "../../src/query/index.js";

const V1_PATH = fileURLToPath(new URL("./fixtures/seeds-v1.json", import.meta.url));
const v1 = JSON.parse(readFileSync(V1_PATH, "utf8"));

describe("graph schema versions", () => {
  it("the fixture really is a version-1 file, with the type under `type`", () => {
    expect(v1.attributes.schemaVersion).toBe(1);
    expect(v1.nodes.every((n: any) => typeof n.attributes.type === "string" && !("entityType" in n.attributes))).toBe(true);
  });

  it("loads a version-1 file as version 2: every node's type moved to entityType, nothing else changed", () => {
    const graph = loadGraph(V1_PATH);
    expect(SCHEMA_VERSION).toBe(2);
    expect(graph.getAttribute("schemaVersion")).toBe(2);
    expect(graph.order).toBe(v1.nodes.length);
    expect(graph.size).toBe(v1.edges.length);
    for (const node of v1.nodes) {
      const { type, ...rest } = node.attributes;
      expect(graph.getNodeAttributes(node.key)).toEqual({ ...rest, entityType: type });
    }
  });

  it("queries and exports a version-1 file with the types it holds", () => {
    const graph = loadGraph(V1_PATH);
    const types = new Map(v1.nodes.map((n: any) => [n.key, n.attributes.type]));
    const found = neighbors(graph, "Putin", { types: ["GPE"] });
    expect(found.length).toBeGreaterThan(0);
    for (const neighbor of found) expect(types.get(neighbor.entity.key)).toBe("GPE");
    expect(exportGraph(graph, "csv").nodes).toContain(`vladimir-putin,Entity\u001fPerson,Vladimir Putin,PERSON`);
  });

  it("updates a version-1 file: rebuilt from its per-article data, it equals the loaded graph", () => {
    const graph = loadGraph(V1_PATH);
    const rebuilt = graphBuilderFrom(graph).build();
    // The evidence cap (an additive attribute, newer than the file) is what a rebuild adds, and all it adds.
    expect(rebuilt.getAttribute("maxEvidence")).toBe(20);
    rebuilt.removeAttribute("maxEvidence");
    expect(serializeGraph(rebuilt)).toBe(serializeGraph(graph));
  });

  it("refuses a file from a newer schema, naming the file", () => {
    const newer = JSON.stringify({ ...v1, attributes: { ...v1.attributes, schemaVersion: SCHEMA_VERSION + 1 } });
    expect(() => parseGraph(newer, "future.json")).toThrow(/^future\.json: schema version 3 is newer than this newsgraph reads \(2\)/);
  });
});
