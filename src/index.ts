// newsgraph's public API: what users may rely on when they use the package from code.
export type * from "./types.js";
export { ENTITY_TYPES } from "./types.js";
export { NewsgraphError } from "./errors.js";
export { extractDocument, toPrediction, EXTRACTOR_VERSION } from "./extract/index.js";
