// `newsgraph extract`: runs the extractor over articles and writes one JSON line per document, either the full
// Extraction or (with --jsonl) the GUM scorer's prediction format with entity ids linked across documents.
import { createEntityIndex } from "../../entities/index.js";
import { defaultWorkers, extractAll, toPrediction } from "../../extract/index.js";
import { listInputs, readInputs } from "../../ingest/index.js";
import type { Extraction } from "../../types.js";
import { openOutput, OutputClosed, skipReporter, TEXT_OUTPUT_OPTIONS } from "../output.js";
import { CliError, type CommandSpec } from "../table.js";

interface ExtractOptions {
  jsonl?: boolean;
  output?: string;
  workers?: string;
  quiet?: boolean;
}

export const extractCommand: CommandSpec = {
  name: "extract",
  args: "<paths...>",
  summary:
    "Extract entities and relations from files or folders of articles (.txt, .md, .html, .jsonl): one JSON line per article.",
  options: [
    {
      flags: "--jsonl",
      description:
        "write the GUM scorer's prediction format ({doc, mentions, relations}), entity ids linked across articles",
      default: false,
    },
    {
      flags: "--workers <n>",
      description: "extraction threads (default: one per CPU core, at most 8, on more than 2 cores and inputs over 2 MB; else 1)",
    },
    ...TEXT_OUTPUT_OPTIONS,
  ],
  examples: [
    "newsgraph extract seeds",
    "newsgraph extract ../shared/eval/gum-news-train.jsonl --jsonl -o pred.jsonl",
    "newsgraph extract corpus/ --workers 2 -o extractions.jsonl",
  ],
  run: (paths, options) => runExtract(paths, options as ExtractOptions),
};

export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  if (!paths.length) throw new CliError("extract: give at least one file or folder of articles");
  const requested = options.workers === undefined ? undefined : parseWorkers(options.workers);
  const started = performance.now();
  const skips = skipReporter("extract");
  const onProblem = skips.onProblem;

  const files = await listInputs(paths, { onProblem });
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const workers = requested ?? defaultWorkers(totalBytes);
  const out = openOutput("extract", options.output);
  const index = options.jsonl ? createEntityIndex() : null;
  let documents = 0;
  try {
    for await (const extraction of extractAll(readInputs(files, { onProblem }), { workers, onProblem })) {
      const line = index ? JSON.stringify(toPrediction(linkIds(extraction, index))) : JSON.stringify(extraction);
      await out.write(line + "\n");
      documents++;
    }
    await out.close();
  } catch (error) {
    out.abort();
    if (error instanceof OutputClosed) return skips.count > 0 ? 1 : 0;
    throw error;
  }
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const target = options.output ? ` to ${options.output}` : "";
    process.stderr.write(
      `newsgraph extract: ${documents} article${documents === 1 ? "" : "s"} written${target}, ${skips.count} skipped, ${seconds} s\n`,
    );
  }
  return skips.count > 0 ? 1 : 0;
}

/** Applies cross-document linking: every entity id of the extraction becomes the id the index links it to. */
export function linkIds(extraction: Extraction, index: { link(entity: Extraction["entities"][number]): { id: string } }): Extraction {
  const ids = new Map<string, string>();
  for (const entity of extraction.entities) ids.set(entity.id, index.link(entity).id);
  const id = (old: string) => ids.get(old) ?? old;
  return {
    doc: extraction.doc,
    entities: extraction.entities.map((e) => ({ ...e, id: id(e.id) })),
    mentions: extraction.mentions.map((m) => ({ ...m, entity: id(m.entity) })),
    relations: extraction.relations.map((r) => ({
      ...r,
      subject: id(r.subject),
      object: id(r.object),
      attributedTo: r.attributedTo === null ? null : id(r.attributedTo),
    })),
  };
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) {
    throw new CliError(`extract: --workers must be a whole number of at least 1, got "${value}"`);
  }
  return n;
}
