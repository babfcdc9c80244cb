// The part-of-speech retagger: gives every token a Penn Treebank tag (`Token.tag`: NN, VBD, VBN, IN...) learned
// from UD English EWT and GUM, beside wink-nlp's own universal tag (`Token.pos`), which it reads as a feature.
// wink's tags are 89.7 % right on EWT dev; the parser reads these instead. A greedy left-to-right averaged
// perceptron (Collins 2002) read from data/models/tagger.bin (built by scripts/train/tagger.ts). Tag-only
// features index small dense tables; word features go through the hashed table.
import { join } from "node:path";
import { modelDir } from "./parser.js";
import {
  DirectTables,
  PackedRows,
  featureKey,
  hashString,
  linearModel,
  readModelFile,
  type LinearModel,
  type ModelHeader,
  type ModelRows,
} from "./linear-model.js";
import { WINK_TAG_IDS, directKey, hashPrefix, hashShape, hashSuffix, winkTagId } from "./features.js";
import { WORD_CLASSES_FILE, loadWordClasses, type WordClasses } from "./word-classes.js";

export const TAGGER_FILE = "tagger.bin";
/** Names the feature templates below; a model trained with other templates is refused. */
export const TAGGER_FEATURES = "tagger-3";
/** Hashed features of a word alone (its lexical features), and of a word in its context. */
export const TAGGER_LEXICAL = 9;
export const TAGGER_CONTEXT = 5;

/**
 * Dense templates over wink tag ids (W), previous predicted tag ids (P: 0 before the sentence, tag + 1) and word
 * class ids (K, see word-classes.ts).
 */
export function taggerDirectTemplates(tags: number, classes: number) {
  const W = WINK_TAG_IDS;
  const K = classes;
  const P = tags + 1;
  return [
    { template: 0, sizes: [1] }, // bias
    { template: 20, sizes: [W] }, // wink's tag
    { template: 21, sizes: [W, W] }, // wink's tags of i-1, i
    { template: 22, sizes: [W, W] }, // of i, i+1
    { template: 28, sizes: [2, W] }, // first in its sentence, wink's tag
    // The templates above read token i's and its neighbours' wink tags only (see STATIC); these read further.
    { template: 23, sizes: [W] }, // of i-2
    { template: 24, sizes: [W] }, // of i+2
    { template: 25, sizes: [P] }, // previous tag
    { template: 26, sizes: [P, P] }, // two previous tags
    { template: 27, sizes: [P, W] }, // previous tag, wink's tag
    { template: 29, sizes: [K, W] }, // word class of i-1, wink's tag
    { template: 30, sizes: [W, K] }, // wink's tag, word class of i+1
  ];
}

/** Token fields the tagger reads and writes. */
export interface TaggedToken {
  text: string;
  lower: string;
  pos: string;
  tag: string;
}

/**
 * One sentence's per-token hashes, made once. `features` writes token i's hashed keys and the row indices of its
 * dense features (one per direct template, in order); the trainer and the tagger share it.
 */
export class TaggerContext {
  n = 0;
  /** Number of tags of the model (sets the size of the previous-tag templates). */
  tags = 0;
  word = new Int32Array(0);
  wink = new Int32Array(0);
  /** Word class ids. */
  cls = new Int32Array(0);
  /** Hash of the word's last three letters (lower case). */
  suffix3 = new Int32Array(0);
  readonly wordClasses: WordClasses;

  constructor(wordClasses: WordClasses) {
    this.wordClasses = wordClasses;
  }

  private tokens: readonly { text: string; lower: string; pos: string }[] = [];
  private from = 0;

  /**
   * Slot i + 2 holds token i; slots 0-1 and n + 2, n + 3 stand for "outside the sentence". Without `fill`, the
   * tokens' slots are left to the caller (`setToken`).
   */
  begin(tokens: readonly { text: string; lower: string; pos: string }[], from: number, to: number, fill = true): void {
    const n = to - from;
    if (this.word.length < n + 4) {
      const cap = Math.max(n + 4, this.word.length * 2, 64);
      this.word = new Int32Array(cap);
      this.wink = new Int32Array(cap);
      this.cls = new Int32Array(cap);
      this.suffix3 = new Int32Array(cap);
    }
    this.n = n;
    this.tokens = tokens;
    this.from = from;
    for (const s of [0, 1, n + 2, n + 3]) {
      this.word[s] = NONE;
      this.wink[s] = 0;
      this.cls[s] = 0;
    }
    if (!fill) return;
    for (let i = 0; i < n; i++) {
      const t = tokens[from + i];
      this.setToken(i, hashString(t.lower), winkTagId(t.pos), this.wordClasses.of(t.lower), hashSuffix(t.lower, 3));
    }
  }

  /** Token i's word hash (lower case), wink tag id, word class id and three-letter suffix hash. */
  setToken(i: number, word: number, wink: number, cls: number, suffix3: number): void {
    this.word[i + 2] = word;
    this.wink[i + 2] = wink;
    this.cls[i + 2] = cls;
    this.suffix3[i + 2] = suffix3;
  }

  /** Token i's features of the word alone: the same wherever it stands, so the tagger keeps their sum per word. */
  lexical(i: number, keys: Int32Array, k: number): number {
    const { text, lower } = this.tokens[this.from + i];
    keys[k++] = featureKey(1, this.word[i + 2]);
    keys[k++] = featureKey(2, hashSuffix(lower, 1));
    keys[k++] = featureKey(3, hashSuffix(lower, 2));
    keys[k++] = featureKey(4, hashSuffix(lower, 3));
    keys[k++] = featureKey(5, hashSuffix(lower, 4));
    keys[k++] = featureKey(6, hashPrefix(lower, 1));
    keys[k++] = featureKey(7, hashPrefix(lower, 3));
    keys[k++] = featureKey(9, hashShape(text));
    keys[k++] = featureKey(15, this.cls[i + 2]);
    return k;
  }

  /**
   * Token i's features in its context, given the previous two predicted tags (ids: 0 none, tag + 1): hashed keys
   * from `keys[k]` on (returns the new count) and the row of each dense template in `direct`.
   */
  features(i: number, prev: number, prev2: number, keys: Int32Array, k: number, direct: Int32Array): number {
    const s = i + 2;
    const { word, wink } = this;
    const W = WINK_TAG_IDS;
    const w = word[s];
    const p = wink[s];
    keys[k++] = featureKey(10, word[s - 1]);
    keys[k++] = featureKey(11, word[s + 1]);
    keys[k++] = featureKey(12, prev, w);
    keys[k++] = featureKey(13, this.suffix3[s], p);
    keys[k++] = featureKey(14, word[s + 2]);
    const P = this.tags + 1;
    direct[0] = 0;
    direct[1] = p;
    direct[2] = wink[s - 1] * W + p;
    direct[3] = p * W + wink[s + 1];
    direct[4] = (i === 0 ? W : 0) + p;
    direct[5] = wink[s - 2];
    direct[6] = wink[s + 2];
    direct[7] = prev;
    direct[8] = prev * P + prev2;
    direct[9] = prev * W + p;
    direct[10] = this.cls[s - 1] * W + p;
    direct[11] = p * this.wordClasses.size + this.cls[s + 1];
    return k;
  }

  /** A number naming token i's wink tags of i-1..i+1 and whether it opens the sentence: what STATIC rows read. */
  staticCode(i: number): number {
    const s = i + 2;
    const W = WINK_TAG_IDS;
    const w = this.wink;
    return ((((i === 0 ? 1 : 0) * W + w[s - 1]) * W + w[s]) * W + w[s + 1]) | 0;
  }
}

const NONE = hashString("<none>");
/**
 * Words whose lexical sums are kept (about 350 bytes each, so at most ~17 MB): 20,000 made 1,700 Reuters articles
 * clear and refill the sums, and tagging took 2.2-2.9 µs a token instead of 1.6-1.8.
 */
const LEXICAL_CACHE_LIMIT = 50_000;
/** Contexts of wink tags whose sums are kept: a few thousand occur. */
const STATIC_CACHE_LIMIT = 20_000;
/** The first dense templates, which read wink's tags of i-1..i+1 only: their sum is kept per such context. */
const STATIC = 5;

/** Adds the hashed keys of the dense features (for the trainer, which files every feature by its key). */
export function directKeys(tags: number, classes: number, direct: Int32Array, out: Int32Array, k: number): number {
  const templates = taggerDirectTemplates(tags, classes);
  for (let j = 0; j < templates.length; j++) out[k++] = directKey(templates[j], direct[j]);
  return k;
}

export class Tagger {
  readonly classes: string[];
  readonly header: ModelHeader;
  private hashed: LinearModel;
  private weights: Float32Array;
  /**
   * The same dense rows packed sparse, for the templates after STATIC, read at every token: half their rows are
   * zero and the others hold 5-45 weights of 49 (word classes with wink's tags: 5).
   */
  private packed: PackedRows;
  private offsets: Int32Array;
  private context: TaggerContext;
  private keys = new Int32Array(TAGGER_LEXICAL + TAGGER_CONTEXT);
  /**
   * What is kept of each word met, by its text: the summed scores of its lexical features and its hashes (see
   * `TaggerWord`), a pure function of the word and the model, so keeping them changes no tag; bounded, and cleared
   * when full.
   */
  private words = new Map<string, TaggerWord>();
  /** The lexical scores of the sentence's tokens, in order. */
  private lexicalOf: Float32Array[] = [];
  /** Likewise the summed scores of the STATIC dense templates, by `staticCode`. */
  private staticScores = new Map<number, Float32Array>();
  private direct = new Int32Array(16);
  private scores: Float32Array;

  constructor(header: ModelHeader, rows: ModelRows, wordClasses: WordClasses) {
    if (header.features !== TAGGER_FEATURES) {
      throw new Error(
        `tagger model: trained with features "${header.features}", this code reads ${TAGGER_FEATURES}; ` +
          "run `npm run train`",
      );
    }
    if (header.wordClasses !== wordClasses.size - 1) {
      throw new Error(
        `tagger model: trained with ${header.wordClasses} word classes, ${WORD_CLASSES_FILE} has ` +
          `${wordClasses.size - 1}; run \`npm run train\``,
      );
    }
    this.header = header;
    this.classes = header.classes;
    this.context = new TaggerContext(wordClasses);
    const k = this.classes.length;
    const tables = new DirectTables(rows, k, taggerDirectTemplates(k, wordClasses.size));
    this.weights = tables.weights;
    this.packed = new PackedRows(tables.weights, k);
    this.offsets = tables.offsets;
    this.hashed = linearModel(header, tables.rest);
    this.context.tags = k;
    this.scores = new Float32Array(k);
  }

  /** Tags tokens[from, to) as one sentence: sets each token's `tag`. */
  tag(tokens: TaggedToken[], from: number, to: number): void {
    const c = this.context;
    c.begin(tokens, from, to, false);
    const n = to - from;
    for (let i = 0; i < n; i++) this.lexicalOf[i] = this.readWord(tokens[from + i], i);
    const k = this.classes.length;
    const { keys, direct, scores, weights, packed, offsets, lexicalOf } = this;
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      scores.set(lexicalOf[i]);
      const count = c.features(i, prev, prev2, keys, 0, direct);
      const code = c.staticCode(i);
      let fixed = this.staticScores.get(code);
      if (fixed === undefined) {
        fixed = new Float32Array(k);
        for (let j = 0; j < STATIC; j++) {
          const at = (offsets[j] + direct[j]) * k;
          for (let x = 0; x < k; x++) fixed[x] += weights[at + x];
        }
        if (this.staticScores.size >= STATIC_CACHE_LIMIT) this.staticScores.clear();
        this.staticScores.set(code, fixed);
      }
      for (let x = 0; x < k; x++) scores[x] += fixed[x];
      for (let j = STATIC; j < offsets.length; j++) packed.add(offsets[j] + direct[j], scores);
      this.hashed.score(keys, count, scores);
      let best = 0;
      for (let x = 1; x < k; x++) if (scores[x] > scores[best]) best = x;
      tokens[from + i].tag = this.classes[best];
      prev2 = prev;
      prev = best + 1;
    }
    lexicalOf.fill(EMPTY, 0, n);
  }

  /**
   * Fills token i's slot of the context from what is kept of its word, or makes it (and keeps it); returns its
   * lexical scores. Kept by text, as the lexical scores always were: a text read with another lower case (wink's
   * surface not found in the text, rare) takes its hashes from its own lower case.
   */
  private readWord(t: TaggedToken, i: number): Float32Array {
    const c = this.context;
    const wink = winkTagId(t.pos);
    const kept = this.words.get(t.text);
    if (kept !== undefined && kept.lower === t.lower) {
      c.setToken(i, kept.word, wink, kept.cls, kept.suffix3);
      return kept.lexical;
    }
    const lower = t.lower;
    const word = hashString(lower);
    const cls = c.wordClasses.of(lower);
    const suffix3 = hashSuffix(lower, 3);
    c.setToken(i, word, wink, cls, suffix3);
    if (kept !== undefined) return kept.lexical;
    const lexical = new Float32Array(this.classes.length);
    this.hashed.score(this.keys, c.lexical(i, this.keys, 0), lexical);
    if (this.words.size >= LEXICAL_CACHE_LIMIT) this.words.clear();
    this.words.set(t.text, { lower, word, cls, suffix3, lexical });
    return lexical;
  }
}

/** A word as the tagger keeps it: its lexical scores, and the hashes and class id of its lower case. */
interface TaggerWord {
  lower: string;
  word: number;
  cls: number;
  suffix3: number;
  lexical: Float32Array;
}

const EMPTY = new Float32Array(0);

/** Reads the tagger's model file from a folder. */
export function loadTagger(dir: string): Tagger {
  const { header, rows } = readModelFile(join(dir, TAGGER_FILE));
  return new Tagger(header, rows, loadWordClasses(dir));
}


let shared: Tagger | null = null;

/** The package's tagger, loaded on first use and kept: a model is data, the same for every document. */
export function defaultTagger(): Tagger {
  shared ??= loadTagger(modelDir());
  return shared;
}
