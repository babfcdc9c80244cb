// The user's `--aliases` file: names to merge into one entity whatever the linker says, and pairs of names to keep
// apart. Format (JSON): {"merge": {"Canonical Name": ["alias", ...]}, "split": [["Name A", "Name B"], ...]}.
import { readFileSync } from "node:fs";
import { NewsgraphError } from "../errors.js";
import type { AliasRules } from "../types.js";
import { compareStrings, sortedUnique } from "../model/index.js";

export const EMPTY_ALIAS_RULES: AliasRules = { merge: {}, split: [] };

/** Case-, accent- and quote-insensitive form of a name, without a leading "the" or a trailing "'s". */
export function normalizeName(name: string): string {
  // Apostrophes first: NFKD splits the acute accent "´" into a space and a combining mark.
  return name
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u201c\u201d"]/g, "")
    .replace(/^the\s+/, "")
    .replace(/'s$/, "")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Checks and normalises parsed alias rules (sorted, so that the graph that stores them stays deterministic). */
export function validateAliasRules(data: unknown, where = "aliases"): AliasRules {
  const fail = (problem: string): never => {
    throw new NewsgraphError(
      "invalid-argument",
      `${where}: ${problem}; expected {"merge": {"Canonical Name": ["alias", ...]}, "split": [["Name A", "Name B"]]}`,
    );
  };
  if (!data || typeof data !== "object" || Array.isArray(data)) return fail("not a JSON object");
  const { merge = {}, split = [], ...rest } = data as { merge?: unknown; split?: unknown };
  const unknownKeys = Object.keys(rest);
  if (unknownKeys.length) fail(`unknown key "${unknownKeys[0]}"`);
  if (!merge || typeof merge !== "object" || Array.isArray(merge)) fail(`"merge" must be an object`);
  if (!Array.isArray(split)) fail(`"split" must be an array of name pairs`);
  const rules: AliasRules = { merge: {}, split: [] };
  for (const canonical of Object.keys(merge as object).sort(compareStrings)) {
    const aliases = (merge as Record<string, unknown>)[canonical];
    if (!canonical.trim()) fail(`an empty canonical name in "merge"`);
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string" || !a.trim()))
      fail(`"merge"."${canonical}" must be an array of non-empty names`);
    rules.merge[canonical] = sortedUnique(aliases as string[]);
  }
  for (const pair of split as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((a) => typeof a !== "string" || !a.trim()))
      fail(`each "split" entry must be a pair of names, found ${JSON.stringify(pair)}`);
    const [a, b] = pair as [string, string];
    rules.split.push(compareStrings(a, b) <= 0 ? [a, b] : [b, a]);
  }
  rules.split.sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[1], y[1]));
  return rules;
}

export function parseAliasRules(text: string, where = "aliases"): AliasRules {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NewsgraphError("invalid-argument", `${where}: not valid JSON (${(error as Error).message})`);
  }
  return validateAliasRules(data, where);
}

export function loadAliasRules(path: string): AliasRules {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NewsgraphError(code === "ENOENT" ? "not-found" : "unreadable", `${path}: ${code === "ENOENT" ? "no such file" : `cannot read it (${code})`}`);
  }
  return parseAliasRules(text, path);
}

export interface AliasResolver {
  /** False when there are no split rules: then names need not be collected for `mustStayApart`. */
  readonly hasSplits: boolean;
  /** The canonical name an entity is forced into, when one of its names is listed under "merge". */
  forcedCanonical(names: readonly string[]): string | null;
  /** True when the two sets of names hold the two sides of a "split" pair. */
  mustStayApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean;
}

export function createAliasResolver(rules: AliasRules): AliasResolver {
  const canonicalOf = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(rules.merge)) {
    for (const name of [canonical, ...aliases]) {
      const key = normalizeName(name);
      if (!canonicalOf.has(key)) canonicalOf.set(key, canonical);
    }
  }
  const pairs = rules.split.map(([a, b]) => [normalizeName(a), normalizeName(b)] as const);
  return {
    hasSplits: pairs.length > 0,
    forcedCanonical(names) {
      if (canonicalOf.size === 0) return null;
      for (const name of names) {
        const canonical = canonicalOf.get(normalizeName(name));
        if (canonical !== undefined) return canonical;
      }
      return null;
    },
    mustStayApart(a, b) {
      return pairs.some(([x, y]) => (a.has(x) && b.has(y)) || (a.has(y) && b.has(x)));
    },
  };
}
