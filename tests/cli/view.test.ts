// `newsgraph view` as a user runs it: checks the graph first, prints the address, serves until stopped.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePort } from "../../src/cli/commands/view.js";
import { viewerFixtureJson } from "../viewer/fixture.js";
import { ensureViewerBuilt } from "../viewer/browser.js";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "newsgraph-viewcmd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runView(args: string[]): {
  lines: Promise<string>;
  child: ReturnType<typeof spawn>;
  exit: Promise<number | null>;
  stderr: () => string;
} {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/run.ts"), "view", ...args], {
    cwd: ROOT,
  });
  let stdout = "";
  let stderr = "";
  const lines = new Promise<string>((resolve) => {
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("Ctrl-C")) resolve(stdout);
    });
    child.on("exit", () => resolve(stdout));
  });
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { lines, child, exit, stderr: () => stderr };
}

describe("newsgraph view", () => {
  it("serves a valid graph and prints where", async () => {
    ensureViewerBuilt();
    const graphPath = join(dir, "graph.json");
    writeFileSync(graphPath, viewerFixtureJson());
    const run = runView([graphPath, "--port", "0"]);
    const out = await run.lines;
    expect(out).toContain("9 entities, 9 relations");
    const url = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
    expect(url).toBeDefined();
    const graph = await (await fetch(`${url}graph.json`)).text();
    expect(graph).toBe(viewerFixtureJson());
    expect(await (await fetch(url!)).text()).toContain('<div id="sigma">');
    run.child.kill("SIGINT");
    expect(await run.exit).toBe(0);
  });

  it("refuses a malformed graph with one line and does not serve", async () => {
    const graphPath = join(dir, "broken.json");
    writeFileSync(graphPath, "{ not json");
    const run = runView([graphPath, "--port", "0"]);
    expect(await run.exit).toBe(2);
    expect(run.stderr().trim().split("\n")).toHaveLength(1);
    expect(run.stderr()).toContain("broken.json: not valid JSON");
  });

  it("refuses a missing graph file", async () => {
    const run = runView([join(dir, "nope.json"), "--port", "0"]);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain("nope.json: no such file");
  });

  it("checks --port", () => {
    expect(parsePort("0")).toBe(0);
    expect(parsePort("8080")).toBe(8080);
    expect(() => parsePort("80a")).toThrow('view: --port expects a whole number from 0 to 65535, got "80a"');
    expect(() => parsePort("70000")).toThrow("--port");
  });
});
