// saveGraph replaces the graph file by renaming a finished temporary file over it: the old file is never written
// in place, so a reader sees either the whole old graph or the whole new one. loadGraph names the file it refuses.
import { chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { createNewsGraph, loadGraph, saveGraph, serializeGraph, type NewsGraph } from "../../src/model/index.js";
import { temporaryFolders } from "../temporary.js";

const temporaryFolder = temporaryFolders();

/** A graph of `count` people, each carrying a long alias so that the file is large enough to take a while to write. */
function graphOf(count: number, label: string): NewsGraph {
  const graph = createNewsGraph();
  const alias = `${label}: a sentence long enough to make the file large. `.repeat(6);
  for (let i = 0; i < count; i++) {
    graph.addNode(`n${i}`, {
      label: `${label} ${i}`,
      entityType: "PERSON",
      aliases: [alias],
      mentions: 1,
      docs: [],
      degree: 0,
      pagerank: 0,
      community: 0,
      x: i,
      y: i,
      size: 3,
      color: "#4e79a7",
    });
  }
  return graph;
}

describe("saveGraph", () => {
  it("renames a new file over the old one: the old file's contents are never overwritten", async () => {
    const dir = temporaryFolder("newsgraph-save-");
    const path = join(dir, "graph.json");
    const old = serializeGraph(graphOf(3, "Old"));
    writeFileSync(path, old);
    // A second name for the old file: writing into the old file in place would change what it reads.
    linkSync(path, join(dir, "old-link.json"));
    const oldInode = statSync(path).ino;

    await saveGraph(graphOf(5, "New"), path);

    expect(readFileSync(path, "utf8")).toBe(serializeGraph(graphOf(5, "New")));
    expect(statSync(path).ino).not.toBe(oldInode);
    expect(readFileSync(join(dir, "old-link.json"), "utf8")).toBe(old);
    expect(readdirSync(dir).sort()).toEqual(["graph.json", "old-link.json"]); // no temporary file left behind
  });

  it("never lets a reader see a partly written graph", async () => {
    const dir = temporaryFolder("newsgraph-save-");
    const path = join(dir, "graph.json");
    const old = serializeGraph(graphOf(2_000, "Old"));
    const next = graphOf(8_000, "New");
    const expected = serializeGraph(next);
    writeFileSync(path, old);

    // Read the file again and again on the event loop while the write goes on in libuv's thread pool.
    const seen = new Set<string>();
    let writing = true;
    const done = saveGraph(next, path).finally(() => (writing = false));
    let reads = 0;
    while (writing) {
      const text = readFileSync(path, "utf8");
      reads++;
      seen.add(text === old ? "old" : text === expected ? "new" : `partial (${text.length} of ${expected.length} characters)`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    seen.add(readFileSync(path, "utf8") === expected ? "new" : "partial at the end");

    expect(reads).toBeGreaterThan(0);
    expect([...seen].filter((s) => s !== "old" && s !== "new")).toEqual([]);
    expect(seen.has("new")).toBe(true);
  });
});

describe("saveGraph refusals", () => {
  /** What saving `graph` to `path` throws: the error's code and message. */
  async function failure(graph: NewsGraph, path: string): Promise<string> {
    try {
      await saveGraph(graph, path);
    } catch (error) {
      expect(error).toBeInstanceOf(NewsgraphError);
      return `${(error as NewsgraphError).code}: ${(error as Error).message}`;
    }
    return "saved";
  }

  it("refuses a folder as the file, naming a file to give instead, and writes nothing into it", async () => {
    const dir = temporaryFolder("newsgraph-save-");
    mkdirSync(join(dir, "out"));
    expect(await failure(graphOf(1, "A"), join(dir, "out"))).toBe(
      `unwritable: ${join(dir, "out")}: is a folder; give a file name such as ${join(dir, "out", "graph.json")}`,
    );
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  it("names why a write failed: a missing folder, a file in the folder path, a graph that does not serialise", async () => {
    const dir = temporaryFolder("newsgraph-save-");
    const missing = join(dir, "missing", "graph.json");
    expect(await failure(graphOf(1, "A"), missing)).toBe(`unwritable: ${missing}: cannot write it (its folder does not exist)`);
    writeFileSync(join(dir, "plain"), "x");
    const underFile = join(dir, "plain", "graph.json");
    expect(await failure(graphOf(1, "A"), underFile)).toBe(`unwritable: ${underFile}: cannot write it (a part of its folder path is a file)`);
    // A failure after the temporary file exists: the old graph stays as it was and the temporary file is deleted.
    const path = join(dir, "graph.json");
    writeFileSync(path, serializeGraph(graphOf(2, "Old")));
    const circular = graphOf(1, "New");
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    circular.setAttribute("loop" as never, loop as never);
    expect(await failure(circular, path)).toMatch(new RegExp(`^unwritable: ${path}: cannot write it \\(Converting circular structure`));
    expect(readFileSync(path, "utf8")).toBe(serializeGraph(graphOf(2, "Old")));
    expect(readdirSync(dir).sort()).toEqual(["graph.json", "plain"]);
  });

  it("keeps the permissions of the file it replaces", async () => {
    const dir = temporaryFolder("newsgraph-save-");
    const path = join(dir, "graph.json");
    writeFileSync(path, serializeGraph(graphOf(1, "Old")));
    chmodSync(path, 0o640);
    await saveGraph(graphOf(2, "New"), path);
    expect(statSync(path).mode & 0o7777).toBe(0o640);
    chmodSync(path, 0o604);
    await saveGraph(graphOf(3, "Newer"), path);
    expect(statSync(path).mode & 0o7777).toBe(0o604);
  });
});

describe("loadGraph", () => {
  it("names the file and the problem: missing, a folder, not a graph", () => {
    const dir = temporaryFolder("newsgraph-load-");
    const refusal = (path: string) => {
      try {
        loadGraph(path);
      } catch (error) {
        expect(error).toBeInstanceOf(NewsgraphError);
        return `${(error as NewsgraphError).code}: ${(error as Error).message}`;
      }
      return "loaded";
    };
    expect(refusal(join(dir, "missing.json"))).toBe(`not-found: ${join(dir, "missing.json")}: no such file`);
    expect(refusal(dir)).toBe(`unreadable: ${dir}: is a folder, not a file`);
    writeFileSync(join(dir, "list.json"), "[1, 2]");
    expect(refusal(join(dir, "list.json"))).toMatch(new RegExp(`^invalid-graph: ${join(dir, "list.json")}: not a graph file`));
    symlinkSync("loop.json", join(dir, "loop.json")); // a link to itself: no error code of its own in the message
    expect(refusal(join(dir, "loop.json"))).toBe(`unreadable: ${join(dir, "loop.json")}: cannot read it (ELOOP)`);
    writeFileSync(join(dir, "cut.json"), '{"nodes": [{"key": "a"}');
    expect(refusal(join(dir, "cut.json"))).toMatch(new RegExp(`^invalid-graph: ${join(dir, "cut.json")}: not valid JSON`));
  });
});
