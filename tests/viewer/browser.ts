// Test helpers for the viewer in a real browser: Debian's Chromium driven by playwright-core (no browser
// download), the page built by Vite when viewer/dist is missing or older than the sources, and `newsgraph view`'s
// server started in-process on a free port.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { startServer, type RunningServer } from "../../src/cli/serve.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const DIST = join(ROOT, "viewer", "dist");
export const ARTIFACTS = join(ROOT, "tests", "artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  const index = join(DIST, "index.html");
  const sources = Math.max(
    newestMtime(join(ROOT, "viewer", "src")),
    statSync(join(ROOT, "viewer", "index.html")).mtimeMs,
  );
  return existsSync(index) && statSync(index).mtimeMs >= sources;
}

/**
 * Builds the page unless viewer/dist is newer than viewer/src and viewer/index.html. Test files run in parallel
 * workers, so a lock folder keeps two builds from emptying viewer/dist under each other.
 */
export function ensureViewerBuilt(): void {
  if (isBuilt()) return;
  const lock = join(ROOT, "viewer", ".build-lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000)
        rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isBuilt()) build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function build(): void {
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "vite", "bin", "vite.js"),
      "build",
      "--config",
      "viewer/vite.config.ts",
      "--logLevel",
      "warn",
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `viewer tests: no Chromium at ${CHROMIUM}; install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Writes `json` to a fresh temporary folder and serves it with the built page; `close()` removes the folder. */
export async function serveGraph(json: string): Promise<RunningServer & { graphPath: string }> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-view-"));
  const graphPath = join(dir, "graph.json");
  writeFileSync(graphPath, json);
  const server = await startServer({ root: DIST, graphPath, port: 0 });
  const close = async (): Promise<void> => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { ...server, graphPath, close };
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** Opens `url` and waits until the viewer says it is ready (graph drawn, or its message shown). */
export async function openViewer(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 860 },
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.newsgraph?.ready === true, undefined, { timeout: 60_000 });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** `expect.poll` with room for a loaded machine (its default gives up after one second). */
export function poll<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}
