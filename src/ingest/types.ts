// The ingest stage's own types: input files as listed, problems reported on bad input, options.

/** The formats newsgraph reads, by file extension. */
export type InputFormat = "txt" | "md" | "html" | "jsonl";

/** One input file, as found by `listInputs`. */
export interface InputFile {
  /** The path as given or as found under a given folder (joined to it). */
  path: string;
  format: InputFormat;
  /** Size in bytes (from `stat`), for progress bars that count bytes. */
  size: number;
  /** Document id of the file's article (`.jsonl` files use it only as the prefix of `FILE:LINE` ids). */
  id: string;
}

/** A bad input that was skipped: the file (and line, for `.jsonl`) and why. */
export interface IngestProblem {
  source: string;
  line?: number;
  reason: string;
}

export interface ListOptions {
  /** Called for each path that cannot be read (missing, unknown extension, unreadable folder...). */
  onProblem?: (problem: IngestProblem) => void;
}

export interface IngestProgress {
  /** Input files finished. */
  files: number;
  /** Bytes of input consumed so far (whole files, and `.jsonl` lines read). */
  bytes: number;
  /** Documents yielded so far. */
  documents: number;
}

export interface ReadOptions extends ListOptions {
  /** Called after every document and at the end of every file, for progress bars. */
  onProgress?: (progress: IngestProgress) => void;
  /** Articles larger than this (a file, or one `.jsonl` line) are skipped with a problem. Default 10 MiB. */
  maxArticleBytes?: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
