// `newsgraph build`: reads articles, extracts entities and relations, and writes the graph file (or updates one:
// only new or changed articles are extracted). Progress bar on a terminal, a summary on stderr, and an exit code
// that says whether any input was skipped. This is the declaration only: the work, and the NLP it needs, is in
// ../actions/build.ts, loaded when the command runs, so that `--help` and the other commands never load it.
import { DEFAULT_LAYOUT_SEED } from "../../build/random.js";
import { DEFAULT_MAX_EVIDENCE } from "../../build/records.js";
import { WAIT_OPTION } from "../options.js";
import type { CommandSpec } from "../table.js";

export const DEFAULT_GRAPH_PATH = "data/graph.json";

export interface BuildOptions {
  output?: string;
  update?: string;
  aliases?: string;
  workers?: string;
  layoutSeed?: string;
  maxEvidence?: string;
  relayout?: boolean;
  wait?: string;
  quiet?: boolean;
}

export const buildCommand: CommandSpec = {
  name: "build",
  args: "[paths...]",
  summary:
    "Build the knowledge graph of files or folders of articles (.txt, .md, .html, .jsonl; `-` reads standard input) into a graph file.",
  options: [
    { flags: "-o, --output <file>", description: `graph file to write (default: ${DEFAULT_GRAPH_PATH}, or the --update file)` },
    { flags: "--update <file>", description: "add new and changed articles to this graph file instead of starting afresh" },
    {
      flags: "--aliases <file>",
      description: 'JSON file of forced merges and splits: {"merge": {"Canonical Name": ["alias", ...]}, "split": [["Name A", "Name B"]]}',
    },
    { flags: "--workers <n>", description: "extraction worker threads (default: one per CPU core, at most 8)" },
    {
      flags: "--layout-seed <n>",
      description: `seed of the layout and community detection (default: ${DEFAULT_LAYOUT_SEED}, or the --update graph's seed)`,
    },
    {
      flags: "--max-evidence <n>",
      description: `evidence sentences kept per relation and article; the others are counted (default: ${DEFAULT_MAX_EVIDENCE}, or the --update graph's)`,
    },
    {
      flags: "--relayout",
      description: "with --update: lay the whole graph out again (default: saved entities keep their places, new ones go near their neighbours)",
      default: false,
    },
    WAIT_OPTION,
    { flags: "--quiet", description: "no progress bar and no summary line (skipped inputs are still reported)", default: false },
  ],
  examples: [
    "newsgraph build seeds -o data/graph.json",
    "newsgraph build --update data/graph.json more-articles/",
    "newsgraph build corpus.jsonl --aliases aliases.json --workers 2",
    "curl -s https://example.org/feed.jsonl | newsgraph build - -o data/graph.json",
  ],
  run: async (paths, options) => (await import("../actions/build.js")).runBuild(paths, options as BuildOptions),
};
