// `newsgraph build`: reads articles, extracts entities and relations, and writes the graph file (or updates one:
// only new or changed articles are extracted). Progress bar on a terminal, a summary on stderr, and an exit code
// that says whether any input was skipped.
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import cliProgress from "cli-progress";
import { documentInfo, extractDocument } from "../../extract/index.js";
import { NewsgraphError } from "../../errors.js";
import {
  createGraphBuilder,
  DEFAULT_LAYOUT_SEED,
  graphBuilderFrom,
  loadAliasRules,
  loadGraph,
  saveGraph,
  type GraphBuilder,
} from "../../graph/index.js";
import type { AliasRules, Document, Extraction } from "../../types.js";
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
    { flags: "--workers <n>", description: "extraction worker threads (default: the number of CPU cores)" },
    { flags: "--layout-seed <n>", description: "seed of the layout and community detection", default: String(DEFAULT_LAYOUT_SEED) },
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
  const layoutSeed = parseInteger(options.layoutSeed ?? String(DEFAULT_LAYOUT_SEED), "--layout-seed");
  const workers = options.workers === undefined ? undefined : parseInteger(options.workers, "--workers", 1);
  const aliasRules = options.aliases === undefined ? undefined : readAliases(options.aliases);
  const builder = options.update === undefined ? createGraphBuilder({ aliasRules, layoutSeed }) : openForUpdate(options.update, aliasRules, options.layoutSeed === undefined ? undefined : layoutSeed);

  const skipped: Skipped[] = [];
  const files = listInputs(paths, (problem) => skipped.push(problem));
  const progress = startProgress(files.length, options.quiet === true);
  const counts = { read: 0, extracted: 0, unchanged: 0 };
  const seen = new Map<string, string>();

  // Articles already in the graph with the same content are not extracted again.
  async function* toExtract(): AsyncIterable<Document> {
    for await (const doc of readInputs(files, (problem) => skipped.push(problem))) {
      counts.read++;
      const first = seen.get(doc.id);
      if (first !== undefined) {
        skipped.push({ file: doc.source ?? doc.id, reason: `duplicate article id "${doc.id}" (first read from ${first})` });
        progress.tick();
        continue;
      }
      seen.set(doc.id, doc.source ?? doc.id);
      if (builder.document(doc.id)?.hash === documentInfo(doc).hash) {
        counts.unchanged++;
        progress.tick();
        continue;
      }
      yield doc;
    }
  }
  for await (const extraction of extractAll(toExtract(), { workers })) {
    builder.add(extraction);
    counts.extracted++;
    progress.tick();
  }
  progress.stop();

  if (counts.read === 0 && skipped.length === 0)
    throw new CliError(`build: no articles found in ${paths.join(", ")}; expected .txt, .md, .html or .jsonl files`);
  const graph = builder.build();
  mkdirSync(dirname(output), { recursive: true });
  await saveGraph(graph, output);

  for (const s of skipped) console.error(`newsgraph build: skipped ${s.file}${s.line === undefined ? "" : `:${s.line}`}: ${s.reason}`);
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const update = options.update === undefined ? "" : ` (${counts.extracted} new or changed, ${counts.unchanged} unchanged)`;
    console.error(
      `newsgraph build: ${plural(counts.read, "article")} read${update}, ${skipped.length} skipped, ` +
        `${plural(graph.order, "entity", "entities")}, ${plural(graph.size, "relation")}, ${seconds} s → ${output}`,
    );
  }
  return skipped.length > 0 ? 1 : 0;
}

function openForUpdate(path: string, aliasRules: AliasRules | undefined, layoutSeed: number | undefined): GraphBuilder {
  try {
    return graphBuilderFrom(loadGraph(path), { aliasRules, layoutSeed });
  } catch (error) {
    if (error instanceof NewsgraphError) throw new CliError(`build: cannot update ${error.message}`);
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
  tick(): void;
  stop(): void;
}

/** A progress bar on an interactive terminal only: not in CI, not with --quiet, not when stderr is redirected. */
function startProgress(total: number, quiet: boolean): Progress {
  if (quiet || process.env.CI || !process.stderr.isTTY) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {value}/{total} articles | {speed} articles/s | ETA {eta_formatted}", stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  bar.start(total, 0, { speed: "0" });
  return {
    tick() {
      done++;
      const seconds = (performance.now() - started) / 1000;
      // A .jsonl file holds many articles: let the total grow rather than overflow the bar.
      if (done > total) bar.setTotal((total = done));
      bar.update(done, { speed: seconds > 0 ? (done / seconds).toFixed(1) : "0" });
    },
    stop() {
      bar.stop();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// TEMPORARY input reading and extraction, until `src/ingest` (readDocuments) and `src/extract` (extractAll) land:
// plain .txt files only, in-process extraction.

const TEXT_EXTENSIONS = new Set([".txt"]);

function listInputs(paths: string[], onProblem: (problem: Skipped) => void): string[] {
  const files: string[] = [];
  const walk = (path: string, top: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      if (top) onProblem({ file: path, reason: "no such file or folder" });
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith(".")) walk(join(path, name), false);
    } else if (top || TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) walk(path, true);
  return files;
}

async function* readInputs(files: string[], onProblem: (problem: Skipped) => void): AsyncIterable<Document> {
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      onProblem({ file, reason: `cannot read it (${(error as NodeJS.ErrnoException).code})` });
      continue;
    }
    if (bytes.includes(0)) {
      onProblem({ file, reason: "binary file, not text" });
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      onProblem({ file, reason: "not valid UTF-8 text; convert it to UTF-8" });
      continue;
    }
    if (text.trim() === "") {
      onProblem({ file, reason: "empty file" });
      continue;
    }
    yield { id: basename(file, extname(file)), text, source: file };
  }
}

async function* extractAll(docs: AsyncIterable<Document>, _options: { workers?: number }): AsyncIterable<Extraction> {
  for await (const doc of docs) yield extractDocument(doc);
}
