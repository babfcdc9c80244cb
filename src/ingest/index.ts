// Reading articles: files and folders of .txt, .md, .html and .jsonl in, a stream of documents out, with every bad
// input reported (file, line, reason) and skipped.
export { readDocuments, readInputs } from "./read.js";
export { listInputs, SUPPORTED_EXTENSIONS } from "./list.js";
export { DEFAULT_MAX_ARTICLE_BYTES } from "./types.js";
export type { InputFile, InputFormat, IngestProblem, IngestProgress, ListOptions, ReadOptions } from "./types.js";
