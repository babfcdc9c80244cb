// `newsgraph query`: look an entity up, list its neighbours, or find the paths between two entities, as readable
// tables or as JSON for scripts. An unknown name is answered with suggestions and exit code 1.
import { NewsgraphError } from "../../errors.js";
import { loadGraph, type NewsGraph } from "../../model/index.js";
import {
  describeMiss,
  findEntity,
  neighbors,
  paths,
  renderEntity,
  renderNeighbors,
  renderPaths,
  DEFAULT_PATH_OPTIONS,
  MAX_DEPTH,
  MAX_PATH_LENGTH,
  type Direction,
  type EntitySummary,
  type NeighborOptions,
} from "../../query/index.js";
import { ENTITY_TYPES, RELATION_CATEGORIES, type EntityType } from "../../types.js";
import { CliError, type CommandSpec } from "../table.js";

export const DEFAULT_GRAPH = "data/graph.json";
const KINDS = ["entity", "neighbors", "path"] as const;
type Kind = (typeof KINDS)[number];
const CATEGORIES = RELATION_CATEGORIES;

/** Loads the graph a command works on; a missing or broken file becomes one line naming the command and the fix. */
export function openGraph(command: string, path: string): NewsGraph {
  try {
    return loadGraph(path);
  } catch (error) {
    if (!(error instanceof NewsgraphError)) throw error;
    const hint = error.code === "not-found" ? `; build one with \`newsgraph build <paths> -o ${path}\`` : "";
    throw new CliError(`${command}: ${error.message}${hint}`, error.code, 2);
  }
}

/** Parses a whole-number option within bounds, naming the option in the error. */
export function integerOption(command: string, flag: string, value: unknown, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new CliError(`${command}: ${flag} "${String(value)}" is not a whole number from ${min} to ${max}`);
  }
  return number;
}

function listOption<T extends string>(command: string, flag: string, value: unknown, allowed: readonly T[], normalize = (v: string) => v): T[] | undefined {
  if (value === undefined) return undefined;
  const items = String(value)
    .split(",")
    .map((item) => normalize(item.trim()))
    .filter(Boolean);
  const bad = items.filter((item) => !allowed.includes(item as T));
  if (bad.length) throw new CliError(`${command}: ${flag} "${bad.join(",")}" is not one of ${allowed.join(", ")}`);
  return items as T[];
}

function print(text: string): void {
  process.stdout.write(text);
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** Looks a name up; on a miss prints the suggestions (or the JSON answer) and returns null. */
function lookUp(graph: NewsGraph, name: string, asJson: boolean): EntitySummary | null {
  const match = findEntity(graph, name);
  if (match.entity) return match.entity;
  if (asJson) print(json(match));
  console.error(`newsgraph query: ${describeMiss(match)}`);
  return null;
}

export const queryCommand: CommandSpec = {
  name: "query",
  args: "<kind> <names...>",
  summary:
    "Ask the graph: `entity NAME` (what it is, its relations), `neighbors NAME` (related entities with the sentences behind each relation), `path NAME NAME` (shortest chains of relations between two entities). Names are matched by label or alias, ignoring case and accents; an unknown name gets suggestions and exit code 1.",
  options: [
    { flags: "-g, --graph <file>", description: "graph file written by `newsgraph build`", default: DEFAULT_GRAPH },
    { flags: "--json", description: "print JSON (for scripts) instead of tables", default: false },
    { flags: "-d, --direction <dir>", description: "neighbors: `out` (entity is the subject), `in` (the object) or `both`", default: "both" },
    { flags: "--depth <n>", description: `neighbors: hops to follow, 1 to ${MAX_DEPTH}`, default: 1 },
    { flags: "-p, --predicate <list>", description: 'neighbors/path: only these predicates, comma-separated (e.g. "speaks for,aids")' },
    { flags: "-c, --category <list>", description: `neighbors/path: only these relation categories (${CATEGORIES.join(", ")})` },
    { flags: "-t, --types <list>", description: `neighbors: only neighbours of these entity types (${ENTITY_TYPES.join(", ")})` },
    { flags: "--include-negated", description: "also follow denied relations (\"X denied attacking Y\"), shown as [denied]", default: false },
    { flags: "--max-length <n>", description: `path: longest path in hops, 1 to ${MAX_PATH_LENGTH}`, default: DEFAULT_PATH_OPTIONS.maxLength },
    { flags: "--limit <n>", description: "path: how many shortest paths to show at most", default: DEFAULT_PATH_OPTIONS.limit },
    { flags: "--no-speakers", description: "path: do not link a speaker to the entities of what they said (\"Peskov said NATO …\")" },
  ],
  examples: [
    'newsgraph query entity Kremlin',
    'newsgraph query neighbors "Putin"',
    'newsgraph query neighbors Ukraine --direction in --category support --json',
    "newsgraph query path Peskov Ukraine --max-length 3",
  ],
  async run(args, options) {
    const [kind, ...names] = args;
    if (!KINDS.includes(kind as Kind)) throw new CliError(`query: unknown kind "${kind}"; use one of ${KINDS.join(", ")}`);
    if (kind === "path" && names.length !== 2) {
      throw new CliError(`query path: give exactly two names (quote names with spaces), got ${names.length}`);
    }
    const asJson = options.json === true;
    const filters: NeighborOptions = {
      predicate: options.predicate === undefined ? undefined : String(options.predicate).split(",").map((p) => p.trim()),
      category: listOption("query", "--category", options.category, CATEGORIES),
      includeNegated: options.includeNegated === true,
    };
    const graph = openGraph("query", String(options.graph ?? DEFAULT_GRAPH));

    if (kind === "path") {
      const maxLength = integerOption("query", "--max-length", options.maxLength ?? DEFAULT_PATH_OPTIONS.maxLength, 1, MAX_PATH_LENGTH);
      const limit = integerOption("query", "--limit", options.limit ?? DEFAULT_PATH_OPTIONS.limit, 1, 1000);
      const from = lookUp(graph, names[0], asJson);
      const to = from && lookUp(graph, names[1], asJson);
      if (!from || !to) return 1;
      const found = paths(graph, from.key, to.key, { ...filters, maxLength, limit, speakers: options.speakers !== false });
      print(asJson ? json({ from, to, paths: found }) : renderPaths(from, to, found, maxLength));
      return 0;
    }

    const entity = lookUp(graph, names.join(" "), asJson);
    if (!entity) return 1;
    if (kind === "entity") {
      const match = findEntity(graph, names.join(" "));
      const relations = neighbors(graph, entity.key, { includeNegated: true });
      print(asJson ? json({ ...match, relations }) : renderEntity(match, relations));
      return 0;
    }
    const direction = String(options.direction ?? "both") as Direction;
    if (!["out", "in", "both"].includes(direction)) throw new CliError(`query: --direction "${direction}" is not one of out, in, both`);
    const found = neighbors(graph, entity.key, {
      ...filters,
      direction,
      depth: integerOption("query", "--depth", options.depth ?? 1, 1, MAX_DEPTH),
      types: listOption<EntityType>("query", "--types", options.types, ENTITY_TYPES, (t) => t.toUpperCase()),
    });
    print(asJson ? json({ entity, neighbors: found }) : renderNeighbors(entity, found));
    return 0;
  },
};
