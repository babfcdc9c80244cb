// The learned entity tagger: marks the spans of named entities and their types on wink-nlp tokens, greedily left
// to right with BIO labels, scoring hashed features with the linear model in data/models/entity-tagger.bin
// (trained by scripts/train/entity-tagger.ts on GUM; see data/models/README.md). The trainer uses the features and
// the decoder defined here, so training and use cannot drift apart.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { wordClass, type AnalyzedText, type Token } from "../nlp/index.js";
import { featureKey, hashString, loadLinearModel, type LinearModel } from "../nlp/linear-model.js";
import type { EntityType } from "../types.js";
import { firstWord, lexicons, type Lexicons } from "./lexicons.js";
import { normalizeKey } from "./text.js";

/** The types the tagger marks. */
export const TAGGER_TYPES: readonly EntityType[] = [
  "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
];

/**
 * Labels: O, then B and I of each type (class 1 + 2t + {0, 1}). BIO rather than BILOU: with greedy decoding, a
 * wrong B must not force the following tokens to continue an entity until an L comes.
 */
export const TAGGER_CLASSES: readonly string[] = ["O", ...TAGGER_TYPES.flatMap((t) => ["B-" + t, "I-" + t])];
const O = 0;
const B = 0;
const I = 1;
const typeOf = (label: number) => (label - 1) >> 1;
const partOf = (label: number) => (label - 1) & 1;

export interface TaggedSpan {
  /** Tokens `[from, to)` of `AnalyzedText.tokens`. */
  from: number;
  to: number;
  type: EntityType;
}

/** How a sentence is written: its capitals say something about names only in ordinary case. */
export const CaseMode = { Normal: 0, Upper: 1, Title: 2, Lower: 3 } as const;
export type CaseMode = (typeof CaseMode)[keyof typeof CaseMode];

// Lexicon membership bits of a token.
const LEX_COUNTRY = 1 << 0;
const LEX_CITY = 1 << 1;
const LEX_PROVINCE = 1 << 2;
const LEX_REGION = 1 << 3;
const LEX_DEMONYM = 1 << 4;
const LEX_FIRST_NAME = 1 << 5;
const LEX_TITLE = 1 << 6;
const LEX_ORG_CUE = 1 << 7;
const LEX_ORG_FIRST = 1 << 8;
const LEX_FACILITY = 1 << 9;
const LEX_EVENT = 1 << 10;
const LEX_LAW = 1 << 11;
const LEX_LOCATION = 1 << 12;
const LEX_NON_NAME = 1 << 13;
const LEX_CALENDAR = 1 << 14;
/** Inside a place phrase of several words ("New Zealand", "Washington D.C."). */
const LEX_PLACE_PHRASE = 1 << 15;
/** Inside a title phrase of several words ("prime minister"). */
const LEX_TITLE_PHRASE = 1 << 16;
const LEX_BITS = 17;
/** Lexicon bits that speak for a name (not non-names, calendar words or titles). */
export const NAME_LEXICON_BITS =
  LEX_COUNTRY | LEX_CITY | LEX_PROVINCE | LEX_REGION | LEX_DEMONYM | LEX_FIRST_NAME | LEX_PLACE_PHRASE;

// Document-level evidence about a word, from the ordinary-case sentences of the same document.
/** The document uses the word in lower case: a capitalised opener of it is likely a plain word. */
const DOC_LOWER = 1;
/** The document capitalises the word inside a sentence: likely a name. */
const DOC_CAPS = 2;

/** Per-token values computed once per document; features combine them. */
export interface TaggerInput {
  n: number;
  word: Int32Array;
  shape: Int32Array;
  pos: Int32Array;
  prefix: Int32Array; // 4 per token
  suffix: Int32Array; // 4 per token
  lex: Int32Array;
  /** wink-nlp's part of speech of a capitalised word standing alone in lower case ("Budget" → NOUN), else 0. */
  alone: Int32Array;
  doc: Int8Array;
  mode: Int8Array;
  initial: Int8Array;
  /** The token has a capital letter. */
  capital: Int8Array;
  /** Sentences as token ranges. */
  sentences: { from: number; to: number }[];
}

const BOUNDARY = hashString("<s>");

/** Word shape with runs collapsed: "Budget" → "Xx", "DAEWOO" → "X", "U.S." → "X.X.", "F-16" → "X-d". */
export function wordShape(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w.charAt(i);
    const code = w.charCodeAt(i);
    let k: string;
    if (code >= 65 && code <= 90) k = "X";
    else if (code >= 97 && code <= 122) k = "x";
    else if (code >= 48 && code <= 57) k = "d";
    else if (code < 128) k = c;
    else if (c !== c.toLowerCase()) k = "X";
    else if (c !== c.toUpperCase()) k = "x";
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/**
 * Whether upper-casing changes the word (it has a lower-case letter). A character loop settles ASCII words: the
 * case functions make a new string at every call, and these two run several times for every token. At the first
 * character past ASCII the whole word is compared as before.
 */
function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return w !== w.toUpperCase();
  }
  return false;
}
/** Whether lower-casing changes the word (it has a capital), as `hasLower`. */
function hasUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) return w !== w.toLowerCase();
  }
  return false;
}

/** Title Case small words. */
const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs."]);

function caseMode(tokens: Token[], from: number, to: number): CaseMode {
  let letters = 0;
  let upperWords = 0;
  let lowerWords = 0;
  let capWords = 0;
  let anyUpper = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (!hasUpper(w) && !hasLower(w)) continue;
    letters++;
    if (hasUpper(w)) anyUpper = true;
    if (w.length >= 2 && !hasLower(w)) upperWords++;
    else if (!hasUpper(w)) {
      if (!SMALL_WORDS.has(w)) lowerWords++;
    } else capWords++;
  }
  if (letters === 0) return CaseMode.Normal;
  if (!anyUpper && letters >= 3) return CaseMode.Lower;
  if (upperWords >= 2 && upperWords >= letters * 0.8) return CaseMode.Upper;
  if (lowerWords === 0 && capWords >= 3) return CaseMode.Title;
  return CaseMode.Normal;
}

const OPENERS = new Set(['"', "“", "‘", "'", ":", "(", "[", "«", "—", "–", "-"]);
const GLUED_MARKS = new Set(["'", "’", "-"]);

/** Hashes and flags of every token of a document, once. */
export function taggerInput(a: AnalyzedText, lex: Lexicons = lexicons()): TaggerInput {
  const tokens = a.tokens;
  const n = tokens.length;
  const input: TaggerInput = {
    n,
    word: new Int32Array(n),
    shape: new Int32Array(n),
    pos: new Int32Array(n),
    prefix: new Int32Array(n * 4),
    suffix: new Int32Array(n * 4),
    lex: new Int32Array(n),
    alone: new Int32Array(n),
    doc: new Int8Array(n),
    mode: new Int8Array(n),
    initial: new Int8Array(n),
    capital: new Int8Array(n),
    sentences: a.sentences.map((s) => ({ from: s.from, to: s.to })),
  };
  const keys = new Array<string>(n);
  const starts = new Int8Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const w = wordValues(lex, t.text, t.lower);
    keys[k] = w.key;
    starts[k] = w.starts;
    const v = w.values;
    input.word[k] = v[0];
    input.shape[k] = v[1];
    for (let j = 0; j < 4; j++) {
      input.prefix[k * 4 + j] = v[2 + j];
      input.suffix[k * 4 + j] = v[6 + j];
    }
    input.lex[k] = v[10];
    input.alone[k] = v[11];
    input.pos[k] = posHash(t.pos);
    input.capital[k] = t.text !== t.lower ? 1 : 0;
  }
  // Sentence case and openers; document evidence from ordinary sentences.
  const lowerSeen = new Set<string>();
  const capsSeen = new Set<string>();
  for (const s of a.sentences) {
    const mode = caseMode(tokens, s.from, s.to);
    let initial = true;
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k];
      input.mode[k] = mode;
      const word = hasUpper(t.text) || hasLower(t.text);
      input.initial[k] = initial && word ? 1 : 0;
      if (word) initial = false;
      // A quote, colon or dash opens a new stretch; an apostrophe or hyphen glued to a word does not ("Workers'
      // Party", "Jean-Pierre").
      if (OPENERS.has(t.text) && (t.spaceBefore || !GLUED_MARKS.has(t.text))) initial = true;
      if (mode !== CaseMode.Normal || !word) continue;
      if (!hasUpper(t.text)) lowerSeen.add(t.lower);
      else if (!input.initial[k]) capsSeen.add(t.lower);
    }
    markPhrases(lex, keys, starts, s.from, s.to, input.lex);
  }
  for (let k = 0; k < n; k++) {
    const lower = tokens[k].lower;
    input.doc[k] = (lowerSeen.has(lower) ? DOC_LOWER : 0) | (capsSeen.has(lower) ? DOC_CAPS : 0);
  }
  return input;
}

/** What a token's own text gives (hashes, lexicon bits), memoised by text: most words recur across documents. */
interface WordValues {
  key: string;
  /** Whether the key's first word opens a place phrase (PLACE_START) or a title phrase (TITLE_START). */
  starts: number;
  /** word, shape, prefixes 1–4, suffixes 1–4, lexicon bits, lone-word class. */
  values: Int32Array;
}

const wordCache = new Map<string, WordValues>();
const WORD_CACHE_LIMIT = 100_000;
let cachedLexicons: Lexicons | null = null;

function wordValues(lex: Lexicons, text: string, lower: string): WordValues {
  if (cachedLexicons !== lex) {
    wordCache.clear();
    cachedLexicons = lex;
  }
  let w = wordCache.get(text);
  if (w !== undefined) return w;
  const values = new Int32Array(12);
  values[0] = hashString(lower);
  values[1] = hashString(wordShape(text));
  // FNV-1a is incremental: the hash after j characters is the hash of the prefix of length j.
  let h = 0x811c9dc5;
  for (let j = 0; j < 4; j++) {
    if (j < lower.length) {
      h ^= lower.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    values[2 + j] = h | 0;
  }
  for (let j = 1; j <= 4; j++) {
    let s = 0x811c9dc5;
    for (let c = Math.max(0, lower.length - j); c < lower.length; c++) {
      s ^= lower.charCodeAt(c);
      s = Math.imul(s, 0x01000193);
    }
    values[5 + j] = s | 0;
  }
  const key = normalizeKey(text);
  values[10] = lexiconBits(lex, key);
  // What English makes of the word without its capital: a plain word ("Budget", "HAS") or a name ("Daewoo").
  if (lower !== text && lower.length > 1) values[11] = hashString(wordClass(lower));
  const first = firstWord(key);
  const starts = (lex.placeStarts.has(first) ? PLACE_START : 0) | (lex.titleStarts.has(first) ? TITLE_START : 0);
  w = { key, starts, values };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, w);
  return w;
}

const posHashes = new Map<string, number>();
function posHash(pos: string): number {
  let h = posHashes.get(pos);
  if (h === undefined) {
    h = hashString(pos);
    posHashes.set(pos, h);
  }
  return h;
}

/** A place the tagger's features know (see `PlaceEntry.outsideTagger`). */
function isTaggerPlace(lex: Lexicons, key: string): boolean {
  const place = lex.places.get(key);
  return place !== undefined && !place.outsideTagger;
}

function lexiconBits(lex: Lexicons, key: string): number {
  let bits = 0;
  const place = lex.places.get(key);
  if (place && !place.outsideTagger) {
    if (place.kind === "country") bits |= LEX_COUNTRY;
    else if (place.kind === "city") bits |= LEX_CITY;
    else if (place.kind === "province") bits |= LEX_PROVINCE;
    else bits |= LEX_REGION;
  }
  if (lex.demonyms.has(key)) bits |= LEX_DEMONYM;
  if (lex.firstNames.has(key)) bits |= LEX_FIRST_NAME;
  if (lex.titles.has(key)) bits |= LEX_TITLE;
  const c = lex.cues;
  if (c.org.has(key)) bits |= LEX_ORG_CUE;
  if (c.orgFirst.has(key)) bits |= LEX_ORG_FIRST;
  if (c.facility.has(key)) bits |= LEX_FACILITY;
  if (c.event.has(key) || c.eventFirst.has(key)) bits |= LEX_EVENT;
  if (c.law.has(key) || c.lawFirst.has(key)) bits |= LEX_LAW;
  if (c.location.has(key) || c.locationFirst.has(key)) bits |= LEX_LOCATION;
  if (lex.nonNames.has(key)) bits |= LEX_NON_NAME;
  if (lex.calendar.has(key)) bits |= LEX_CALENDAR;
  return bits;
}

const PLACE_START = 1;
const TITLE_START = 2;

/**
 * Marks the tokens of place and title phrases of two or more words (longest match, left to right). `starts` says
 * which tokens' first word opens a place phrase or a title phrase (`WordValues.starts`).
 */
function markPhrases(lex: Lexicons, keys: string[], starts: Int8Array, from: number, to: number, bits: Int32Array): void {
  const scan = (
    has: (key: string) => boolean,
    start: number,
    prefixes: Set<string>,
    maxWords: number,
    bit: number,
  ) => {
    for (let k = from; k < to; k++) {
      if ((starts[k] & start) === 0) continue;
      let key = keys[k];
      let best = -1;
      for (let j = k + 1; j < to && j - k < maxWords + 2; j++) {
        const next = key + " " + keys[j];
        const glued = key + keys[j];
        // Tokens may be glued ("D.C." after "Washington" is spaced; "Jean-Pierre" is not): try both readings.
        if (prefixes.has(next)) key = next;
        else if (prefixes.has(glued)) key = glued;
        else break;
        if (has(key)) best = j + 1;
      }
      if (best > k + 1) {
        for (let j = k; j < best; j++) bits[j] |= bit;
        k = best - 1;
      }
    }
  };
  scan((key) => isTaggerPlace(lex, key), PLACE_START, lex.placePrefixes, lex.maxPlaceWords, LEX_PLACE_PHRASE);
  scan((key) => lex.titles.has(key), TITLE_START, lex.titlePrefixes, lex.maxTitleWords, LEX_TITLE_PHRASE);
}

/** Most features a token gets (an upper bound for the buffer). */
export const MAX_FEATURES = 64;

/**
 * The features of token k given the labels of the two tokens before it (O at a sentence start), written to `out`;
 * returns how many. Template numbers are part of the model: change one and retrain.
 */
export function tokenFeatures(x: TaggerInput, k: number, from: number, to: number, prev1: number, prev2: number, out: Int32Array): number {
  let n = 0;
  const w0 = x.word[k];
  const wm1 = k - 1 >= from ? x.word[k - 1] : BOUNDARY;
  const wm2 = k - 2 >= from ? x.word[k - 2] : BOUNDARY;
  const wp1 = k + 1 < to ? x.word[k + 1] : BOUNDARY;
  const wp2 = k + 2 < to ? x.word[k + 2] : BOUNDARY;
  const s0 = x.shape[k];
  const sm1 = k - 1 >= from ? x.shape[k - 1] : BOUNDARY;
  const sp1 = k + 1 < to ? x.shape[k + 1] : BOUNDARY;
  const p0 = x.pos[k];
  const pm1 = k - 1 >= from ? x.pos[k - 1] : BOUNDARY;
  const pm2 = k - 2 >= from ? x.pos[k - 2] : BOUNDARY;
  const pp1 = k + 1 < to ? x.pos[k + 1] : BOUNDARY;
  const pp2 = k + 2 < to ? x.pos[k + 2] : BOUNDARY;
  const mode = x.mode[k];
  const initial = x.initial[k];
  const doc = x.doc[k];
  const lex0 = x.lex[k];
  out[n++] = featureKey(0, 0);
  out[n++] = featureKey(1, w0);
  out[n++] = featureKey(2, wm1);
  out[n++] = featureKey(3, wp1);
  out[n++] = featureKey(4, wm2);
  out[n++] = featureKey(5, wp2);
  out[n++] = featureKey(6, s0, mode);
  out[n++] = featureKey(7, sm1, s0);
  out[n++] = featureKey(8, s0, sp1);
  out[n++] = featureKey(9, p0);
  out[n++] = featureKey(10, pm1, p0);
  out[n++] = featureKey(11, p0, pp1);
  out[n++] = featureKey(12, pm2, pm1, p0);
  out[n++] = featureKey(13, p0, pp1, pp2);
  for (let j = 0; j < 4; j++) out[n++] = featureKey(14 + j, x.suffix[k * 4 + j]);
  for (let j = 0; j < 4; j++) out[n++] = featureKey(18 + j, x.prefix[k * 4 + j]);
  out[n++] = featureKey(22, mode, initial, s0);
  out[n++] = featureKey(23, doc, mode * 2 + initial, s0);
  out[n++] = featureKey(24, prev1);
  out[n++] = featureKey(25, prev1, prev2);
  out[n++] = featureKey(26, prev1, w0);
  out[n++] = featureKey(27, prev1, s0, mode);
  out[n++] = featureKey(28, w0, mode, initial);
  out[n++] = featureKey(29, wm1, w0);
  out[n++] = featureKey(30, w0, wp1);
  out[n++] = featureKey(31, k - 1 >= from ? x.lex[k - 1] : -1, lex0, k + 1 < to ? x.lex[k + 1] : -1);
  out[n++] = featureKey(32, p0, mode, initial);
  const alone = x.alone[k];
  if (alone !== 0) {
    out[n++] = featureKey(33, alone, mode, initial);
    out[n++] = featureKey(34, alone, p0, doc);
  }
  if (lex0 !== 0) {
    for (let b = 0; b < LEX_BITS; b++) if (lex0 & (1 << b)) out[n++] = featureKey(40 + b, mode, initial);
  }
  return n;
}

/** What scores features: the trained model, or the perceptron while training. */
export interface Scorer {
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/** Whether `label` may follow `prev`: I of a type only continues B or I of the same type. */
function allowedAfter(prev: number, label: number): boolean {
  if (label === O || partOf(label) === B) return true;
  return prev !== O && typeOf(prev) === typeOf(label);
}

/** ALLOWED[prev * classes + label]: the BIO transitions, as a table (no closure per token). */
const ALLOWED = (() => {
  const c = TAGGER_CLASSES.length;
  const table = new Uint8Array(c * c);
  for (let prev = 0; prev < c; prev++) {
    for (let label = 0; label < c; label++) table[prev * c + label] = allowedAfter(prev, label) ? 1 : 0;
  }
  return table;
})();

/** The best allowed label after `prev`. */
function bestLabel(scores: Float32Array, prev: number): number {
  const c = scores.length;
  const row = prev * c;
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < c; k++) {
    if (ALLOWED[row + k] === 0) continue;
    if (scores[k] > bestScore) {
      bestScore = scores[k];
      best = k;
    }
  }
  return best;
}

/**
 * Greedy left-to-right labelling of every sentence. `visit`, when given, sees each token's features and chosen
 * label before the next token is read (the trainer updates its weights there and may return the gold label to
 * continue from, or the predicted one).
 */
export function decode(
  x: TaggerInput,
  sentences: { from: number; to: number }[],
  scorer: Scorer,
  classCount: number,
  visit?: (k: number, features: Int32Array, count: number, predicted: number) => number,
): Int32Array {
  const labels = new Int32Array(x.n);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(classCount);
  for (const s of sentences) {
    let prev1 = O;
    let prev2 = O;
    for (let k = s.from; k < s.to; k++) {
      // Outside a name, a word without a capital does not start one unless the whole sentence is in lower case:
      // most tokens are settled here without scoring (training takes the same path, so it learns nothing else).
      if (prev1 === O && x.capital[k] === 0 && x.mode[k] !== CaseMode.Lower) {
        labels[k] = O;
        prev2 = prev1;
        continue;
      }
      const count = tokenFeatures(x, k, s.from, s.to, prev1, prev2, features);
      scores.fill(0);
      scorer.score(features, count, scores);
      let label = bestLabel(scores, prev1);
      if (visit) label = visit(k, features, count, label);
      labels[k] = label;
      prev2 = prev1;
      prev1 = label;
    }
  }
  return labels;
}

/** Spans of a BIO labelling. */
export function spansOf(labels: Int32Array, sentences: { from: number; to: number }[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (const s of sentences) {
    let open = -1;
    let openType = -1;
    for (let k = s.from; k <= s.to; k++) {
      const label = k < s.to ? labels[k] : O;
      const continues = label !== O && partOf(label) === I && typeOf(label) === openType;
      if (open >= 0 && !continues) {
        spans.push({ from: open, to: k, type: TAGGER_TYPES[openType] });
        open = -1;
        openType = -1;
      }
      if (label !== O && open < 0) {
        open = k;
        openType = typeOf(label);
      }
    }
  }
  return spans;
}

/** BIO labels of token ranges (the trainer's gold). */
export function labelsOf(n: number, spans: TaggedSpan[]): Int32Array {
  const labels = new Int32Array(n);
  for (const sp of spans) {
    const base = 1 + 2 * TAGGER_TYPES.indexOf(sp.type);
    labels[sp.from] = base + B;
    for (let k = sp.from + 1; k < sp.to; k++) labels[k] = base + I;
  }
  return labels;
}

export interface EntityTagger {
  model: LinearModel;
  tag(a: AnalyzedText): TaggedSpan[];
  /** The spans, and the per-token values the tagger read (case of each sentence, sentence openers...). */
  tagWithInput(a: AnalyzedText): { spans: TaggedSpan[]; input: TaggerInput };
}

export function createEntityTagger(model: LinearModel): EntityTagger {
  if (model.header.kind !== "entity-tagger" || model.classes.join(" ") !== TAGGER_CLASSES.join(" ")) {
    throw new Error(`entity tagger: the model is a "${model.header.kind}" with other classes; retrain with npm run train`);
  }
  return {
    model,
    tag(a) {
      return this.tagWithInput(a).spans;
    },
    tagWithInput(a) {
      const input = taggerInput(a);
      return { spans: spansOf(decode(input, input.sentences, model, TAGGER_CLASSES.length), input.sentences), input };
    },
  };
}

/** Environment variable naming another model file (cross-validation runs the extractor with a fold's model). */
export const ENTITY_MODEL_ENV = "NEWSGRAPH_ENTITY_MODEL";

function defaultModelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "data", "models", "entity-tagger.bin");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    `entity tagger: data/models/entity-tagger.bin not found above ${fileURLToPath(import.meta.url)}; run \`npm run train\``,
  );
}

const taggers = new Map<string, EntityTagger>();

/** The tagger of a model file (default: $NEWSGRAPH_ENTITY_MODEL, else data/models/entity-tagger.bin), loaded once. */
export function entityTagger(path?: string): EntityTagger {
  const file = path ?? process.env[ENTITY_MODEL_ENV] ?? defaultModelPath();
  let tagger = taggers.get(file);
  if (!tagger) {
    tagger = createEntityTagger(loadLinearModel(file));
    taggers.set(file, tagger);
  }
  return tagger;
}
