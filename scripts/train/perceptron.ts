// Averaged perceptron over hashed features, for the training scripts; `src/nlp/linear-model.ts` reads what it
// exports. Averaging keeps the model that did well over the whole run instead of the one the last examples
// pulled around (Collins 2002); the sum is kept lazily with Daumé's trick: avg = w - u / c.
import { seededRandom } from "../../src/graph/random.js";
import type { ModelHeader, ModelRows } from "../../src/nlp/linear-model.js";

/** One feature's weights, sparse over classes: perceptron updates touch only the gold and the predicted class. */
interface Row {
  classes: number[];
  w: number[];
  u: number[];
}

export class Perceptron {
  readonly classCount: number;
  private rows = new Map<number, Row>();
  /** Examples seen so far (the averaging clock). */
  private clock = 1;

  constructor(classCount: number) {
    this.classCount = classCount;
  }

  /** Adds the current (not averaged) weights of the features to `scores`, which the caller has zeroed. */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(features[f]);
      if (row === undefined) continue;
      for (let e = 0; e < row.classes.length; e++) scores[row.classes[e]] += row.w[e];
    }
  }

  /** One mistake: the features vote more for `gold`, less for `predicted`. Call `tick` once per example. */
  update(features: Int32Array, count: number, gold: number, predicted: number, amount = 1): void {
    if (gold === predicted) return;
    for (let f = 0; f < count; f++) {
      let row = this.rows.get(features[f]);
      if (row === undefined) {
        row = { classes: [], w: [], u: [] };
        this.rows.set(features[f], row);
      }
      this.add(row, gold, amount);
      this.add(row, predicted, -amount);
    }
  }

  tick(): void {
    this.clock++;
  }

  private add(row: Row, cls: number, delta: number): void {
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
    return this.rows.size;
  }

  /** The averaged weights, rows sorted by key, weights below `minWeight` in magnitude dropped (they change few decisions). */
  averaged(minWeight = 1e-3): ModelRows {
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    const kept: number[] = [];
    const rowStart: number[] = [0];
    const classIds: number[] = [];
    const weights: number[] = [];
    for (const key of keys) {
      const row = this.rows.get(key)!;
      const order = row.classes.map((_, e) => e).sort((a, b) => row.classes[a] - row.classes[b]);
      const before = weights.length;
      for (const e of order) {
        const avg = row.w[e] - row.u[e] / this.clock;
        if (Math.abs(avg) < minWeight) continue;
        classIds.push(row.classes[e]);
        weights.push(avg);
      }
      if (weights.length === before) continue;
      kept.push(key);
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
