// Finds the input files under the given paths: folders walked recursively in sorted order, each file given its
// format and document id. Unknown extensions inside folders are ignored; a file named explicitly must be readable.
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { InputFile, InputFormat, ListOptions } from "./types.js";

const FORMATS: Record<string, InputFormat> = {
  ".txt": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

export function formatOf(file: string): InputFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

/**
 * Lists the input files of `paths` in a deterministic order: the paths in the order given, each folder's files
 * sorted by name (code points) and walked depth first. A file reached twice is listed once.
 */
export async function listInputs(paths: readonly string[], options: ListOptions = {}): Promise<InputFile[]> {
  const report = options.onProblem ?? (() => {});
  const found: Omit<InputFile, "id">[] = [];
  const seen = new Set<string>();
  const add = async (file: string, size: number, format: InputFormat) => {
    const real = await realpath(file).catch(() => path.resolve(file));
    if (seen.has(real)) return;
    seen.add(real);
    found.push({ path: file, format, size });
  };

  const walk = async (dir: string, visited: Set<string>): Promise<void> => {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return; // a symbolic link back up the tree
      visited = new Set(visited).add(real);
      names = (await readdir(dir)).sort(compareCodePoints);
    } catch (error) {
      report({ source: dir, reason: `cannot read folder: ${describeFsError(error)}` });
      return;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue; // .git, editor and OS files
      const full = path.join(dir, name);
      const info = await stat(full).catch(() => null);
      if (!info) continue; // a dangling link inside a folder is not worth a report
      if (info.isDirectory()) await walk(full, visited);
      else if (info.isFile()) {
        const format = formatOf(name);
        if (format) await add(full, info.size, format);
      }
    }
  };

  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      report({ source: given, reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) await walk(given, new Set());
    else if (!info.isFile()) report({ source: given, reason: "not a regular file or folder" });
    else {
      const format = formatOf(given);
      if (format) await add(given, info.size, format);
      else
        report({
          source: given,
          reason: `unknown extension "${path.extname(given)}": newsgraph reads ${SUPPORTED_EXTENSIONS.join(", ")}`,
        });
    }
  }
  return assignIds(found);
}

/**
 * A file's document id is its name without extension. Files sharing a name get their path relative to the folder
 * the clashing files have in common, without extension (`2024/report`, `2025/report`), or with it when only the
 * extension differs. Ids thus depend only on the listed files, not on the current directory.
 */
function assignIds(files: Omit<InputFile, "id">[]): InputFile[] {
  const byStem = new Map<string, number[]>();
  files.forEach((file, i) => {
    const stem = stripExtension(path.basename(file.path));
    byStem.set(stem, [...(byStem.get(stem) ?? []), i]);
  });
  const ids = files.map((file) => stripExtension(path.basename(file.path)));
  for (const indexes of byStem.values()) {
    if (indexes.length < 2) continue;
    const absolute = indexes.map((i) => path.resolve(files[i].path));
    const base = commonFolder(absolute);
    const relative = absolute.map((p) => path.relative(base, p).split(path.sep).join("/"));
    const stems = relative.map(stripExtension);
    const unique = new Set(stems).size === stems.length;
    indexes.forEach((fileIndex, k) => (ids[fileIndex] = unique ? stems[k] : relative[k]));
  }
  return files.map((file, i) => ({ ...file, id: ids[i] }));
}

function stripExtension(name: string): string {
  const ext = path.extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

function commonFolder(files: string[]): string {
  let base = path.dirname(files[0]);
  while (!files.every((f) => f.startsWith(base.endsWith(path.sep) ? base : base + path.sep))) {
    const up = path.dirname(base);
    if (up === base) break;
    base = up;
  }
  return base;
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Turns a Node fs error into a short reason with a hint. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder: check the path";
    case "EACCES":
    case "EPERM":
      return "permission denied: check the file's permissions";
    case "EISDIR":
      return "is a folder, not a file";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return code ? `cannot read (${code})` : `cannot read: ${(error as Error)?.message ?? String(error)}`;
  }
}
