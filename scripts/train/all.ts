// `npm run train`: rebuilds every model under data/models/ from ../shared/corpora, byte for byte for the same
// inputs and seeds. Trainers run one after the other; add a new one to the list below. The entity tagger comes after
// the parser: it reads the analysis the parser is part of.
import { join } from "node:path";
import { trainEntityTaggerFile } from "./entity-tagger.js";
import { trainParser } from "./parser.js";
import { learnWordClasses, writeWordClasses } from "./word-classes.js";
import { WORD_CLASSES_FILE } from "../../src/nlp/word-classes.js";

const out = join(import.meta.dirname, "..", "..", "data", "models");

const trainers: { name: string; run: () => unknown }[] = [
  {
    // The parser reads them.
    name: "word classes",
    run: () => {
      const corpus = join(import.meta.dirname, "..", "..", "..", "shared", "corpora", "reuters-21578.jsonl");
      writeWordClasses(learnWordClasses({ corpus }), join(out, WORD_CLASSES_FILE), console.log);
    },
  },
  { name: "parser", run: () => trainParser({ out }) },
  { name: "entity tagger", run: () => trainEntityTaggerFile(join(out, "entity-tagger.bin")) },
];

const started = performance.now();
for (const { name, run } of trainers) {
  console.log(`== ${name}`);
  await run();
}
console.log(`all models trained in ${((performance.now() - started) / 1000).toFixed(0)} s`);
