// Saving a graph is atomic: a process killed while writing leaves the previous file whole and loadable.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGraph, saveGraph, serializeGraph } from "../../src/model/index.js";
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
