// `-` among the inputs of `build` and `extract` reads articles from standard input. Its format is told from its
// first non-blank character: `{` means JSON lines (one article a line, as a .jsonl file), `<` one HTML page, and
// anything else one plain-text article, with the document id "stdin". The text is copied to a temporary file that
// the ingest stage then reads like any other input, and problems name `-` (line numbers included), not that file.
import { createWriteStream, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { IngestProblem } from "../ingest/index.js";
import { CliError } from "./table.js";

export const STDIN = "-";

export interface StdinInputs {
  /** The paths to read, `-` replaced by the temporary file holding standard input. */
  paths: string[];
  /** Rewrites a problem that names the temporary file so that it names `-`. */
  rename(problem: IngestProblem): IngestProblem;
  /** Deletes the temporary file (safe to call twice). */
  cleanup(): void;
}

/** Copies standard input to a temporary file when `-` is among `paths`; otherwise returns the paths as they are. */
export async function takeStdin(command: string, paths: readonly string[], input: Readable = process.stdin): Promise<StdinInputs> {
  const count = paths.filter((p) => p === STDIN).length;
  if (count === 0) return { paths: [...paths], rename: (problem) => problem, cleanup() {} };
  if (count > 1) throw new CliError(`${command}: "-" (standard input) can be given only once`);
  if (input === process.stdin && process.stdin.isTTY) {
    throw new CliError(`${command}: "-" reads articles from standard input, but it is a terminal; pipe them in, e.g. \`cat corpus.jsonl | newsgraph ${command} -\``);
  }
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-stdin-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const format = await copyAndSniff(input, join(dir, "stdin.data"));
    const file = join(dir, `stdin.${format}`);
    renameSync(join(dir, "stdin.data"), file);
    const swap = (text: string) => text.split(file).join(STDIN);
    return {
      paths: paths.map((p) => (p === STDIN ? file : p)),
      rename: (problem) => ({ ...problem, source: swap(problem.source), reason: swap(problem.reason) }),
      cleanup,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Copies `input` to `path` and returns the extension its first non-blank character calls for. */
async function copyAndSniff(input: Readable, path: string): Promise<"jsonl" | "html" | "txt"> {
  const out = createWriteStream(path);
  let first: string | undefined;
  try {
    for await (const chunk of input) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      if (first === undefined) {
        const text = buffer.toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
        if (text) first = text[0];
      }
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  return first === "{" ? "jsonl" : first === "<" ? "html" : "txt";
}
