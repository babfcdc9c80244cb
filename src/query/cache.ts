// An index computed from a graph, kept until the graph changes: queries that ask the same graph many times (a
// server, a notebook) pay for the index once, and no index outlives its graph (a WeakMap holds it by the graph).
import type { NewsGraph } from "../model/index.js";

type GraphEvent = "nodeAdded" | "nodeDropped" | "nodeAttributesUpdated" | "edgeAdded" | "edgeDropped" | "edgeAttributesUpdated" | "edgesCleared" | "cleared";

/** The index `build(graph)` made last, made again after any of `staleAfter` happened to the graph. */
export function cachedIndex<T>(cache: WeakMap<NewsGraph, T>, graph: NewsGraph, staleAfter: readonly GraphEvent[], build: (graph: NewsGraph) => T): T {
  let index = cache.get(graph);
  if (index === undefined) {
    index = build(graph);
    cache.set(graph, index);
    // Drop the cache once when the graph changes; the next look-up rebuilds it (and listens again).
    const invalidate = () => {
      cache.delete(graph);
      for (const event of staleAfter) graph.removeListener(event, invalidate);
    };
    for (const event of staleAfter) graph.on(event, invalidate);
  }
  return index;
}
