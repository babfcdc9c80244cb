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
  /** Threads that extract, this one included: N > 1 starts N − 1 worker threads. 1 (the default): this thread only. */
  workers?: number;
  /** Documents queued per worker thread. Default 4. */
  queuePerWorker?: number;
  /** Called when extracting a document throws; the document is skipped and the rest goes on. */
  onProblem?: (problem: ExtractProblem) => void;
}

/** Below this much input, a worker thread's start-up (loading the models, JIT warm-up) costs more than it saves. */
export const SMALL_INPUT_BYTES = 2 << 20;

/**
 * The number of workers for `--workers` when not given, so that the default is never slower than one thread:
 * 1 below `SMALL_INPUT_BYTES` of input, and 1 on two cores or fewer, where this thread's reading, linking and GC
 * compete with the worker thread (measured: 0.92–1.04× on two quiet cores, 0.69× on two loaded ones, for 50 %
 * more CPU; copying the extractions between threads is only ~1 % of it, the rest is each thread's start-up and
 * warm-up and the two threads' contention). Otherwise one per core, at most 8.
 */
export function defaultWorkers(inputBytes = Infinity, cores = availableParallelism()): number {
  if (cores <= 2 || inputBytes < SMALL_INPUT_BYTES) return 1;
  return Math.min(8, cores);
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

  // This thread is one of the `workers`: it extracts whenever the oldest document is still with the pool, which
  // spares one thread's start-up and half the copying between threads (2 workers = this thread + 1 worker thread).
  const perWorker = options.queuePerWorker ?? 4;
  const pool = createPool(workers - 1, perWorker);
  const poolQueue = (workers - 1) * perWorker;
  const windowSize = 2 * poolQueue + 2;
  const source = toAsyncIterator(docs);
  const window: Slot[] = [];
  let pooled = 0;
  let exhausted = false;
  const extractHere = (doc: Document): Extraction | Error => {
    try {
      return extractDocument(doc);
    } catch (error) {
      return toError(error);
    }
  };
  try {
    for (;;) {
      while (!exhausted && window.length < windowSize) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const slot: Slot = { doc: next.value, result: null, pending: null };
        if (pooled < poolQueue) {
          pooled++;
          slot.pending = pool.run(slot.doc).then(
            (extraction: Extraction) => extraction,
            (error: unknown) => toError(error),
          );
          slot.pending.then((result) => {
            pooled--;
            slot.result = result;
          });
        }
        window.push(slot);
      }
      const head = window[0];
      if (!head) break;
      if (head.result === null && head.pending) {
        const local = window.find((slot) => slot.result === null && !slot.pending);
        if (local) {
          local.result = extractHere(local.doc);
          // Let the pool's messages in: finished results are collected and the worker is handed new documents.
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        head.result = await head.pending;
      }
      window.shift();
      const result = head.result ?? extractHere(head.doc);
      if (result instanceof Error) report(head.doc, result);
      else yield result;
    }
  } finally {
    // Reached also when the consumer stops early: pending tasks are cancelled and the threads end.
    await source.return?.();
    pool.cancelPendingTasks();
    await pool.destroy();
  }
}

/** A document on its way through the pipeline: extracted here (`result`), or by the pool (`pending`, then `result`). */
interface Slot {
  doc: Document;
  result: Extraction | Error | null;
  pending: Promise<Extraction | Error> | null;
}

function toAsyncIterator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in items) return items[Symbol.asyncIterator]();
  const iterator = items[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async (value?: unknown) => iterator.return?.(value) ?? { done: true, value: undefined },
  };
}

/** Each worker thread gets `perWorker` documents at once, so that it never waits for this thread to hand it the next. */
function createPool(workers: number, perWorker: number): Tinypool {
  return new Tinypool({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: perWorker,
    idleTimeout: 60_000,
  });
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
