// `newsgraph remove`: takes articles out of a graph file: their evidence, then the relations and entities left
// without any; metrics and layout are recomputed, so the result equals a build without those articles.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { NewsgraphError } from "../../errors.js";
import { loadGraph, saveGraph, type NewsGraph } from "../../model/index.js";
import { removeDocuments } from "../../build/index.js";
import { CliError, type CommandSpec } from "../table.js";
import { DEFAULT_GRAPH_PATH } from "./build.js";

interface RemoveOptions {
  graph: string;
  output?: string;
  quiet?: boolean;
}

export const removeCommand: CommandSpec = {
  name: "remove",
  args: "[doc-ids...]",
  summary: "Remove articles (by id, as listed in the graph's documents) from a graph file.",
  options: [
    { flags: "--graph <file>", description: "graph file to remove them from", default: DEFAULT_GRAPH_PATH },
    { flags: "-o, --output <file>", description: "graph file to write (default: the --graph file)" },
    { flags: "--quiet", description: "no summary line", default: false },
  ],
  examples: ["newsgraph remove 000_c974ad76943d9b07 --graph data/graph.json", "newsgraph remove old-1 old-2 -o data/pruned.json"],
  run: (ids, options) => runRemove(ids, options as RemoveOptions),
};

async function runRemove(ids: string[], options: RemoveOptions): Promise<number> {
  const started = performance.now();
  if (ids.length === 0) throw new CliError("remove: no article id given; the ids are in the graph's `documents` attribute");
  const path = options.graph ?? DEFAULT_GRAPH_PATH;
  let graph: NewsGraph;
  try {
    graph = loadGraph(path);
  } catch (error) {
    if (error instanceof NewsgraphError) throw new CliError(`remove: ${error.message}`);
    throw error;
  }
  let result: ReturnType<typeof removeDocuments>;
  try {
    result = removeDocuments(graph, ids);
  } catch (error) {
    if (error instanceof NewsgraphError) throw new CliError(`remove: cannot update ${path}: ${error.message}`);
    throw error;
  }
  for (const id of result.unknown) console.error(`newsgraph remove: no article "${id}" in ${path}${suggest(graph, id)}`);
  if (result.removed.length === 0) throw new CliError(`remove: nothing removed; ${path} is unchanged`);
  const output = options.output ?? path;
  mkdirSync(dirname(output), { recursive: true });
  await saveGraph(result.graph, output);
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `newsgraph remove: removed ${result.removed.length} of ${ids.length} articles; ${result.graph.order} entities, ` +
        `${result.graph.size} relations left, ${seconds} s → ${output}`,
    );
  }
  return result.unknown.length > 0 ? 1 : 0;
}

/** Near ids (same start), so that a typo gets a useful answer. */
function suggest(graph: NewsGraph, id: string): string {
  const ids = (graph.getAttribute("documents") ?? []).map((d) => d.id);
  const prefix = id.slice(0, Math.max(1, Math.min(4, id.length)));
  const near = ids.filter((d) => d.startsWith(prefix) || d.includes(id)).slice(0, 3);
  return near.length ? `; did you mean ${near.map((d) => `"${d}"`).join(", ")}?` : `; it holds ${ids.length} articles`;
}
