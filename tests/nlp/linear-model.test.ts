import { describe, expect, it } from "vitest";
import {
  DirectTables,
  decodeModel,
  denseLinearModel,
  encodeModel,
  featureKey,
  hashString,
  linearModel,
} from "../../src/nlp/linear-model.js";
import { Perceptron, seededShuffle } from "../../scripts/train/perceptron.js";
import { parseConllu } from "../../scripts/train/conllu.js";

/** Index of the highest score; ties go to the lower index. */
function argmax(scores: Float32Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

// A small real task: tell a word's class from its suffix and first letter.
const WORDS: [string, number][] = [
  ["running", 0], ["walking", 0], ["talking", 0], ["singing", 0],
  ["quickly", 1], ["slowly", 1], ["badly", 1], ["kindly", 1],
  ["London", 2], ["Paris", 2], ["Berlin", 2], ["Madrid", 2],
];

function features(word: string, out: Int32Array): number {
  out[0] = featureKey(0, hashString(word.slice(-3)));
  out[1] = featureKey(1, hashString(word[0] === word[0].toUpperCase() ? "X" : "x"));
  out[2] = featureKey(2, 0); // bias
  return 3;
}

function train(): Perceptron {
  const model = new Perceptron(3);
  const buffer = new Int32Array(8);
  const scores = new Float32Array(3);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [word, gold] of seededShuffle(WORDS, epoch + 1)) {
      const n = features(word, buffer);
      scores.fill(0);
      model.score(buffer, n, scores);
      model.update(buffer, n, gold, argmax(scores));
      model.tick();
    }
  }
  return model;
}

describe("linear model", () => {
  it("learns, survives a round trip through its file format and scores unseen words", () => {
    const rows = train().averaged();
    const file = encodeModel({ kind: "test", classes: ["gerund", "adverb", "name"] }, rows);
    const { header, rows: back } = decodeModel(file);
    expect(header.classes).toEqual(["gerund", "adverb", "name"]);
    expect([...back.keys]).toEqual([...rows.keys]);
    expect([...back.weights]).toEqual([...rows.weights]);
    const model = linearModel(header, back);
    const buffer = new Int32Array(8);
    const classify = (word: string) => {
      const scores = new Float32Array(3);
      model.score(buffer, features(word, buffer), scores);
      return model.classes[argmax(scores)];
    };
    expect(classify("jumping")).toBe("gerund");
    expect(classify("softly")).toBe("adverb");
    expect(classify("Oslo")).toBe("name");
  });

  it("scores the same with rows laid out dense, unknown features included", () => {
    const header = { kind: "test", classes: ["gerund", "adverb", "name"] };
    const rows = train().averaged();
    const sparse = linearModel(header, rows);
    const dense = denseLinearModel(header, rows);
    const buffer = new Int32Array(8);
    for (const word of ["jumping", "softly", "Oslo", "zzz"]) {
      const a = new Float32Array(3);
      const b = new Float32Array(3);
      const n = features(word, buffer);
      buffer[n] = featureKey(99, hashString(word)); // never learned
      sparse.score(buffer, n + 1, a);
      dense.score(buffer, n + 1, b);
      expect([...b]).toEqual([...a]);
    }
  });

  it("lays templates over small ids out densely, scoring as the hashed rows do", () => {
    // Template 7 over (a < 3, b < 4); template 8 over words, hashed.
    const model = new Perceptron(2);
    const keys = Int32Array.from([featureKey(7, 2, 1), featureKey(7, 0, 3), featureKey(8, hashString("x"))]);
    model.update(keys, 3, 1, 0);
    model.tick();
    const rows = model.averaged();
    const tables = new DirectTables(rows, 2, [{ template: 5, sizes: [2] }, { template: 7, sizes: [3, 4] }]);
    // The hashed row of template 8 is all that is left for the hashed table.
    expect([...tables.rest.keys]).toEqual([featureKey(8, hashString("x"))]);
    expect([...tables.offsets]).toEqual([0, 2]);
    const row = (a: number, b: number) => [...tables.weights.subarray((2 + a * 4 + b) * 2, (2 + a * 4 + b) * 2 + 2)];
    const sparse = linearModel({ kind: "test", classes: ["a", "b"] }, rows);
    for (const [a, b] of [[2, 1], [0, 3], [1, 1]]) {
      const expected = new Float32Array(2);
      sparse.score(Int32Array.of(featureKey(7, a, b)), 1, expected);
      expect(row(a, b)).toEqual([...expected]);
    }
    expect(row(2, 1)).toEqual([-0.5, 0.5]); // averaged over two ticks
    expect(row(1, 1)).toEqual([0, 0]);
  });

  it("trains the same bytes twice", () => {
    const header = { kind: "test", classes: ["a", "b", "c"] };
    expect(encodeModel(header, train().averaged()).equals(encodeModel(header, train().averaged()))).toBe(true);
  });

  it("refuses a file that is not a model", () => {
    expect(() => decodeModel(Buffer.from("{}"), "x.bin")).toThrow(/x\.bin: not a newsgraph model/);
  });
});

describe("CoNLL-U reader", () => {
  it("gives words their offsets in the sentence text, contractions split", () => {
    const [s] = parseConllu(
      [
        "# newdoc id = d1",
        "# sent_id = s1",
        "# text = I don't know.",
        "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_",
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
        "",
      ].join("\n"),
    );
    expect(s.doc).toBe("d1");
    expect(s.words.map((w) => s.text.slice(w.start, w.end))).toEqual(["I", "do", "n't", "know", "."]);
    expect(s.words.map((w) => w.head)).toEqual([4, 4, 4, 0, 4]);
  });
});
