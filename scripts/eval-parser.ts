// `npm run eval:parser -- GOLD.conllu [more files or folders]`: parses the text of every gold sentence as its own
// line through analyze() (the extractor's own path) and scores it the CoNLL 2018 way: words aligned by characters,
// UAS, LAS on universal relations (and with subtypes). Two figures: sentences as wink splits the line (what the
// extractor sees: a line may become several sentences), and the whole line parsed as one sentence.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/nlp/analyze.js";
import { defaultParser } from "../src/nlp/parser.js";
import { readConllu } from "./train/conllu.js";
import { emptyCounts, report, scoreSentence, systemWords } from "./train/ud-eval.js";

const paths = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (paths.length === 0) {
  console.error("eval:parser: name a CoNLL-U file or folder, e.g. npm run eval:parser -- ../shared/corpora/gum/dev");
  process.exit(2);
}
const files = paths.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith(".conllu"))
        .sort()
        .map((f) => join(p, f))
    : [p],
);
const parser = defaultParser();
const asWink = emptyCounts();
const asLine = emptyCounts();
let split = 0;
let sentences = 0;
const started = performance.now();
for (const file of files) {
  for (const gold of readConllu(file)) {
    sentences++;
    // As `newsgraph parse --lines`: the line is a block of its own (nothing joined or dropped as furniture), and
    // analyze() parses each sentence wink finds in it, as at run time.
    const analyzed = analyze(gold.text, { lines: true });
    if (analyzed.sentences.length > 1) split++;
    scoreSentence(gold, systemWords(analyzed), asWink);
    // The line as one sentence.
    parser.parse(analyzed.tokens, 0, analyzed.tokens.length);
    scoreSentence(gold, systemWords(analyzed), asLine);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${files.length} file(s), ${sentences} sentences (${split} split in several by wink-nlp), ${seconds} s`);
console.log(`wink sentences (as at run time): ${report(asWink)}`);
console.log(`one line = one sentence:         ${report(asLine)}`);
