// `newsgraph extract`: runs the extractor over articles and writes one JSON line per document, either the full
// Extraction or (with --jsonl) the GUM scorer's prediction format with entity ids linked across documents. The
// work is in ../actions/extract.ts, loaded when the command runs.
import { TEXT_OUTPUT_OPTIONS } from "../output.js";
import type { CommandSpec } from "../table.js";

export interface ExtractOptions {
  jsonl?: boolean;
  output?: string;
  workers?: string;
  quiet?: boolean;
}

export const extractCommand: CommandSpec = {
  name: "extract",
  args: "<paths...>",
  summary:
    "Extract entities and relations from files or folders of articles (.txt, .md, .html, .jsonl; `-` reads standard input): one JSON line per article.",
  options: [
    {
      flags: "--jsonl",
      description:
        "write the GUM scorer's prediction format ({doc, mentions, relations}), entity ids linked across articles",
      default: false,
    },
    {
      flags: "--workers <n>",
      description: "extraction worker threads (default: one per CPU core for inputs over 1 MB, else 1)",
    },
    ...TEXT_OUTPUT_OPTIONS,
  ],
  examples: [
    "newsgraph extract seeds",
    "newsgraph extract ../shared/eval/gum-news-train.jsonl --jsonl -o pred.jsonl",
    "newsgraph extract corpus/ --workers 2 -o extractions.jsonl",
    "echo 'NATO said it would send more aid to Ukraine.' | newsgraph extract -",
  ],
  run: async (paths, options) => (await import("../actions/extract.js")).runExtract(paths, options as ExtractOptions),
};
