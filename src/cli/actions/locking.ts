// How the writing commands (build, remove) report the graph file's lock: a line when they start waiting for another
// writer, and the lock's errors (timed out, lock file not creatable) as one-line usage errors with exit code 2.
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { NewsgraphError } from "../../errors.js";
import type { LockHolder } from "../../model/index.js";
import { CliError } from "../table.js";

/** The `onWait` of a lock: one line on stderr saying whom this command waits for. */
export function reportWaiting(command: string, path: string): (holder: LockHolder) => void {
  return (holder) =>
    console.error(`newsgraph ${command}: ${path} is being written by another newsgraph (pid ${holder.pid}); waiting for it to finish`);
}

/** Runs `work`, turning the lock's and the graph file's errors into one-line CLI errors. */
export async function lockErrors<T>(command: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NewsgraphError && (error.code === "locked" || error.code === "unwritable")) {
      throw new CliError(`${command}: ${error.message}`, error.code, 2);
    }
    throw error;
  }
}

/**
 * The graph files to lock: those whose folder exists. A file in a missing folder cannot be read (the reader then
 * says "no such file"), and the output's folder has been created before.
 */
export function lockable(paths: readonly string[]): string[] {
  return paths.filter((path) => existsSync(dirname(path)));
}
