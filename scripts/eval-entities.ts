// npm run eval:entities: scores the extractor's entities on GUM documents its tagger did not learn from.
// 5-fold cross-validation by document over GUM's training documents (seeded folds): each fold trains a tagger on
// the other four, runs the real extractor with it on the held-out documents and scores them with the shared
// scorer; figures per fold and pooled, for the news documents and for all genres. Then the shipped model on gum/dev.
// Options: --folds N (default 5), --seed N (default 1), --shared DIR (default ../shared), --errors N, --no-dev,
// --models DIR (keep the fold models there and reuse them on the next run: for trying changes downstream of the tagger).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { linkIds } from "../src/cli/commands/extract.js";
import { createEntityIndex } from "../src/entities/index.js";
import { ENTITY_MODEL_ENV } from "../src/entities/tagger.js";
import { extractDocument, toPrediction } from "../src/extract/index.js";
import type { Extraction } from "../src/types.js";
import { encodeModel } from "../src/nlp/linear-model.js";
import { goldLine, readGumDocs, type GoldDoc } from "./train/gum-entities.js";
import { DEFAULT_TRAINING, trainEntityTagger } from "./train/entity-tagger.js";
import { seededShuffle } from "./train/perceptron.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const shared = resolve(root, option("--shared", "../shared"));
const scorer = join(shared, "eval", "score.mjs");
const folds = Number(option("--folds", "5"));
const seed = Number(option("--seed", "1"));
const errors = option("--errors", "");
const dir = mkdtempSync(join(tmpdir(), "newsgraph-eval-entities-"));
const modelDir = option("--models", "") ? resolve(option("--models", "")) : dir;

/** Extracts the documents with the current model. */
function extract(docs: GoldDoc[]): Map<string, Extraction> {
  const out = new Map<string, Extraction>();
  for (const d of docs) out.set(d.doc, extractDocument({ id: d.doc, text: d.text }));
  return out;
}

/**
 * Scores a set of documents as `newsgraph extract --jsonl` would give them: entities linked across the set's
 * documents by one cross-document index, in file order. Prints the whole table when `full`, else the summary line.
 */
function score(name: string, docs: GoldDoc[], extractions: Map<string, Extraction>, full: boolean): void {
  if (docs.length === 0) return;
  const gold = join(dir, `${name}.gold.jsonl`);
  const pred = join(dir, `${name}.pred.jsonl`);
  const index = createEntityIndex();
  const ordered = [...docs].sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : 0));
  writeFileSync(gold, ordered.map(goldLine).join("\n") + "\n");
  writeFileSync(
    pred,
    ordered.map((d) => JSON.stringify(toPrediction(linkIds(extractions.get(d.doc)!, index)))).join("\n") + "\n",
  );
  const args = [scorer, "--gold", gold, "--pred", pred];
  if (full && errors) args.push("--errors", errors);
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`newsgraph eval:entities: the scorer failed on ${name}: ${run.stderr}`);
  const out = run.stdout.trimEnd();
  if (full) console.log(`\n== ${name}: ${docs.length} documents\n${out}`);
  else console.log(`${name.padEnd(22)} ${docs.length.toString().padStart(3)} docs  ${out.split("\n").pop()}`);
}

try {
  const started = Date.now();
  const train = readGumDocs(join(shared, "corpora", "gum", "train"));
  const order = seededShuffle(train, seed);
  const pooled = new Map<string, Extraction>();
  for (let f = 0; f < folds; f++) {
    const heldOut = order.filter((_, i) => i % folds === f);
    const learn = order.filter((_, i) => i % folds !== f);
    const model = join(modelDir, `fold-${f + 1}-of-${folds}-seed-${seed}.bin`);
    if (modelDir === dir || !existsSync(model)) {
      const { header, rows } = trainEntityTagger(learn, { ...DEFAULT_TRAINING, seed });
      mkdirSync(modelDir, { recursive: true });
      writeFileSync(model, encodeModel(header, rows));
    }
    process.env[ENTITY_MODEL_ENV] = model;
    const preds = extract(heldOut);
    for (const [k, v] of preds) pooled.set(k, v);
    score(`fold ${f + 1} news`, heldOut.filter((d) => d.genre === "news"), preds, false);
    score(`fold ${f + 1} all`, heldOut, preds, false);
  }
  delete process.env[ENTITY_MODEL_ENV];
  score("cross-validation news", train.filter((d) => d.genre === "news"), pooled, true);
  score("cross-validation all", train, pooled, true);
  if (!process.argv.includes("--no-dev")) {
    const dev = readGumDocs(join(shared, "corpora", "gum", "dev"));
    score("gum-dev shipped model", dev, extract(dev), true);
  }
  console.log(`\nnewsgraph eval:entities: ${folds} folds, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
