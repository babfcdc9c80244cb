// `newsgraph build`: reads articles, extracts entities and relations, and writes the graph file (or updates one:
// only new or changed articles are extracted). Progress bar on a terminal, a summary on stderr, and an exit code
// that says whether any input was skipped.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import cliProgress from "cli-progress";
import { defaultWorkers, documentInfo, extractAll, EXTRACTOR_VERSION } from "../../extract/index.js";
import { listInputs, readInputs, type IngestProblem, type IngestProgress } from "../../ingest/index.js";
import { NewsgraphError } from "../../errors.js";
import { loadGraph, saveGraph, type NewsGraph } from "../../model/index.js";
import { createGraphBuilder, DEFAULT_LAYOUT_SEED, DEFAULT_MAX_EVIDENCE, graphBuilderFrom, loadAliasRules, type GraphBuilder, type BuildOptions as GraphBuildOptions } from "../../build/index.js";
import type { AliasRules, Document } from "../../types.js";
import { CliError, type CommandSpec } from "../table.js";

export const DEFAULT_GRAPH_PATH = "data/graph.json";

/** An input that was left out, and why. */
export interface Skipped {
  file: string;
  line?: number;
  reason: string;
}

interface BuildOptions {
  output?: string;
  update?: string;
  aliases?: string;
  workers?: string;
  layoutSeed?: string;
  maxEvidence?: string;
  relayout?: boolean;
  quiet?: boolean;
}

export const buildCommand: CommandSpec = {
  name: "build",
  args: "[paths...]",
  summary: "Build the knowledge graph of files or folders of articles (.txt, .md, .html, .jsonl) into a graph file.",
  options: [
    { flags: "-o, --output <file>", description: `graph file to write (default: ${DEFAULT_GRAPH_PATH}, or the --update file)` },
    { flags: "--update <file>", description: "add new and changed articles to this graph file instead of starting afresh" },
    {
      flags: "--aliases <file>",
      description: 'JSON file of forced merges and splits: {"merge": {"Canonical Name": ["alias", ...]}, "split": [["Name A", "Name B"]]}',
    },
    { flags: "--workers <n>", description: "extraction threads (default: one per CPU core, at most 8, on more than 2 cores and inputs over 2 MB; else 1)" },
    {
      flags: "--layout-seed <n>",
      description: `seed of the layout and community detection (default: ${DEFAULT_LAYOUT_SEED}, or the --update graph's seed)`,
    },
    {
      flags: "--max-evidence <n>",
      description: `evidence sentences kept per relation and article; the others are counted (default: ${DEFAULT_MAX_EVIDENCE}, or the --update graph's)`,
    },
    {
      flags: "--relayout",
      description: "with --update: lay the whole graph out again (default: saved entities keep their places, new ones go near their neighbours)",
      default: false,
    },
    { flags: "--quiet", description: "no progress bar and no summary line (skipped inputs are still reported)", default: false },
  ],
  examples: [
    "newsgraph build seeds -o data/graph.json",
    "newsgraph build --update data/graph.json more-articles/",
    "newsgraph build corpus.jsonl --aliases aliases.json --workers 2",
  ],
  run: (paths, options) => runBuild(paths, options as BuildOptions),
};

async function runBuild(paths: string[], options: BuildOptions): Promise<number> {
  const started = performance.now();
  if (paths.length === 0) throw new CliError("build: no input given; name files or folders of articles, e.g. `newsgraph build seeds`");
  const output = options.output ?? options.update ?? DEFAULT_GRAPH_PATH;
  const layoutSeed = options.layoutSeed === undefined ? undefined : parseInteger(options.layoutSeed, "--layout-seed");
  const maxEvidence = options.maxEvidence === undefined ? undefined : parseInteger(options.maxEvidence, "--max-evidence", 1);
  const workers = options.workers === undefined ? undefined : parseInteger(options.workers, "--workers", 1);
  const aliasRules = options.aliases === undefined ? undefined : readAliases(options.aliases);
  // Without --aliases or --layout-seed, an update keeps the ones the graph was built with.
  const builder =
    options.update === undefined
      ? createGraphBuilder({ aliasRules, layoutSeed, maxEvidence })
      : openForUpdate(options.update, { aliasRules, layoutSeed, maxEvidence, relayout: options.relayout === true });

  const skipped: Skipped[] = [];
  const onProblem = (problem: IngestProblem) => skipped.push({ file: problem.source, line: problem.line, reason: problem.reason });
  const files = await listInputs(paths, { onProblem });
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const progress = startProgress(totalBytes, options.quiet === true);
  const counts = { read: 0, extracted: 0, unchanged: 0 };

  // Articles already in the graph with the same content are not extracted again.
  async function* toExtract(): AsyncIterable<Document> {
    for await (const doc of readInputs(files, { onProblem, onProgress: progress.update })) {
      counts.read++;
      if (builder.document(doc.id)?.hash === documentInfo(doc).hash) {
        counts.unchanged++;
        continue;
      }
      yield doc;
    }
  }
  for await (const extraction of extractAll(toExtract(), { workers: workers ?? defaultWorkers(totalBytes), onProblem })) {
    builder.add(extraction);
    counts.extracted++;
  }
  progress.stop();

  for (const s of skipped) console.error(`newsgraph build: skipped ${s.file}${s.line === undefined ? "" : `:${s.line}`}: ${s.reason}`);
  // Nothing read: writing an empty graph over a good one would lose it.
  if (counts.read === 0) {
    const found = skipped.length ? `${plural(skipped.length, "input")} skipped` : "expected .txt, .md, .html or .jsonl files";
    throw new CliError(`build: no articles read from ${paths.join(", ")} (${found}); ${output} not written`);
  }
  const graphStarted = performance.now();
  const graph = builder.build();
  mkdirSync(dirname(output), { recursive: true });
  await saveGraph(graph, output);
  const graphSeconds = (performance.now() - graphStarted) / 1000;

  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const update = options.update === undefined ? "" : ` (${counts.extracted} new or changed, ${counts.unchanged} unchanged)`;
    console.error(
      `newsgraph build: ${plural(counts.read, "article")} read${update}, ${skipped.length} skipped, ` +
        `${plural(graph.order, "entity", "entities")}, ${plural(graph.size, "relation")}, ${seconds} s ` +
        `(graph and layout ${graphSeconds.toFixed(1)} s) → ${output}`,
    );
  }
  return skipped.length > 0 ? 1 : 0;
}

function openForUpdate(path: string, settings: GraphBuildOptions): GraphBuilder {
  let graph: NewsGraph;
  try {
    graph = loadGraph(path);
  } catch (error) {
    if (error instanceof NewsgraphError) throw new CliError(`build: cannot update ${error.message}`);
    throw error;
  }
  const version = graph.getAttribute("extractorVersion");
  if (version !== EXTRACTOR_VERSION)
    console.error(
      `newsgraph build: ${path} was extracted by version ${version ?? "(unknown)"}, this is ${EXTRACTOR_VERSION}: ` +
        "unchanged articles keep their old extraction; build without --update to redo them all",
    );
  try {
    return graphBuilderFrom(graph, settings);
  } catch (error) {
    if (error instanceof NewsgraphError) throw new CliError(`build: cannot update ${path}: ${error.message}`);
    throw error;
  }
}

function readAliases(path: string): AliasRules {
  try {
    return loadAliasRules(path);
  } catch (error) {
    if (error instanceof NewsgraphError) throw new CliError(`build: --aliases ${error.message}`);
    throw error;
  }
}

function parseInteger(value: string, flag: string, min = 0): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`build: ${flag} expects a whole number${min ? ` ≥ ${min}` : ""}, got "${value}"`);
  return n;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Progress {
  update(progress: IngestProgress): void;
  stop(): void;
}

/**
 * A progress bar on an interactive terminal only: not in CI, not with --quiet, not when stderr is redirected.
 * It runs on bytes read (a .jsonl file holds many articles) and shows articles and articles/s.
 */
function startProgress(totalBytes: number, quiet: boolean): Progress {
  if (quiet || process.env.CI || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: "{bar} {percentage}% | {articles} articles | {speed} articles/s | ETA {eta_formatted}",
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(Math.max(1, totalBytes), 0, { articles: 0, speed: "0" });
  return {
    update(progress) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(progress.bytes, { articles: progress.documents, speed: seconds > 0 ? (progress.documents / seconds).toFixed(1) : "0" });
    },
    stop() {
      bar.stop();
    },
  };
}
