// The graph file's lock: one writer at a time, a waiting writer gets the lock when the first releases it, gives up
// with a one-line message after its timeout, and takes over a lock whose owner no longer runs. Leftover temporary
// files of a killed writer are deleted; anything else beside the graph is left alone.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireLock, lockPathOf, removeStaleTemporaries, withGraphLock } from "../../src/model/index.js";
import { NewsgraphError } from "../../src/errors.js";
import { temporaryFolders } from "../temporary.js";

const temporaryFolder = temporaryFolders();
const folder = () => temporaryFolder("newsgraph-lock-");
/** The pid of a process that has exited (a pid no process runs under, for the while of the test). */
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;

describe("graph file lock", () => {
  it("makes a second writer wait until the first has finished", async () => {
    const graph = join(folder(), "graph.json");
    const order: string[] = [];
    let waited = 0;
    const first = withGraphLock([graph], {}, async () => {
      order.push("first starts");
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push("first ends");
    });
    const second = withGraphLock([graph], { onWait: () => waited++ }, async () => void order.push("second"));
    await Promise.all([first, second]);
    expect(order).toEqual(["first starts", "first ends", "second"]);
    expect(waited).toBe(1);
    expect(existsSync(lockPathOf(graph))).toBe(false);
  });

  it("gives up after its timeout with one line naming the file, the holder and the way out", async () => {
    const graph = join(folder(), "graph.json");
    const release = await acquireLock(graph);
    const failure = await acquireLock(graph, { waitMs: 200 }).catch((error: unknown) => error);
    release();
    expect(failure).toBeInstanceOf(NewsgraphError);
    expect((failure as NewsgraphError).code).toBe("locked");
    expect((failure as Error).message).toMatch(new RegExp(`^${graph} is being written by another newsgraph \\(pid ${process.pid} on `));
    expect((failure as Error).message).toContain(`delete ${graph}.lock if no newsgraph is running`);
    expect((failure as Error).message).not.toContain("\n");
  });

  it("releases the lock when the work throws", async () => {
    const graph = join(folder(), "graph.json");
    await expect(withGraphLock([graph], {}, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(existsSync(lockPathOf(graph))).toBe(false);
  });

  it("takes over a lock left by a process that no longer runs, at once", async () => {
    const graph = join(folder(), "graph.json");
    const pid = deadPid();
    writeFileSync(lockPathOf(graph), JSON.stringify({ pid, host: (await import("node:os")).hostname(), since: "2026-01-01T00:00:00Z", token: `${pid}-1` }));
    const started = Date.now();
    const release = await acquireLock(graph, { waitMs: 0 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(JSON.parse(readFileSync(lockPathOf(graph), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes over an empty lock file only once it is old (a writer killed between creating and filling it)", async () => {
    const graph = join(folder(), "graph.json");
    writeFileSync(lockPathOf(graph), "");
    await expect(acquireLock(graph, { waitMs: 0 })).rejects.toMatchObject({ code: "locked" });
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(graph), old, old);
    (await acquireLock(graph, { waitMs: 0 }))();
  });
});

describe("removeStaleTemporaries", () => {
  it("deletes temporary files of writers that no longer run, and nothing else", () => {
    const dir = folder();
    const graph = join(dir, "graph.json");
    const dead = deadPid();
    for (const name of ["graph.json", `graph.json.${dead}-1.tmp`, `graph.json.${process.pid}-1.tmp`, "graph.json.20261207", "other.json.1-1.tmp"]) {
      writeFileSync(join(dir, name), "x");
    }
    expect(removeStaleTemporaries(graph)).toEqual([`graph.json.${dead}-1.tmp`]);
    expect(readdirSync(dir).sort()).toEqual(["graph.json", `graph.json.${process.pid}-1.tmp`, "graph.json.20261207", "other.json.1-1.tmp"].sort());
  });

  it("lists what it removed in name order, and finds nothing to remove beside a graph whose folder does not exist", () => {
    const dir = folder();
    const graph = join(dir, "graph.json");
    const dead = [deadPid(), deadPid(), deadPid()];
    const names = dead.flatMap((pid) => [`graph.json.${pid}-2.tmp`, `graph.json.${pid}-10.tmp`]);
    for (const name of [...names].reverse()) writeFileSync(join(dir, name), "x");
    expect(removeStaleTemporaries(graph)).toEqual([...names].sort());
    expect(readdirSync(dir)).toEqual([]);
    expect(removeStaleTemporaries(join(dir, "missing", "graph.json"))).toEqual([]);
  });
});
