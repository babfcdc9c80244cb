// What `newsgraph extract` does (declared in ../commands/extract.ts, which loads this module when the command runs):
// runs the extractor over articles and writes one JSON line per document, either the full Extraction or (with
// --jsonl) the GUM scorer's prediction format with entity ids linked across documents.
import { createEntityIndex } from "../../entities/index.js";
import { defaultWorkers, extractAll, toPrediction } from "../../extract/index.js";
import { listInputs, readInputs, type IngestProblem } from "../../ingest/index.js";
import type { Extraction } from "../../types.js";
import { optionalInteger } from "../options.js";
import { openOutput, OutputClosed, skipReporter } from "../output.js";
import { takeStdin } from "../stdin.js";
import { CliError } from "../table.js";
import type { ExtractOptions } from "../commands/extract.js";

export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  if (!paths.length) throw new CliError("extract: give at least one file or folder of articles");
  const requested = optionalInteger("extract", "--workers", options.workers, 1);
  const started = performance.now();
  const skips = skipReporter("extract");
  const stdin = await takeStdin("extract", paths);
  try {
    return await extractFrom(stdin.paths, options, requested, started, (problem) => skips.onProblem(stdin.rename(problem)), skips);
  } finally {
    stdin.cleanup();
  }
}

async function extractFrom(
  paths: string[],
  options: ExtractOptions,
  requested: number | undefined,
  started: number,
  onProblem: (problem: IngestProblem) => void,
  skips: { readonly count: number },
): Promise<number> {
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
