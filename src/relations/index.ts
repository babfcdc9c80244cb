// Typed, directed relations between resolved entities, with polarity, modality, attribution and evidence.
export { findRelations } from "./find-relations.js";
