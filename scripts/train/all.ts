// npm run train: rebuilds every model under data/models/ from the shared corpora, byte for byte for the same data.
// The entity tagger trains last: it reads the analysis the other models feed.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const steps = ["entity-tagger.ts"];
for (const step of steps) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(here, step), ...process.argv.slice(2)], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`newsgraph train: ${step} failed (exit ${run.status})`);
    process.exit(run.status ?? 1);
  }
}
