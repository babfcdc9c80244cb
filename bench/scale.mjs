// Part `scale`: synthetic articles built end to end into a graph by the real command (`newsgraph build`) in a child
// process: wall time and peak RSS (all threads), at two corpus sizes so that memory growth per article shows; and
// the reading and extraction pipeline alone on the largest corpus, whose heap should stay flat (only the graph grows).
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { syntheticArticles } from "./corpus.mjs";
import { ROOT, ensureBuilt, figure, goal, heading, loadWarning, mb, now } from "./lib.mjs";

async function writeCorpus(file, count) {
  const out = createWriteStream(file);
  for (const article of syntheticArticles(count)) {
    if (!out.write(JSON.stringify(article) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Runs `newsgraph <args>` in a child process; returns wall and CPU seconds, peak RSS and the last stderr line. */
export function newsgraph(args, rssFile) {
  const t = now();
  const child = spawnSync(process.execPath, ["--require", join(ROOT, "bench", "peak-rss.cjs"), join(ROOT, "bin", "newsgraph.js"), ...args], {
    cwd: ROOT,
    env: { ...process.env, NEWSGRAPH_PEAK_RSS_FILE: rssFile },
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const seconds = (now() - t) / 1000;
  if (child.status !== 0) {
    throw new Error(`newsgraph ${args[0]} exited with ${child.status}: ${(child.stderr || "").trim().split("\n").slice(-5).join("\n")}`);
  }
  const { rss, cpu } = JSON.parse(readFileSync(rssFile, "utf8"));
  const summary = (child.stderr || "").trim().split("\n").at(-1) ?? "";
  return { seconds, rss, cpu, summary };
}

function build(corpus, graph, workers) {
  return newsgraph(["build", corpus, "-o", graph, "--workers", String(workers)], `${graph}.rss`);
}

/** The reading and extraction pipeline alone, in one thread: heap in use after a full GC at steps of the corpus. */
function pipelineHeap(corpus, step) {
  const child = spawnSync(process.execPath, ["--expose-gc", join(ROOT, "bench", "heap-probe.mjs"), ROOT, corpus, String(step)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`heap probe failed: ${(child.stderr || "").trim().split("\n").slice(-3).join("\n")}`);
  return JSON.parse(child.stdout);
}

/** Corpus sizes: `BENCH_SCALE=2500,20000,100000` to change them (the memory goals are at 20k and 100k). */
function scaleCounts() {
  const given = process.env.BENCH_SCALE?.split(",").map(Number);
  if (!given) return [2_500, 10_000];
  if (given.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_SCALE: expected whole numbers, got "${process.env.BENCH_SCALE}"`);
  return given;
}

/** Peak RSS goal of a corpus size: 1.5 GB up to 10k articles, 1 GB at 20k, 4 GB at 100k. */
function rssGoal(count) {
  if (count >= 100_000) return { bytes: 4 * 1024 ** 3, text: "≤ 4096 MB" };
  if (count >= 20_000) return { bytes: 1024 ** 3, text: "≤ 1024 MB" };
  return { bytes: 1.5 * 1024 ** 3, text: "< 1536 MB" };
}

export async function benchScale({ counts = scaleCounts(), workers = 2 } = {}) {
  heading(`scale: synthetic articles → newsgraph build --workers ${workers} (child process)`);
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  const results = [];
  try {
    for (const count of counts) {
      const corpus = join(dir, `corpus-${count}.jsonl`);
      const graph = join(dir, `graph-${count}.json`);
      await writeCorpus(corpus, count);
      const { seconds, rss, cpu, summary } = build(corpus, graph, workers);
      const last = count === counts.at(-1);
      const warning = loadWarning();
      if (warning) console.log(warning);
      figure(`${count} articles (${mb(statSync(corpus).size).toFixed(1)} MB)`, seconds, "s", count === 10_000 ? goal(seconds < 120, "< 120 s") : "");
      figure(`  CPU time (all threads)`, cpu, "s", `≈ ${(cpu / 2).toFixed(0)} s on 2 idle cores`);
      const rssLimit = rssGoal(count);
      figure(`  peak RSS`, mb(rss), "MB", count >= 20_000 || last ? goal(rss <= rssLimit.bytes, rssLimit.text) : "");
      figure(`  articles/s`, count / seconds, "");
      console.log(`    build said: ${summary.replace(/^newsgraph build: /, "")}`);
      // Counted from the build's summary line: a 100k-article graph file is longer than a JavaScript string can be.
      const [, nodes, edges] = summary.match(/(\d+) entities, (\d+) relations/) ?? [];
      figure(`  graph: nodes / edges / file MB`, `${nodes} / ${edges} / ${mb(statSync(graph).size).toFixed(1)}`);
      // The extraction-only heap probe reads the whole corpus again: at most 20k articles.
      if (last && count <= 20_000) {
        const marks = pipelineHeap(corpus, Math.max(1, Math.floor(count / 4)));
        const shown = marks.map((m) => `${m.articles}: ${m.heapMB.toFixed(0)}`).join(", ");
        figure("  ingest + extract alone: heap after GC (MB)", shown);
      }
      results.push({ count, seconds, rss });
    }
    if (results.length > 1) {
      const [a, b] = [results[0], results.at(-1)];
      figure("peak RSS growth per 1,000 articles", mb(b.rss - a.rss) / ((b.count - a.count) / 1000), "MB");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
