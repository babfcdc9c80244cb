// The run-time layouts of the shipped models (packed dense rows, row handles, the transition keys' bitmap, the words
// the tagger and the parser keep between sentences) must score bit for bit as the plain reading of the model files
// does: every float32 addition in the same order per class. Checked on the real files, against plain reference
// implementations written here from the rows as the trainer wrote them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/nlp/index.js";
import {
  DirectTables,
  PackedRows,
  denseLinearModel,
  featureKey,
  findRow,
  linearModel,
  readModelFile,
  type ModelRows,
} from "../../src/nlp/linear-model.js";
import {
  Configuration,
  Features,
  LEFT,
  PARSER_FILES,
  ROLES,
  ROOT_LABEL,
  SHIFT,
  Vocabulary,
  actionTemplates,
  labelFeatures,
  labelTemplates,
  modelDir,
  pairFeatures,
  roleFeatures,
  roleSlots,
} from "../../src/nlp/parser.js";
import { TAGGER_FILE, TaggerContext, taggerDirectTemplates } from "../../src/nlp/tagger.js";
import { loadWordClasses } from "../../src/nlp/word-classes.js";

const dir = modelDir();
const wordClasses = loadWordClasses(dir);
const taggerFile = readModelFile(join(dir, TAGGER_FILE));
const actionsFile = readModelFile(join(dir, PARSER_FILES.actions));
const labelsFile = readModelFile(join(dir, PARSER_FILES.labels));
const vocabulary = new Vocabulary(actionsFile.header.tags as string[], labelsFile.header.classes, wordClasses);

/** The plain reading of a feature: its row found by binary search in the file's rows, its entries added in order. */
function addKeys(rows: ModelRows, keys: Int32Array, count: number, scores: Float32Array): void {
  for (let f = 0; f < count; f++) {
    const r = findRow(rows, keys[f]);
    if (r < 0) continue;
    for (let e = rows.rowStart[r]; e < rows.rowStart[r + 1]; e++) scores[rows.classIds[e]] += rows.weights[e];
  }
}

/** Adds dense row `row` of `weights` (k classes), every weight, zeros included. */
function addDense(weights: Float32Array, k: number, row: number, scores: Float32Array): void {
  for (let c = 0; c < k; c++) scores[c] += weights[row * k + c];
}

const bits = (scores: Float32Array) => [...new Uint32Array(scores.buffer.slice(0))];

/** A seeded stream of numbers in [0, 1). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text the checks read: the seeds and a few hard sentences. */
function texts(): string[] {
  const seeds = join(import.meta.dirname, "..", "..", "seeds");
  return [
    ...readdirSync(seeds)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(seeds, f), "utf8")),
    "The company was bought by Microsoft in 2023, which bought another firm; I'm told it's done.",
    "SHARES OF ACME ROSE 3.5 PCT TO 12.40 DLRS\nAcme <ACME> said it expects 1987 net of 1.5 mln dlrs.",
  ];
}

describe("model layouts score as the model files read plainly", () => {
  it("packed dense rows add the same bits as the dense rows (tagger and relation models)", () => {
    const cases = [
      { rows: taggerFile.rows, k: taggerFile.header.classes.length, templates: taggerDirectTemplates(taggerFile.header.classes.length, wordClasses.size) },
      { rows: labelsFile.rows, k: labelsFile.header.classes.length, templates: labelTemplates(vocabulary) },
    ]; // prettier-ignore
    const next = random(7);
    for (const { rows, k, templates } of cases) {
      const tables = new DirectTables(rows, k, templates);
      const packed = new PackedRows(tables.weights, k);
      const count = tables.weights.length / k;
      // Every row once, from scores that are not zero, then runs of rows one after another.
      const start = Float32Array.from({ length: k }, () => next() * 4 - 2);
      for (let row = 0; row < count; row++) {
        const dense = Float32Array.from(start);
        const sparse = Float32Array.from(start);
        addDense(tables.weights, k, row, dense);
        packed.add(row, sparse);
        if (bits(dense).join() !== bits(sparse).join()) expect(bits(sparse)).toEqual(bits(dense));
      }
      const dense = new Float32Array(k);
      const sparse = new Float32Array(k);
      for (let j = 0; j < 20_000; j++) {
        const row = Math.floor(next() * count);
        addDense(tables.weights, k, row, dense);
        packed.add(row, sparse);
      }
      expect(bits(sparse)).toEqual(bits(dense));
    }
  });

  it("hashed rows, dense or sparse, and row handles add what the file's rows say (all four models)", () => {
    const entity = readModelFile(join(dir, "entity-tagger.bin"));
    const next = random(11);
    for (const { header, rows } of [taggerFile, labelsFile, entity]) {
      const k = header.classes.length;
      const model = linearModel(header, rows);
      const keys = Int32Array.from({ length: 30_000 }, () =>
        // Three keys in four learned, the others not.
        next() < 0.75 ? rows.keys[Math.floor(next() * rows.keys.length)] : featureKey(999, Math.floor(next() * 1e9)),
      );
      const plain = new Float32Array(k);
      const scored = new Float32Array(k);
      const handled = new Float32Array(k);
      addKeys(rows, keys, keys.length, plain);
      model.score(keys, keys.length, scored);
      for (const key of keys) model.addRow(model.rowOf(key), handled);
      expect(bits(scored)).toEqual(bits(plain));
      expect(bits(handled)).toEqual(bits(plain));
      expect(model.rowOf(featureKey(999, 1))).toBe(-1);
    }
  });

  it("the transition model's bitmap of learned keys turns away no learned key", () => {
    const { header, rows } = actionsFile;
    const model = denseLinearModel(header, rows);
    const next = random(5);
    const keys = Int32Array.from({ length: 50_000 }, () =>
      next() < 0.5 ? rows.keys[Math.floor(next() * rows.keys.length)] : featureKey(998, Math.floor(next() * 1e9)),
    );
    const plain = new Float32Array(3);
    const scored = new Float32Array(3);
    addKeys(rows, keys, keys.length, plain);
    model.score(keys, keys.length, scored);
    expect(bits(scored)).toEqual(bits(plain));
    // One key at a time too: each learned key's row, alone.
    for (let r = 0; r < rows.keys.length; r += 97) {
      const one = new Float32Array(3);
      const expected = new Float32Array(3);
      model.score(rows.keys.subarray(r, r + 1), 1, one);
      addKeys(rows, rows.keys.subarray(r, r + 1), 1, expected);
      expect(bits(one)).toEqual(bits(expected));
    }
  });

  it("the tagger, with the words it keeps and their row handles, tags as its features scored plainly", () => {
    const k = taggerFile.header.classes.length;
    const tables = new DirectTables(taggerFile.rows, k, taggerDirectTemplates(k, wordClasses.size));
    const rest = tables.rest;
    const context = new TaggerContext(wordClasses);
    context.tags = k;
    const keys = new Int32Array(64);
    const direct = new Int32Array(16);
    const STATIC = 5; // the templates whose sum the tagger keeps per context of wink tags (tagger.ts)
    let compared = 0;
    // Twice over the texts: the second time every word is kept from the first.
    for (const text of [...texts(), ...texts()]) {
      const a = analyze(text, { parser: false });
      for (const s of a.sentences) {
        context.begin(a.tokens, s.from, s.to);
        let prev = 0;
        let prev2 = 0;
        for (let i = 0; i < s.to - s.from; i++) {
          // The order of the sums: the word's lexical features, the STATIC rows, the other rows, the context keys.
          const lexical = new Float32Array(k);
          addKeys(rest, keys, context.lexical(i, keys, 0), lexical);
          const count = context.features(i, prev, prev2, keys, 0, direct);
          const fixed = new Float32Array(k);
          for (let j = 0; j < STATIC; j++) addDense(tables.weights, k, tables.offsets[j] + direct[j], fixed);
          const scores = Float32Array.from(lexical);
          for (let x = 0; x < k; x++) scores[x] += fixed[x];
          for (let j = STATIC; j < tables.offsets.length; j++) addDense(tables.weights, k, tables.offsets[j] + direct[j], scores);
          addKeys(rest, keys, count, scores);
          let best = 0;
          for (let x = 1; x < k; x++) if (scores[x] > scores[best]) best = x;
          expect(a.tokens[s.from + i].tag).toBe(taggerFile.header.classes[best]);
          compared++;
          prev2 = prev;
          prev = best + 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("the parser, with the words it keeps, parses as its features scored plainly", () => {
    const actionTables = new DirectTables(actionsFile.rows, 3, actionTemplates(vocabulary));
    const labelNames = labelsFile.header.classes;
    const L = labelNames.length;
    const labelTables = new DirectTables(labelsFile.rows, L, labelTemplates(vocabulary));
    const rootLabel = labelNames.indexOf(ROOT_LABEL);
    const c = new Configuration(vocabulary);
    const f = new Features();
    const slots = new Int32Array(ROLES);
    /** The features' hashed rows then their dense rows (zeros included), added to `scores`. */
    const addFeatures = (rows: ModelRows, tables: DirectTables, k: number, scores: Float32Array) => {
      addKeys(rows, f.keys, f.k, scores);
      for (let j = 0; j < f.d; j++) addDense(tables.weights, k, tables.offsets[f.direct[j] >>> 20] + (f.direct[j] & 0xfffff), scores);
    };
    let compared = 0;
    for (const text of [...texts(), ...texts()]) {
      const a = analyze(text);
      for (const s of a.sentences) {
        const n = s.to - s.from;
        c.begin(n);
        for (let i = 0; i < n; i++) {
          const t = a.tokens[s.from + i];
          c.setToken(i, t.text, t.lower, t.pos, t.tag);
        }
        while (!c.isTerminal()) {
          roleSlots(c, slots);
          const scores = new Float32Array(3);
          // Each role's features summed apart (from zero), then the six sums, then the pair features.
          for (let role = 0; role < ROLES; role++) {
            const partial = new Float32Array(3);
            roleFeatures(c, role, slots[role], f.reset());
            addFeatures(actionTables.rest, actionTables, 3, partial);
            for (let x = 0; x < 3; x++) scores[x] += partial[x];
          }
          pairFeatures(c, f.reset());
          addFeatures(actionTables.rest, actionTables, 3, scores);
          let action = -1;
          for (let x = 0; x < 3; x++) if (c.isLegal(x) && (action < 0 || scores[x] > scores[action])) action = x;
          let label = rootLabel;
          if (action !== SHIFT && c.arcHead(action) !== n) {
            labelFeatures(c, action, f);
            const labelScores = new Float32Array(L);
            // Dense rows first, then the hashed keys, as the parser adds them.
            for (let j = 0; j < f.d; j++) {
              addDense(labelTables.weights, L, labelTables.offsets[f.direct[j] >>> 20] + (f.direct[j] & 0xfffff), labelScores);
            }
            addKeys(labelTables.rest, f.keys, f.k, labelScores);
            label = -1;
            for (let x = 0; x < L; x++) if (x !== rootLabel && (label < 0 || labelScores[x] > labelScores[label])) label = x;
          }
          if (action !== SHIFT) {
            const d = c.stack[c.sp - 1];
            const h = action === LEFT ? c.b : c.stack[c.sp - 2];
            const token = a.tokens[s.from + d];
            expect(token.head).toBe(h === n ? -1 : s.from + h);
            expect(token.dep).toBe(h === n ? ROOT_LABEL : labelNames[label]);
            compared++;
          }
          c.apply(action, label);
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
