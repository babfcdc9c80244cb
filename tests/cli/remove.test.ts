// `newsgraph remove` on the seeds' graph: removing an article equals building without it; unknown ids are
// reported with a suggestion; usage errors exit 2 and leave the file alone.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildCommand } from "../../src/cli/commands/build.js";
import { removeCommand } from "../../src/cli/commands/remove.js";
import { acquireLock, parseGraph } from "../../src/model/index.js";
import { withoutLayout } from "../build/fixtures.js";

const SEEDS = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const [firstId, secondId] = SEEDS.map((f) => f.replace(/\.txt$/, ""));

let dir: string;
let stderr: string[];
let graph: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-remove-"));
  stderr = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void stderr.push(args.join(" ")));
  graph = join(dir, "graph.json");
  await buildCommand.run(["seeds"], { output: graph, layoutSeed: "1", quiet: true, workers: "1" });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe("newsgraph remove", () => {
  it("removes an article: the graph equals a build without it, the remaining entities keeping their places", async () => {
    const before = parseGraph(readFileSync(graph, "utf8"));
    expect(await removeCommand.run([secondId], { graph })).toBe(0);
    const after = parseGraph(readFileSync(graph, "utf8"));
    after.forEachNode((node, { x, y }) => expect([x, y]).toEqual([before.getNodeAttribute(node, "x"), before.getNodeAttribute(node, "y")]));
    const only = join(dir, "only.json");
    await buildCommand.run([join("seeds", SEEDS[0])], { output: only, layoutSeed: "1", quiet: true, workers: "1" });
    expect(withoutLayout(parseGraph(readFileSync(graph, "utf8")))).toBe(withoutLayout(parseGraph(readFileSync(only, "utf8"))));
    expect(stderr.at(-1)).toContain("removed 1 of 1 articles");
  });

  it("writes elsewhere with -o and leaves the original alone", async () => {
    const before = readFileSync(graph, "utf8");
    const output = join(dir, "pruned", "graph.json");
    expect(await removeCommand.run([firstId], { graph, output })).toBe(0);
    expect(readFileSync(graph, "utf8")).toBe(before);
    expect(parseGraph(readFileSync(output, "utf8")).getAttribute("documents").map((d) => d.id)).toEqual([secondId]);
  });

  it("reports unknown ids with a suggestion and exits 1 when others were removed", async () => {
    const typo = secondId.slice(0, 6) + "x";
    expect(await removeCommand.run([firstId, typo], { graph })).toBe(1);
    expect(stderr.some((line) => line.includes(`no article "${typo}"`) && line.includes(`did you mean "${secondId}"`))).toBe(true);
    expect(parseGraph(readFileSync(graph, "utf8")).getAttribute("documents").map((d) => d.id)).toEqual([secondId]);
  });

  it("exits 2 and changes nothing when no id is known, none is given, or the graph is unreadable", async () => {
    const before = readFileSync(graph, "utf8");
    await expect(removeCommand.run(["nope"], { graph })).rejects.toMatchObject({ exitCode: 2 });
    expect(readFileSync(graph, "utf8")).toBe(before);
    await expect(removeCommand.run([], { graph })).rejects.toMatchObject({ exitCode: 2 });
    await expect(removeCommand.run([firstId], { graph: join(dir, "missing.json") })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("missing.json: no such file"),
    });
  });

  it("refuses an output that is a folder with one line, before touching anything", async () => {
    const before = readFileSync(graph, "utf8");
    const folder = join(dir, "folder");
    mkdirSync(folder);
    await expect(removeCommand.run([firstId], { graph, output: folder })).rejects.toMatchObject({
      exitCode: 2,
      message: `remove: -o ${folder} is a folder; give a file name such as ${join(folder, "graph.json")}`,
    });
    expect(readFileSync(graph, "utf8")).toBe(before);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("waits for another writer of the graph file, then removes from the graph that writer left", async () => {
    const release = await acquireLock(graph);
    const removal = removeCommand.run([secondId], { graph, quiet: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stderr.some((line) => line.includes(`${graph} is being written by another newsgraph (pid ${process.pid}); waiting`))).toBe(true);
    release();
    expect(await removal).toBe(0);
    expect(parseGraph(readFileSync(graph, "utf8")).getAttribute("documents").map((d) => d.id)).toEqual([firstId]);
    // With --wait 0 a held lock is refused at once, in one line.
    const held = await acquireLock(graph);
    await expect(removeCommand.run([firstId], { graph, wait: "0" })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^remove: .*graph\.json is being written by another newsgraph \(pid \d+ on .*\); run again when it has finished/),
    });
    held();
  });
});
