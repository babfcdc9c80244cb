// Learns word classes from raw newswire (Reuters-21578 in ../shared/corpora) into data/models/word-classes.txt, for
// the parser's features: words that occur between the same kinds of neighbours share a class ("shares" with
// "stocks", "said" with "added"), so what the parser learned about one word of a class helps with the others,
// among them the many words the treebanks never show it (Koo, Carreras & Collins 2008 used Brown clusters so).
// The clustering is the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998): every word sits in one
// of K classes, and each word in turn moves to the class that most raises the likelihood of a class bigram model of
// the text, until a pass moves few words. Deterministic: words in order of frequency, then alphabetical; ties keep
// the current class or take the lower one. Only the word list and its classes are written, never the text.
// Usage: tsx scripts/train/word-classes.ts [--classes K] [--out FILE]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/nlp/analyze.js";
import { WORD_CLASSES_FILE, WORD_CLASSES_FORMAT } from "../../src/nlp/word-classes.js";

export interface WordClassOptions {
  /** The Reuters JSONL file. */
  corpus: string;
  classes?: number;
  /** Words seen fewer times than this get no class. */
  minCount?: number;
  /** At most this many passes over the words. */
  passes?: number;
  log?: (line: string) => void;
}

export interface WordClasses {
  /** Words (lower case) in order of frequency, then alphabetical; `classOf[i]` is the class of `words[i]`. */
  words: string[];
  classOf: Int32Array;
  classes: number;
  tokens: number;
}

/** Words that may have a class: a letter in them (numbers and punctuation have their shape and tag). */
const WORDLIKE = /[a-z]/;

export function learnWordClasses(options: WordClassOptions): WordClasses {
  const k = options.classes ?? 256;
  const minCount = options.minCount ?? 3;
  const passes = options.passes ?? 12;
  const log = options.log ?? ((line: string) => console.log(line));
  let started = performance.now();

  // The text as the parser will see it: wink's tokens, lower case, sentence by sentence.
  const sentences: string[][] = [];
  const count = new Map<string, number>();
  let tokens = 0;
  for (const line of readFileSync(options.corpus, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    const analyzed = analyze(text, { parser: false, tagger: false });
    for (const s of analyzed.sentences) {
      const words = analyzed.tokens.slice(s.from, s.to).map((t) => t.lower);
      for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
      tokens += words.length;
      sentences.push(words);
    }
  }
  const words = [...count.keys()]
    .filter((w) => count.get(w)! >= minCount && WORDLIKE.test(w))
    .sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const V = words.length;
  log(`${tokens} tokens in ${sentences.length} sentences, ${V} words seen ${minCount}+ times, ` +
    `read in ${((performance.now() - started) / 1000).toFixed(1)} s`); // prettier-ignore
  started = performance.now();

  // Word ids 0..V-1; two fixed pseudo-words that never move: every other token (id V, class k) and the sentence
  // boundary (id V + 1, class k + 1).
  const id = new Map(words.map((w, i) => [w, i]));
  const OTHER = V;
  const BOUNDARY = V + 1;
  // Bigram counts between word ids, as adjacency lists both ways (a word next to itself is left out: moving it would
  // need a special case, and "the the" teaches nothing).
  const pairs = new Map<number, number>();
  const W = V + 2;
  for (const s of sentences) {
    let prev = BOUNDARY;
    for (const w of [...s.map((x) => id.get(x) ?? OTHER), BOUNDARY]) {
      if (w !== prev || w >= V) pairs.set(prev * W + w, (pairs.get(prev * W + w) ?? 0) + 1);
      prev = w;
    }
  }
  const right = adjacency(pairs, W, (key) => Math.floor(key / W), (key) => key % W);
  const left = adjacency(pairs, W, (key) => key % W, (key) => Math.floor(key / W));
  const unigram = new Float64Array(W);
  for (const [key, n] of pairs) unigram[Math.floor(key / W)] += n;

  // Initial classes: by rank, round robin (the most frequent words start apart).
  const K = k + 2;
  const cls = new Int32Array(W);
  for (let w = 0; w < V; w++) cls[w] = w % k;
  cls[OTHER] = k;
  cls[BOUNDARY] = k + 1;
  const bigram = new Float64Array(K * K);
  const classCount = new Float64Array(K);
  for (const [key, n] of pairs) bigram[cls[Math.floor(key / W)] * K + cls[key % W]] += n;
  for (let w = 0; w < W; w++) classCount[cls[w]] += unigram[w];
  const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

  // Per word being moved: its bigram counts with each class on its right and on its left.
  const toRight = new Float64Array(K);
  const toLeft = new Float64Array(K);
  const rightClasses: number[] = [];
  const leftClasses: number[] = [];
  const collect = (list: Adjacency, w: number, into: Float64Array, touched: number[]) => {
    touched.length = 0;
    for (let e = list.start[w]; e < list.start[w + 1]; e++) {
      const c = cls[list.other[e]];
      if (into[c] === 0) touched.push(c);
      into[c] += list.count[e];
    }
  };
  // Moves w's counts into (sign +1) or out of (sign -1) class c.
  const shift = (w: number, c: number, sign: number) => {
    for (const d of rightClasses) bigram[c * K + d] += sign * toRight[d];
    for (const d of leftClasses) bigram[d * K + c] += sign * toLeft[d];
    classCount[c] += sign * unigram[w];
  };
  // Gain in log likelihood (up to a constant) of putting w, already taken out, into class c.
  const gain = (w: number, c: number) => {
    let g = 0;
    for (const d of rightClasses) g += xlogx(bigram[c * K + d] + toRight[d]) - xlogx(bigram[c * K + d]);
    for (const d of leftClasses) g += xlogx(bigram[d * K + c] + toLeft[d]) - xlogx(bigram[d * K + c]);
    // The words of a class share its count on both sides.
    g -= 2 * (xlogx(classCount[c] + unigram[w]) - xlogx(classCount[c]));
    return g;
  };
  for (let pass = 0; pass < passes; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      collect(right, w, toRight, rightClasses);
      collect(left, w, toLeft, leftClasses);
      const from = cls[w];
      shift(w, from, -1);
      let best = from;
      let bestGain = gain(w, from);
      for (let c = 0; c < k; c++) {
        if (c === from) continue;
        const g = gain(w, c);
        if (g > bestGain + 1e-9) {
          best = c;
          bestGain = g;
        }
      }
      // A move changes the word's own neighbours' classes only if it is next to itself, which was left out.
      shift(w, best, 1);
      if (best !== from) {
        cls[w] = best;
        moved++;
      }
      for (const d of rightClasses) toRight[d] = 0;
      for (const d of leftClasses) toLeft[d] = 0;
    }
    log(`pass ${pass + 1}: ${moved} words moved, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (moved < V / 200) break;
  }
  return { words, classOf: cls.slice(0, V), classes: k, tokens };
}

interface Adjacency {
  start: Int32Array;
  other: Int32Array;
  count: Float64Array;
}

/** Bigram counts grouped by one side's word: for each word, the words on the other side and how often. */
function adjacency(
  pairs: Map<number, number>,
  size: number,
  side: (key: number) => number,
  otherSide: (key: number) => number,
): Adjacency {
  const keys = [...pairs.keys()].sort((a, b) => side(a) - side(b) || otherSide(a) - otherSide(b));
  const start = new Int32Array(size + 1);
  for (const key of keys) start[side(key) + 1]++;
  for (let i = 0; i < size; i++) start[i + 1] += start[i];
  return {
    start,
    other: Int32Array.from(keys, otherSide),
    count: Float64Array.from(keys, (key) => pairs.get(key)!),
  };
}

/** The file: a format line, a comment with the source, then one `word<TAB>class` per line in order of frequency. */
export function writeWordClasses(classes: WordClasses, file: string, log: (line: string) => void): void {
  const lines = [
    `${WORD_CLASSES_FORMAT}\t${classes.classes}`,
    `# Learned from the text of Reuters-21578 (Lewis 1997; ${classes.tokens} tokens) by scripts/train/word-classes.ts`,
    ...classes.words.map((w, i) => `${w}\t${classes.classOf[i]}`),
  ];
  writeFileSync(file, lines.join("\n") + "\n");
  log(`wrote ${file}: ${classes.words.length} words in ${classes.classes} classes`);
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const corpus = join(import.meta.dirname, "..", "..", "..", "shared", "corpora", "reuters-21578.jsonl");
  const classes = learnWordClasses({
    corpus,
    classes: argValue("--classes") ? Number(argValue("--classes")) : undefined,
  });
  const out = argValue("--out") ?? join(import.meta.dirname, "..", "..", "data", "models", WORD_CLASSES_FILE);
  writeWordClasses(classes, out, (line) => console.log(line));
}
