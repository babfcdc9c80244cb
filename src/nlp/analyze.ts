// Block splitting (a line, or the lines of a hard-wrapped paragraph), page-furniture dropping and wink-nlp
// tokenisation with absolute offsets.
import type { Span } from "../types.js";
import { isFurniture } from "./furniture.js";
import { readText } from "./wink.js";
import { paragraphs, wrapWidth, type Line } from "./wrap.js";
import { defaultParser, type Parser } from "./parser.js";
import { defaultTagger, type Tagger } from "./tagger.js";

export interface Token {
  /** Index in `AnalyzedText.tokens`. */
  i: number;
  /** The token as it stands in the text. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, ADP, DET, PRON, PART, PUNCT...). */
  pos: string;
  /** Penn Treebank tag from our retagger (NN, NNP, VBD, VBN, IN...), "" when it did not run. */
  tag: string;
  lemma: string;
  lower: string;
  /** Index of its sentence in `AnalyzedText.sentences`. */
  sentence: number;
  /** Whether white space separates it from the previous token. */
  spaceBefore: boolean;
  /** Index in `AnalyzedText.tokens` of its syntactic head (same sentence); -1 for the sentence's root. */
  head: number;
  /** Universal Dependencies relation to its head, with subtype (nsubj:pass, obl:agent, compound:prt...). */
  dep: string;
}

export interface Sentence extends Span {
  i: number;
  /** Tokens `[from, to)` of `AnalyzedText.tokens`. */
  from: number;
  to: number;
  /** Index of its block in `AnalyzedText.blocks`. */
  block: number;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Blocks kept as content: a line, or in hard-wrapped text a paragraph of lines (its line breaks inside). */
  blocks: Span[];
  /** Lines dropped as page furniture (credits, "Read more", copyright...). */
  dropped: Span[];
}

/** Longest block handed to wink-nlp at once; longer lines are cut at a space so time stays linear. */
const MAX_BLOCK_CHARS = 20_000;

export interface AnalyzeOptions {
  /** Parse each sentence (default: the package's parser); `false` leaves heads at -1 and relations empty. */
  parser?: Parser | false;
  /**
   * Give each token a Penn Treebank tag (default: the package's tagger); `false` leaves tags empty, and then the
   * parser cannot run.
   */
  tagger?: Tagger | false;
  /**
   * Every line is a block of its own, none joined into a paragraph and none dropped as furniture: for reading
   * one sentence per line, as `newsgraph parse --lines` and the parser's evaluation do.
   */
  lines?: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzedText {
  const out: AnalyzedText = { text, tokens: [], sentences: [], blocks: [], dropped: [] };
  const parser = options.parser === undefined ? defaultParser() : options.parser || null;
  const tagger = options.tagger === undefined ? defaultTagger() : options.tagger || null;
  if (parser && !tagger) throw new Error("analyze: the parser reads the tagger's tags; pass `parser: false` too");
  const lines = splitLines(text);
  const width = options.lines ? 0 : wrapWidth(text, lines);
  const groups = width ? paragraphs(text, lines, width, wordClass) : lines.map((line) => [line]);
  for (const group of groups) {
    const block = { start: group[0].start, end: group[group.length - 1].end };
    // A paragraph that opens like furniture is judged as a whole ("Copyright 1987 ... All rights\nreserved."); a line
    // that only reads like furniture inside a paragraph ("... 12 cts per\nshare.") is part of a sentence.
    if (!options.lines && group[0].furniture && (group.length === 1 || isFurniture(winkText(text, block)))) {
      for (const line of group) out.dropped.push({ start: line.start, end: line.end });
      continue;
    }
    for (const piece of cutLongBlock(text, block)) {
      out.blocks.push(piece);
      tokenizeBlock(text, piece, out.blocks.length - 1, out);
    }
  }
  if (tagger) for (const s of out.sentences) tagger.tag(out.tokens, s.from, s.to);
  if (parser) for (const s of out.sentences) parser.parse(out.tokens, s.from, s.to);
  return out;
}

/** Non-empty lines, trimmed, as spans of the text, with their line number, indentation and width, and whether
 *  they are page furniture on their own. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+|\r\n|[\r\n]/g;
  let row = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "\n" || m[0] === "\r" || m[0] === "\r\n") {
      row++;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) {
      const furniture = isFurniture(text.slice(start, end));
      lines.push({ start, end, row, indent: start - m.index, width: end - m.index, furniture });
    }
  }
  return lines;
}

/** The text handed to wink-nlp for a block: the line breaks inside it (and the indentation after them) become
 *  spaces, so that a sentence runs on across them and every offset stays that of the original text. */
function winkText(text: string, block: Span): string {
  const raw = text.slice(block.start, block.end);
  const unwrapped = /[\r\n]/.test(raw) ? raw.replace(/[\r\n][^\S\r\n]*/g, (gap) => " ".repeat(gap.length)) : raw;
  return unwrapped.includes("<") ? withoutNameMarkup(unwrapped) : unwrapped;
}

/** A name in angle brackets: newswires mark company names and stock symbols so ("said it bought <Acme Tools Inc>",
 *  "Acme <ACME> said"). */
const NAME_MARKUP = /<([A-Z0-9][^<>\r\n]{0,80})>/g;
/** A stock symbol: a few capitals, digits or dots ("GM", "BA.L", "T"). */
const STOCK_SYMBOL = /^[A-Z][A-Z0-9.]{0,7}$/;

/** The brackets are markup, not language: the parser would read "<" and ">" as words of the sentence. A symbol right
 *  after a name reads as the parenthesis it is ("Acme (ACME) said"), any other name as if unbracketed. Same length,
 *  so offsets still point into the original text. */
function withoutNameMarkup(text: string): string {
  return text.replace(NAME_MARKUP, (whole, name: string, at: number) => {
    const afterName = /\p{Lu}[\p{L}\p{N}.&'’-]*\s?$/u.test(text.slice(Math.max(0, at - 30), at));
    return afterName && STOCK_SYMBOL.test(name) ? `(${name})` : ` ${name} `;
  });
}

function cutLongBlock(text: string, block: Span): Span[] {
  if (block.end - block.start <= MAX_BLOCK_CHARS) return [block];
  const pieces: Span[] = [];
  let start = block.start;
  while (block.end - start > MAX_BLOCK_CHARS) {
    let cut = text.lastIndexOf(" ", start + MAX_BLOCK_CHARS);
    if (cut <= start) cut = start + MAX_BLOCK_CHARS;
    pieces.push({ start, end: cut });
    start = cut;
    while (start < block.end && /\s/.test(text[start])) start++;
  }
  if (start < block.end) pieces.push({ start, end: block.end });
  return pieces;
}

function tokenizeBlock(text: string, block: Span, blockIndex: number, out: AnalyzedText): void {
  const blockText = winkText(text, block);
  readText(blockText, (doc, its) => {
    // Whole-collection outputs are several times cheaper than asking each token one property at a time.
    const tokens = doc.tokens();
    // No `its.type` pass: wink's "tabCRLF" tokens are runs of tabs and line breaks, which the blank test below drops.
    const surfaces = tokens.out() as string[];
    const tags = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as any) as string[];
    // Preceding spaces are needed only when a surface cannot be found in the text (rare): fetched then.
    let spaces: string[] | null = null;
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    let cursor = 0;
    for (const [first, last] of spans) {
      const from = out.tokens.length;
      for (let k = first; k <= last; k++) {
        const surface = surfaces[k];
        if (!surface.trim()) continue;
        // wink-nlp keeps the surface form; find it from the cursor so offsets survive odd spacing.
        let at = blockText.indexOf(surface, cursor);
        const found = at >= 0 && at - cursor <= 64;
        if (!found) {
          spaces ??= tokens.out(its.precedingSpaces) as string[];
          at = cursor + String(spaces[k]).length;
        }
        const start = block.start + at;
        const end = Math.min(block.end, start + surface.length);
        const spaceBefore =
          (at > cursor && !isWrappedHyphen(text, out.tokens, block.start + cursor, start)) || out.tokens.length === from;
        cursor = at + surface.length;
        const prev = out.tokens.length > from ? out.tokens[out.tokens.length - 1] : null;
        if (prev && !spaceBefore && prev.end === start && isRepeatedMark(prev.text, surface)) {
          // "!!", "...", "<<", "====": wink cuts a run of one mark in pieces; it is one word (UD's too).
          prev.end = end;
          prev.text = prev.lower = prev.lemma = text.slice(prev.start, end);
          continue;
        }
        const token: Token = {
          i: out.tokens.length,
          // Where the surface was found, it is the text there: no new string needed.
          text: found && end - start === surface.length ? surface : text.slice(start, end),
          start,
          end,
          pos: tags[k],
          tag: "",
          lemma: String(lemmas[k]),
          lower: surface.toLowerCase(),
          sentence: out.sentences.length,
          spaceBefore,
          head: -1,
          dep: "",
        };
        out.tokens.push(token);
        if (end - start === 3 && IM.test(token.text)) {
          // wink keeps "I'm" whole (and tags it PROPN) where it splits "you're" and "we've": split it the same way.
          token.text = token.text.slice(0, 1);
          token.lower = token.lemma = "i";
          token.pos = "PRON";
          token.end = start + 1;
          out.tokens.push({
            ...token,
            i: out.tokens.length,
            text: text.slice(start + 1, end),
            start: start + 1,
            end,
            pos: "AUX",
            lemma: "be",
            lower: text.slice(start + 1, end).toLowerCase(),
            spaceBefore: false,
          });
        }
      }
      const to = out.tokens.length;
      const previous = out.sentences[out.sentences.length - 1];
      if (to > from && previous?.block === blockIndex && continuesAfterBracket(out.tokens, previous, from)) {
        // "Rep. Charles Stenholm (D-Tex.) offered ...": wink ends a sentence at the abbreviation's period inside the
        // brackets; what follows is the same sentence
        for (let k = from; k < to; k++) out.tokens[k].sentence = previous.i;
        previous.to = to;
        previous.end = out.tokens[to - 1].end;
      } else if (to > from) {
        out.sentences.push({
          i: out.sentences.length,
          start: out.tokens[from].start,
          end: out.tokens[to - 1].end,
          from,
          to,
          block: blockIndex,
        });
      }
    }
  });
}

const IM = /^I['’]m$/i;

/** A party and state tag in brackets: "(D-Vt.)", "(R-Kan)". */
const PARTY_TAG = /^\(\p{Lu}-\p{Lu}[\p{L}.]*\)$/u;

/**
 * Whether the sentence starting at token `next` goes on the sentence `previous`, which wink ended at a period inside
 * brackets ("(D-Okla.)"): the next one opens with a lowercase word or a comma ("... (D-Ill.), chairman of ..."), or
 * the brackets hold a party and state tag, which closes no sentence.
 */
function continuesAfterBracket(tokens: Token[], previous: Sentence, next: number): boolean {
  const last = previous.to - 1;
  if (last - 1 < previous.from || tokens[last].text !== ")" || tokens[last - 1].text !== ".") return false;
  const first = tokens[next].text;
  if (/^[,;:]$/.test(first) || /^\p{Ll}/u.test(first)) return true;
  let open = last - 1;
  while (open > previous.from && last - open < 8 && tokens[open].text !== "(") open--;
  if (tokens[open].text !== "(") return false;
  const inside = tokens
    .slice(open, last + 1)
    .map((t) => t.text)
    .join("");
  return PARTY_TAG.test(inside);
}

/** Whether `next` continues a run of one punctuation mark that `prev` began ("!" "!", "." "..", "=" "="). */
function isRepeatedMark(prev: string, next: string): boolean {
  const c = prev.charCodeAt(0);
  if (!REPEATABLE.has(c)) return false;
  for (let i = 1; i < prev.length; i++) if (prev.charCodeAt(i) !== c) return false;
  for (let i = 0; i < next.length; i++) if (next.charCodeAt(i) !== c) return false;
  return true;
}

const REPEATABLE = new Set([..."!?.<>=*-~_#+"].map((ch) => ch.charCodeAt(0)));

/**
 * A compound's hyphen at the end of a wrapped line ("English-\nlanguage", "Aulnay-sous-\nBois") glues the next word to
 * it as if the line break were not there: wire copy and e-mail break lines at spaces and keep the hyphens of
 * compounds, never splitting a word. The hyphen stays in the text, and wink-nlp sees a space in place of the break.
 */
function isWrappedHyphen(text: string, tokens: Token[], gapStart: number, gapEnd: number): boolean {
  const prev = tokens[tokens.length - 1];
  if (!prev || prev.text !== "-" || prev.spaceBefore || prev.end !== gapStart) return false;
  const gap = text.slice(gapStart, gapEnd);
  return /[\r\n]/.test(gap) && !gap.trim();
}

/**
 * Part of speech and lemma wink-nlp gives a word standing alone, in lower case; cached. `readText` reads every text
 * against the same vocabulary, so the answer depends on the word only and the cache cannot carry one document's
 * reading into another's.
 */
export interface WordInfo {
  pos: string;
  lemma: string;
}

const wordInfoCache = new Map<string, WordInfo>();
const WORD_INFO_CACHE_LIMIT = 50_000;

export function wordInfo(word: string): WordInfo {
  const key = word.toLowerCase();
  let info = wordInfoCache.get(key);
  if (info === undefined) {
    info = readText(key, (doc, its): WordInfo => {
      const tokens = doc.tokens();
      return tokens.length() === 1
        ? { pos: String(tokens.itemAt(0).out(its.pos)), lemma: String(tokens.itemAt(0).out(its.lemma as any)) }
        : { pos: "X", lemma: key };
    });
    if (wordInfoCache.size >= WORD_INFO_CACHE_LIMIT) wordInfoCache.clear();
    wordInfoCache.set(key, info);
  }
  return info;
}

/** Part of speech of a lone word: tells a capitalised opener ("Recent") from a name. */
export function wordClass(word: string): string {
  return wordInfo(word).pos;
}
