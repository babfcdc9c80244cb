// The graph stage: one graphology MultiDirectedGraph of entities and relations, built from extractions with
// cross-document linking, metrics and layout, and saved as graphology JSON.
export { createNewsGraph, serializeGraph, saveGraph, parseGraph, loadGraph } from "./io.js";
export type { NewsGraph } from "./io.js";
export {
  createGraphBuilder,
  graphBuilderFrom,
  buildGraph,
  addExtractions,
  removeDocuments,
  SCHEMA_VERSION,
  DEFAULT_LAYOUT_SEED,
} from "./builder.js";
export type { BuildOptions, GraphBuilder } from "./builder.js";
export { parseAliasRules, loadAliasRules, validateAliasRules, normalizeName, EMPTY_ALIAS_RULES } from "./aliases.js";
export { edgeKey, ALIASES_FILE_RULE } from "./assemble.js";
export { TYPE_COLORS, colorOfType } from "./palette.js";
export { defaultIterations } from "./metrics.js";
