// Where a command's text output goes: standard output, or a file written under a temporary name and renamed at the
// end. A reader that closes the pipe early (`... | head`) ends the command quietly.
import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Writable } from "node:stream";
import type { IngestProblem } from "../ingest/index.js";
import { CliError, type OptionSpec } from "./table.js";

/** The options of a command that writes text to standard output or a file, with a summary line on stderr. */
export const TEXT_OUTPUT_OPTIONS: readonly OptionSpec[] = [
  { flags: "-o, --output <file>", description: "file to write (default: standard output)" },
  { flags: "--quiet", description: "no summary line on stderr (skipped inputs are still reported)", default: false },
];

export interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  abort(): void;
}

/** Standard output, or a file written under a temporary name and renamed at the end, so a failed run leaves no half file. */
export function openOutput(command: string, file: string | undefined): Output {
  if (!file) return streamOutput(command, process.stdout, async () => {});
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const stream = createWriteStream(temp);
  const output = streamOutput(command, stream, async () => {
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    renameSync(temp, file);
  });
  return {
    ...output,
    abort() {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

function streamOutput(command: string, stream: Writable, finish: () => Promise<void>): Output {
  let failure: NodeJS.ErrnoException | null = null;
  let wakeUp: (() => void) | null = null;
  stream.on("error", (error) => {
    failure = error;
    wakeUp?.();
  });
  const check = () => {
    if (!failure) return;
    // The reader went away (`newsgraph extract ... | head`): stop quietly, as other Unix tools do.
    if (failure.code === "EPIPE") throw new OutputClosed();
    throw new CliError(`${command}: cannot write the output: ${failure.message}`, "io", 2);
  };
  return {
    async write(text) {
      check();
      // Wait when the stream's buffer is full, so a slow reader does not make memory grow.
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          wakeUp = resolve;
          stream.once("drain", resolve);
        });
        wakeUp = null;
        check();
      }
    },
    async close() {
      await finish();
      check();
    },
    abort() {},
  };
}

/** The output's reader closed the pipe: not an error of newsgraph's. */
export class OutputClosed extends Error {}

/** Reports each skipped input on standard error, one line naming the file (and line) and the reason, and counts them. */
export function skipReporter(command: string): { readonly count: number; onProblem(problem: IngestProblem): void } {
  let count = 0;
  return {
    get count() {
      return count;
    },
    onProblem(problem) {
      count++;
      const where = problem.line ? `${problem.source}:${problem.line}` : problem.source;
      process.stderr.write(`newsgraph ${command}: skipped ${where}: ${problem.reason}\n`);
    },
  };
}
