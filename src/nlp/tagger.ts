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
  type HashedModel,
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
    keys[k++] = CONTEXT_KEYS.previousWord(word[s - 1]);
    keys[k++] = CONTEXT_KEYS.nextWord(word[s + 1]);
    keys[k++] = CONTEXT_KEYS.wordAfterTag(prev, word[s]);
    keys[k++] = CONTEXT_KEYS.suffixWithWink(this.suffix3[s], wink[s]);
    keys[k++] = CONTEXT_KEYS.secondNextWord(word[s + 2]);
    this.directRows(i, prev, prev2, direct);
    return k;
  }

  /** Token i's row in each dense template, given the previous two predicted tags (ids: 0 none, tag + 1). */
  directRows(i: number, prev: number, prev2: number, direct: Int32Array): void {
    const s = i + 2;
    const { wink } = this;
    const W = WINK_TAG_IDS;
    const p = wink[s];
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
 * The keys of the hashed context features, in the order `features` writes them: the previous, next and second next
 * words, the word after the previous tag, the three-letter suffix with wink's tag. The tagger keeps each word's rows
 * for them (`TaggerWord`), so it builds the same keys here.
 */
const CONTEXT_KEYS = {
  previousWord: (word: number) => featureKey(10, word),
  nextWord: (word: number) => featureKey(11, word),
  wordAfterTag: (prev: number, word: number) => featureKey(12, prev, word),
  suffixWithWink: (suffix3: number, wink: number) => featureKey(13, suffix3, wink),
  secondNextWord: (word: number) => featureKey(14, word),
};
/**
 * Words kept (`TaggerWord`: lexical sums and row handles, about 700 bytes each, so at most ~35 MB): 20,000 made 1,700
 * Reuters articles clear and refill the sums, and tagging took 2.2-2.9 µs a token instead of 1.6-1.8.
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
  private hashed: HashedModel;
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
  /** The words of the sentence's tokens, in order. */
  private sentence: TaggerWord[] = [];
  /** Stands for the words outside the sentence (`NONE`). */
  private outside: TaggerWord;
  /** Where a word's suffix rows start in `TaggerWord.rows`, after those of the previous tags. */
  private suffixRows: number;
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
    this.suffixRows = k + 1;
    this.outside = this.wordOf("", NONE, 0, NONE, new Float32Array(k));
  }

  /** Tags tokens[from, to) as one sentence: sets each token's `tag`. */
  tag(tokens: TaggedToken[], from: number, to: number): void {
    const c = this.context;
    c.begin(tokens, from, to, false);
    const n = to - from;
    const words = this.sentence;
    for (let i = 0; i < n; i++) words[i] = this.readWord(tokens[from + i], i);
    const k = this.classes.length;
    const { direct, scores, weights, packed, offsets, hashed, outside } = this;
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      const w = words[i];
      scores.set(w.lexical);
      c.directRows(i, prev, prev2, direct);
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
      // The hashed context features, in the order `TaggerContext.features` writes their keys.
      hashed.addRow((i > 0 ? words[i - 1] : outside).asPrevious, scores);
      hashed.addRow((i + 1 < n ? words[i + 1] : outside).asNext, scores);
      let afterTag = w.rows[prev];
      if (afterTag === UNKNOWN_ROW) afterTag = w.rows[prev] = hashed.rowOf(CONTEXT_KEYS.wordAfterTag(prev, w.word));
      hashed.addRow(afterTag, scores);
      const p = c.wink[i + 2];
      let suffix = w.rows[this.suffixRows + p];
      if (suffix === UNKNOWN_ROW) {
        suffix = w.rows[this.suffixRows + p] = hashed.rowOf(CONTEXT_KEYS.suffixWithWink(w.suffix3, p));
      }
      hashed.addRow(suffix, scores);
      hashed.addRow((i + 2 < n ? words[i + 2] : outside).asSecondNext, scores);
      let best = 0;
      for (let x = 1; x < k; x++) if (scores[x] > scores[best]) best = x;
      tokens[from + i].tag = this.classes[best];
      prev2 = prev;
      prev = best + 1;
    }
    words.fill(this.outside, 0, n);
  }

  /**
   * Fills token i's slot of the context from what is kept of its word, or makes it (and keeps it). Kept by text, as
   * the lexical scores always were: a text read with another lower case (wink's surface not found in the text, rare)
   * takes its hashes and rows from its own lower case, and its lexical scores from the text kept.
   */
  private readWord(t: TaggedToken, i: number): TaggerWord {
    const c = this.context;
    const wink = winkTagId(t.pos);
    const kept = this.words.get(t.text);
    if (kept !== undefined && kept.lower === t.lower) {
      c.setToken(i, kept.word, wink, kept.cls, kept.suffix3);
      return kept;
    }
    const lower = t.lower;
    const word = hashString(lower);
    const cls = c.wordClasses.of(lower);
    const suffix3 = hashSuffix(lower, 3);
    c.setToken(i, word, wink, cls, suffix3);
    let lexical = kept?.lexical;
    if (lexical === undefined) {
      lexical = new Float32Array(this.classes.length);
      this.hashed.score(this.keys, c.lexical(i, this.keys, 0), lexical);
    }
    const made = this.wordOf(lower, word, cls, suffix3, lexical);
    if (kept !== undefined) return made;
    if (this.words.size >= LEXICAL_CACHE_LIMIT) this.words.clear();
    this.words.set(t.text, made);
    return made;
  }

  private wordOf(lower: string, word: number, cls: number, suffix3: number, lexical: Float32Array): TaggerWord {
    const rows = new Int32Array(this.suffixRows + WINK_TAG_IDS).fill(UNKNOWN_ROW);
    const { hashed } = this;
    return {
      lower,
      word,
      cls,
      suffix3,
      lexical,
      asPrevious: hashed.rowOf(CONTEXT_KEYS.previousWord(word)),
      asNext: hashed.rowOf(CONTEXT_KEYS.nextWord(word)),
      asSecondNext: hashed.rowOf(CONTEXT_KEYS.secondNextWord(word)),
      rows,
    };
  }
}

/**
 * A word as the tagger keeps it: its lexical scores, the hashes and class id of its lower case, and where the rows of
 * its hashed context features sit in the model (`HashedModel.rowOf`; -1 for a feature never learned): as the
 * previous, next and second next word, and, looked up when first needed, after each previous tag and its suffix with
 * each of wink's tags. A token then reads its five context rows without probing the 4 MB table for them.
 */
interface TaggerWord {
  lower: string;
  word: number;
  cls: number;
  suffix3: number;
  lexical: Float32Array;
  asPrevious: number;
  asNext: number;
  asSecondNext: number;
  /** The rows after each previous tag id (0..tags), then those of the suffix with each wink tag id; -2: not yet. */
  rows: Int32Array;
}

const UNKNOWN_ROW = -2;



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
