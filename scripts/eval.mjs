#!/usr/bin/env node
// npm run eval: runs the real CLI (`newsgraph extract --jsonl`) over the GUM development set and scores it with the
// shared scorer, printing its figures. Runs the sources with tsx (dist/ may be stale); --compiled uses bin/newsgraph.js
// after `npm run build`. Options: --errors N (errors per article), --gold FILE, --shared DIR (default ../shared).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const shared = resolve(root, option("--shared", "../shared"));
const gold = resolve(option("--gold", join(shared, "eval", "gum-news-train.jsonl")));
const scorer = join(shared, "eval", "score.mjs");
for (const [what, path] of [
  ["gold file", gold],
  ["scorer", scorer],
]) {
  if (!existsSync(path)) {
    console.error(`newsgraph eval: ${what} ${path} not found; pass --shared DIR (the folder holding eval/score.mjs)`);
    process.exit(2);
  }
}

const dir = mkdtempSync(join(tmpdir(), "newsgraph-eval-"));
const pred = join(dir, "pred.jsonl");
try {
  const compiled = process.argv.includes("--compiled");
  const cli = compiled
    ? [process.execPath, [join(root, "bin", "newsgraph.js")]]
    : [process.execPath, ["--import", "tsx", join(root, "src", "cli", "run.ts")]];
  console.log(`newsgraph eval: extracting ${gold} with ${compiled ? "the compiled CLI" : "the sources (tsx)"}`);
  const extract = spawnSync(cli[0], [...cli[1], "extract", gold, "--jsonl", "-o", pred], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (extract.status !== 0) {
    console.error(`newsgraph eval: newsgraph extract failed (exit ${extract.status}); run \`npm run build\` and retry`);
    process.exit(1);
  }
  const args = [scorer, "--gold", gold, "--pred", pred];
  const errors = option("--errors", null);
  if (errors) args.push("--errors", errors);
  const score = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  process.exitCode = score.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
