// Trains the part-of-speech retagger (src/nlp/tagger.ts) from UD English EWT and GUM into data/models/tagger.bin.
// Each gold sentence's text goes through analyze() as at run time (wink-nlp's tokens, sentences and tags), the gold
// Penn Treebank tags are carried over to wink's tokens by character offsets, and an averaged perceptron learns to
// tag left to right, seeing its own previous predictions. `jackknife` tags the training text with models that did
// not learn from it, so that the parser learns from tags as wrong as the ones it will see.
// Usage: tsx scripts/train/tagger.ts [--epochs N] [--seed N] [--out DIR]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/nlp/analyze.js";
import { encodeModel, type ModelHeader, type ModelRows } from "../../src/nlp/linear-model.js";
import {
  TAGGER_FEATURES,
  TAGGER_FILE,
  TAGGER_CONTEXT,
  TAGGER_LEXICAL,
  Tagger,
  TaggerContext,
  directKeys,
  type TaggedToken,
} from "../../src/nlp/tagger.js";
import type { WordClasses } from "../../src/nlp/word-classes.js";
import { readConllu, type GoldSentence } from "./conllu.js";
import { Perceptron, seededShuffle } from "./perceptron.js";

/** wink's tokens of one gold sentence's text, in wink's sentences, with the gold tag carried to each token. */
export interface TaggerSentence {
  tokens: TaggedToken[];
  /** Gold tag of each token ("" where no gold word could be found). */
  gold: string[];
  /** wink's sentences: token ranges [from, to). */
  sentences: [number, number][];
}

/**
 * Gold tags for tokens of the same text, by characters: a token takes the tag of the gold word it covers; of
 * several ("its" over "it" "s"), the one whose head lies outside them, as the tree's alignment does.
 */
export function alignTags(gold: GoldSentence, tokens: { start: number; end: number }[]): string[] {
  const words = gold.words;
  return tokens.map((t) => {
    const own = words.filter((w) => w.start < t.end && t.start < w.end);
    if (own.length === 0) return "";
    const ids = new Set(own.map((w) => w.id));
    return (own.find((w) => !ids.has(w.head)) ?? own[0]).xpos;
  });
}

export function readTaggerSentences(files: string[]): TaggerSentence[] {
  const out: TaggerSentence[] = [];
  for (const file of files) {
    for (const gold of readConllu(file)) {
      const analyzed = analyze(gold.text, { parser: false, tagger: false });
      if (analyzed.tokens.length === 0) continue;
      out.push({
        tokens: analyzed.tokens.map((t) => ({ text: t.text, lower: t.lower, pos: t.pos, tag: "" })),
        gold: alignTags(gold, analyzed.tokens),
        sentences: analyzed.sentences.map((s) => [s.from, s.to]),
      });
    }
  }
  return out;
}

export interface TrainedTagger {
  header: ModelHeader;
  rows: ModelRows;
  wordClasses: WordClasses;
}

export interface TaggerTrainingOptions {
  wordClasses: WordClasses;
  epochs?: number;
  seed?: number;
  minWeight?: number;
}

export function trainTagger(
  sentences: TaggerSentence[],
  { wordClasses, epochs = 6, seed = 1, minWeight = 0.05 }: TaggerTrainingOptions,
): TrainedTagger {
  const classes = [...new Set(sentences.flatMap((s) => s.gold))].filter((t) => t !== "").sort();
  const ids = new Map(classes.map((t, i) => [t, i]));
  const model = new Perceptron(classes.length, true);
  const context = new TaggerContext(wordClasses);
  context.tags = classes.length;
  const keys = new Int32Array(TAGGER_LEXICAL + TAGGER_CONTEXT + 16);
  const direct = new Int32Array(16);
  const scores = new Float32Array(classes.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const s of seededShuffle(sentences, seed * 1000 + epoch)) {
      for (const [from, to] of s.sentences) {
        context.begin(s.tokens, from, to);
        let prev = 0;
        let prev2 = 0;
        for (let i = 0; i < to - from; i++) {
          let count = context.features(i, prev, prev2, keys, context.lexical(i, keys, 0), direct);
          count = directKeys(classes.length, wordClasses.size, direct, keys, count);
          scores.fill(0);
          model.score(keys, count, scores);
          let guess = 0;
          for (let x = 1; x < scores.length; x++) if (scores[x] > scores[guess]) guess = x;
          const gold = ids.get(s.gold[from + i]);
          if (gold !== undefined) {
            model.update(keys, count, gold, guess);
            model.tick();
          }
          prev2 = prev;
          // Later tokens see the model's own guess, as at run time.
          prev = guess + 1;
        }
      }
    }
  }
  const header = {
    kind: "tagger",
    classes,
    features: TAGGER_FEATURES,
    wordClasses: wordClasses.size - 1,
    epochs,
    seed,
    minWeight,
  };
  return { header, rows: model.averaged(minWeight), wordClasses };
}

export function taggerFrom(trained: TrainedTagger): Tagger {
  return new Tagger(trained.header, trained.rows, trained.wordClasses);
}

/** Tags every sentence in place (`tokens[].tag`). */
export function tagAll(tagger: Tagger, sentences: TaggerSentence[]): void {
  for (const s of sentences) for (const [from, to] of s.sentences) tagger.tag(s.tokens, from, to);
}

/**
 * Tags the training sentences with models that did not learn from them: `folds` models, each trained on the other
 * folds (sentence i is in fold i % folds).
 */
export function jackknife(sentences: TaggerSentence[], folds: number, options: TaggerTrainingOptions) {
  for (let f = 0; f < folds; f++) {
    const tagger = taggerFrom(trainTagger(sentences.filter((_, i) => i % folds !== f), options));
    tagAll(tagger, sentences.filter((_, i) => i % folds === f));
  }
}

/** Share of tokens with a gold tag whose predicted tag is right, and the same for wink's UPOS against gold UPOS. */
export function tagAccuracy(sentences: TaggerSentence[]): number {
  let right = 0;
  let total = 0;
  for (const s of sentences) {
    s.gold.forEach((g, i) => {
      if (!g) return;
      total++;
      if (s.tokens[i].tag === g) right++;
    });
  }
  return right / total;
}

export function writeTagger(trained: TrainedTagger, dir: string, log: (line: string) => void): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, TAGGER_FILE);
  const bytes = encodeModel(trained.header, trained.rows);
  writeFileSync(file, bytes);
  log(`wrote ${file}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${trained.rows.keys.length} features`);
}
