// Runs the real `newsgraph build` (from source) on a folder, for tests that want the whole pipeline.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./browser.js";

/** Builds `inputs` into `output` and returns the graph JSON text. */
export function buildGraph(inputs: string[], output: string): string {
  execFileSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "src", "cli", "run.ts"), "build", ...inputs, "-o", output, "--quiet"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  return readFileSync(output, "utf8");
}
