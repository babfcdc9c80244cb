// Averaged perceptron over hashed features, for the training scripts; `src/nlp/linear-model.ts` reads what it
// exports. Averaging keeps the model that did well over the whole run instead of the one the last examples
// pulled around (Collins 2002); the sum is kept lazily with Daumé's trick: avg = w - u / c.
import { seededRandom } from "../../src/build/random.js";
import type { ModelHeader, ModelRows } from "../../src/nlp/linear-model.js";

/** One feature's weights, sparse over classes: perceptron updates touch only the gold and the predicted class. */
interface Row {
  classes: number[];
  w: number[];
  u: number[];
}

/** Models with at most this many classes keep every row dense, in typed arrays (a parser's shift/left/right). */
const DENSE_CLASSES = 8;

export class Perceptron {
  readonly classCount: number;
  /** Examples seen so far (the averaging clock). */
  private clock = 1;
  /**
   * Feature key → row: an open-addressing table over typed arrays (key at 2s, row + 1 at 2s + 1). A Map would box
   * every key outside V8's small-integer range and spend most of training on it.
   */
  private table = new Int32Array(2 * 1024);
  private rowCount = 0;
  private rowKeys = new Int32Array(1024);
  /** Sparse rows (many classes). */
  private rows: Row[] = [];
  /** Dense rows (few classes): row r's weights at [r * classCount, (r + 1) * classCount). */
  private w = new Float64Array(0);
  private u = new Float64Array(0);
  private readonly dense: boolean;

  /** `dense` keeps every row dense whatever the class count: faster updates, more memory (a tagger's 50 tags). */
  constructor(classCount: number, dense = classCount <= DENSE_CLASSES) {
    this.classCount = classCount;
    this.dense = dense;
    if (this.dense) {
      this.w = new Float64Array(1024 * classCount);
      this.u = new Float64Array(1024 * classCount);
    }
  }

  /** Row of a key, or -1. */
  private find(key: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = slotOf(key, mask);
    for (;;) {
      const row = table[2 * slot + 1];
      if (row === 0) return -1;
      if (table[2 * slot] === key) return row - 1;
      slot = (slot + 1) & mask;
    }
  }

  private insert(key: number): number {
    if (this.rowCount * 2 >= this.table.length >> 1) this.rehash();
    const r = this.rowCount++;
    if (r >= this.rowKeys.length) {
      const keys = new Int32Array(this.rowKeys.length * 2);
      keys.set(this.rowKeys);
      this.rowKeys = keys;
      if (this.dense) {
        const w = new Float64Array(keys.length * this.classCount);
        const u = new Float64Array(keys.length * this.classCount);
        w.set(this.w);
        u.set(this.u);
        this.w = w;
        this.u = u;
      }
    }
    this.rowKeys[r] = key;
    if (!this.dense) this.rows.push({ classes: [], w: [], u: [] });
    this.place(this.table, key, r);
    return r;
  }

  private place(table: Int32Array, key: number, row: number): void {
    const mask = (table.length >> 1) - 1;
    let slot = slotOf(key, mask);
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = key;
    table[2 * slot + 1] = row + 1;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    for (let r = 0; r < this.rowCount; r++) this.place(table, this.rowKeys[r], r);
    this.table = table;
  }

  /** Adds the current (not averaged) weights of the features to `scores`, which the caller has zeroed. */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const k = this.classCount;
    for (let f = 0; f < count; f++) {
      const r = this.find(features[f]);
      if (r < 0) continue;
      if (this.dense) {
        for (let c = 0, at = r * k; c < k; c++, at++) scores[c] += this.w[at];
      } else {
        const row = this.rows[r];
        for (let e = 0; e < row.classes.length; e++) scores[row.classes[e]] += row.w[e];
      }
    }
  }

  /** One mistake: the features vote more for `gold`, less for `predicted`. Call `tick` once per example. */
  update(features: Int32Array, count: number, gold: number, predicted: number, amount = 1): void {
    if (gold === predicted) return;
    for (let f = 0; f < count; f++) {
      let r = this.find(features[f]);
      if (r < 0) r = this.insert(features[f]);
      this.add(r, gold, amount);
      this.add(r, predicted, -amount);
    }
  }

  tick(): void {
    this.clock++;
  }

  private add(r: number, cls: number, delta: number): void {
    if (this.dense) {
      const at = r * this.classCount + cls;
      this.w[at] += delta;
      this.u[at] += this.clock * delta;
      return;
    }
    const row = this.rows[r];
    let e = row.classes.indexOf(cls);
    if (e < 0) {
      e = row.classes.length;
      row.classes.push(cls);
      row.w.push(0);
      row.u.push(0);
    }
    row.w[e] += delta;
    row.u[e] += this.clock * delta;
  }

  get featureCount(): number {
    return this.rowCount;
  }

  /** The averaged weights, rows sorted by key, weights below `minWeight` in magnitude dropped (few decisions move). */
  averaged(minWeight = 1e-3): ModelRows {
    const order = Int32Array.from({ length: this.rowCount }, (_, r) => r);
    const keys = this.rowKeys;
    order.sort((a, b) => keys[a] - keys[b]);
    const kept: number[] = [];
    const rowStart: number[] = [0];
    const classIds: number[] = [];
    const weights: number[] = [];
    const k = this.classCount;
    for (const r of order) {
      const before = weights.length;
      if (this.dense) {
        for (let c = 0; c < k; c++) {
          const avg = this.w[r * k + c] - this.u[r * k + c] / this.clock;
          if (Math.abs(avg) < minWeight) continue;
          classIds.push(c);
          weights.push(avg);
        }
      } else {
        const row = this.rows[r];
        const byClass = row.classes.map((_, e) => e).sort((a, b) => row.classes[a] - row.classes[b]);
        for (const e of byClass) {
          const avg = row.w[e] - row.u[e] / this.clock;
          if (Math.abs(avg) < minWeight) continue;
          classIds.push(row.classes[e]);
          weights.push(avg);
        }
      }
      if (weights.length === before) continue;
      kept.push(keys[r]);
      rowStart.push(weights.length);
    }
    return {
      keys: Int32Array.from(kept),
      rowStart: Uint32Array.from(rowStart),
      classIds: Uint16Array.from(classIds),
      weights: Float32Array.from(weights),
    };
  }
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

/** A seeded shuffle, so that training is the same run after run. */
export function seededShuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export type { ModelHeader };
