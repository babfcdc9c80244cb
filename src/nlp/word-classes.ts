// Word classes learned from raw newswire (scripts/train/word-classes.ts writes data/models/word-classes.txt): each
// known word (lower case) has one of K classes, words used alike sharing one. The parser reads a token's class
// beside its word, so that a word the treebanks never showed it still has something it learned from.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const WORD_CLASSES_FILE = "word-classes.txt";
/** First field of the file's first line; the second is the number of classes. */
export const WORD_CLASSES_FORMAT = "newsgraph-word-classes-1";

export class WordClasses {
  /** Number of class ids: 0 for a word without a class, 1..K for the classes. */
  readonly size: number;
  private readonly ids: Map<string, number>;

  constructor(ids: Map<string, number>, classes: number) {
    this.ids = ids;
    this.size = classes + 1;
  }

  /** Class id of a lower-case word, 0 when it has none. */
  of(lower: string): number {
    return this.ids.get(lower) ?? 0;
  }

  static parse(text: string, name = WORD_CLASSES_FILE): WordClasses {
    const lines = text.split("\n");
    const [format, count] = lines[0].split("\t");
    const classes = Number(count);
    if (format !== WORD_CLASSES_FORMAT || !(classes > 0)) {
      throw new Error(`${name}: not a word-class file (first line should be "${WORD_CLASSES_FORMAT}<TAB>K")`);
    }
    const ids = new Map<string, number>();
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (line === "" || line.startsWith("#")) continue;
      const tab = line.indexOf("\t");
      const cls = Number(line.slice(tab + 1));
      if (tab < 1 || !Number.isInteger(cls) || cls < 0 || cls >= classes) {
        throw new Error(`${name}: line ${i + 1} is not "word<TAB>class" with a class below ${classes}`);
      }
      ids.set(line.slice(0, tab), cls + 1);
    }
    return new WordClasses(ids, classes);
  }
}

export function loadWordClasses(dir: string): WordClasses {
  const file = join(dir, WORD_CLASSES_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read word classes ${file}: ${(error as Error).message}`);
  }
  return WordClasses.parse(text, file);
}
