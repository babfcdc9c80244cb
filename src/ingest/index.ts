// Reading articles: files and folders of .txt, .md, .html and .jsonl in, a stream of documents out, with every bad
// input reported (file, line, reason) and skipped while the rest goes on.
//
// Decisions, kept stable because graph ids and incremental builds depend on them:
// - A file's document id is its name without extension; files sharing a name get their path relative to their
//   common folder (`2024/report`), with the extension when only that differs. A .jsonl line's id is `id` ?? `doc`
//   ?? `FILE:LINE`. A second document with an id already read is skipped and reported.
// - Invalid UTF-8 is reported and the file (or .jsonl line) skipped, never guessed: a wrong guess would change names.
//   UTF-8 and UTF-16 byte-order marks are honoured. NUL bytes or mostly control characters mean binary: skipped.
// - An article over 10 MiB (`maxArticleBytes`: a file, or one .jsonl line) is skipped with its size; a .jsonl line
//   that long is never held in memory whole.
// - Folders are walked depth first in code-point order; hidden entries and unknown extensions in them are ignored,
//   while an explicitly named file with an unknown extension is reported.
export { readDocuments, readInputs } from "./read.js";
export { listInputs, SUPPORTED_EXTENSIONS } from "./list.js";
export { DEFAULT_MAX_ARTICLE_BYTES } from "./types.js";
export type { InputFile, InputFormat, IngestProblem, IngestProgress, ListOptions, ReadOptions } from "./types.js";
