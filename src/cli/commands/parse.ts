// `newsgraph parse`: the analysis the extractor works from — tokens, lemmas, tags, the dependency tree and the
// entity tags — as CoNLL-U on standard output, reading files as `build` does. With --lines every input line is
// one block of its own (nothing joined, nothing dropped), for scoring against a treebank's sentences.
import { findEntities } from "../../entities/index.js";
import { toConllu } from "../../extract/conllu.js";
import { listInputs, readInputs } from "../../ingest/index.js";
import { analyze } from "../../nlp/index.js";
import { openOutput, OutputClosed, skipReporter, TEXT_OUTPUT_OPTIONS } from "../output.js";
import { CliError, type CommandSpec } from "../table.js";

interface ParseOptions {
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
  run: (paths, options) => runParse(paths, options as ParseOptions),
};

export async function runParse(paths: string[], options: ParseOptions): Promise<number> {
  if (!paths.length) throw new CliError("parse: give at least one file or folder of articles");
  const skips = skipReporter("parse");
  const onProblem = skips.onProblem;
  const files = await listInputs(paths, { onProblem });
  const out = openOutput("parse", options.output);
  let documents = 0;
  let sentences = 0;
  try {
    for await (const doc of readInputs(files, { onProblem })) {
      const analyzed = analyze(doc.text, { lines: options.lines });
      const { mentions } = findEntities(analyzed);
      await out.write(toConllu(doc.id, analyzed, mentions));
      documents++;
      sentences += analyzed.sentences.length;
    }
    await out.close();
  } catch (error) {
    out.abort();
    if (error instanceof OutputClosed) return skips.count > 0 ? 1 : 0;
    throw error;
  }
  if (!options.quiet) {
    process.stderr.write(`newsgraph parse: ${documents} article${documents === 1 ? "" : "s"}, ${sentences} sentences, ${skips.count} skipped\n`);
  }
  return skips.count > 0 ? 1 : 0;
}
