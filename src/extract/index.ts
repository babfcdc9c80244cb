// The extraction stage: one document → its Extraction, and a pipeline that runs many documents through a
// worker pool in input order.
export { extractDocument, documentInfo, toPrediction, EXTRACTOR_VERSION } from "./extract-document.js";
export { extractAll, defaultWorkers } from "./pool.js";
export type { ExtractAllOptions, ExtractProblem } from "./pool.js";
