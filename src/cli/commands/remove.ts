// `newsgraph remove`: takes articles out of a graph file: their evidence, then the relations and entities left
// without any; metrics and layout are recomputed, so the result equals a build without those articles. The work is
// in ../actions/remove.ts, loaded when the command runs.
import { WAIT_OPTION } from "../options.js";
import type { CommandSpec } from "../table.js";
import { DEFAULT_GRAPH_PATH } from "./build.js";

export interface RemoveOptions {
  graph: string;
  output?: string;
  wait?: string;
  quiet?: boolean;
}

export const removeCommand: CommandSpec = {
  name: "remove",
  args: "[doc-ids...]",
  summary: "Remove articles (by id, as listed in the graph's documents) from a graph file.",
  options: [
    { flags: "--graph <file>", description: "graph file to remove them from", default: DEFAULT_GRAPH_PATH },
    { flags: "-o, --output <file>", description: "graph file to write (default: the --graph file)" },
    WAIT_OPTION,
    { flags: "--quiet", description: "no summary line", default: false },
  ],
  examples: ["newsgraph remove 000_c974ad76943d9b07 --graph data/graph.json", "newsgraph remove old-1 old-2 -o data/pruned.json"],
  run: async (ids, options) => (await import("../actions/remove.js")).runRemove(ids, options as RemoveOptions),
};
