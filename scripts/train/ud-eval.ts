// Scores a parser on CoNLL-U gold the way the CoNLL 2018 shared task does from raw text: system words are lined
// up with gold words by their characters (same span of the sentence text), so a word wink tokenises differently
// counts as wrong; UAS and LAS are F1 over aligned words, LAS on universal relations (subtypes ignored).
import { analyze, type AnalyzedText } from "../../src/nlp/analyze.js";
import type { Parser } from "../../src/nlp/parser.js";
import type { Tagger } from "../../src/nlp/tagger.js";
import type { GoldSentence } from "./conllu.js";

/** A word of the system's analysis: its span in the sentence text, its head (index into the same list, -1: root). */
export interface SystemWord {
  start: number;
  end: number;
  head: number;
  deprel: string;
}

export interface Counts {
  gold: number;
  system: number;
  /** Gold words with a system word of exactly the same span. */
  aligned: number;
  uas: number;
  las: number;
  /** LAS with full relations (subtypes must match too). */
  lasFull: number;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, aligned: 0, uas: 0, las: 0, lasFull: 0 });

/** Universal part of a relation: "nsubj:pass" → "nsubj". */
export const universal = (deprel: string): string => {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
};

/** Adds one sentence's counts. Words of a gold multiword token that share its span pair up in order. */
export function scoreSentence(gold: GoldSentence, system: SystemWord[], counts: Counts): void {
  counts.gold += gold.words.length;
  counts.system += system.length;
  const bySpan = new Map<string, number[]>();
  system.forEach((w, i) => {
    const key = `${w.start}:${w.end}`;
    const list = bySpan.get(key);
    if (list) list.push(i);
    else bySpan.set(key, [i]);
  });
  // gold word index → system word index, and back.
  const toSystem = new Int32Array(gold.words.length).fill(-1);
  const toGold = new Int32Array(system.length).fill(-1);
  gold.words.forEach((w, g) => {
    const list = bySpan.get(`${w.start}:${w.end}`);
    const s = list?.shift();
    if (s === undefined) return;
    toSystem[g] = s;
    toGold[s] = g;
  });
  gold.words.forEach((w, g) => {
    const s = toSystem[g];
    if (s < 0) return;
    counts.aligned++;
    const sysHead = system[s].head;
    const goldHead = w.head - 1; // 0-based word index, -1 for the root
    const headOk = sysHead < 0 ? goldHead < 0 : goldHead >= 0 && toGold[sysHead] === goldHead;
    if (!headOk) return;
    counts.uas++;
    if (universal(system[s].deprel) === universal(w.deprel)) counts.las++;
    if (system[s].deprel === w.deprel) counts.lasFull++;
  });
}

export function f1(correct: number, counts: Counts): Score {
  const precision = counts.system ? correct / counts.system : 0;
  const recall = counts.gold ? correct / counts.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** How a gold sentence's text is parsed: as wink splits it into sentences (as at run time), or as one sentence. */
export type Segmentation = "wink" | "line";

/** A gold sentence and wink's analysis of its text (tokens, tags, sentences), made once and parsed many times. */
export interface AnalyzedGold {
  gold: GoldSentence;
  analyzed: AnalyzedText;
}

export function analyzeGold(sentences: GoldSentence[], tagger?: Tagger): AnalyzedGold[] {
  return sentences.map((gold) => ({ gold, analyzed: analyze(gold.text, { parser: false, tagger }) }));
}

/** Parses every analysed sentence and scores it. */
export function evaluate(items: AnalyzedGold[], parser: Parser, segmentation: Segmentation): Counts {
  const counts = emptyCounts();
  for (const { gold, analyzed } of items) {
    const tokens = analyzed.tokens;
    if (segmentation === "line") parser.parse(tokens, 0, tokens.length);
    else for (const s of analyzed.sentences) parser.parse(tokens, s.from, s.to);
    scoreSentence(gold, systemWords(analyzed), counts);
  }
  return counts;
}

export function systemWords(analyzed: AnalyzedText): SystemWord[] {
  return analyzed.tokens.map((t) => ({ start: t.start, end: t.end, head: t.head, deprel: t.dep }));
}

/** One line of figures: words (tokenisation) F1, UAS, LAS, LAS with subtypes. */
export function report(counts: Counts): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  return (
    `words ${pct(f1(counts.aligned, counts).f1)}  UAS ${pct(f1(counts.uas, counts).f1)}  ` +
    `LAS ${pct(f1(counts.las, counts).f1)}  (LAS with subtypes ${pct(f1(counts.lasFull, counts).f1)}; ` +
    `${counts.gold} gold words, ${counts.system} system words)`
  );
}
