// Trains the entity tagger (src/entities/tagger.ts) on GUM's named mentions and writes
// data/models/entity-tagger.bin. Usage: tsx scripts/train/entity-tagger.ts [--out FILE] [--seed N] [--epochs N]
// [--gum DIR]. Same data and seed, same bytes.
//
// The text is analysed by our own pipeline (wink-nlp tokens and POS tags, not GUM's), and the gold spans are lined
// up with wink's tokens by character offsets, so the model learns from what it will see. GUM has few headlines in
// capitals: some paragraphs are also presented upper-cased, Title-Cased or lower-cased (seeded), re-analysed as such.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lexicons } from "../../src/entities/lexicons.js";
import {
  TAGGER_CLASSES,
  TAGGER_TYPES,
  decode,
  labelsOf,
  taggerInput,
  type TaggedSpan,
  type TaggerInput,
} from "../../src/entities/tagger.js";
import { seededRandom } from "../../src/build/random.js";
import { analyze, type AnalyzedText } from "../../src/nlp/index.js";
import { encodeModel, hashString, type ModelHeader, type ModelRows } from "../../src/nlp/linear-model.js";
import { readGumDocs, trainingSpans, type GoldDoc, type TypedSpan } from "./gum-entities.js";
import { Perceptron, seededShuffle } from "./perceptron.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const GUM_TRAIN = join(root, "..", "shared", "corpora", "gum", "train");
export const DEFAULT_MODEL = join(root, "data", "models", "entity-tagger.bin");

export interface TaggerTrainingOptions {
  seed: number;
  epochs: number;
  /** Shares of paragraphs also presented in capitals, in Title Case and in lower case. */
  upper: number;
  title: number;
  lower: number;
  /** Share of capitalised tokens whose word is hidden (the model must also learn names from shape and context). */
  dropWord: number;
}

export const DEFAULT_TRAINING: TaggerTrainingOptions = { seed: 1, epochs: 6, upper: 0.2, title: 0.06, lower: 0.03, dropWord: 0.2 };

/** One training text: its tagger input, gold labels and the sentences to learn from. */
interface Example {
  x: TaggerInput;
  gold: Int32Array;
  sentences: { from: number; to: number }[];
}

/** Token ranges of character spans; a span across a sentence break (wink's) is dropped. */
export function tokenSpans(a: AnalyzedText, spans: TypedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let k = 0;
  for (const sp of spans) {
    while (k < a.tokens.length && a.tokens[k].end <= sp.start) k++;
    let to = k;
    while (to < a.tokens.length && a.tokens[to].start < sp.end) to++;
    if (to === k) continue;
    if (a.tokens[k].sentence !== a.tokens[to - 1].sentence) continue;
    // Spans overlapping an earlier one on the same tokens (one token holding two names) keep the first.
    if (out.length > 0 && out[out.length - 1].to > k) continue;
    out.push({ from: k, to, type: sp.type });
  }
  return out;
}

const SMALL = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as"]);

function titleCase(s: string): string {
  let first = true;
  return s.replace(/\p{L}[\p{L}'’]*/gu, (w) => {
    const keep = !first && SMALL.has(w.toLowerCase());
    first = false;
    return keep ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1);
  });
}

/** The document with some paragraphs re-cased, and the character ranges that were. */
function recased(doc: GoldDoc, options: TaggerTrainingOptions, random: () => number): { text: string; changed: [number, number][] } | null {
  const parts = doc.text.split("\n\n");
  const changed: [number, number][] = [];
  let offset = 0;
  const out: string[] = [];
  for (const p of parts) {
    const r = random();
    let q = p;
    if (r < options.upper) q = p.toUpperCase();
    else if (r < options.upper + options.title) q = titleCase(p);
    else if (r < options.upper + options.title + options.lower) q = p.toLowerCase();
    if (q.length !== p.length) q = p; // a letter whose case changes its length: keep the paragraph as it is
    if (q !== p) changed.push([offset, offset + p.length]);
    out.push(q);
    offset += p.length + 2;
  }
  return changed.length > 0 ? { text: out.join("\n\n"), changed } : null;
}

const UNKNOWN = hashString("<unknown>");

/** Hides the word of some capitalised tokens: names never seen in training are the rule at run time. */
function dropWords(a: AnalyzedText, x: TaggerInput, share: number, random: () => number): void {
  for (let k = 0; k < x.n; k++) {
    const t = a.tokens[k].text;
    if (t !== t.toLowerCase() && random() < share) x.word[k] = UNKNOWN;
  }
}

function examplesOf(docs: GoldDoc[], options: TaggerTrainingOptions): Example[] {
  const lex = lexicons();
  const random = seededRandom(options.seed * 7919 + 17);
  const drops = seededRandom(options.seed * 104729 + 3);
  const examples: Example[] = [];
  for (const doc of docs) {
    const spans = trainingSpans(doc, lex);
    const a = analyze(doc.text);
    const x = taggerInput(a, lex);
    dropWords(a, x, options.dropWord, drops);
    examples.push({ x, gold: labelsOf(a.tokens.length, tokenSpans(a, spans)), sentences: x.sentences });
    const variant = recased(doc, options, random);
    if (!variant) continue;
    const b = analyze(variant.text);
    const y = taggerInput(b, lex);
    dropWords(b, y, options.dropWord, drops);
    const inChanged = (s: { from: number; to: number }) =>
      variant.changed.some(([from, to]) => b.tokens[s.from].start >= from && b.tokens[s.to - 1].end <= to);
    examples.push({ x: y, gold: labelsOf(b.tokens.length, tokenSpans(b, spans)), sentences: y.sentences.filter(inChanged) });
  }
  return examples;
}

/** Trains on the given documents; returns the model's header and rows (nothing written). */
export function trainEntityTagger(
  docs: GoldDoc[],
  options: TaggerTrainingOptions = DEFAULT_TRAINING,
  log: (line: string) => void = () => {},
): { header: ModelHeader; rows: ModelRows } {
  const examples = examplesOf(docs, options);
  const classCount = TAGGER_CLASSES.length;
  const perceptron = new Perceptron(classCount);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let tokens = 0;
    let errors = 0;
    for (const ex of seededShuffle(examples, options.seed + epoch)) {
      decode(ex.x, ex.sentences, perceptron, classCount, (k, features, count, predicted) => {
        const gold = ex.gold[k];
        perceptron.update(features, count, gold, predicted);
        perceptron.tick();
        tokens++;
        if (gold !== predicted) errors++;
        // Continue from the prediction: at run time the tagger sees its own earlier labels.
        return predicted;
      });
    }
    log(`epoch ${epoch + 1}: ${tokens} tokens, ${(100 * (1 - errors / tokens)).toFixed(2)}% labels right while learning`);
  }
  const rows = perceptron.averaged();
  const header: ModelHeader = {
    kind: "entity-tagger",
    classes: [...TAGGER_CLASSES],
    types: [...TAGGER_TYPES],
    trainedOn: `GUM ${docs.length} documents`,
    ...options,
  };
  return { header, rows };
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** Trains on GUM's training documents and writes the model file (npm run train). */
export function trainEntityTaggerFile(
  out: string,
  options: TaggerTrainingOptions = DEFAULT_TRAINING,
  gum: string = GUM_TRAIN,
): void {
  const started = Date.now();
  const docs = readGumDocs(gum);
  const { header, rows } = trainEntityTagger(docs, options, (line) => console.log(`entity tagger: ${line}`));
  const bytes = encodeModel(header, rows);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(
    `entity tagger: ${docs.length} documents, ${rows.keys.length} features, ${(bytes.length / 1e6).toFixed(1)} MB → ${out} ` +
      `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

function main(): void {
  const options = { ...DEFAULT_TRAINING, seed: Number(option("--seed", "1")), epochs: Number(option("--epochs", String(DEFAULT_TRAINING.epochs))) };
  trainEntityTaggerFile(option("--out", DEFAULT_MODEL), options, option("--gum", GUM_TRAIN));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
