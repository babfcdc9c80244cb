// Reads CoNLL-U treebanks (UD English EWT, GUM) into sentences whose words carry character offsets into the
// sentence's `# text`, so that they can be lined up with the tokens wink-nlp makes of the same text.
import { readFileSync } from "node:fs";

export interface GoldWord {
  /** 1-based word id within the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
  /** Offsets into the sentence's text; the words of a contraction ("do" "n't" of "don't") split its span. */
  start: number;
  end: number;
}

export interface GoldSentence {
  id: string;
  /** Document id (`# newdoc id`), or the file name when there is none. */
  doc: string;
  /** A paragraph starts here (`# newpar`). */
  newpar: boolean;
  text: string;
  words: GoldWord[];
}

export function readConllu(path: string): GoldSentence[] {
  return parseConllu(readFileSync(path, "utf8"), path);
}

export function parseConllu(source: string, name = "conllu"): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  let doc = name;
  let comments: string[] = [];
  let lines: string[] = [];
  let lineNumber = 0;
  const flush = () => {
    if (lines.length > 0) sentences.push(sentence(comments, lines, doc, `${name}:${lineNumber}`));
    comments = [];
    lines = [];
  };
  for (const raw of source.split("\n")) {
    lineNumber++;
    const line = raw.replace(/\r$/, "");
    if (line === "") flush();
    else if (line.startsWith("#")) {
      const newdoc = /^# newdoc id = (.+)$/.exec(line);
      if (newdoc) doc = newdoc[1].trim();
      comments.push(line);
    } else lines.push(line);
  }
  flush();
  return sentences;
}

function sentence(comments: string[], lines: string[], doc: string, where: string): GoldSentence {
  const value = (key: string) => {
    for (const c of comments) {
      const m = new RegExp(`^# ${key} = (.*)$`).exec(c);
      if (m) return m[1];
    }
    return null;
  };
  const words: GoldWord[] = [];
  // Multiword tokens ("don't" over words 19-20): their surface is what stands in the text.
  const ranges = new Map<number, { last: number; form: string }>();
  for (const line of lines) {
    const cols = line.split("\t");
    if (cols.length !== 10) throw new Error(`${where}: a word line needs 10 columns, found ${cols.length}`);
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    if (range) ranges.set(Number(range[1]), { last: Number(range[2]), form: cols[1] });
    if (!/^\d+$/.test(cols[0])) continue; // ranges and empty nodes ("8.1") are not words of the tree
    words.push({
      id: Number(cols[0]),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: Number(cols[6]),
      deprel: cols[7],
      misc: cols[9],
      start: 0,
      end: 0,
    });
  }
  const text = value("text") ?? rebuildText(words);
  placeWords(text, words, ranges, where);
  return { id: value("sent_id") ?? where, doc, newpar: comments.some((c) => c.startsWith("# newpar")), text, words };
}

/** The text of a sentence without `# text`: its forms, spaced as `SpaceAfter=No` says. */
function rebuildText(words: GoldWord[]): string {
  return words.map((w) => w.form + (/(^|\|)SpaceAfter=No(\||$)/.test(w.misc) ? "" : " ")).join("").trimEnd();
}

/** Finds each surface token in the text from left to right and gives its words their offsets. */
function placeWords(text: string, words: GoldWord[], ranges: Map<number, { last: number; form: string }>, where: string) {
  let cursor = 0;
  const find = (surface: string) => {
    while (cursor < text.length && /\s/.test(text[cursor])) cursor++;
    const at = text.startsWith(surface, cursor) ? cursor : text.indexOf(surface, cursor);
    if (at < 0) throw new Error(`${where}: "${surface}" not found in the sentence text`);
    cursor = at + surface.length;
    return at;
  };
  for (let k = 0; k < words.length; k++) {
    const range = ranges.get(words[k].id);
    if (!range) {
      const at = find(words[k].form);
      words[k].start = at;
      words[k].end = at + words[k].form.length;
      continue;
    }
    const at = find(range.form);
    const members = words.filter((w) => w.id >= words[k].id && w.id <= range.last);
    const joined = members.map((w) => w.form).join("");
    let offset = at;
    for (const w of members) {
      if (joined.toLowerCase() === range.form.toLowerCase()) {
        w.start = offset;
        w.end = offset + w.form.length;
        offset = w.end;
      } else {
        // "gonna" → "gon" "na" splits the surface; anything else shares it whole.
        w.start = at;
        w.end = at + range.form.length;
      }
    }
    k += members.length - 1;
  }
}

/** The value of one `Key=value` field of a MISC column, or null. */
export function miscField(misc: string, key: string): string | null {
  for (const part of misc.split("|")) if (part.startsWith(key + "=")) return part.slice(key.length + 1);
  return null;
}
