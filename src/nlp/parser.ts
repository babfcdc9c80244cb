// The dependency parser: gives every token a UD head and relation (with subtypes: nsubj:pass, obl:agent...).
// A greedy arc-hybrid transition parser (Kuhlmann et al. 2011) scored by two averaged-perceptron models read from
// data/models/ (built by scripts/train/parser.ts): one picks the transition (shift, left arc, right arc) and one
// the relation of each arc. It reads the retagger's Penn Treebank tags (`Token.tag`), wink's own tags and each word's
// class (learned from raw newswire, `word-classes.ts`). Features over tags, word classes, relations, distances and
// valencies only index small dense tables; features with a word or a set of relations go through a hashed table,
// whose lookups miss the caches and are therefore few. No string is built per transition.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DirectTables,
  PackedRows,
  denseLinearModel,
  featureKey,
  hashString,
  linearModel,
  readModelFile,
  type DirectTemplate,
  type LinearModel,
  type ModelHeader,
  type ModelRows,
} from "./linear-model.js";
import { WINK_TAG_IDS, directKey, hashShape, hashSuffix, winkTagId } from "./features.js";
import { WORD_CLASSES_FILE, WordClasses, loadWordClasses } from "./word-classes.js";

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTION_NAMES = ["shift", "left", "right"];
/** The relation of the word attached to the sentence's root; never predicted by the label model. */
export const ROOT_LABEL = "root";
/** Names the feature templates below; a model trained with other templates is refused. */
export const FEATURE_SET = "arc-hybrid-zn-7";

const NONE = hashString("<none>");
const ROOT = hashString("<root>");
/** Room for the features of one decision. */
export const MAX_FEATURES = 96;

/**
 * Groups of Penn Treebank tags for the templates over three tags, whose dense tables would be too large over the
 * full tag set; verb forms, possessives and wh-words stay apart (they decide attachments).
 */
const COARSE: Record<string, string> = {
  NN: "N", NNS: "N", NNP: "NP", NNPS: "NP", VB: "V", VBP: "V", VBZ: "V", VBD: "VD", VBN: "VN", VBG: "VG",
  MD: "MD", JJ: "J", JJR: "J", JJS: "J", AFX: "J", RB: "R", RBR: "R", RBS: "R", WRB: "W", WDT: "W", WP: "W",
  "WP$": "W", PRP: "PR", EX: "PR", "PRP$": "PR$", DT: "D", PDT: "D", IN: "IN", TO: "TO", RP: "RP", CC: "CC",
  CD: "CD", POS: "POS", ",": ",", ".": ".", ":": ".", HYPH: "-", "-LRB-": "(", "-RRB-": ")", "``": "Q", "''": "Q",
}; // prettier-ignore

/**
 * Small ids of the tags and relations the parser was trained with. Tag ids: 0 no token, 1 the root, then the
 * tagger's tags in order, then one for a tag it did not know; coarse ids likewise over the groups of `COARSE` (tags
 * outside it share "X"). Relation ids in action features are universal relations (subtypes dropped), 0 for none.
 */
export class Vocabulary {
  readonly tags: Map<string, number>;
  readonly tagCount: number;
  /** Coarse id of each tag id. */
  readonly coarse: Int32Array;
  readonly coarseCount: number;
  /** Universal relation id of each relation id + 1 (0: no relation yet). */
  readonly universal: Int32Array;
  readonly universalCount: number;
  /** Bit of each universal relation id in a word's set of children's relations (0: not in the sets). */
  readonly setBit: Int32Array;
  /** Word classes learned from raw text (ids 0..classCount-1, 0 for a word without one). */
  readonly wordClasses: WordClasses;
  readonly classCount: number;

  constructor(tags: readonly string[], labels: readonly string[], wordClasses: WordClasses) {
    this.wordClasses = wordClasses;
    this.classCount = wordClasses.size;
    this.tags = new Map(tags.map((t, i) => [t, i + 2]));
    this.tagCount = tags.length + 3;
    const groups = [...new Set([...Object.values(COARSE), "X"])].sort();
    const group = new Map(groups.map((g, i) => [g, i + 2]));
    this.coarseCount = groups.length + 2;
    this.coarse = new Int32Array(this.tagCount);
    this.coarse[1] = 1;
    tags.forEach((t, i) => (this.coarse[i + 2] = group.get(COARSE[t] ?? "X")!));
    this.coarse[tags.length + 2] = group.get("X")!;
    const universals = [...new Set(labels.map(universalOf))].sort();
    this.universalCount = universals.length + 1;
    this.universal = Int32Array.from([0, ...labels.map((l) => universals.indexOf(universalOf(l)) + 1)]);
    this.setBit = Int32Array.from([0, ...universals], (u, i) =>
      i === 0 ? 0 : SET_RELATIONS.includes(u as string) ? 1 << SET_RELATIONS.indexOf(u as string) : 0,
    );
  }

  tagId(tag: string): number {
    return this.tags.get(tag) ?? this.tagCount - 1;
  }
}

const universalOf = (label: string) => label.split(":")[0];

/**
 * Relations whose presence among a word's children the features read as a set (Zhang & Nivre 2011's label sets),
 * one bit each: a word with `mark` or `nsubj` children heads a clause, one with `case` an oblique or a nominal
 * modifier, one with `cc` waits for its conjunct. The first eight make the sets of the relation model. Ten bits keep
 * the sets' tables dense (a hashed set feature costs a cache miss per transition).
 */
const SET_RELATIONS = ["nsubj", "obj", "obl", "aux", "cop", "mark", "case", "det", "cc", "conj"];
const SET_SIZE = 1 << SET_RELATIONS.length;
const LABEL_SET_SIZE = 1 << 8;

/** Hashed keys and dense-table codes of one decision's features; codes are template index << 20 | row. */
export class Features {
  keys = new Int32Array(MAX_FEATURES);
  k = 0;
  direct = new Int32Array(MAX_FEATURES);
  d = 0;
  reset(): this {
    this.k = this.d = 0;
    return this;
  }
}

/** Dense templates of the transition model, in the order of the codes the feature functions write. */
export function actionTemplates(v: Vocabulary): DirectTemplate[] {
  const T = v.tagCount;
  const C = v.coarseCount;
  const L = v.universalCount;
  const W = WINK_TAG_IDS;
  const K = v.classCount;
  const triple = [C, C, C];
  return [
    // Roles (one token each): tags of s0, s1, s2, b0, b1, b2 and wink's tags of s0, s1, b0.
    { template: 3, sizes: [T] },
    { template: 50, sizes: [W] },
    { template: 6, sizes: [T] },
    { template: 52, sizes: [W] },
    { template: 13, sizes: [T] },
    { template: 9, sizes: [T] },
    { template: 51, sizes: [W] },
    { template: 11, sizes: [T] },
    { template: 12, sizes: [T] },
    // Pairs and triples.
    { template: 0, sizes: [1] },
    { template: 19, sizes: [T, T] },
    { template: 23, sizes: [T, T] },
    { template: 26, sizes: triple },
    { template: 27, sizes: triple },
    { template: 28, sizes: triple },
    { template: 29, sizes: triple },
    { template: 30, sizes: triple },
    { template: 31, sizes: [T, T, 7] },
    { template: 33, sizes: [T, T, 7] },
    { template: 34, sizes: [T, 8, 8] },
    { template: 35, sizes: [T, 8] },
    { template: 36, sizes: [T, 8] },
    { template: 37, sizes: triple },
    { template: 38, sizes: triple },
    { template: 39, sizes: triple },
    { template: 40, sizes: triple },
    { template: 41, sizes: triple },
    { template: 42, sizes: [C, L, L] },
    { template: 43, sizes: [C, L, L] },
    { template: 44, sizes: [C, L, L] },
    { template: 45, sizes: [C, L, L] },
    { template: 46, sizes: [C, L, L] },
    // Word classes of s0, s1, b0, b1 and b2 (role features; with the tags, their tables would not stay cached)...
    { template: 60, sizes: [K] },
    { template: 61, sizes: [K] },
    { template: 62, sizes: [K] },
    { template: 63, sizes: [K] },
    { template: 64, sizes: [K] },
    // ... of the two words of each arc, with each other and with the other's tag, and of outer children.
    { template: 65, sizes: [K, K] },
    { template: 66, sizes: [K, K] },
    { template: 67, sizes: [K, T] },
    { template: 68, sizes: [T, K] },
    { template: 69, sizes: [K, T] },
    { template: 70, sizes: [T, K] },
    { template: 71, sizes: [C, K] },
    { template: 72, sizes: [C, K] },
    { template: 73, sizes: [C, K] },
    // Third order: a word's two outer children on one side (Zhang & Nivre 2011).
    { template: 74, sizes: triple },
    { template: 75, sizes: triple },
    { template: 76, sizes: triple },
    // Sets of relations of s0's left and right children and of b0's left ones.
    { template: 77, sizes: [C, SET_SIZE] },
    { template: 78, sizes: [C, SET_SIZE] },
    { template: 79, sizes: [C, SET_SIZE] },
  ];
}

/** Appends the hashed keys of the dense codes to the keys (the trainer files every feature by its key). */
export function allKeys(f: Features, templates: readonly DirectTemplate[]): number {
  let k = f.k;
  for (let j = 0; j < f.d; j++) f.keys[k++] = directKey(templates[f.direct[j] >>> 20], f.direct[j] & 0xfffff);
  return k;
}

/**
 * One sentence being parsed: the tokens' ids and hashes and the partial tree. Arrays are indexed by token + 1:
 * slot 0 stands for "no token" (an empty stack position) and slot n + 1 for the artificial root, which sits at the
 * end of the buffer (Ballesteros & Nivre 2013), so that no position needs a bounds test in the feature code.
 * Reused from sentence to sentence; `begin` resets everything a parse reads.
 */
export class Configuration {
  readonly vocabulary: Vocabulary;
  n = 0;
  word = new Int32Array(0);
  /** Tag id, coarse tag id, wink tag id. */
  tag = new Int32Array(0);
  coarse = new Int32Array(0);
  wink = new Int32Array(0);
  suffix = new Int32Array(0);
  shape = new Int32Array(0);
  /** Word class id. */
  cls = new Int32Array(0);
  /** Head token (n for the root, -1 while unattached). */
  head = new Int32Array(0);
  /** Relation id + 1 (0 while unattached), and its universal relation id. */
  label = new Int32Array(0);
  ulabel = new Int32Array(0);
  /** Leftmost, second leftmost, rightmost and second rightmost child (token index, -1 for none). */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  /** Which of SET_RELATIONS the left and right children have, as bits. */
  leftSet = new Int32Array(0);
  rightSet = new Int32Array(0);
  stack = new Int32Array(0);
  sp = 0;
  /** Front of the buffer: tokens b..n-1, then the root (n). */
  b = 0;

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
  }

  begin(n: number): void {
    if (this.word.length < n + 2) this.grow(n + 2);
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.head.fill(-1, 0, n + 2);
    this.label.fill(0, 0, n + 2);
    this.ulabel.fill(0, 0, n + 2);
    this.lc1.fill(-1, 0, n + 2);
    this.lc2.fill(-1, 0, n + 2);
    this.rc1.fill(-1, 0, n + 2);
    this.rc2.fill(-1, 0, n + 2);
    this.leftCount.fill(0, 0, n + 2);
    this.rightCount.fill(0, 0, n + 2);
    this.leftSet.fill(0, 0, n + 2);
    this.rightSet.fill(0, 0, n + 2);
    this.word[0] = this.suffix[0] = this.shape[0] = NONE;
    this.word[n + 1] = this.suffix[n + 1] = this.shape[n + 1] = ROOT;
    this.tag[0] = this.coarse[0] = this.wink[0] = this.cls[0] = 0;
    this.cls[n + 1] = 0;
    this.tag[n + 1] = this.coarse[n + 1] = this.wink[n + 1] = 1;
  }

  private grow(size: number): void {
    const cap = Math.max(size, this.word.length * 2, 64);
    const names = ["word", "tag", "coarse", "wink", "suffix", "shape", "cls", "head", "label", "ulabel"] as const;
    for (const name of names) this[name] = new Int32Array(cap);
    for (const name of ["lc1", "lc2", "rc1", "rc2", "leftCount", "rightCount", "leftSet", "rightSet", "stack"] as const) {
      this[name] = new Int32Array(cap);
    }
  }

  /** Token i's word, lower case, wink tag and tagger's tag, hashed once for all the transitions that look at it. */
  setToken(i: number, text: string, lower: string, pos: string, tag: string): void {
    const s = i + 1;
    this.word[s] = hashString(lower);
    this.tag[s] = this.vocabulary.tagId(tag);
    this.coarse[s] = this.vocabulary.coarse[this.tag[s]];
    this.wink[s] = winkTagId(pos);
    this.suffix[s] = hashSuffix(lower);
    this.shape[s] = hashShape(text);
    this.cls[s] = this.vocabulary.wordClasses.of(lower);
  }

  isTerminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  /** The root takes one word only: it is the last thing attached, when the stack holds a single word. */
  isLegal(action: number): boolean {
    if (action === SHIFT) return this.b < this.n;
    if (action === LEFT) return this.sp > 0 && (this.b < this.n || this.sp === 1);
    return this.sp > 1;
  }

  /** The dependent and head an arc action would join (head n = root). */
  arcHead(action: number): number {
    return action === LEFT ? this.b : this.stack[this.sp - 2];
  }

  apply(action: number, labelId: number): void {
    if (action === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    const h = action === LEFT ? this.b : this.stack[this.sp - 1];
    this.head[d + 1] = h;
    this.label[d + 1] = labelId + 1;
    this.ulabel[d + 1] = this.vocabulary.universal[labelId + 1];
    const hs = h + 1;
    if (d < h) {
      if (this.lc1[hs] < 0 || d < this.lc1[hs]) {
        this.lc2[hs] = this.lc1[hs];
        this.lc1[hs] = d;
      } else if (this.lc2[hs] < 0 || d < this.lc2[hs]) this.lc2[hs] = d;
      this.leftCount[hs]++;
      this.leftSet[hs] |= this.vocabulary.setBit[this.ulabel[d + 1]];
    } else {
      if (this.rc1[hs] < 0 || d > this.rc1[hs]) {
        this.rc2[hs] = this.rc1[hs];
        this.rc1[hs] = d;
      } else if (this.rc2[hs] < 0 || d > this.rc2[hs]) this.rc2[hs] = d;
      this.rightCount[hs]++;
      this.rightSet[hs] |= this.vocabulary.setBit[this.ulabel[d + 1]];
    }
  }
}

/** Distance between two tokens, in buckets 1, 2, 3, 4, 5-7, 8+. */
function distance(a: number, b: number): number {
  const d = b - a;
  return d < 5 ? d : d < 8 ? 5 : 6;
}

/** Valency, capped so that it can index a dense table. */
const valency = (count: number) => (count < 7 ? count : 7);

/** Stack and buffer positions whose single-token features are summed once per token at run time. */
export const ROLES = 6;
const S0 = 0;
const S1 = 1;
const S2 = 2;
const B0 = 3;
const B1 = 4;
const B2 = 5;

/** Code of row `row` of dense template `j` (index in `actionTemplates`). */
const code = (j: number, row: number) => (j << 20) | row;

/**
 * The features of one token in one position (role): its word with its tag, its tags, its suffix and shape. They
 * are a function of the token alone, so the parser scores them once per token and role instead of at every
 * transition: the word features are the ones that miss the processor's caches.
 */
export function roleFeatures(c: Configuration, role: number, slot: number, f: Features): void {
  const w = c.word[slot];
  const p = c.tag[slot];
  const k = c.cls[slot];
  const { keys, direct } = f;
  switch (role) {
    case S0:
      keys[f.k++] = featureKey(1, w, p);
      keys[f.k++] = featureKey(14, c.suffix[slot], p);
      keys[f.k++] = featureKey(17, c.shape[slot]);
      direct[f.d++] = code(0, p);
      direct[f.d++] = code(1, c.wink[slot]);
      direct[f.d++] = code(32, k);
      break;
    case S1:
      keys[f.k++] = featureKey(4, w, p);
      keys[f.k++] = featureKey(16, c.suffix[slot], p);
      direct[f.d++] = code(2, p);
      direct[f.d++] = code(3, c.wink[slot]);
      direct[f.d++] = code(33, k);
      break;
    case S2:
      direct[f.d++] = code(4, p);
      break;
    case B0:
      keys[f.k++] = featureKey(7, w, p);
      keys[f.k++] = featureKey(15, c.suffix[slot], p);
      keys[f.k++] = featureKey(18, c.shape[slot]);
      direct[f.d++] = code(5, p);
      direct[f.d++] = code(6, c.wink[slot]);
      direct[f.d++] = code(34, k);
      break;
    case B1:
      keys[f.k++] = featureKey(10, w, p);
      direct[f.d++] = code(7, p);
      direct[f.d++] = code(35, k);
      break;
    default:
      direct[f.d++] = code(8, p);
      direct[f.d++] = code(36, k);
  }
}

/** Slots (token + 1; 0 = none) of the six role positions of a configuration, in role order. */
export function roleSlots(c: Configuration, slots: Int32Array): void {
  const { stack, sp, b, n } = c;
  slots[S0] = sp > 0 ? stack[sp - 1] + 1 : 0;
  slots[S1] = sp > 1 ? stack[sp - 2] + 1 : 0;
  slots[S2] = sp > 2 ? stack[sp - 3] + 1 : 0;
  slots[B0] = b + 1;
  slots[B1] = b + 1 < n + 1 ? b + 2 : 0;
  slots[B2] = b + 2 < n + 1 ? b + 3 : 0;
}

/**
 * The features of a transition decision: Zhang & Nivre (2011)-style templates over the top three stack words
 * (s0, s1, s2), the first three buffer words (b0, b1, b2) and the outer children of s0, s1 and b0, with
 * distances, valencies and the relations already given to children. These are the features that combine
 * positions; `roleFeatures` adds those of each position alone. Only six have a word (the hashed table); the
 * others index dense tables: tag pairs over the full tags, triples over coarse tags, relations universal, sets of
 * relations, word classes (256 learned from Reuters) with tags, coarse tags or each other.
 */
export function pairFeatures(c: Configuration, f: Features): void {
  const { word, tag: pos, coarse: cp, ulabel: label, lc1, lc2, rc1, rc2, leftCount, rightCount, stack, sp, b, n } = c;
  const v = c.vocabulary;
  const T = v.tagCount;
  const C = v.coarseCount;
  const L = v.universalCount;
  const s0 = sp > 0 ? stack[sp - 1] + 1 : 0;
  const s1 = sp > 1 ? stack[sp - 2] + 1 : 0;
  const s2 = sp > 2 ? stack[sp - 3] + 1 : 0;
  const b0 = b + 1;
  const b1 = b + 1 < n + 1 ? b + 2 : 0;
  const b2 = b + 2 < n + 1 ? b + 3 : 0;
  const s0l = lc1[s0] + 1;
  const s0r = rc1[s0] + 1;
  const s1l = lc1[s1] + 1;
  const s1r = rc1[s1] + 1;
  const b0l = lc1[b0] + 1;
  const s0l2 = lc2[s0] + 1;
  const s0r2 = rc2[s0] + 1;
  const b0l2 = lc2[b0] + 1;
  const s0p = pos[s0];
  const s1p = pos[s1];
  const b0p = pos[b0];
  const s0c = cp[s0];
  const s1c = cp[s1];
  const b0c = cp[b0];
  const b1c = cp[b1];
  const d0 = s0 === 0 ? 0 : distance(s0, b0);
  const d1 = s1 === 0 ? 0 : distance(s1, s0);
  const { keys, direct } = f;
  const tri = (x: number, y: number, z: number) => (x * C + y) * C + z;
  const lab = (x: number, y: number, z: number) => (x * L + y) * L + z;
  // A left arc joins s0 and b0, a right arc s1 and s0: each one's word with both tags.
  keys[f.k++] = featureKey(20, word[s0], s0p, b0p);
  keys[f.k++] = featureKey(21, s0p, word[b0], b0p);
  keys[f.k++] = featureKey(24, word[s1], s1p, s0p);
  keys[f.k++] = featureKey(25, s1p, word[s0], s0p);
  // The two words of each arc together ("plans" + "to" vs "denied" + "to").
  keys[f.k++] = featureKey(22, word[s0], word[b0]);
  keys[f.k++] = featureKey(32, word[s1], word[s0]);
  direct[f.d++] = code(9, 0);
  direct[f.d++] = code(10, s0p * T + b0p);
  direct[f.d++] = code(11, s1p * T + s0p);
  // Triples of tags.
  direct[f.d++] = code(12, tri(s0c, b0c, b1c));
  direct[f.d++] = code(13, tri(s1c, s0c, b0c));
  direct[f.d++] = code(14, tri(cp[s2], s1c, s0c));
  direct[f.d++] = code(15, tri(b0c, b1c, cp[b2]));
  direct[f.d++] = code(16, tri(s1c, s0c, b1c));
  // Distances and valencies.
  direct[f.d++] = code(17, (s0p * T + b0p) * 7 + d0);
  direct[f.d++] = code(18, (s1p * T + s0p) * 7 + d1);
  direct[f.d++] = code(19, (s0p * 8 + valency(leftCount[s0])) * 8 + valency(rightCount[s0]));
  direct[f.d++] = code(20, b0p * 8 + valency(leftCount[b0]));
  direct[f.d++] = code(21, s1p * 8 + valency(rightCount[s1]));
  // Children: their tags and the relations already given to them.
  direct[f.d++] = code(22, tri(s0c, cp[s0l], b0c));
  direct[f.d++] = code(23, tri(s0c, cp[s0r], b0c));
  direct[f.d++] = code(24, tri(s1c, cp[s1r], s0c));
  direct[f.d++] = code(25, tri(s1c, cp[s1l], s0c));
  direct[f.d++] = code(26, tri(b0c, cp[b0l], s0c));
  direct[f.d++] = code(27, lab(s0c, label[s0l], label[s0r]));
  direct[f.d++] = code(28, lab(s1c, label[s1l], label[s1r]));
  direct[f.d++] = code(29, lab(b0c, label[b0l], label[b0l2]));
  direct[f.d++] = code(30, lab(s0c, label[s0l], label[s0l2]));
  direct[f.d++] = code(31, lab(s0c, label[s0r], label[s0r2]));
  // The sets of relations s0 and b0 already have on each side (Zhang & Nivre 2011).
  direct[f.d++] = code(49, s0c * SET_SIZE + c.leftSet[s0]);
  direct[f.d++] = code(50, s0c * SET_SIZE + c.rightSet[s0]);
  direct[f.d++] = code(51, b0c * SET_SIZE + c.leftSet[b0]);
  // Word classes.
  const K = v.classCount;
  const { cls } = c;
  direct[f.d++] = code(37, cls[s0] * K + cls[b0]);
  direct[f.d++] = code(38, cls[s1] * K + cls[s0]);
  direct[f.d++] = code(39, cls[s0] * T + b0p);
  direct[f.d++] = code(40, s0p * K + cls[b0]);
  direct[f.d++] = code(41, cls[s1] * T + s0p);
  direct[f.d++] = code(42, s1p * K + cls[s0]);
  direct[f.d++] = code(43, s0c * K + cls[s0l]);
  direct[f.d++] = code(44, s0c * K + cls[s0r]);
  direct[f.d++] = code(45, b0c * K + cls[b0l]);
  direct[f.d++] = code(46, tri(s0c, cp[s0l], cp[s0l2]));
  direct[f.d++] = code(47, tri(s0c, cp[s0r], cp[s0r2]));
  direct[f.d++] = code(48, tri(b0c, cp[b0l], cp[b0l2]));
}

/** All the features of a transition decision (the trainer's view; the parser sums the role part per token). */
export function actionFeatures(c: Configuration, f: Features, slots = new Int32Array(ROLES)): void {
  roleSlots(c, slots);
  f.reset();
  for (let role = 0; role < ROLES; role++) roleFeatures(c, role, slots[role], f);
  pairFeatures(c, f);
}

/**
 * Dense templates of the relation model, for left arcs then right arcs: bias, tag pair, coarse pair and distance,
 * and the sets of relations the dependent and the head already have, each with its coarse tag.
 */
export function labelTemplates(v: Vocabulary): DirectTemplate[] {
  const T = v.tagCount;
  const C = v.coarseCount;
  return [100, 200].flatMap((t) => [
    { template: t + 0, sizes: [1] },
    { template: t + 5, sizes: [T, T] },
    { template: t + 12, sizes: [C, C, 7] },
    { template: t + 21, sizes: [C, LABEL_SET_SIZE] },
    { template: t + 22, sizes: [C, LABEL_SET_SIZE] },
  ]);
}

/**
 * The features of an arc's relation: the dependent (s0, already holding all its children in arc-hybrid) and its
 * head (b0 for a left arc, s1 for a right arc), their words, tags, suffixes, children and the relations the head
 * has given so far ("was" already aux:pass of "bought" when "company" is attached makes it nsubj:pass). The label
 * model has many classes, so a hashed feature costs two cache misses: the ones over tags alone index dense tables.
 */
export function labelFeatures(c: Configuration, action: number, f: Features): void {
  const { word, tag: pos, coarse, suffix, label, lc1, rc1, stack, sp, b, n } = c;
  const d = stack[sp - 1] + 1;
  const h = (action === LEFT ? b : stack[sp - 2]) + 1;
  // The direction is part of the template: a left and a right arc between the same tags mean different things.
  const t = action === LEFT ? 100 : 200;
  const j = action === LEFT ? 0 : 5;
  const dw = word[d];
  const dp = pos[d];
  const hp = pos[h];
  const dl = lc1[d] + 1;
  const dr = rc1[d] + 1;
  const hl = lc1[h] + 1;
  const hr = rc1[h] + 1;
  const next = b + 1 < n + 1 && action === RIGHT ? b + 1 : 0;
  const dist = action === LEFT ? distance(d, h) : distance(h, d);
  const { keys, direct } = f.reset();
  const C = c.vocabulary.coarseCount;
  direct[f.d++] = code(j, 0);
  direct[f.d++] = code(j + 1, dp * c.vocabulary.tagCount + hp);
  direct[f.d++] = code(j + 2, (coarse[d] * C + coarse[h]) * 7 + dist);
  keys[f.k++] = featureKey(t + 1, dw, dp);
  keys[f.k++] = featureKey(t + 3, word[h], hp);
  keys[f.k++] = featureKey(t + 6, dw, hp);
  keys[f.k++] = featureKey(t + 9, suffix[d], dp);
  // The dependent's outer children: a "by" case child makes an agent, a "to" mark an xcomp.
  keys[f.k++] = featureKey(t + 13, word[dl], label[dl]);
  keys[f.k++] = featureKey(t + 14, dp, label[dl], label[dr]);
  // What the head already has.
  keys[f.k++] = featureKey(t + 17, hp, label[hl], label[hr]);
  keys[f.k++] = featureKey(t + 18, dp, hp, label[hl]);
  keys[f.k++] = featureKey(t + 20, dp, hp, pos[next]);
  // The relations the dependent already has on each side (a `mark` or `nsubj` makes it a clause, a `case` an
  // oblique or nominal modifier) and those of the head.
  const sets = LABEL_SET_SIZE - 1;
  direct[f.d++] = code(j + 3, coarse[d] * LABEL_SET_SIZE + ((c.leftSet[d] | c.rightSet[d]) & sets));
  direct[f.d++] = code(j + 4, coarse[h] * LABEL_SET_SIZE + ((c.leftSet[h] | c.rightSet[h]) & sets));
}

/** The two models of a parser: transitions (rows, laid out by the parser) and relations. */
export interface ParserModels {
  actions: { header: ModelHeader; rows: ModelRows };
  labels: { header: ModelHeader; rows: ModelRows };
  wordClasses: WordClasses;
}

/** Token fields the parser reads and writes. */
export interface ParsedToken {
  text: string;
  lower: string;
  pos: string;
  tag: string;
  head: number;
  dep: string;
}

/**
 * What the parser keeps of a word between sentences: what `Configuration.setToken` makes of it, and the transition
 * scores of its role features ([role][action], `roleFeatures`). Both are a function of the token's text, lower case,
 * wink tag and tag, and of the model: keeping them changes no parse, and spares the nine hashed lookups (cache
 * misses in a large table) and thirteen dense rows a token's roles cost. `next` chains the other readings of the
 * same text (another tag).
 */
interface WordReading {
  lower: string;
  pos: string;
  tag: string;
  word: number;
  tagId: number;
  coarse: number;
  wink: number;
  suffix: number;
  shape: number;
  cls: number;
  partial: Float32Array;
  next: WordReading | undefined;
}

/** Texts whose readings are kept (each ~250 bytes, so at most ~12 MB), as the tagger keeps its words' sums. */
const READINGS_LIMIT = 50_000;

/**
 * A parser: its models and the scratch of the sentence being parsed. The scratch is overwritten by every parse,
 * so a parse never depends on the sentences before it.
 */
export class Parser {
  readonly labelNames: string[];
  private labels: LinearModel;
  /** The relation model's dense rows, packed sparse (see `PackedRows`). */
  private labelDirect: PackedRows;
  private labelOffsets: Int32Array;
  readonly vocabulary: Vocabulary;
  private actions: LinearModel;
  private direct: Float32Array;
  private offsets: Int32Array;
  private config: Configuration;
  private features = new Features();
  private actionScores = new Float32Array(3);
  private slots = new Int32Array(ROLES);
  /** Per sentence: the transition scores of each token's role features, [slot][role][action]. */
  private partial = new Float32Array(0);
  /** The role scores of an empty position (slot 0) and of the root (slot n + 1), the same in every sentence. */
  private nonePartial = new Float32Array(ROLES * 3);
  private rootPartial = new Float32Array(ROLES * 3);
  /** The readings of the words met so far, by text (see `WordReading`); bounded, and cleared when full. */
  private readings = new Map<string, WordReading>();
  private labelScores: Float32Array;
  private rootLabel: number;

  constructor(models: ParserModels) {
    const { actions, labels, wordClasses } = models;
    if (actions.header.features !== FEATURE_SET || labels.header.features !== FEATURE_SET) {
      throw new Error(
        `parser model: trained with features "${actions.header.features}", this code reads ${FEATURE_SET}; ` +
          "run `npm run train`",
      );
    }
    if (actions.header.wordClasses !== wordClasses.size - 1) {
      throw new Error(
        `parser model: trained with ${actions.header.wordClasses} word classes, ${WORD_CLASSES_FILE} has ` +
          `${wordClasses.size - 1}; run \`npm run train\``,
      );
    }
    this.vocabulary = new Vocabulary(actions.header.tags as string[], labels.header.classes, wordClasses);
    const tables = new DirectTables(actions.rows, 3, actionTemplates(this.vocabulary));
    this.direct = tables.weights;
    this.offsets = tables.offsets;
    this.actions = denseLinearModel(actions.header, tables.rest);
    this.labelNames = labels.header.classes;
    const labelTables = new DirectTables(labels.rows, this.labelNames.length, labelTemplates(this.vocabulary));
    this.labelDirect = new PackedRows(labelTables.weights, this.labelNames.length);
    this.labelOffsets = labelTables.offsets;
    this.labels = linearModel(labels.header, labelTables.rest);
    this.config = new Configuration(this.vocabulary);
    this.labelScores = new Float32Array(this.labelNames.length);
    this.rootLabel = this.labelNames.indexOf(ROOT_LABEL);
    // An empty sentence has only the two outside slots: "no token" (0) and the root (1).
    this.config.begin(0);
    this.scoreRoles(0, this.nonePartial);
    this.scoreRoles(1, this.rootPartial);
  }

  /** Writes the transition scores of the role features of the token in `slot`, [role][action], to `out`. */
  private scoreRoles(slot: number, out: Float32Array): void {
    const f = this.features;
    const scores = this.actionScores;
    for (let role = 0; role < ROLES; role++) {
      scores.fill(0);
      roleFeatures(this.config, role, slot, f.reset());
      this.actions.score(f.keys, f.k, scores);
      this.addDirect(f, scores);
      out.set(scores, role * 3);
    }
  }

  /**
   * Fills token i's slot of the configuration and returns its role scores: from the reading kept for its text,
   * tag and tags, or made now (the same hashes and sums a parse without the cache makes) and kept.
   */
  private read(t: ParsedToken, i: number): Float32Array {
    const c = this.config;
    const s = i + 1;
    const first = this.readings.get(t.text);
    for (let r = first; r !== undefined; r = r.next) {
      if (r.tag !== t.tag || r.pos !== t.pos || r.lower !== t.lower) continue;
      c.word[s] = r.word;
      c.tag[s] = r.tagId;
      c.coarse[s] = r.coarse;
      c.wink[s] = r.wink;
      c.suffix[s] = r.suffix;
      c.shape[s] = r.shape;
      c.cls[s] = r.cls;
      return r.partial;
    }
    c.setToken(i, t.text, t.lower, t.pos, t.tag);
    const partial = new Float32Array(ROLES * 3);
    this.scoreRoles(s, partial);
    if (first === undefined && this.readings.size >= READINGS_LIMIT) this.readings.clear();
    this.readings.set(t.text, {
      lower: t.lower,
      pos: t.pos,
      tag: t.tag,
      word: c.word[s],
      tagId: c.tag[s],
      coarse: c.coarse[s],
      wink: c.wink[s],
      suffix: c.suffix[s],
      shape: c.shape[s],
      cls: c.cls[s],
      partial,
      next: first,
    });
    return partial;
  }

  /** Adds the dense rows of the features' codes to `scores`. */
  private addDirect(f: Features, scores: Float32Array): void {
    const { direct, offsets } = this;
    for (let j = 0; j < f.d; j++) {
      const c = f.direct[j];
      const at = (offsets[c >>> 20] + (c & 0xfffff)) * 3;
      scores[0] += direct[at];
      scores[1] += direct[at + 1];
      scores[2] += direct[at + 2];
    }
  }

  /**
   * Parses tokens[from, to) as one sentence: sets each token's `head` (an index into `tokens`, -1 for the
   * sentence's root) and `dep` (UD relation with subtype). Reads `tag`, the tagger's tags.
   */
  parse(tokens: ParsedToken[], from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    const c = this.config;
    c.begin(n);
    // Each token's score in each role, summed once per word (slot 0 = no token, n + 1 = the root).
    if (this.partial.length < (n + 2) * ROLES * 3) this.partial = new Float32Array((n + 2) * ROLES * 6);
    const partial = this.partial;
    partial.set(this.nonePartial, 0);
    for (let i = 0; i < n; i++) partial.set(this.read(tokens[from + i], i), (i + 1) * ROLES * 3);
    partial.set(this.rootPartial, (n + 1) * ROLES * 3);
    const actions = this.actions;
    const f = this.features;
    const scores = this.actionScores;
    const slots = this.slots;
    while (!c.isTerminal()) {
      roleSlots(c, slots);
      scores.fill(0);
      for (let role = 0; role < ROLES; role++) {
        const at = (slots[role] * ROLES + role) * 3;
        scores[0] += partial[at];
        scores[1] += partial[at + 1];
        scores[2] += partial[at + 2];
      }
      pairFeatures(c, f.reset());
      actions.score(f.keys, f.k, scores);
      this.addDirect(f, scores);
      let action = -1;
      for (let a = 0; a < 3; a++) if (c.isLegal(a) && (action < 0 || scores[a] > scores[action])) action = a;
      let labelId = this.rootLabel;
      if (action !== SHIFT && c.arcHead(action) !== n) labelId = this.predictLabel(action);
      c.apply(action, labelId);
    }
    const names = this.labelNames;
    for (let i = 0; i < n; i++) {
      const h = c.head[i + 1];
      const token = tokens[from + i];
      token.head = h === n || h < 0 ? -1 : from + h;
      token.dep = h === n ? ROOT_LABEL : names[c.label[i + 1] - 1];
    }
  }

  private predictLabel(action: number): number {
    const f = this.features;
    labelFeatures(this.config, action, f);
    const scores = this.labelScores;
    scores.fill(0);
    for (let j = 0; j < f.d; j++) {
      const c = f.direct[j];
      this.labelDirect.add(this.labelOffsets[c >>> 20] + (c & 0xfffff), scores);
    }
    this.labels.score(f.keys, f.k, scores);
    let best = -1;
    for (let k = 0; k < scores.length; k++) {
      if (k !== this.rootLabel && (best < 0 || scores[k] > scores[best])) best = k;
    }
    return best;
  }
}

export const PARSER_FILES = { actions: "parser-actions.bin", labels: "parser-labels.bin" };

/** Reads the parser's two model files from a folder (default: the package's data/models). */
export function loadParser(dir: string = modelDir()): Parser {
  return new Parser({
    actions: readModelFile(join(dir, PARSER_FILES.actions)),
    labels: readModelFile(join(dir, PARSER_FILES.labels)),
    wordClasses: loadWordClasses(dir),
  });
}

let shared: Parser | null = null;

/** The package's parser, loaded on first use and kept: a model is data, the same for every document. */
export function defaultParser(): Parser {
  shared ??= loadParser();
  return shared;
}

/** The package's data/models folder. */
export function modelDir(): string {
  // Works from src/nlp (tsx, vitest) and from dist/src/nlp (compiled): walk up to the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "data", "models");
    if (existsSync(join(candidate, PARSER_FILES.actions))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    `newsgraph: data/models/${PARSER_FILES.actions} not found above ${fileURLToPath(import.meta.url)}; ` +
      "run `npm run train` in the package root",
  );
}
