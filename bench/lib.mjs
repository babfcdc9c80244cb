// Shared helpers of the benchmark: the compiled package (dist/), timing, and printing figures.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const DIST = join(ROOT, "dist", "src");

let built = false;

/** Compiles src/ to dist/ once per run (what users run and what the worker threads load), unless --no-build. */
export function ensureBuilt() {
  if (built || process.argv.includes("--no-build")) return;
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch {
    // tsc still writes the output when some file has a type error; the benchmark measures what was emitted.
  }
  built = true;
}

/** Imports a module of the compiled package, e.g. `dist("extract/index.js")`, or null when it does not exist. */
export async function dist(path) {
  ensureBuilt();
  const file = join(DIST, path);
  return existsSync(file) ? import(pathToFileURL(file).href) : null;
}

export function now() {
  return performance.now();
}

/** CPU seconds used by this process so far, all threads (worker threads included). */
export function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Times `fn` in wall-clock and CPU seconds: on a shared, loaded machine the CPU figure is the steadier one. */
export async function timed(fn) {
  const wall = now();
  const cpu = cpuSeconds();
  const value = await fn();
  return { value, seconds: (now() - wall) / 1000, cpu: cpuSeconds() - cpu };
}

/** A warning line when other processes keep the cores busy, since wall-clock figures then mean little. */
export function loadWarning() {
  const [load] = loadavg();
  const cores = availableParallelism();
  return load > cores * 0.75
    ? `  note: load average ${load.toFixed(1)} on ${cores} cores: other processes compete, wall-clock figures are pessimistic`
    : "";
}

export function heading(text) {
  console.log(`\n== ${text}`);
}

/** Prints one figure as an aligned line: label, value, unit, and an optional note (e.g. the goal). */
export function figure(label, value, unit = "", note = "") {
  const shown = typeof value === "number" ? formatNumber(value) : String(value);
  console.log(`  ${label.padEnd(44)} ${shown.padStart(12)} ${unit.padEnd(10)} ${note}`.trimEnd());
}

function formatNumber(n) {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString("en-US");
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(3);
}

export function goal(ok, text) {
  return `${ok ? "ok  " : "MISS"} goal ${text}`;
}

export function mb(bytes) {
  return bytes / (1024 * 1024);
}
