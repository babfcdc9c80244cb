// Runs documents through `extractDocument`, in this thread or in a tinypool of worker threads, and yields the
// extractions in input order. At most a few documents per worker are in flight, so memory stays flat on any corpus.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Tinypool } from "tinypool";
import type { Document, Extraction } from "../types.js";
import { extractDocument } from "./extract-document.js";

export interface ExtractProblem {
  source: string;
  reason: string;
}

export interface ExtractAllOptions {
  /** Worker threads; 1 (the default) extracts in this thread. */
  workers?: number;
  /** Documents handed out before the oldest one's result is awaited, per worker. Default 4. */
  queuePerWorker?: number;
  /** Called when extracting a document throws; the document is skipped and the rest goes on. */
  onProblem?: (problem: ExtractProblem) => void;
}

/** The default number of workers for `--workers` when not given: one per core, at most 8. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export async function* extractAll(
  docs: AsyncIterable<Document> | Iterable<Document>,
  options: ExtractAllOptions = {},
): AsyncGenerator<Extraction> {
  const workers = validateWorkers(options.workers ?? 1);
  const report = (doc: Document, error: unknown) =>
    options.onProblem?.({
      source: doc.source ?? doc.id,
      reason: `extraction failed: ${(error as Error)?.message ?? String(error)}`,
    });
  if (workers === 1) {
    for await (const doc of docs) {
      let extraction: Extraction;
      try {
        extraction = extractDocument(doc);
      } catch (error) {
        report(doc, error);
        continue;
      }
      yield extraction;
    }
    return;
  }

  const pool = createPool(workers);
  const limit = workers * (options.queuePerWorker ?? 4);
  const inFlight: { doc: Document; result: Promise<Extraction | Error> }[] = [];
  try {
    for await (const doc of docs) {
      inFlight.push({ doc, result: pool.run(doc).catch((error: unknown) => toError(error)) });
      if (inFlight.length >= limit) {
        const done = inFlight.shift()!;
        const result = await done.result;
        if (result instanceof Error) report(done.doc, result);
        else yield result;
      }
    }
    while (inFlight.length) {
      const done = inFlight.shift()!;
      const result = await done.result;
      if (result instanceof Error) report(done.doc, result);
      else yield result;
    }
  } finally {
    // Reached also when the consumer stops early: pending tasks are cancelled and the threads end.
    pool.cancelPendingTasks();
    await pool.destroy();
  }
}

function createPool(workers: number): Tinypool {
  return new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
}

/**
 * The worker file sits beside this module: `worker.js` once compiled (dist/src/extract/); from source (tsx, vitest)
 * `worker-source.mjs`, which loads `worker.ts` through tsx because Node 20 runs no `--import` loader in worker threads.
 */
function workerFile(): string {
  const fromSource = import.meta.url.endsWith(".ts");
  return fileURLToPath(new URL(fromSource ? "./worker-source.mjs" : "./worker.js", import.meta.url));
}

function validateWorkers(workers: number): number {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`extractAll: "workers" must be a whole number of at least 1, got ${String(workers)}`);
  }
  return workers;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
