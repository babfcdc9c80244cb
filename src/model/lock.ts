// A lock on a graph file, so that two writers (`build --update`, `remove`, `build -o` on one file) never both
// read the old graph and overwrite each other's work: the second waits for the first, or gives up after a timeout
// with a one-line message. The lock is a file beside the graph (`graph.json.lock`) holding the owner's pid and host.
// A lock left by a process that no longer runs (killed, crashed) is taken over at once; a lock from another host
// (a shared folder) is taken over only when older than `STALE_FOREIGN_MS`.
//
// Why not proper-lockfile: it judges a lock stale by age alone and keeps it fresh with a timer, but the build's
// graph and layout step keeps the event loop busy for tens of seconds on large graphs, so the timer would not run and
// a waiting writer would steal a lock still held (or the stale age would have to be so long that a killed build
// blocked the next one for minutes). A pid answers "is the owner still running?" directly.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { NewsgraphError } from "../errors.js";

export interface LockOptions {
  /** How long to wait for another writer, in milliseconds (default 10 minutes; 0: fail at once). */
  waitMs?: number;
  /** Called once, when the lock is held by another process and this one starts waiting. */
  onWait?: (holder: LockHolder, lockPath: string) => void;
}

/** Who holds a lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Tells this holder's lock from another one of the same process. */
  token: string;
}

export const DEFAULT_LOCK_WAIT_MS = 10 * 60 * 1000;
/** A lock of another host cannot be checked by pid: it counts as abandoned after this long. */
export const STALE_FOREIGN_MS = 60 * 60 * 1000;
/** A lock file still empty after this long was left by a writer killed between creating and filling it. */
const STALE_EMPTY_MS = 10_000;
const POLL_MS = 100;

let tokens = 0;

/** The lock file of a graph file. */
export function lockPathOf(graphPath: string): string {
  return `${graphPath}.lock`;
}

/**
 * Runs `work` while holding the locks of `paths` (taken in sorted order, so two writers locking the same files
 * cannot wait for each other forever), and releases them afterwards, also when `work` throws.
 */
export async function withGraphLock<T>(paths: readonly string[], options: LockOptions, work: () => Promise<T>): Promise<T> {
  const unique = [...new Set(paths)].sort();
  const held: Array<() => void> = [];
  try {
    for (const path of unique) held.push(await acquireLock(path, options));
    return await work();
  } finally {
    for (const release of held.reverse()) release();
  }
}

/** Takes the lock of `graphPath`, waiting for its holder up to `waitMs`; returns the function that releases it. */
export async function acquireLock(graphPath: string, options: LockOptions = {}): Promise<() => void> {
  const lockPath = lockPathOf(graphPath);
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: `${process.pid}-${++tokens}` };
  const deadline = Date.now() + waitMs;
  let warned = false;
  for (;;) {
    if (tryCreate(lockPath, me)) return () => release(lockPath, me);
    const holder = readHolder(lockPath);
    if (holder === "gone") continue; // released between our attempt and the read: try again at once
    if (isAbandoned(lockPath, holder) && takeOver(lockPath, holder)) continue;
    if (Date.now() >= deadline) {
      const who = holder === "empty" ? "another newsgraph" : `another newsgraph (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
      throw new NewsgraphError(
        "locked",
        `${graphPath} is being written by ${who}; run again when it has finished, or delete ${lockPath} if no newsgraph is running`,
      );
    }
    if (!warned && holder !== "empty") {
      warned = true;
      options.onWait?.(holder, lockPath);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(1, deadline - Date.now()))));
  }
}

/** Creates the lock file only if there is none (O_EXCL): of two writers racing, exactly one succeeds. */
function tryCreate(lockPath: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw lockError(lockPath, error);
  }
  try {
    writeSync(fd, JSON.stringify(me) + "\n");
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(lockPath: string): LockHolder | "empty" | "gone" {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw lockError(lockPath, error);
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    if (Number.isInteger(holder.pid) && typeof holder.host === "string" && typeof holder.token === "string") return holder;
  } catch {
    // being written by its owner right now, or cut short by a kill: "empty" either way
  }
  return "empty";
}

function isAbandoned(lockPath: string, holder: LockHolder | "empty"): boolean {
  if (holder === "empty" || holder.host !== hostname()) {
    const age = ageMs(lockPath);
    return age !== null && age > (holder === "empty" ? STALE_EMPTY_MS : STALE_FOREIGN_MS);
  }
  return !isRunning(holder.pid);
}

/** Whether a process of this host with this pid runs (or existed and belongs to another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ageMs(path: string): number | null {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Removes an abandoned lock. Two waiters may both find it abandoned: the removal happens under a second, short-lived
 * lock (`graph.json.lock.break`) and only while the lock file still names the same owner, so the slower waiter never
 * deletes the lock the faster one has just taken.
 */
function takeOver(lockPath: string, holder: LockHolder | "empty"): boolean {
  const breaker = `${lockPath}.break`;
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: `${process.pid}-${++tokens}` };
  if (!tryCreate(breaker, me)) {
    // Someone else is taking it over; a breaker left by a process killed in these few lines is cleared after a while.
    const age = ageMs(breaker);
    if (age !== null && age > STALE_EMPTY_MS) rmSync(breaker, { force: true });
    return false;
  }
  try {
    const now = readHolder(lockPath);
    const same = now === "gone" ? false : now === "empty" || holder === "empty" ? now === holder : now.token === holder.token;
    if (same) rmSync(lockPath, { force: true });
    return true;
  } finally {
    rmSync(breaker, { force: true });
  }
}

function release(lockPath: string, me: LockHolder): void {
  const holder = readHolder(lockPath);
  if (holder !== "gone" && holder !== "empty" && holder.token === me.token) rmSync(lockPath, { force: true });
}

function lockError(lockPath: string, error: unknown): NewsgraphError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error);
  return new NewsgraphError("unwritable", `${lockPath}: cannot create the lock file (${reason})`);
}
