// `newsgraph parse`: the analysis the extractor works from — tokens, lemmas, tags, the dependency tree and the
// entity tags — as CoNLL-U on standard output, reading files as `build` does. With --lines every input line is
// one block of its own (nothing joined, nothing dropped), for scoring against a treebank's sentences. The work is
// in ../actions/parse.ts, loaded when the command runs.
import { TEXT_OUTPUT_OPTIONS } from "../output.js";
import type { CommandSpec } from "../table.js";

export interface ParseOptions {
  lines?: boolean;
  output?: string;
  quiet?: boolean;
}

export const parseCommand: CommandSpec = {
  name: "parse",
  args: "<paths...>",
  summary:
    "Print the analysis of files or folders of articles as CoNLL-U: tokens, lemmas, POS, dependency heads and relations, and entity tags (NER=B-TYPE/I-TYPE in MISC).",
  options: [
    {
      flags: "--lines",
      description: "parse every input line as its own block: no paragraph joining, no furniture dropped (for evaluation)",
      default: false,
    },
    ...TEXT_OUTPUT_OPTIONS,
  ],
  examples: [
    "newsgraph parse seeds",
    "newsgraph parse sentences.txt --lines > sentences.conllu",
    "newsgraph parse corpus.jsonl -o corpus.conllu",
  ],
  run: async (paths, options) => (await import("../actions/parse.js")).runParse(paths, options as ParseOptions),
};
