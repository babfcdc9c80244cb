// Named-entity detection, typing and within-document name resolution on wink-nlp tokens.
export { findEntities } from "./find-entities.js";
export type { EntityResult } from "./find-entities.js";
