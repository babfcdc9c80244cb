import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelDir } from "../../src/nlp/parser.js";
import { WordClasses, loadWordClasses } from "../../src/nlp/word-classes.js";
import { learnWordClasses } from "../../scripts/train/word-classes.js";

describe("word classes", () => {
  it("puts words used between the same neighbours in one class, the same way every run", () => {
    // "cat" and "dog" share their contexts, as do "sat" and "ran"; "the" and "a" open every sentence.
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) {
      for (const det of ["The", "A"]) {
        for (const noun of ["cat", "dog"]) {
          for (const verb of ["sat", "ran"]) lines.push(JSON.stringify({ text: `${det} ${noun} ${verb} here.` }));
        }
      }
    }
    const corpus = join(mkdtempSync(join(tmpdir(), "word-classes-")), "corpus.jsonl");
    writeFileSync(corpus, lines.join("\n") + "\n");
    const learn = () => learnWordClasses({ corpus, classes: 3, log: () => {} });
    const learned = learn();
    const cls = (w: string) => learned.classOf[learned.words.indexOf(w)];
    expect(learned.words).toEqual(expect.arrayContaining(["the", "a", "cat", "dog", "sat", "ran", "here"]));
    expect(cls("cat")).toBe(cls("dog"));
    expect(cls("sat")).toBe(cls("ran"));
    expect(cls("the")).toBe(cls("a"));
    expect(new Set([cls("cat"), cls("sat"), cls("the")]).size).toBe(3);
    expect(learn()).toEqual(learned);
  });

  it("reads the shipped file: frequent words have a class, unknown ones none", () => {
    const classes = loadWordClasses(modelDir());
    expect(classes.size).toBeGreaterThan(100);
    for (const w of ["said", "company", "the", "billion", "minister"]) {
      expect(classes.of(w)).toBeGreaterThan(0);
      expect(classes.of(w)).toBeLessThan(classes.size);
    }
    expect(classes.of("qzxv-not-a-word")).toBe(0);
  });

  it("refuses a file that is not a word-class file, naming it and the line", () => {
    expect(() => WordClasses.parse("hello\tworld\n", "x.txt")).toThrow(/^x\.txt: not a word-class file/);
    expect(() => WordClasses.parse("newsgraph-word-classes-1\t4\nsaid\t9\n", "y.txt")).toThrow(
      /^y\.txt: line 2 is not "word<TAB>class" with a class below 4/,
    );
  });
});
