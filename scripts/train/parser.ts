// Trains the dependency parser (src/nlp/parser.ts) from UD English EWT and GUM into data/models/parser-*.bin.
// The text of each gold sentence goes through wink-nlp exactly as at run time (its tokens and its POS tags, not the
// gold ones), the gold tree is carried over to wink's tokens by character offsets, and an averaged perceptron
// learns the arc-hybrid transitions with a dynamic oracle (Goldberg & Nivre 2013), exploring its own mistakes.
// Usage: tsx scripts/train/parser.ts [--epochs N] [--seed N] [--min-weight ACTIONS,LABELS] [--explore P] [--out DIR]
//   [--dev] [--cache FILE] [--try-min-weights A,L;A,L...]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/nlp/analyze.js";
import { decodeModel, encodeModel, type ModelHeader, type ModelRows } from "../../src/nlp/linear-model.js";
import {
  ACTION_NAMES,
  Configuration,
  FEATURE_SET,
  Features,
  LEFT,
  PARSER_FILES,
  Parser,
  ROLES,
  ROOT_LABEL,
  SHIFT,
  Vocabulary,
  actionFeatures,
  actionTemplates,
  allKeys,
  labelFeatures,
  labelTemplates,
} from "../../src/nlp/parser.js";
import { WORD_CLASSES_FILE, loadWordClasses, type WordClasses } from "../../src/nlp/word-classes.js";
import { seededRandom } from "../../src/build/random.js";
import { readConllu, type GoldSentence } from "./conllu.js";
import { Perceptron, seededShuffle } from "./perceptron.js";
import { analyzeGold, evaluate, report, type AnalyzedGold } from "./ud-eval.js";
import {
  alignTags,
  jackknife,
  tagAccuracy,
  taggerFrom,
  trainTagger,
  writeTagger,
  type TaggerSentence,
  type TrainedTagger,
} from "./tagger.js";

export const CORPORA = join(import.meta.dirname, "..", "..", "..", "shared", "corpora");

/** Relation of the second and later pieces of a gold word that wink cut in several tokens (UD's own choice). */
export const SPLIT_LABEL = "goeswith";

export interface ParserTrainingOptions {
  corpora?: string;
  out?: string;
  epochs?: number;
  seed?: number;
  /** Score the dev sets after every epoch (slower; the final scores are printed anyway). */
  devEveryEpoch?: boolean;
  /**
   * Averaged weights smaller than this are dropped from the files: [transitions, relations]. Dropping the many
   * small weights of rare features costs nothing measurable on the dev sets (EWT dev UAS 81.1 with all the
   * transition weights of at least 0.05, 81.1 with those of at least 2, 80.6 with 3) and quarters the transition
   * table, whose lookups miss the caches.
   */
  minWeight?: [number, number];
  /** Folder of the word classes (`word-classes.txt`, written by scripts/train/word-classes.ts); default `out`. */
  wordClasses?: string;
  /** Probability of following a wrong prediction during exploration. */
  explore?: number;
  /** Epochs of the tagger, and folds of the jackknife that tags the parser's training text. */
  taggerEpochs?: number;
  folds?: number;
  /**
   * For experiments on the parser alone: a file that keeps the analysed, jackknife-tagged training text and the
   * tagger, written on the first run and read back on later ones (skips a minute or two of tagger training).
   */
  cache?: string;
  /** For experiments: other prunings ([transitions, relations]) whose dev scores are printed at the end. */
  tryMinWeights?: [number, number][];
  log?: (line: string) => void;
}

/**
 * A training sentence: wink's tokens (tags filled in by the jackknife) and sentences, the gold tags and the gold
 * tree carried over to them (head n = root).
 */
export interface TrainingSentence extends TaggerSentence {
  heads: Int32Array;
  labels: string[];
}

export function trainingFiles(corpora: string): { train: string[]; dev: string[] } {
  const gum = (split: string) =>
    readdirSync(join(corpora, "gum", split))
      .filter((f) => f.endsWith(".conllu"))
      .sort()
      .map((f) => join(corpora, "gum", split, f));
  return {
    train: [join(corpora, "ud-english-ewt", "en_ewt-ud-train.conllu"), ...gum("train")],
    dev: [join(corpora, "ud-english-ewt", "en_ewt-ud-dev.conllu"), ...gum("dev")],
  };
}

/**
 * Carries a gold tree over to tokens of the same text, by characters. A token covering several gold words
 * ("cannot" over "can" "not") takes the head and relation of the one whose head lies outside them; a gold word
 * cut into several tokens gives its head to the first piece, and the others attach to it as `goeswith`.
 * Returns null when the result is not a tree (gold words that would have to share a token are not a subtree).
 */
export function alignTree(
  gold: GoldSentence,
  tokens: { start: number; end: number }[],
): { heads: Int32Array; labels: string[] } | null {
  const n = tokens.length;
  const words = gold.words;
  // First token overlapping each gold word.
  const rep = new Int32Array(words.length).fill(-1);
  let t0 = 0;
  for (let w = 0; w < words.length; w++) {
    while (t0 < n && tokens[t0].end <= words[w].start) t0++;
    for (let t = t0; t < n && tokens[t].start < words[w].end; t++) {
      if (tokens[t].end > words[w].start) {
        rep[w] = t;
        break;
      }
    }
    if (rep[w] < 0) return null;
  }
  const heads = new Int32Array(n).fill(-1);
  const labels: string[] = new Array(n).fill("");
  for (let t = 0; t < n; t++) {
    const own: number[] = [];
    for (let w = 0; w < words.length; w++) if (rep[w] === t) own.push(w);
    if (own.length === 0) {
      const piece = words.findIndex((w) => w.start < tokens[t].end && tokens[t].start < w.end);
      if (piece < 0) return null;
      heads[t] = rep[piece];
      labels[t] = SPLIT_LABEL;
      continue;
    }
    const top = own.find((w) => words[w].head === 0 || rep[words[w].head - 1] !== t)!;
    heads[t] = words[top].head === 0 ? n : rep[words[top].head - 1];
    labels[t] = words[top].deprel;
  }
  return isTree(heads) ? { heads, labels } : null;
}

/** One root, every token reaches it, no cycles. */
function isTree(heads: Int32Array): boolean {
  const n = heads.length;
  let roots = 0;
  for (let t = 0; t < n; t++) {
    if (heads[t] === n) roots++;
    let at = t;
    for (let steps = 0; at !== n; steps++) {
      if (steps > n || at < 0) return false;
      at = heads[at];
    }
  }
  return roots === 1;
}

/**
 * Makes a tree projective by lifting (Nivre & Nilsson 2005, without encoding the lift in the label): while an arc
 * crosses another, its dependent moves up to its grandparent, shortest arcs first. The arc-hybrid system builds
 * projective trees only, and its dynamic oracle is exact on them. Returns how many arcs were lifted.
 */
export function projectivize(heads: Int32Array): number {
  const n = heads.length;
  const dominates = (h: number, k: number) => {
    for (let at = k; at !== n; at = heads[at]) if (at === h) return true;
    return h === n;
  };
  let lifted = 0;
  for (;;) {
    let worst = -1;
    let worstLength = Infinity;
    for (let d = 0; d < n; d++) {
      const h = heads[d];
      const lo = Math.min(h, d);
      const hi = Math.max(h, d);
      if (hi - lo >= worstLength) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(h, k)) {
          worst = d;
          worstLength = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) return lifted;
    heads[worst] = heads[heads[worst]];
    lifted++;
  }
}

/** Reads, analyses and aligns the training sentences; counts what was skipped. */
export function readTraining(files: string[], log: (line: string) => void): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  let skipped = 0;
  let lifted = 0;
  let total = 0;
  for (const file of files) {
    for (const gold of readConllu(file)) {
      total++;
      const analyzed = analyze(gold.text, { parser: false, tagger: false });
      const aligned = alignTree(gold, analyzed.tokens);
      if (!aligned || analyzed.tokens.length === 0) {
        skipped++;
        continue;
      }
      lifted += projectivize(aligned.heads) > 0 ? 1 : 0;
      out.push({
        tokens: analyzed.tokens.map((t) => ({ text: t.text, lower: t.lower, pos: t.pos, tag: "" })),
        gold: alignTags(gold, analyzed.tokens),
        sentences: analyzed.sentences.map((s) => [s.from, s.to]),
        heads: aligned.heads,
        labels: aligned.labels,
      });
    }
  }
  log(`training sentences: ${out.length} of ${total} (${skipped} not alignable to a tree, ${lifted} made projective)`);
  return out;
}

/** Cost of each action under the dynamic oracle of arc-hybrid: gold arcs it makes unreachable. */
function actionCost(c: Configuration, action: number, gold: Int32Array): number {
  const { stack, sp, b, n } = c;
  if (action === SHIFT) {
    // b leaves the buffer: it can no longer take a head from below s0, nor a dependent from the stack.
    let cost = 0;
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (gold[b] === k && i < sp - 1) cost++;
      if (gold[k] === b) cost++;
    }
    return cost;
  }
  const s0 = stack[sp - 1];
  let cost = 0;
  // s0 leaves the stack: its dependents still in the buffer are lost.
  for (let j = b; j < n; j++) if (gold[j] === s0) cost++;
  if (action === LEFT) {
    if (gold[s0] !== b && ((sp > 1 && gold[s0] === stack[sp - 2]) || gold[s0] > b)) cost++;
  } else if (gold[s0] >= b) cost++;
  return cost;
}

interface Trainer {
  vocabulary: Vocabulary;
  templates: ReturnType<typeof actionTemplates>;
  labelTemplates: ReturnType<typeof labelTemplates>;
  actions: Perceptron;
  labels: Perceptron;
  labelIds: Map<string, number>;
  rootLabel: number;
}

function trainSentence(
  sentence: TrainingSentence,
  trainer: Trainer,
  c: Configuration,
  explore: boolean,
  exploreProbability: number,
  random: () => number,
  f: Features,
  scores: Float32Array,
  labelScores: Float32Array,
): void {
  const n = sentence.tokens.length;
  c.begin(n);
  sentence.tokens.forEach((t, i) => c.setToken(i, t.text, t.lower, t.pos, t.tag));
  const features = f.keys;
  const gold = sentence.heads;
  const costs = [0, 0, 0];
  const slots = new Int32Array(ROLES);
  while (!c.isTerminal()) {
    actionFeatures(c, f, slots);
    const count = allKeys(f, trainer.templates);
    scores.fill(0);
    trainer.actions.score(features, count, scores);
    let predicted = -1;
    let minCost = Infinity;
    for (let a = 0; a < 3; a++) {
      if (!c.isLegal(a)) continue;
      costs[a] = actionCost(c, a, gold);
      minCost = Math.min(minCost, costs[a]);
      if (predicted < 0 || scores[a] > scores[predicted]) predicted = a;
    }
    let best = -1;
    for (let a = 0; a < 3; a++) {
      if (c.isLegal(a) && costs[a] === minCost && (best < 0 || scores[a] > scores[best])) best = a;
    }
    if (costs[predicted] > minCost) trainer.actions.update(features, count, best, predicted);
    trainer.actions.tick();
    const next = costs[predicted] === minCost || (explore && random() < exploreProbability) ? predicted : best;
    let labelId = trainer.rootLabel;
    if (next !== SHIFT && c.arcHead(next) !== n) {
      const d = c.stack[c.sp - 1];
      const h = c.arcHead(next);
      labelFeatures(c, next, f);
      const lc = allKeys(f, trainer.labelTemplates);
      labelScores.fill(0);
      trainer.labels.score(features, lc, labelScores);
      let guess = -1;
      for (let k = 0; k < labelScores.length; k++) {
        if (k !== trainer.rootLabel && (guess < 0 || labelScores[k] > labelScores[guess])) guess = k;
      }
      labelId = guess;
      if (gold[d] === h) {
        const goldLabel = trainer.labelIds.get(sentence.labels[d])!;
        trainer.labels.update(features, lc, goldLabel, guess);
        trainer.labels.tick();
        // Until the model explores, later features see gold relations; then its own, as at run time.
        if (!explore) labelId = goldLabel;
      }
    }
    c.apply(next, labelId);
  }
}

export interface TrainedParser {
  actions: { header: ModelHeader; rows: ModelRows };
  labels: { header: ModelHeader; rows: ModelRows };
  wordClasses: WordClasses;
}

function exportModels(
  trainer: Trainer,
  settings: Record<string, unknown>,
  minWeight: [number, number],
): TrainedParser {
  const labelClasses = [...trainer.labelIds.keys()];
  const tags = [...trainer.vocabulary.tags.keys()];
  const wordClasses = trainer.vocabulary.wordClasses;
  return {
    wordClasses,
    actions: {
      header: {
        kind: "parser-actions",
        classes: ACTION_NAMES,
        features: FEATURE_SET,
        tags,
        wordClasses: wordClasses.size - 1,
        ...settings,
      },
      rows: trainer.actions.averaged(minWeight[0]),
    },
    labels: {
      header: { kind: "parser-labels", classes: labelClasses, features: FEATURE_SET, ...settings },
      rows: trainer.labels.averaged(minWeight[1]),
    },
  };
}

export function parserFrom(trained: TrainedParser): Parser {
  return new Parser(trained);
}

export function trainParser(options: ParserTrainingOptions = {}): TrainedParser {
  const corpora = options.corpora ?? CORPORA;
  const epochs = options.epochs ?? 10;
  const seed = options.seed ?? 1;
  const minWeight = options.minWeight ?? [2, 1];
  const exploreProbability = options.explore ?? 0.9;
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const taggerEpochs = options.taggerEpochs ?? 6;
  const folds = options.folds ?? 5;
  const files = trainingFiles(corpora);
  const classesDir = options.wordClasses ?? options.out;
  if (!classesDir) throw new Error(`trainParser: name the folder of ${WORD_CLASSES_FILE} (wordClasses or out)`);
  const wordClasses = loadWordClasses(classesDir);
  const { train, trainedTagger } = taggedTraining(files.train, {
    taggerEpochs,
    folds,
    seed,
    wordClasses,
    cache: options.cache,
    log,
  });
  const tagger = taggerFrom(trainedTagger);
  const dev = {
    ewt: analyzeGold(readConllu(files.dev[0]), tagger),
    gum: analyzeGold(
      files.dev.slice(1).flatMap((f) => readConllu(f)),
      tagger,
    ),
  };
  for (const [name, items] of Object.entries(dev)) log(`${name} dev tagger: ${tagScore(items)}`);

  // Relations sorted by name, root first: the same ids run after run.
  const labelNames = [...new Set(train.flatMap((s) => s.labels))].filter((l) => l !== ROOT_LABEL).sort();
  const labelIds = new Map([ROOT_LABEL, ...labelNames].map((l, i) => [l, i]));
  const vocabulary = new Vocabulary(trainedTagger.header.classes, [ROOT_LABEL, ...labelNames], wordClasses);
  const trainer: Trainer = {
    vocabulary,
    templates: actionTemplates(vocabulary),
    labelTemplates: labelTemplates(vocabulary),
    actions: new Perceptron(3),
    labels: new Perceptron(labelIds.size),
    labelIds,
    rootLabel: 0,
  };
  const settings = { epochs, seed, minWeight, explore: exploreProbability, sentences: train.length };
  const c = new Configuration(vocabulary);
  const features = new Features();
  const scores = new Float32Array(3);
  const labelScores = new Float32Array(labelIds.size);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const t = performance.now();
    // The first epoch follows the oracle only; after it the model has something worth exploring.
    const explore = epoch > 0;
    for (const sentence of seededShuffle(train, seed * 1000 + epoch)) {
      trainSentence(sentence, trainer, c, explore, exploreProbability, random, features, scores, labelScores);
    }
    const seconds = ((performance.now() - t) / 1000).toFixed(1);
    let line = `epoch ${epoch + 1}/${epochs}: ${seconds} s, ${trainer.actions.featureCount} action features`;
    if (options.devEveryEpoch && epoch < epochs - 1) {
      const parser = parserFrom(exportModels(trainer, settings, minWeight));
      line += `\n  EWT dev ${report(evaluate(dev.ewt, parser, "wink"))}`;
      line += `\n  GUM dev ${report(evaluate(dev.gum, parser, "wink"))}`;
    }
    log(line);
  }
  const trained = exportModels(trainer, settings, minWeight);
  const parser = parserFrom(trained);
  for (const [name, items] of Object.entries(dev) as [string, AnalyzedGold[]][]) {
    log(`${name} dev, wink sentences: ${report(evaluate(items, parser, "wink"))}`);
    log(`${name} dev, line = sentence: ${report(evaluate(items, parser, "line"))}`);
  }
  for (const weights of options.tryMinWeights ?? []) {
    const pruned = parserFrom(exportModels(trainer, settings, weights));
    for (const [name, items] of Object.entries(dev) as [string, AnalyzedGold[]][]) {
      log(`${name} dev, min weight ${weights}: ${report(evaluate(items, pruned, "wink"))}`);
    }
  }
  log(`parser trained in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (options.out) {
    writeTagger(trainedTagger, options.out, log);
    writeParser(trained, options.out, log);
  }
  return trained;
}

/**
 * The training sentences with the tagger's jackknifed tags, and the tagger trained on all of them; read from
 * `cache` when it names an existing file, written to it otherwise.
 */
function taggedTraining(
  files: string[],
  options: {
    taggerEpochs: number;
    folds: number;
    seed: number;
    wordClasses: WordClasses;
    cache?: string;
    log: (line: string) => void;
  },
): { train: TrainingSentence[]; trainedTagger: TrainedTagger } {
  const { taggerEpochs, folds, seed, wordClasses, cache, log } = options;
  if (cache && existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, "utf8"));
    const train = (saved.train as (TrainingSentence & { heads: number[] })[]).map((s) => ({
      ...s,
      heads: Int32Array.from(s.heads),
    }));
    log(`training text and tagger read from ${cache}`);
    return { train, trainedTagger: { ...decodeModel(Buffer.from(saved.tagger, "base64"), cache), wordClasses } };
  }
  let t = performance.now();
  const train = readTraining(files, log);
  log(`read and analysed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // The tagger first: the parser learns from its tags, and is scored with them.
  t = performance.now();
  const trainedTagger = trainTagger(train, { wordClasses, epochs: taggerEpochs, seed });
  log(`tagger trained in ${((performance.now() - t) / 1000).toFixed(1)} s, ${trainedTagger.rows.keys.length} features`);
  t = performance.now();
  jackknife(train, folds, { wordClasses, epochs: taggerEpochs, seed });
  const jack = (100 * tagAccuracy(train)).toFixed(2);
  log(`training text tagged by ${folds}-fold jackknife in ${((performance.now() - t) / 1000).toFixed(1)} s: ${jack} %`);
  if (cache) {
    const tagger = encodeModel(trainedTagger.header, trainedTagger.rows).toString("base64");
    writeFileSync(cache, JSON.stringify({ train: train.map((s) => ({ ...s, heads: [...s.heads] })), tagger }));
  }
  return { train, trainedTagger };
}

export function writeParser(trained: TrainedParser, dir: string, log: (line: string) => void): void {
  mkdirSync(dir, { recursive: true });
  for (const part of ["actions", "labels"] as const) {
    const file = join(dir, PARSER_FILES[part]);
    const bytes = encodeModel(trained[part].header, trained[part].rows);
    writeFileSync(file, bytes);
    log(`wrote ${file}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${trained[part].rows.keys.length} features`);
  }
}

/**
 * The tagger's accuracy on the gold words that have a token of exactly their span (Penn Treebank tags), beside
 * wink's universal tags on the same words.
 */
function tagScore(items: AnalyzedGold[]): string {
  let words = 0;
  let tags = 0;
  let wink = 0;
  for (const { gold, analyzed } of items) {
    const bySpan = new Map(analyzed.tokens.map((t) => [`${t.start}:${t.end}`, t]));
    for (const w of gold.words) {
      const token = bySpan.get(`${w.start}:${w.end}`);
      if (!token) continue;
      words++;
      if (token.tag === w.xpos) tags++;
      if (token.pos === w.upos) wink++;
    }
  }
  const pct = (x: number) => ((100 * x) / words).toFixed(2);
  return `tags ${pct(tags)} % right (wink's UPOS ${pct(wink)} %) on ${words} words with a token of their span`;
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  trainParser({
    epochs: argValue("--epochs") ? Number(argValue("--epochs")) : undefined,
    seed: argValue("--seed") ? Number(argValue("--seed")) : undefined,
    minWeight: argValue("--min-weight") ? (argValue("--min-weight")!.split(",").map(Number) as [number, number]) : undefined,
    out: argValue("--out") ?? join(import.meta.dirname, "..", "..", "data", "models"),
    explore: argValue("--explore") ? Number(argValue("--explore")) : undefined,
    devEveryEpoch: process.argv.includes("--dev"),
    cache: argValue("--cache"),
    wordClasses: argValue("--word-classes"),
    tryMinWeights: argValue("--try-min-weights")
      ?.split(";")
      .map((w) => w.split(",").map(Number) as [number, number]),
  });
}
