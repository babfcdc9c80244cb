// The build stage: one graphology MultiDirectedGraph of entities and relations, built from extractions with
// cross-document linking, metrics and layout. The graph's schema and files are the model's (src/model).
export {
  createGraphBuilder,
  graphBuilderFrom,
  buildGraph,
  addExtractions,
  removeDocuments,
  DEFAULT_LAYOUT_SEED,
} from "./builder.js";
export type { BuildOptions, GraphBuilder } from "./builder.js";
export { parseAliasRules, loadAliasRules, validateAliasRules, normalizeName, EMPTY_ALIAS_RULES } from "./aliases.js";
export { edgeKey, ALIASES_FILE_RULE } from "./assemble.js";
export { defaultIterations } from "./metrics.js";
export { DEFAULT_MAX_EVIDENCE } from "./records.js";
