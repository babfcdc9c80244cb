// Part `startup`: how fast a reading command starts. `newsgraph query neighbors NATO` on the seeds graph, measured
// side by side with a bare `node -e 0` and with loading the same graph alone, each in a fresh process (median of 5).
// Goal: under 0.5 s wall, and CPU ≤ 3 × `node -e 0` + the graph's load time: the command loads no NLP.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ROOT, figure, goal, heading, loadWarning, now } from "./lib.mjs";

const RUNS = 5;

/** Runs `node ARGS` RUNS times; the median wall seconds, CPU seconds and peak RSS (MB) of the child. */
function measure(args) {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-startup-"));
  const file = join(dir, "usage.json");
  const samples = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = now();
      const child = spawnSync(process.execPath, ["--require", join(ROOT, "bench", "peak-rss.cjs"), ...args], {
        cwd: ROOT,
        env: { ...process.env, NEWSGRAPH_PEAK_RSS_FILE: file },
        stdio: ["ignore", "ignore", "pipe"],
      });
      const wall = (now() - started) / 1000;
      if (child.status !== 0) throw new Error(`bench startup: node ${args.join(" ")} exited ${child.status}: ${child.stderr}`);
      const usage = JSON.parse(readFileSync(file, "utf8"));
      samples.push({ wall, cpu: usage.cpu, rss: usage.rss / (1024 * 1024) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { wall: median("wall"), cpu: median("cpu"), rss: median("rss") };
}

export async function benchStartup() {
  heading("startup: `newsgraph query neighbors NATO` on the seeds graph, beside `node -e 0` (median of 5 fresh processes)");
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-startup-graph-"));
  try {
    const graph = join(dir, "graph.json");
    const build = spawnSync(process.execPath, [join(ROOT, "bin", "newsgraph.js"), "build", "seeds", "-o", graph, "--quiet", "--workers", "1"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (build.status !== 0) return console.log("  skipped: building the seeds graph failed");
    const warning = loadWarning();
    if (warning) console.log(warning);
    const bare = measure(["-e", "0"]);
    const model = pathToFileURL(join(DIST, "model", "index.js")).href;
    const load = measure(["--input-type=module", "-e", `const { loadGraph } = await import(${JSON.stringify(model)}); loadGraph(${JSON.stringify(graph)});`]);
    const query = measure([join(ROOT, "bin", "newsgraph.js"), "query", "neighbors", "NATO", "-g", graph]);
    const help = measure([join(ROOT, "bin", "newsgraph.js"), "--help"]);
    const loadExtra = Math.max(0, load.cpu - bare.cpu);
    const budget = 3 * bare.cpu + loadExtra;
    figure("node -e 0: wall / CPU", `${bare.wall.toFixed(2)} / ${bare.cpu.toFixed(2)}`, "s", `${bare.rss.toFixed(0)} MB`);
    figure("load the graph alone: wall / CPU", `${load.wall.toFixed(2)} / ${load.cpu.toFixed(2)}`, "s", `${load.rss.toFixed(0)} MB (graph load ${loadExtra.toFixed(2)} CPU-s over node -e 0)`);
    figure("newsgraph --help: wall / CPU", `${help.wall.toFixed(2)} / ${help.cpu.toFixed(2)}`, "s", `${help.rss.toFixed(0)} MB`);
    figure("newsgraph query neighbors NATO: wall", query.wall, "s", goal(query.wall < 0.5, "< 0.5 s (on a quiet machine)"));
    figure("newsgraph query neighbors NATO: CPU", query.cpu, "s", `${query.rss.toFixed(0)} MB; ` + goal(query.cpu <= budget, `≤ 3 × node -e 0 + graph load = ${budget.toFixed(2)} s`));
    figure("query CPU / node -e 0 CPU", query.cpu / bare.cpu, "×");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
