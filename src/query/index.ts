// The query API: find an entity by name, its neighbours, the paths between two entities, a subgraph, and the
// difference between two graphs. Every function takes a graph from `loadGraph` (or the builder) and plain options.
export { findEntity, resolveEntity, describeMiss, normalizeName, editDistance, summarize } from "./names.js";
export type { EntityMatch, EntitySummary, MatchKind } from "./names.js";
export { neighbors, DEFAULT_NEIGHBOR_OPTIONS, MAX_DEPTH } from "./neighbors.js";
export type { Connection, Direction, Neighbor, NeighborOptions } from "./neighbors.js";
export { paths, DEFAULT_PATH_OPTIONS, MAX_PATH_LENGTH } from "./paths.js";
export type { Hop, Path, PathOptions } from "./paths.js";
export { subgraph } from "./subgraph.js";
export type { SubgraphOptions } from "./subgraph.js";
export { diffGraphs, relationId } from "./diff.js";
export type { GraphDiff, RelationChange, RelationSummary } from "./diff.js";
export { renderEntity, renderNeighbors, renderPaths, renderDiff } from "./render.js";
