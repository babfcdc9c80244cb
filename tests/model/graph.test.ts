// Saving a graph is atomic: a process killed while writing leaves the previous file whole and loadable. Parsing
// names the file and the problem for every text that is not a graph, and upgrades a version-1 graph.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { loadGraph, parseGraph, saveGraph, serializeGraph } from "../../src/model/index.js";
import { buildGraph } from "../../src/build/index.js";
import { entity, extraction, relation } from "../build/fixtures.js";
import { temporaryFolders } from "../temporary.js";

const temporaryFolder = temporaryFolders();

describe("saveGraph", () => {
  it("leaves the previous graph intact when the writer is killed mid-write", async () => {
    const dir = temporaryFolder("newsgraph-io-");
    const path = join(dir, "graph.json");
    const previous = serializeGraph(
      buildGraph([extraction("a", [entity("nato", "NATO", "ORG"), entity("ukraine", "Ukraine", "GPE")], [relation("a", "nato", "aids", "ukraine")])]),
    );
    writeFileSync(path, previous);

    const child = spawn(process.execPath, ["--import", "tsx", "tests/model/fixtures/write-big-graph.ts", path, "150000"], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    // Kill as soon as the temporary file beside the graph appears: the new graph is being written.
    const sawTemporary = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (readdirSync(dir).some((name) => name !== "graph.json")) {
          clearInterval(timer);
          child.kill("SIGKILL");
          resolve(true);
        } else if (output.includes("done")) {
          clearInterval(timer);
          resolve(false);
        }
      }, 1);
    });
    await new Promise((resolve) => child.on("exit", resolve));

    expect(sawTemporary).toBe(true);
    expect(output).not.toContain("done");
    expect(readFileSync(path, "utf8")).toBe(previous);
    expect(loadGraph(path).hasEdge("nato -[aids]-> ukraine")).toBe(true);
  });
});

describe("serializeGraph", () => {
  it("writes graphology's own export byte for byte, piece by piece, with and without attributes", async () => {
    const graph = buildGraph([
      extraction("a", [entity("ann-berg", "Ann Berg", "PERSON"), entity("oslo", "Oslo", "GPE")], [relation("a", "ann-berg", "visits", "oslo")]),
    ]);
    graph.addNode("bare");
    graph.addDirectedEdgeWithKey("bare -> oslo", "bare", "oslo");
    const expected = JSON.stringify(graph.export()) + "\n";
    expect(serializeGraph(graph)).toBe(expected);
    const dir = temporaryFolder("newsgraph-io-");
    await saveGraph(graph, join(dir, "graph.json"));
    expect(readFileSync(join(dir, "graph.json"), "utf8")).toBe(expected);
  });
});

describe("parseGraph refusals", () => {
  /** What parsing `text` throws: the error's code and message, or "loaded". */
  function refusal(text: string, where?: string): string {
    try {
      parseGraph(text, where);
    } catch (error) {
      expect(error).toBeInstanceOf(NewsgraphError);
      return `${(error as NewsgraphError).code}: ${(error as Error).message}`;
    }
    return "loaded";
  }

  it("tells an empty file from text that is not JSON, naming the file (or 'graph' without a name)", () => {
    expect(refusal(" \n", "g.json")).toBe("invalid-graph: g.json: the file is empty; build one with `newsgraph build <paths>`");
    expect(refusal("")).toBe("invalid-graph: graph: the file is empty; build one with `newsgraph build <paths>`");
    expect(refusal("{", "g.json")).toMatch(/^invalid-graph: g\.json: not valid JSON \(.+\); build one with `newsgraph build <paths>`$/);
  });

  it("refuses JSON of every other shape than graphology's nodes and edges arrays", () => {
    const shapes = [
      "null",
      "3",
      '"graph"',
      "[]",
      '{"nodes": {}, "edges": []}',
      '{"nodes": [], "edges": {}}',
      '{"nodes": [], "edges": 1}',
      '{"nodes": [1], "edges": []}',
      '{"nodes": [null], "edges": []}',
      '{"nodes": [{"label": "no key"}], "edges": []}',
      '{"nodes": [{"key": "a"}], "edges": [null]}',
      '{"nodes": [{"key": "a"}], "edges": ["a->a"]}',
      '{"nodes": [{"key": "a"}], "edges": [{"source": "a"}]}',
      '{"nodes": [{"key": "a"}], "edges": [{"target": "a"}]}',
    ];
    for (const text of shapes) expect(refusal(text, "g.json"), text).toMatch(/^invalid-graph: g\.json: not a graph file \(expected graphology JSON/);
  });

  it("loads the bare shape (no attributes, no version), and names the problem when the graph itself does not load", () => {
    const bare = parseGraph('{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b"}]}', "g.json");
    expect([bare.order, bare.size]).toEqual([2, 1]);
    expect(refusal('{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "nobody"}]}', "g.json")).toMatch(
      /^invalid-graph: g\.json: the graph does not load \(.*nobody.*\)$/,
    );
  });

  it("refuses a newer schema version with its own code, and upgrades a version-1 file whose nodes may lack attributes", () => {
    expect(refusal('{"attributes": {"schemaVersion": 99}, "nodes": [], "edges": []}', "g.json")).toMatch(/^invalid-graph: g\.json: schema version 99 is newer/);
    const v1 = parseGraph(
      '{"attributes": {"schemaVersion": 1}, "nodes": [{"key": "a"}, {"key": "b", "attributes": {"label": "B", "type": "PERSON", "mentions": 2}}], "edges": []}',
    );
    expect(v1.getAttribute("schemaVersion")).toBe(2);
    expect(v1.getNodeAttributes("a")).toEqual({});
    // The type moves to entityType in the place it had among the attributes.
    expect(Object.entries(v1.getNodeAttributes("b"))).toEqual([["label", "B"], ["entityType", "PERSON"], ["mentions", 2]]);
  });
});
