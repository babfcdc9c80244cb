// The newsgraph package folder (where its package.json is), found from this file whether it runs from source
// (src/cli) or compiled (dist/src/cli), and the package's version for `--version`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's root folder: the nearest folder above this file with newsgraph's package.json. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string | null {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "newsgraph") return dir;
      } catch {
        // an unreadable package.json is not ours
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

/** The version in newsgraph's package.json ("unknown" if it cannot be read). */
export function packageVersion(): string {
  const root = packageRoot();
  if (!root) return "unknown";
  return (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
}
