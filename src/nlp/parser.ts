// The dependency parser: gives every token a UD head and relation (with subtypes: nsubj:pass, obl:agent...).
// A greedy arc-hybrid transition parser (Kuhlmann et al. 2011) scored by two averaged-perceptron models read from
// data/models/ (built by scripts/train/parser.ts): one picks the transition (shift, left arc, right arc) and one
// the relation of each arc. Features are hashed from per-token hashes computed once, so a transition builds no
// string; the transition model is dense (one cache line per feature), which keeps the parser near 1 µs a token.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { featureKey, hashString, loadLinearModel, type LinearModel } from "./linear-model.js";

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTION_NAMES = ["shift", "left", "right"];
/** The relation of the word attached to the sentence's root; never predicted by the label model. */
export const ROOT_LABEL = "root";
/** Names the feature templates below; a model trained with other templates is refused. */
export const FEATURE_SET = "arc-hybrid-zn-2";

const NONE = hashString("<none>");
const ROOT = hashString("<root>");
/** Room for the features of one decision. */
export const MAX_FEATURES = 64;

/**
 * One sentence being parsed: the tokens' hashes and the partial tree. Arrays are indexed by token + 1: slot 0
 * stands for "no token" (an empty stack position) and slot n + 1 for the artificial root, which sits at the end
 * of the buffer (Ballesteros & Nivre 2013), so that no position needs a bounds test in the feature code.
 * Reused from sentence to sentence; `begin` resets everything a parse reads.
 */
export class Configuration {
  n = 0;
  word = new Int32Array(0);
  pos = new Int32Array(0);
  suffix = new Int32Array(0);
  shape = new Int32Array(0);
  /** Head token (n for the root, -1 while unattached). */
  head = new Int32Array(0);
  /** Relation id + 1 (0 while unattached). */
  label = new Int32Array(0);
  /** Leftmost, second leftmost, rightmost and second rightmost child (token index, -1 for none). */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  stack = new Int32Array(0);
  sp = 0;
  /** Front of the buffer: tokens b..n-1, then the root (n). */
  b = 0;

  begin(n: number): void {
    if (this.word.length < n + 2) this.grow(n + 2);
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.head.fill(-1, 0, n + 2);
    this.label.fill(0, 0, n + 2);
    this.lc1.fill(-1, 0, n + 2);
    this.lc2.fill(-1, 0, n + 2);
    this.rc1.fill(-1, 0, n + 2);
    this.rc2.fill(-1, 0, n + 2);
    this.leftCount.fill(0, 0, n + 2);
    this.rightCount.fill(0, 0, n + 2);
    this.word[0] = this.pos[0] = this.suffix[0] = this.shape[0] = NONE;
    this.word[n + 1] = this.pos[n + 1] = this.suffix[n + 1] = this.shape[n + 1] = ROOT;
  }

  private grow(size: number): void {
    const cap = Math.max(size, this.word.length * 2, 64);
    for (const name of ["word", "pos", "suffix", "shape", "head", "label", "lc1", "lc2", "rc1", "rc2"] as const) {
      this[name] = new Int32Array(cap);
    }
    this.leftCount = new Int32Array(cap);
    this.rightCount = new Int32Array(cap);
    this.stack = new Int32Array(cap);
  }

  /** Token i's word, lower case and wink POS tag, hashed once for all the transitions that look at it. */
  setToken(i: number, text: string, lower: string, pos: string): void {
    this.word[i + 1] = hashString(lower);
    this.pos[i + 1] = hashString(pos);
    this.suffix[i + 1] = hashSuffix(lower);
    this.shape[i + 1] = hashShape(text);
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
    const hs = h + 1;
    if (d < h) {
      if (this.lc1[hs] < 0 || d < this.lc1[hs]) {
        this.lc2[hs] = this.lc1[hs];
        this.lc1[hs] = d;
      } else if (this.lc2[hs] < 0 || d < this.lc2[hs]) this.lc2[hs] = d;
      this.leftCount[hs]++;
    } else {
      if (this.rc1[hs] < 0 || d > this.rc1[hs]) {
        this.rc2[hs] = this.rc1[hs];
        this.rc1[hs] = d;
      } else if (this.rc2[hs] < 0 || d > this.rc2[hs]) this.rc2[hs] = d;
      this.rightCount[hs]++;
    }
  }
}

/** Hash of a word's last three characters, without slicing it. */
function hashSuffix(s: string): number {
  let h = 0x811c9dc5 ^ 0x5f;
  for (let i = Math.max(0, s.length - 3); i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Hash of a word's shape: upper-case letters, other letters, digits and each other character, runs collapsed,
 * at most four symbols ("Xx", "X", "d,d", "x-x", "Xx.").
 */
function hashShape(text: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let symbols = 0;
  for (let i = 0; i < text.length && symbols < 4; i++) {
    const c = text.charCodeAt(i);
    const cls = c >= 48 && c <= 57 ? 100 : c >= 65 && c <= 90 ? 88 : (c >= 97 && c <= 122) || c > 191 ? 120 : c;
    if (cls === last) continue;
    last = cls;
    symbols++;
    h ^= cls;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Distance between two tokens, in buckets 1, 2, 3, 4, 5-7, 8+. */
function distance(a: number, b: number): number {
  const d = b - a;
  return d < 5 ? d : d < 8 ? 5 : 6;
}

/** Stack and buffer positions whose single-token features are summed once per token at run time. */
export const ROLES = 6;
const S0 = 0;
const S1 = 1;
const S2 = 2;
const B0 = 3;
const B1 = 4;
const B2 = 5;

/**
 * The features of one token in one position (role): its word with its tag, its tag, its suffix. They are a
 * function of the token alone, so the parser scores them once per token and role instead of at every
 * transition: the word features are the ones that miss the processor's caches.
 */
export function roleFeatures(c: Configuration, role: number, slot: number, out: Int32Array, k: number): number {
  const w = c.word[slot];
  const p = c.pos[slot];
  switch (role) {
    case S0:
      out[k++] = featureKey(1, w, p);
      out[k++] = featureKey(3, p);
      out[k++] = featureKey(14, c.suffix[slot], p);
      out[k++] = featureKey(17, c.shape[slot]);
      break;
    case S1:
      out[k++] = featureKey(4, w, p);
      out[k++] = featureKey(6, p);
      out[k++] = featureKey(16, c.suffix[slot], p);
      break;
    case S2:
      out[k++] = featureKey(13, p);
      break;
    case B0:
      out[k++] = featureKey(7, w, p);
      out[k++] = featureKey(9, p);
      out[k++] = featureKey(15, c.suffix[slot], p);
      out[k++] = featureKey(18, c.shape[slot]);
      break;
    case B1:
      out[k++] = featureKey(10, w, p);
      out[k++] = featureKey(11, p);
      break;
    default:
      out[k++] = featureKey(12, p);
  }
  return k;
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
 * positions; `roleFeatures` adds those of each position alone. Word pairs (s0 word with b0 word) are left
 * out: they are rare, so nearly every lookup misses the caches, and cost more time than they gave accuracy.
 */
export function pairFeatures(c: Configuration, out: Int32Array, k: number): number {
  const { word, pos, label, lc1, lc2, rc1, rc2, leftCount, rightCount, stack, sp, b, n } = c;
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
  const b1p = pos[b1];
  const d0 = s0 === 0 ? 0 : distance(s0, b0);
  const d1 = s1 === 0 ? 0 : distance(s1, s0);
  out[k++] = featureKey(0, 0);
  // A left arc joins s0 and b0, a right arc s1 and s0: their tags together, and each one's word with both tags.
  out[k++] = featureKey(19, s0p, b0p);
  out[k++] = featureKey(20, word[s0], s0p, b0p);
  out[k++] = featureKey(21, s0p, word[b0], b0p);
  out[k++] = featureKey(23, s1p, s0p);
  out[k++] = featureKey(24, word[s1], s1p, s0p);
  out[k++] = featureKey(25, s1p, word[s0], s0p);
  // Triples of tags.
  out[k++] = featureKey(26, s0p, b0p, b1p);
  out[k++] = featureKey(27, s1p, s0p, b0p);
  out[k++] = featureKey(28, pos[s2], s1p, s0p);
  out[k++] = featureKey(29, b0p, b1p, pos[b2]);
  out[k++] = featureKey(30, s1p, s0p, b1p);
  // Distances and valencies.
  out[k++] = featureKey(31, s0p, b0p, d0);
  out[k++] = featureKey(33, s1p, s0p, d1);
  out[k++] = featureKey(34, s0p, leftCount[s0], rightCount[s0]);
  out[k++] = featureKey(35, b0p, leftCount[b0]);
  out[k++] = featureKey(36, s1p, rightCount[s1]);
  // Children: their tags and the relations already given to them.
  out[k++] = featureKey(37, s0p, pos[s0l], b0p);
  out[k++] = featureKey(38, s0p, pos[s0r], b0p);
  out[k++] = featureKey(39, s1p, pos[s1r], s0p);
  out[k++] = featureKey(40, s1p, pos[s1l], s0p);
  out[k++] = featureKey(41, b0p, pos[b0l], s0p);
  out[k++] = featureKey(42, s0p, label[s0l], label[s0r]);
  out[k++] = featureKey(43, s1p, label[s1l], label[s1r]);
  out[k++] = featureKey(44, b0p, label[b0l], label[b0l2]);
  out[k++] = featureKey(45, s0p, label[s0l], label[s0l2]);
  out[k++] = featureKey(46, s0p, label[s0r], label[s0r2]);
  return k;
}

/** All the features of a transition decision (the trainer's view; the parser sums the role part per token). */
export function actionFeatures(c: Configuration, out: Int32Array, slots = new Int32Array(ROLES)): number {
  roleSlots(c, slots);
  let k = 0;
  for (let role = 0; role < ROLES; role++) k = roleFeatures(c, role, slots[role], out, k);
  return pairFeatures(c, out, k);
}

/**
 * The features of an arc's relation: the dependent (s0, already holding all its children in arc-hybrid) and its
 * head (b0 for a left arc, s1 for a right arc), their words, tags, suffixes, children and the relations the head
 * has given so far ("was" already aux:pass of "bought" when "company" is attached makes it nsubj:pass).
 */
export function labelFeatures(c: Configuration, action: number, out: Int32Array): number {
  const { word, pos, suffix, label, lc1, rc1, stack, sp, b, n } = c;
  const d = stack[sp - 1] + 1;
  const h = (action === LEFT ? b : stack[sp - 2]) + 1;
  // The direction is part of the template: a left and a right arc between the same tags mean different things.
  const t = action === LEFT ? 100 : 200;
  const dw = word[d];
  const dp = pos[d];
  const hp = pos[h];
  const dl = lc1[d] + 1;
  const dr = rc1[d] + 1;
  const hl = lc1[h] + 1;
  const hr = rc1[h] + 1;
  const next = b + 1 < n + 1 && action === RIGHT ? b + 1 : 0;
  const dist = action === LEFT ? distance(d, h) : distance(h, d);
  let k = 0;
  out[k++] = featureKey(t + 0, 0);
  out[k++] = featureKey(t + 1, dw, dp);
  out[k++] = featureKey(t + 3, word[h], hp);
  out[k++] = featureKey(t + 5, dp, hp);
  out[k++] = featureKey(t + 6, dw, hp);
  out[k++] = featureKey(t + 9, suffix[d], dp);
  out[k++] = featureKey(t + 12, dp, hp, dist);
  // The dependent's outer children: a "by" case child makes an agent, a "to" mark an xcomp.
  out[k++] = featureKey(t + 13, word[dl], label[dl]);
  out[k++] = featureKey(t + 14, dp, label[dl], label[dr]);
  // What the head already has.
  out[k++] = featureKey(t + 17, hp, label[hl], label[hr]);
  out[k++] = featureKey(t + 18, dp, hp, label[hl]);
  out[k++] = featureKey(t + 20, dp, hp, pos[next]);
  return k;
}

/** The two models of a parser: transitions and relations. */
export interface ParserModels {
  actions: LinearModel;
  labels: LinearModel;
}

/** Token fields the parser reads and writes. */
export interface ParsedToken {
  text: string;
  lower: string;
  pos: string;
  head: number;
  dep: string;
}

/**
 * A parser: its models and the scratch of the sentence being parsed. The scratch is overwritten by every parse,
 * so a parse never depends on the sentences before it.
 */
export class Parser {
  readonly models: ParserModels;
  private config = new Configuration();
  private features = new Int32Array(MAX_FEATURES);
  private actionScores = new Float32Array(3);
  private slots = new Int32Array(ROLES);
  /** Per sentence: the transition scores of each token's role features, [slot][role][action]. */
  private partial = new Float32Array(0);
  private labelScores: Float32Array;
  private rootLabel: number;

  constructor(models: ParserModels) {
    const { actions, labels } = models;
    if (actions.header.features !== FEATURE_SET || labels.header.features !== FEATURE_SET) {
      throw new Error(
        `parser model: trained with features "${actions.header.features}", this code reads ${FEATURE_SET}; ` +
          "run `npm run train`",
      );
    }
    this.models = models;
    this.labelScores = new Float32Array(labels.classes.length);
    this.rootLabel = labels.classes.indexOf(ROOT_LABEL);
  }

  /**
   * Parses tokens[from, to) as one sentence: sets each token's `head` (an index into `tokens`, -1 for the
   * sentence's root) and `dep` (UD relation with subtype).
   */
  parse(tokens: ParsedToken[], from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    const c = this.config;
    c.begin(n);
    for (let i = 0; i < n; i++) c.setToken(i, tokens[from + i].text, tokens[from + i].lower, tokens[from + i].pos);
    const { actions, labels } = this.models;
    const features = this.features;
    const scores = this.actionScores;
    // Each token's score in each role, summed once (slot 0 = no token, n + 1 = the root).
    if (this.partial.length < (n + 2) * ROLES * 3) this.partial = new Float32Array((n + 2) * ROLES * 6);
    const partial = this.partial;
    for (let slot = 0; slot < n + 2; slot++) {
      for (let role = 0; role < ROLES; role++) {
        scores.fill(0);
        actions.score(features, roleFeatures(c, role, slot, features, 0), scores);
        partial.set(scores, (slot * ROLES + role) * 3);
      }
    }
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
      actions.score(features, pairFeatures(c, features, 0), scores);
      let action = -1;
      for (let a = 0; a < 3; a++) if (c.isLegal(a) && (action < 0 || scores[a] > scores[action])) action = a;
      let labelId = this.rootLabel;
      if (action !== SHIFT && c.arcHead(action) !== n) labelId = this.predictLabel(action);
      c.apply(action, labelId);
    }
    const names = labels.classes;
    for (let i = 0; i < n; i++) {
      const h = c.head[i + 1];
      const token = tokens[from + i];
      token.head = h === n || h < 0 ? -1 : from + h;
      token.dep = h === n ? ROOT_LABEL : names[c.label[i + 1] - 1];
    }
  }

  private predictLabel(action: number): number {
    const count = labelFeatures(this.config, action, this.features);
    const scores = this.labelScores;
    scores.fill(0);
    this.models.labels.score(this.features, count, scores);
    let best = -1;
    for (let k = 0; k < scores.length; k++) {
      if (k !== this.rootLabel && (best < 0 || scores[k] > scores[best])) best = k;
    }
    return best;
  }
}

export const PARSER_FILES = { actions: "parser-actions.bin", labels: "parser-labels.bin" };

/** Reads the parser's two model files from a folder (default: the package's data/models). */
export function loadParser(dir: string = findModelDir()): Parser {
  return new Parser({
    actions: loadLinearModel(join(dir, PARSER_FILES.actions), { dense: true }),
    labels: loadLinearModel(join(dir, PARSER_FILES.labels)),
  });
}

let shared: Parser | null = null;

/** The package's parser, loaded on first use and kept: a model is data, the same for every document. */
export function defaultParser(): Parser {
  shared ??= loadParser();
  return shared;
}

function findModelDir(): string {
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
