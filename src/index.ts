// newsgraph's public API: what users may rely on when they use the package from code.
export type * from "./types.js";
export { ENTITY_TYPES, RELATION_CATEGORIES } from "./types.js";
export { NewsgraphError } from "./errors.js";
export { extractDocument, extractAll, toPrediction, EXTRACTOR_VERSION } from "./extract/index.js";
export type { ExtractAllOptions, ExtractProblem } from "./extract/index.js";
export { readDocuments, readInputs, listInputs } from "./ingest/index.js";
export type { InputFile, IngestProblem, IngestProgress, ReadOptions } from "./ingest/index.js";
export {
  buildGraph,
  createGraphBuilder,
  graphBuilderFrom,
  addExtractions,
  removeDocuments,
  parseAliasRules,
} from "./build/index.js";
export type { BuildOptions, GraphBuilder } from "./build/index.js";
export { loadGraph, parseGraph, saveGraph, TYPE_COLORS, SCHEMA_VERSION } from "./model/index.js";
export type { NewsGraph } from "./model/index.js";
export { findEntity, neighbors, paths, subgraph, diffGraphs } from "./query/index.js";
export type {
  EntityMatch,
  EntitySummary,
  Neighbor,
  NeighborOptions,
  Connection,
  Direction,
  Path,
  Hop,
  PathOptions,
  SubgraphOptions,
  GraphDiff,
  RelationChange,
  RelationSummary,
} from "./query/index.js";
export { exportGraph, toGexf, toGraphml, toCsv, toCypher, toTurtle, EXPORT_FORMATS } from "./export/index.js";
export type { ExportFormat, ExportOptions, CsvExport, GexfOptions, CypherOptions, TurtleOptions } from "./export/index.js";
