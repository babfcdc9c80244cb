// Block splitting, page-furniture dropping and wink-nlp tokenisation with absolute offsets.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Span } from "../types.js";
import { isFurniture } from "./furniture.js";
import { defaultParser, type Parser } from "./parser.js";

export interface Token {
  /** Index in `AnalyzedText.tokens`. */
  i: number;
  /** The token as it stands in the text. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, ADP, DET, PRON, PART, PUNCT...). */
  pos: string;
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
  /** Lines kept as content. */
  blocks: Span[];
  /** Lines dropped as page furniture (credits, "Read more", copyright...). */
  dropped: Span[];
}

// Only sentence breaking and POS tagging: wink-nlp's own named-entity, negation and sentiment passes are not used
// here and cost as much as the rest of its analysis.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** Longest block handed to wink-nlp at once; longer lines are cut at a space so time stays linear. */
const MAX_BLOCK_CHARS = 20_000;

export interface AnalyzeOptions {
  /** Parse each sentence (default: the package's parser); `false` leaves heads at -1 and relations empty. */
  parser?: Parser | false;
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzedText {
  const out: AnalyzedText = { text, tokens: [], sentences: [], blocks: [], dropped: [] };
  const parser = options.parser === undefined ? defaultParser() : options.parser || null;
  for (const line of splitLines(text)) {
    if (isFurniture(text.slice(line.start, line.end))) {
      out.dropped.push(line);
      continue;
    }
    for (const piece of cutLongLine(text, line)) {
      out.blocks.push(piece);
      tokenizeBlock(text, piece, out.blocks.length - 1, out);
    }
  }
  if (parser) for (const s of out.sentences) parser.parse(out.tokens, s.from, s.to);
  return out;
}

/** Non-empty lines, trimmed, as spans of the text. */
function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) lines.push({ start, end });
  }
  return lines;
}

function cutLongLine(text: string, line: Span): Span[] {
  if (line.end - line.start <= MAX_BLOCK_CHARS) return [line];
  const pieces: Span[] = [];
  let start = line.start;
  while (line.end - start > MAX_BLOCK_CHARS) {
    let cut = text.lastIndexOf(" ", start + MAX_BLOCK_CHARS);
    if (cut <= start) cut = start + MAX_BLOCK_CHARS;
    pieces.push({ start, end: cut });
    start = cut;
    while (start < line.end && text[start] === " ") start++;
  }
  if (start < line.end) pieces.push({ start, end: line.end });
  return pieces;
}

function tokenizeBlock(text: string, block: Span, blockIndex: number, out: AnalyzedText): void {
  const blockText = text.slice(block.start, block.end);
  const doc = nlp.readDoc(blockText);
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
      out.tokens.push({
        i: out.tokens.length,
        // Where the surface was found, it is the text there: no new string needed.
        text: found && end - start === surface.length ? surface : text.slice(start, end),
        start,
        end,
        pos: tags[k],
        lemma: String(lemmas[k]),
        lower: surface.toLowerCase(),
        sentence: out.sentences.length,
        spaceBefore: at > cursor || out.tokens.length === from,
        head: -1,
        dep: "",
      });
      cursor = at + surface.length;
    }
    const to = out.tokens.length;
    if (to > from) {
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
}

/** Part of speech and lemma wink-nlp gives a word standing alone, in lower case; cached. */
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
    const tokens = nlp.readDoc(key).tokens();
    info =
      tokens.length() === 1
        ? { pos: String(tokens.itemAt(0).out(its.pos)), lemma: String(tokens.itemAt(0).out(its.lemma as any)) }
        : { pos: "X", lemma: key };
    if (wordInfoCache.size >= WORD_INFO_CACHE_LIMIT) wordInfoCache.clear();
    wordInfoCache.set(key, info);
  }
  return info;
}

/** Part of speech of a lone word: tells a capitalised opener ("Recent") from a name. */
export function wordClass(word: string): string {
  return wordInfo(word).pos;
}
