// Paragraphs of hard-wrapped text (newswire, e-mail: a line break every ~65 columns inside a paragraph): which
// consecutive lines are one paragraph. Text with one paragraph per line (web pages, Markdown, HTML) is left alone.
import type { Span } from "../types.js";

/** A non-blank line of the text, trimmed: `start`/`end` are its text, `row` its line number, `indent` and `width`
 *  its leading white space and its length up to `end`, both in characters from the line's first character. */
export interface Line extends Span {
  row: number;
  indent: number;
  width: number;
  /** Page furniture on its own ("Read more", "Copyright ..."): it joins a paragraph only to finish its sentence. */
  furniture: boolean;
}

/** Widest wrap width looked for: hard wraps are 60–80 columns (72 and 76 in e-mail, ~65 on the wire). */
const MAX_WRAP_WIDTH = 100;
/** Narrowest: lines all shorter than this are a table's rows or a list, not prose wrapped. */
const MIN_WRAP_WIDTH = 40;
/** A full line is at least this share of the wrap width, whatever the next word. */
const MIN_FULL_SHARE = 0.6;
/** Columns a hand-wrapped line may stop short of the widest lines and still be full. */
const FULL_SLACK = 2;

/** A bullet or a numbered item ("- ", "• ", "2. ", "(a) "); not an initial ("J. Smith"). */
const LIST_ITEM = /^(?:[-*+•·▪◦‣–—]|\(?(?:\d{1,3}|[a-z])[.)])\s/u;

/** Parts of speech of the closed-class words a sentence or a headline cannot end with ("of", "the", "and", "its"). */
const OPEN_ENDED = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON"]);

/**
 * The wrap width of a hard-wrapped text, or 0 when its lines are paragraphs already. A text is hard-wrapped when
 * nine lines in ten stay within a width of 40 to 100 columns, and lines break a sentence in the middle at least
 * twice and at least half as often as lines are filled up to that width. A line breaks a sentence when the next one
 * starts with a lowercase word, or when it is full and ends in a lowercase word or a comma. A text of one paragraph
 * per line fails: its lines are long, or the ones near its widest end with a full stop.
 */
export function wrapWidth(text: string, lines: readonly Line[]): number {
  if (lines.length < 3) return 0;
  const widths = lines.map((l) => l.width).sort((x, y) => y - x);
  const width = widths[Math.floor(widths.length / 10)];
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return 0;
  let full = 0;
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (b.row !== a.row + 1 || !hasLower(text, a)) continue;
    const isFullLine = isFull(text, a, b, width);
    if (isFullLine) full++;
    if (startsLower(text, b) || (isFullLine && /[\p{Ll},]/u.test(text[a.end - 1]))) broken++;
  }
  return broken >= 2 && broken * 2 >= full ? width : 0;
}

/**
 * Groups the lines of a hard-wrapped text (wrap width `width`, from `wrapWidth`) into paragraphs. A line never runs
 * on into the next one across a blank line, when the next is indented deeper (or deeper than most lines, after a
 * sentence's end: first-line indentation), is a list item, or is page furniture after a sentence's end, nor when the
 * line has no lowercase letter (a headline in capitals, a label). Otherwise it runs on when the next line starts
 * with a lowercase word, when it ends in a word that cannot end a sentence ("of", "the", "and"), or when it is full:
 * the next line's first word would not have fitted on it. The first line of the text, in a headline's place, runs
 * on by fullness only when it is not in Title Case. Everything else stands alone: short lines (headlines, bylines,
 * table rows, signatures, a paragraph's last line), indented paragraph starts, bullets.
 */
export function paragraphs(
  text: string,
  lines: readonly Line[],
  width: number,
  wordClass: (word: string) => string,
): Line[][] {
  const out: Line[][] = [];
  const body = commonIndent(lines);
  let current: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const setting = { width, body, first: i === 1, next: lines[i + 1], wordClass };
    if (current.length && !runsOn(text, current[current.length - 1], line, setting)) {
      out.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

interface Setting {
  width: number;
  /** Indentation of most lines: a line indented deeper after a sentence's end starts a paragraph. */
  body: number;
  /** The line is the first of the text, in a headline's place. */
  first: boolean;
  /** The line after the one that may run on, if any. */
  next: Line | undefined;
  wordClass: (word: string) => string;
}

function runsOn(text: string, a: Line, b: Line, { width, body, first, next, wordClass }: Setting): boolean {
  if (width === 0 || b.row !== a.row + 1 || b.indent > a.indent || !hasLower(text, a)) return false;
  // First-line indentation after a one-line paragraph as wide as the text ("    ... late this year.\n    Arrivals"),
  // and a line that reads as furniture, join only a sentence left open ("... 98 cts per\nshare.").
  if ((b.indent > body || b.furniture) && /[.!?]["”’)]?$/.test(text.slice(a.end - 2, a.end))) return false;
  if (LIST_ITEM.test(text.slice(b.start, b.start + 6))) return false;
  if (startsLower(text, b)) return true;
  const last = /(\p{Ll}+)$/u.exec(text.slice(Math.max(a.start, a.end - 24), a.end));
  if (last && (last.index === 0 || !/[\p{L}\p{N}.'’-]/u.test(text[a.end - last[1].length - 1]))) {
    if (OPEN_ENDED.has(wordClass(last[1]))) return true;
  }
  if (first && isTitleCase(text.slice(a.start, a.end))) return false;
  if (isFull(text, a, b, width)) return true;
  // A short line that leaves its sentence open, before a full line of the same paragraph: a story's first line whose
  // dateline was cut off ("Perini Investment Properties\nInc said it has purchased ..."), which would otherwise cut
  // the lead sentence's subject in two. Not the text's first line (a headline right above the story), a byline, or
  // a line before a dateline ("WASHINGTON, March 3 - ...").
  return (
    !first &&
    next !== undefined &&
    next.row === b.row + 1 &&
    next.indent <= b.indent &&
    // open: ends in a word, a comma, or initials that rarely end a sentence there ("... entered the U.S.")
    (/[\p{L}\p{N}>,]$/u.test(text[a.end - 1]) || /(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(text.slice(a.start, a.end))) &&
    !BYLINE.test(text.slice(a.start, a.end)) &&
    !DATELINE.test(text.slice(b.start, b.start + 40)) &&
    isFull(text, b, next, width)
  );
}

/** A byline: "By Jane Smith", "From our correspondent". */
const BYLINE = /^(?:by|from)\s/iu;
/** A dateline opening a story: a place in capitals, then a date, a bracket or a dash ("WASHINGTON, March 3 -",
 *  "LONDON (Reuters) -"); not an acronym opening a sentence ("IMF, said ..."). */
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu},?\s+(?:\(|[-–—]|\p{Lu}\p{Ll}{2,}\.?\s+\d)/u;

/** The most common indentation of the lines (the smallest of equally common ones). */
function commonIndent(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [indent, count] of counts) {
    if (count > bestCount || (count === bestCount && indent < best)) [best, bestCount] = [indent, count];
  }
  return best;
}

/** The next line's first word would not have fitted on the line (allowing for a little hand wrapping). */
function isFull(text: string, a: Line, b: Line, width: number): boolean {
  if (a.width < width * MIN_FULL_SHARE) return false;
  let word = 0;
  while (b.start + word < b.end && !/\s/.test(text[b.start + word])) word++;
  return a.width + 1 + word > width - FULL_SLACK;
}

function hasLower(text: string, line: Span): boolean {
  return /\p{Ll}/u.test(text.slice(line.start, line.end));
}

/** The line starts with a lowercase word ("said", not "iPhone" or "eBay", which may open a paragraph). */
function startsLower(text: string, line: Span): boolean {
  return /^\p{Ll}+(?![\p{Lu}\p{N}])/u.test(text.slice(line.start, line.start + 40));
}

/** Every word of four letters or more capitalised, and at least two of them: a headline's Title Case. */
function isTitleCase(line: string): boolean {
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  const capitals = line.match(/(?<![\p{L}'’])\p{Lu}\p{L}{3,}/gu) ?? [];
  return capitals.length >= 2 && capitals.length === long.length;
}
