// What `newsgraph remove` does (declared in ../commands/remove.ts): loads the graph under its lock, removes the
// articles with the builder (which recomputes metrics and layout), and writes the result before releasing the lock.
import { NewsgraphError } from "../../errors.js";
import { loadGraph, removeStaleTemporaries, saveGraph, withGraphLock, type NewsGraph } from "../../model/index.js";
import { removeDocuments } from "../../build/index.js";
import { integerOption, prepareOutputFile } from "../options.js";
import { CliError } from "../table.js";
import { DEFAULT_GRAPH_PATH } from "../commands/build.js";
import type { RemoveOptions } from "../commands/remove.js";
import { lockable, lockErrors, reportWaiting } from "./locking.js";

export async function runRemove(ids: string[], options: RemoveOptions): Promise<number> {
  const started = performance.now();
  if (ids.length === 0) throw new CliError("remove: no article id given; the ids are in the graph's `documents` attribute");
  const path = options.graph ?? DEFAULT_GRAPH_PATH;
  const output = options.output ?? path;
  const waitMs = integerOption("remove", "--wait", options.wait ?? "600") * 1000;
  prepareOutputFile("remove", options.output === undefined ? "--graph" : "-o", output);
  return lockErrors("remove", () =>
    withGraphLock(lockable([path, output]), { waitMs, onWait: reportWaiting("remove", path) }, async () => {
      for (const name of removeStaleTemporaries(output)) console.error(`newsgraph remove: removed ${name}, left by an interrupted run`);
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
      await saveGraph(result.graph, output);
      if (!options.quiet) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.error(
          `newsgraph remove: removed ${result.removed.length} of ${ids.length} articles; ${result.graph.order} entities, ` +
            `${result.graph.size} relations left, ${seconds} s → ${output}`,
        );
      }
      return result.unknown.length > 0 ? 1 : 0;
    }),
  );
}

/** Near ids (same start), so that a typo gets a useful answer. */
function suggest(graph: NewsGraph, id: string): string {
  const ids = (graph.getAttribute("documents") ?? []).map((d) => d.id);
  const prefix = id.slice(0, Math.max(1, Math.min(4, id.length)));
  const near = ids.filter((d) => d.startsWith(prefix) || d.includes(id)).slice(0, 3);
  return near.length ? `; did you mean ${near.map((d) => `"${d}"`).join(", ")}?` : `; it holds ${ids.length} articles`;
}
