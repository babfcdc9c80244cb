// For the CLI tests (tests/cli/{query,export,diff}.test.ts): runs `newsgraph ARGS` in this process through the
// real entry (`main`), capturing stdout, stderr and the exit code.
import { vi } from "vitest";
import { main } from "../../src/cli/index.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
    stdout.push(String(chunk));
    return true;
  });
  const error = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(" ") + "\n"));
  process.exitCode = undefined;
  try {
    await main(["node", "newsgraph", ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    write.mockRestore();
    error.mockRestore();
    // Never leak an exit code into the test runner's own.
    process.exitCode = undefined;
  }
}
