// The graph stage: one graphology MultiDirectedGraph of entities and relations, saved as graphology JSON.
export { createNewsGraph, serializeGraph, saveGraph, parseGraph, loadGraph } from "./io.js";
export type { NewsGraph } from "./io.js";
