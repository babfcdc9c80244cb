// `npm run check:determinism [-- COUNT]`: builds the same real articles four ways — 1 and 2 workers, in the corpus's
// order and reversed — and checks that the four graph files are byte-identical (default: 420 Reuters articles).
// tests/cli/determinism.test.ts runs the same check on fewer articles. The corpus is Reuters-21578 from
// ../shared/corpora (free for research, never shipped: the articles are picked from it at run time); without it,
// the paragraphs of the seed articles stand in.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCommand } from "../src/cli/commands/build.js";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
export const REUTERS = join(ROOT, "..", "shared", "corpora", "reuters-21578.jsonl");

export interface Article {
  id: string;
  title?: string;
  text: string;
}

/**
 * `count` Reuters articles spread evenly over the corpus (every k-th, so that years, desks and topics mix), or,
 * without the corpus, one article per paragraph of the seed articles (`source` says which).
 */
export function determinismCorpus(count: number): { source: string; articles: Article[] } {
  if (existsSync(REUTERS)) {
    const lines = readFileSync(REUTERS, "utf8").split("\n").filter((line) => line.trim());
    const step = Math.max(1, Math.floor(lines.length / count));
    const articles = lines
      .filter((_, i) => i % step === 0)
      .slice(0, count)
      .map((line) => JSON.parse(line) as Article);
    return { source: "Reuters-21578", articles };
  }
  const seeds = join(ROOT, "seeds");
  const articles = readdirSync(seeds)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) =>
      readFileSync(join(seeds, name), "utf8")
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim().length > 80)
        .map((text, i) => ({ id: `${name.replace(/\.txt$/, "")}-${i}`, text })),
    );
  return { source: "seed paragraphs", articles: articles.slice(0, count) };
}

export interface DeterminismResult {
  /** Graph file text of each way, by name. */
  graphs: Record<string, string>;
  seconds: Record<string, number>;
}

/** Builds `articles` with 1 and 2 workers, forward and reversed, into `dir`; returns the four graph files. */
export async function buildFourWays(articles: readonly Article[], dir: string): Promise<DeterminismResult> {
  const write = (name: string, list: readonly Article[]) => {
    const file = join(dir, `${name}.jsonl`);
    writeFileSync(file, list.map((a) => JSON.stringify(a) + "\n").join(""));
    return file;
  };
  const forward = write("forward", articles);
  const reversed = write("reversed", [...articles].reverse());
  const ways: Array<[string, string, string]> = [
    ["1 worker, forward", forward, "1"],
    ["2 workers, forward", forward, "2"],
    ["1 worker, reversed", reversed, "1"],
    ["2 workers, reversed", reversed, "2"],
  ];
  const graphs: Record<string, string> = {};
  const seconds: Record<string, number> = {};
  for (const [name, input, workers] of ways) {
    const output = join(dir, `${name.replace(/\W+/g, "-")}.json`);
    const started = performance.now();
    const code = await buildCommand.run([input], { output, workers, quiet: true, layoutSeed: "1" });
    if (code !== 0) throw new Error(`determinism: the build "${name}" skipped some articles (exit code ${code})`);
    seconds[name] = (performance.now() - started) / 1000;
    graphs[name] = readFileSync(output, "utf8");
  }
  return { graphs, seconds };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 420);
  const { source, articles } = determinismCorpus(count);
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-determinism-"));
  try {
    const { graphs, seconds } = await buildFourWays(articles, dir);
    const hashes = Object.values(graphs).map((text) => createHash("sha256").update(text).digest("hex").slice(0, 16));
    console.log(`${articles.length} articles of ${source}`);
    for (const [i, name] of Object.keys(graphs).entries()) {
      console.log(`  ${name.padEnd(20)} ${seconds[name].toFixed(1).padStart(6)} s  ${graphs[name].length.toLocaleString("en-US")} bytes  sha256 ${hashes[i]}`);
    }
    const same = new Set(hashes).size === 1;
    console.log(same ? "byte-identical: yes" : "byte-identical: NO");
    process.exitCode = same ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
