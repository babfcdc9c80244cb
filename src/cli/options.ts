// Option values shared by the commands: whole numbers, and the graph file a reading command opens. Every command
// parses its numbers here, so `--workers two` and `--depth 9` are refused the same way, in one line.
import { mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { CliError } from "./table.js";

/**
 * Parses a whole-number option (digits only: no sign, no decimals, no exponent), within `min` and `max`,
 * naming the command and the option in the error.
 */
export function integerOption(command: string, flag: string, value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const text = String(value).trim();
  const number = Number(text);
  if (!/^\d+$/.test(text) || number < min || number > max) {
    const range = max >= Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new CliError(`${command}: ${flag} expects a whole number ${range}, got "${String(value)}"`);
  }
  return number;
}

/** Like `integerOption`, for an option that may be absent (undefined stays undefined). */
export function optionalInteger(command: string, flag: string, value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  return value === undefined ? undefined : integerOption(command, flag, value, min, max);
}

/** The `--wait <seconds>` option of the commands that write a graph file. */
export const WAIT_OPTION = {
  flags: "--wait <seconds>",
  description: "how long to wait while another newsgraph writes the same graph file, then give up (0: do not wait)",
  default: "600",
} as const;

/**
 * Checks, before any work, that a graph file can be written at `path`: not a folder, and its folder exists or can
 * be created. A problem is one line naming the command, the option and the fix.
 */
export function prepareOutputFile(command: string, flag: string, path: string): void {
  let info;
  try {
    info = statSync(path);
  } catch {
    info = null; // does not exist yet: fine
  }
  if (info?.isDirectory()) {
    throw new CliError(`${command}: ${flag} ${path} is a folder; give a file name such as ${join(path, "graph.json")}`);
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EEXIST" || code === "ENOTDIR" ? "a part of that path is a file" : code === "EACCES" || code === "EPERM" ? "permission denied" : code;
    throw new CliError(`${command}: ${flag} ${path}: cannot create its folder ${dirname(path)} (${reason})`);
  }
}
