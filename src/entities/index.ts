// Named-entity detection, typing and within-document name resolution on wink-nlp tokens,
// and the index that links entities across documents.
export { findEntities } from "./find-entities.js";
export type { EntityResult } from "./find-entities.js";
export { createEntityIndex } from "./entity-index.js";
export type { EntityIndex, LinkResult } from "./entity-index.js";
export { placeKind } from "./lexicons.js";
export { isLegalSuffix, isWrittenInCapitals } from "./text.js";
