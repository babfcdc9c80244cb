// `newsgraph build` on the seed articles: output and summary, determinism, skipped inputs and exit codes,
// `--update` equal to a full build, usage errors.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildCommand } from "../../src/cli/commands/build.js";
import { parseGraph } from "../../src/model/index.js";
import { withoutLayout } from "../build/fixtures.js";

const SEEDS = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const ids = SEEDS.map((f) => f.replace(/\.txt$/, ""));

let dir: string;
let stderr: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-build-"));
  stderr = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void stderr.push(args.join(" ")));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A folder holding the named seed articles. */
function seedFolder(name: string, files = SEEDS): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const file of files) copyFileSync(join("seeds", file), join(folder, file));
  return folder;
}

const build = (paths: string[], options: Record<string, unknown>) => buildCommand.run(paths, { layoutSeed: "1", quiet: false, workers: "1", ...options });

describe("newsgraph build", () => {
  it("builds the seeds into a new folder and prints a summary", async () => {
    const output = join(dir, "out", "nested", "graph.json");
    expect(await build(["seeds"], { output })).toBe(0);
    const graph = parseGraph(readFileSync(output, "utf8"));
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(ids);
    expect(graph.order).toBeGreaterThan(0);
    const summary = stderr.at(-1)!;
    expect(summary).toContain("2 articles read, 0 skipped");
    expect(summary).toContain(`${graph.order} entities, ${graph.size} relation`);
    expect(summary).toContain(output);
  });

  it("writes the same bytes for the same inputs, whatever their order and the number of workers", async () => {
    await build(["seeds"], { output: join(dir, "one.json"), workers: "1" });
    await build([join("seeds", SEEDS[1]), join("seeds", SEEDS[0])], { output: join(dir, "two.json"), workers: "2" });
    expect(readFileSync(join(dir, "two.json"), "utf8")).toBe(readFileSync(join(dir, "one.json"), "utf8"));
  });

  it("writes the same bytes whatever order, workers or --update the articles came through", async () => {
    // "Poor's," files "Poor's" in wink-nlp's vocabulary, and a vocabulary that has it keeps "Poor's Corp" in one
    // token: the entities of b and c once depended on whether a was read first, in the same thread.
    const articles = {
      a: "Mortgage notes rated AAA\nNEW YORK, March 3 - Thomson McKinnon Mortgage Assets Corp is offering 100 mln dlrs of notes rated AAA by Standard and Poor's, the underwriter said.",
      b: "Standard and Poor's Corp said it lowered the debt ratings of Acme Inc to BB from BBB.\nStandard and Poor's Corp cited weak earnings at Acme.",
      c: "Moody's Investors Service and Standard and Poor's Corp both rate the notes.\nPoor's Corp said the notes are safe.",
    };
    const jsonl = (name: string, order: (keyof typeof articles)[]) => {
      const file = join(dir, `${name}.jsonl`);
      writeFileSync(file, order.map((id) => JSON.stringify({ id, text: articles[id] }) + "\n").join(""));
      return file;
    };
    const forward = jsonl("forward", ["a", "b", "c"]);
    const reverse = jsonl("reverse", ["c", "b", "a"]);
    const out = (name: string) => join(dir, `${name}.json`);
    await build([forward], { output: out("one"), workers: "1" });
    await build([forward], { output: out("two"), workers: "2" });
    await build([reverse], { output: out("two-reversed"), workers: "2" });
    await build([reverse], { output: out("one-reversed"), workers: "1" });
    await build([jsonl("c", ["c"])], { output: out("updated"), workers: "2" });
    await build([reverse], { update: out("updated"), workers: "2", relayout: true });
    const expected = readFileSync(out("one"), "utf8");
    for (const name of ["two", "two-reversed", "one-reversed", "updated"]) {
      expect(readFileSync(out(name), "utf8"), name).toBe(expected);
    }
  });

  it("skips a bad input with its reason, still writes the graph, and exits 1", async () => {
    const folder = seedFolder("mixed");
    writeFileSync(join(folder, "broken.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const output = join(dir, "graph.json");
    expect(await build([folder, join(dir, "missing")], { output })).toBe(1);
    expect(parseGraph(readFileSync(output, "utf8")).getAttribute("documents")).toHaveLength(2);
    expect(stderr.some((line) => line.includes(join(folder, "broken.txt")) && /binary/i.test(line))).toBe(true);
    expect(stderr.some((line) => line.includes(join(dir, "missing")) && /no such file/i.test(line))).toBe(true);
    expect(stderr.at(-1)).toContain("2 articles read, 2 skipped");
  });

  it("names the line of a bad .jsonl record", async () => {
    const corpus = join(dir, "corpus.jsonl");
    const text = readFileSync(join("seeds", SEEDS[0]), "utf8");
    writeFileSync(corpus, `${JSON.stringify({ id: "one", text })}\n{not json\n${JSON.stringify({ id: "three", title: "no text" })}\n`);
    expect(await build([corpus], { output: join(dir, "graph.json") })).toBe(1);
    const skippedAt = stderr.map((line) => line.match(/^newsgraph build: skipped (.+?:\d+): /)?.[1]).filter(Boolean);
    expect(skippedAt).toEqual([`${corpus}:2`, `${corpus}:3`]);
    expect(stderr.at(-1)).toContain("1 article read, 2 skipped");
  });

  it("--update adds only new articles, keeps the graph's layout seed, and equals a full build but for the layout", async () => {
    const full = join(dir, "full.json");
    await build([seedFolder("both")], { output: full, layoutSeed: "7" });
    const graph = join(dir, "graph.json");
    await build([seedFolder("first", SEEDS.slice(0, 1))], { output: graph, layoutSeed: "7" });
    expect(await build([join(dir, "both")], { update: graph, layoutSeed: undefined })).toBe(0);
    expect(parseGraph(readFileSync(graph, "utf8")).getAttribute("layoutSeed")).toBe(7);
    expect(stderr.at(-1)).toContain("(1 new or changed, 1 unchanged)");
    expect(withoutLayout(parseGraph(readFileSync(graph, "utf8")))).toBe(withoutLayout(parseGraph(readFileSync(full, "utf8"))));
  });

  it("--update re-extracts a changed article in place of the old one", async () => {
    const folder = seedFolder("changing");
    const graph = join(dir, "graph.json");
    await build([folder], { output: graph });
    const file = join(folder, SEEDS[0]);
    writeFileSync(file, "Angela Merkel met Emmanuel Macron in Berlin on Monday.\n");
    await build([folder], { update: graph });
    expect(stderr.at(-1)).toContain("(1 new or changed, 1 unchanged)");
    const fresh = join(dir, "fresh.json");
    await build([folder], { output: fresh });
    expect(withoutLayout(parseGraph(readFileSync(graph, "utf8")))).toBe(withoutLayout(parseGraph(readFileSync(fresh, "utf8"))));
  });

  it("refuses usage errors with exit code 2", async () => {
    await expect(build([], {})).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining("no input given") });
    // A mistyped folder must not replace a good graph with an empty one.
    const good = join(dir, "good.json");
    writeFileSync(good, "previous graph");
    await expect(build([join(dir, "typo")], { output: good })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("no articles read"),
    });
    expect(stderr.some((line) => line.includes(`skipped ${join(dir, "typo")}`))).toBe(true);
    expect(readFileSync(good, "utf8")).toBe("previous graph");
    writeFileSync(join(dir, "truncated.json"), '{"nodes": [');
    await expect(build(["seeds"], { update: join(dir, "truncated.json") })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("truncated.json: not valid JSON"),
    });
    // A graph file from elsewhere, without the per-article data an update needs.
    writeFileSync(join(dir, "foreign.json"), JSON.stringify({ attributes: {}, nodes: [{ key: "a" }], edges: [] }));
    await expect(build(["seeds"], { update: join(dir, "foreign.json") })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(`cannot update ${join(dir, "foreign.json")}: the graph has schema version (none)`),
    });
    writeFileSync(join(dir, "aliases.json"), '{"merge": []}');
    await expect(build(["seeds"], { aliases: join(dir, "aliases.json"), output: join(dir, "g.json") })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('"merge" must be an object'),
    });
    await expect(build(["seeds"], { workers: "two" })).rejects.toMatchObject({ exitCode: 2 });
  });

  it("applies an aliases file and records the forced merge", async () => {
    const output = join(dir, "graph.json");
    await build(["seeds"], { output });
    const before = parseGraph(readFileSync(output, "utf8"));
    // Two entity labels of the seeds, forced into one entity.
    const [first, second] = before.mapNodes((_n, attributes) => attributes.label);
    writeFileSync(join(dir, "aliases.json"), JSON.stringify({ merge: { [first]: [second] } }));
    await build(["seeds"], { output, aliases: join(dir, "aliases.json") });
    const after = parseGraph(readFileSync(output, "utf8"));
    expect(after.order).toBe(before.order - 1);
    expect(after.getAttribute("merges").filter((m) => m.rule === "aliases-file")).toHaveLength(1);
  });
});

describe("newsgraph build as a process", () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/run.ts", ...args], { encoding: "utf8", env: { ...process.env, CI: "" } });

  it("exits 1 with a skipped input and 2 without inputs, and draws no progress bar when stderr is not a terminal", () => {
    const folder = seedFolder("proc");
    writeFileSync(join(folder, "empty.txt"), "  \n");
    const run = cli(["build", folder, "-o", join(dir, "graph.json")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`skipped ${join(folder, "empty.txt")}: `);
    expect(run.stderr).not.toContain("articles/s");
    expect(cli(["build"]).status).toBe(2);
  });

  // util-linux `script` gives the command a terminal, where the bar is drawn.
  const hasScript = existsSync("/usr/bin/script");
  it.skipIf(!hasScript)("draws a progress bar with articles/s on a terminal, and none with --quiet", () => {
    const onTerminal = (extra: string) => {
      const log = join(dir, "tty.log");
      const command = `${process.execPath} --import tsx src/cli/run.ts build seeds -o ${join(dir, "g.json")} --workers 1 ${extra}`;
      execFileSync("/usr/bin/script", ["-qec", command, log], { env: { ...process.env, CI: "" }, stdio: "ignore" });
      return readFileSync(log, "utf8");
    };
    expect(onTerminal("")).toMatch(/100% \| 2 articles \| [\d.]+ articles\/s \| ETA/);
    expect(onTerminal("--quiet")).not.toContain("articles/s");
  });
});

describe("newsgraph build: writers of one graph file, paths and standard input", () => {
  const runCli = (args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/run.ts", ...args], { encoding: "utf8", input, env: { ...process.env, CI: "" } });
  /** Starts `newsgraph ARGS` as a process; resolves to its exit code and stderr. */
  const start = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", ...args], { env: { ...process.env, CI: "" } });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("exit", (code) => resolve({ code, stderr }));
    });
  const article = (name: string, text: string) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, text);
    return file;
  };

  it("two --update runs on one graph file at once: both articles are in the graph at the end, every time", async () => {
    const base = article("base", "Angela Merkel met Emmanuel Macron in Berlin on Monday.\n");
    const one = article("one", "NATO said it would send more aid to Ukraine.\n");
    const two = article("two", "Vladimir Putin warned Finland about joining NATO.\n");
    for (let round = 0; round < 3; round++) {
      const graph = join(dir, `shared-${round}.json`);
      expect(await build([base], { output: graph })).toBe(0);
      const runs = await Promise.all([start(["build", "--update", graph, one, "--workers", "1"]), start(["build", "--update", graph, two, "--workers", "1"])]);
      expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join("\n")).toEqual([0, 0]);
      const documents = parseGraph(readFileSync(graph, "utf8")).getAttribute("documents").map((d) => d.id);
      expect(documents, `round ${round}`).toEqual(["base", "one", "two"]);
      expect(existsSync(`${graph}.lock`)).toBe(false);
    }
  });

  it("deletes the temporary file a killed run left, and takes over the lock of a writer that no longer runs", async () => {
    const graph = join(dir, "graph.json");
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(`${graph}.${dead}-1.tmp`, '{"nodes": [');
    writeFileSync(`${graph}.lock`, JSON.stringify({ pid: dead, host: (await import("node:os")).hostname(), since: "2026-01-01T00:00:00Z", token: `${dead}-1` }));
    expect(await build(["seeds"], { output: graph, wait: "0" })).toBe(0);
    expect(readdirSync(dir).filter((name) => name.startsWith("graph.json"))).toEqual(["graph.json"]);
    expect(stderr).toContain(`newsgraph build: removed graph.json.${dead}-1.tmp, left by an interrupted run`);
  });

  it("refuses an output that is a folder, or under a file, with one line and exit code 2", () => {
    mkdirSync(join(dir, "folder"));
    const asFolder = runCli(["build", "seeds", "-o", join(dir, "folder")]);
    expect(asFolder.status).toBe(2);
    expect(asFolder.stderr).toBe(`newsgraph: build: -o ${join(dir, "folder")} is a folder; give a file name such as ${join(dir, "folder", "graph.json")}\n`);
    writeFileSync(join(dir, "plain"), "x");
    const underFile = runCli(["build", "seeds", "-o", join(dir, "plain", "graph.json")]);
    expect(underFile.status).toBe(2);
    expect(underFile.stderr.trim().split("\n")).toHaveLength(1);
    expect(underFile.stderr).toContain("a part of that path is a file");
  });

  it("reads JSON lines, or one plain-text article, from standard input given as -", () => {
    const lines = ['{"id": "a", "text": "NATO said it would send more aid to Ukraine."}', "{not json", '{"id": "b", "text": "Angela Merkel met Emmanuel Macron in Berlin."}'];
    const graph = join(dir, "stdin.json");
    const run = runCli(["build", "-", "-o", graph, "--workers", "1"], lines.join("\n") + "\n");
    expect(run.status).toBe(1); // line 2 skipped
    expect(run.stderr).toContain("newsgraph build: skipped -:2: not JSON");
    expect(parseGraph(readFileSync(graph, "utf8")).getAttribute("documents").map((d) => d.id)).toEqual(["a", "b"]);
    const text = runCli(["build", "-", "-o", graph, "--workers", "1"], "NATO said it would send more aid to Ukraine.\n");
    expect(text.status).toBe(0);
    expect(parseGraph(readFileSync(graph, "utf8")).getAttribute("documents").map((d) => d.id)).toEqual(["stdin"]);
  });

  it("prints its version", () => {
    const run = runCli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
