// What `newsgraph parse` does (declared in ../commands/parse.ts, which loads this module when the command runs):
// the analysis the extractor works from, as CoNLL-U.
import { findEntities } from "../../entities/index.js";
import { toConllu } from "../../extract/conllu.js";
import { listInputs, readInputs } from "../../ingest/index.js";
import { analyze } from "../../nlp/index.js";
import { openOutput, OutputClosed, skipReporter } from "../output.js";
import { CliError } from "../table.js";
import type { ParseOptions } from "../commands/parse.js";

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
