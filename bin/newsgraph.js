#!/usr/bin/env node
// The `newsgraph` command. Runs the compiled CLI (built by `npm install` / `npm run build` into dist/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../dist/src/cli/run.js", import.meta.url));
if (!existsSync(entry)) {
  console.error("newsgraph: the CLI is not built yet; run `npm run build` in the newsgraph folder first.");
  process.exit(2);
}
await import(entry);
