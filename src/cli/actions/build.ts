// What `newsgraph build` does (its options are declared in ../commands/build.ts, which loads this module only when
// the command runs): reads articles, extracts entities and relations, and writes the graph file (or updates one:
// only new or changed articles are extracted), holding the graph file's lock from reading it to writing it.
import cliProgress from "cli-progress";
import { defaultWorkers, documentInfo, extractAll, EXTRACTOR_VERSION } from "../../extract/index.js";
import { listInputs, readInputs, type IngestProblem, type IngestProgress } from "../../ingest/index.js";
import { NewsgraphError } from "../../errors.js";
import { loadGraph, removeStaleTemporaries, saveGraph, withGraphLock, type NewsGraph } from "../../model/index.js";
import {
  createGraphBuilder,
  graphBuilderFrom,
  loadAliasRules,
  type BuildOptions as GraphBuildOptions,
  type GraphBuilder,
} from "../../build/index.js";
import type { AliasRules, Document } from "../../types.js";
import { integerOption, optionalInteger, prepareOutputFile } from "../options.js";
import { takeStdin } from "../stdin.js";
import { CliError } from "../table.js";
import { DEFAULT_GRAPH_PATH, type BuildOptions } from "../commands/build.js";
import { lockable, lockErrors, reportWaiting } from "./locking.js";

/** An input that was left out, and why. */
export interface Skipped {
  file: string;
  line?: number;
  reason: string;
}

export async function runBuild(paths: string[], options: BuildOptions): Promise<number> {
  const started = performance.now();
  if (paths.length === 0) throw new CliError("build: no input given; name files or folders of articles (or - for standard input), e.g. `newsgraph build seeds`");
  const output = options.output ?? options.update ?? DEFAULT_GRAPH_PATH;
  const layoutSeed = optionalInteger("build", "--layout-seed", options.layoutSeed);
  const workers = optionalInteger("build", "--workers", options.workers, 1);
  const maxEvidence = optionalInteger("build", "--max-evidence", options.maxEvidence, 1);
  const waitMs = integerOption("build", "--wait", options.wait ?? "600") * 1000;
  const aliasRules = options.aliases === undefined ? undefined : readAliases(options.aliases);
  prepareOutputFile("build", options.output === undefined && options.update !== undefined ? "--update" : "-o", output);

  const stdin = await takeStdin("build", paths);
  try {
    const locked = [output, ...(options.update === undefined ? [] : [options.update])];
    return await lockErrors("build", () =>
      withGraphLock(lockable(locked), { waitMs, onWait: reportWaiting("build", output) }, () =>
        buildLocked(stdin.paths, paths, output, { ...options, layoutSeed, workers, maxEvidence, aliasRules, rename: stdin.rename, started }),
      ),
    );
  } finally {
    stdin.cleanup();
  }
}

interface LockedBuild {
  update?: string;
  quiet?: boolean;
  layoutSeed?: number;
  workers?: number;
  maxEvidence?: number;
  relayout?: boolean;
  aliasRules?: AliasRules;
  rename(problem: IngestProblem): IngestProblem;
  started: number;
}

/** The build proper, run while this process holds the lock of the output (and of the --update file). */
async function buildLocked(paths: string[], given: string[], output: string, options: LockedBuild): Promise<number> {
  for (const name of removeStaleTemporaries(output)) console.error(`newsgraph build: removed ${name}, left by an interrupted run`);
  // Without --aliases, --layout-seed or --max-evidence, an update keeps the ones the graph was built with.
  const settings: GraphBuildOptions = { aliasRules: options.aliasRules, layoutSeed: options.layoutSeed, maxEvidence: options.maxEvidence };
  const builder =
    options.update === undefined
      ? createGraphBuilder(settings)
      : openForUpdate(options.update, { ...settings, relayout: options.relayout === true });

  const skipped: Skipped[] = [];
  const onProblem = (found: IngestProblem) => {
    const problem = options.rename(found);
    skipped.push({ file: problem.source, line: problem.line, reason: problem.reason });
  };
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
  for await (const extraction of extractAll(toExtract(), { workers: options.workers ?? defaultWorkers(totalBytes), onProblem })) {
    builder.add(extraction);
    counts.extracted++;
  }
  progress.stop();

  for (const s of skipped) console.error(`newsgraph build: skipped ${s.file}${s.line === undefined ? "" : `:${s.line}`}: ${s.reason}`);
  // Nothing read: writing an empty graph over a good one would lose it.
  if (counts.read === 0) {
    const found = skipped.length ? `${plural(skipped.length, "input")} skipped` : "expected .txt, .md, .html or .jsonl files";
    throw new CliError(`build: no articles read from ${given.join(", ")} (${found}); ${output} not written`);
  }
  const graphStarted = performance.now();
  const graph = builder.build();
  await saveGraph(graph, output);
  const graphSeconds = (performance.now() - graphStarted) / 1000;

  if (!options.quiet) {
    const seconds = ((performance.now() - options.started) / 1000).toFixed(1);
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
