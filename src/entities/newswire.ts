// Names that the conventions of news copy mark, where the tagger, which learned from ordinary sentences, guesses.
// - A headline in capitals or Title Case ("NIPPON STEEL INVESTS 8 MLN DLRS IN GTX CORP"), where capitals say
//   nothing: a headline sums up its article, so its names are mostly the article's own. The words that spell a name
//   the sentences write are that name; the words before a stock symbol or a legal form are a company's, whole.
// - A name in a newswire's angle brackets ("said it bought <Talman Home Federal Savings and Loan Association>") is
//   one company's name, however many capitals, commas and "and"s it holds.
// - A stock symbol in brackets after a name ("Tandy Corp <TAN>") is no name of its own.
import { wordInfo, type AnalyzedText, type Token } from "../nlp/index.js";
import type { EntityType } from "../types.js";
import { CaseMode, type TaggerInput } from "./tagger.js";
import { isLegalSuffix, normalizeKey } from "./text.js";

/** A token range `[from, to)` and the type it was given (null: the typing rules decide). */
export interface NameRun {
  from: number;
  to: number;
  type: EntityType | null;
  /** A company's whole name: not to be split at titles or places ("EQUITABLE OF IOWA COS", "NIPPON STEEL"). */
  whole?: boolean;
}

/** The longest name, in tokens, that a headline's words are matched against. */
const MAX_NAME_TOKENS = 8;
/** The most words a company's name takes before its stock symbol or legal form. */
const MAX_COMPANY_WORDS = 6;
/** A stock symbol: a few capitals, digits or dots, maybe an exchange's code ("GM", "BA.L", "PHAB ST"). */
const STOCK_SYMBOL = /^[A-Z][A-Z0-9.]{0,7}( [A-Z]{1,2})?$/;
/** A name in angle brackets; a line wrap may fall inside it ("<Hunter\nHelicopter of Nevada, Inc>"). */
const BRACKETED = /<([A-Z0-9][^<>]{0,100})>/g;
/** Penn Treebank tags that end a company's name going back from its symbol: verbs, prepositions, determiners,
 *  adverbs, possessives, numbers, punctuation. "AND", "&" and "OF" inside a name are kept ("EQUITABLE OF IOWA COS"). */
const BOUNDARY_TAG = /^(VB|IN|TO|DT|PRP|POS|CD|MD|WDT|WP|RB|,|:|\.|-LRB-|-RRB-|``|''|SYM)/;
/** Legal forms that are also plain words in a headline ("PARIS BOURSE LIBERALIZATION NOT LIMITED"). */
const PLAIN_LEGAL_WORDS = new Set(["limited", "holdings", "incorporated", "corporation"]);
const INNER_WORDS = new Set(["and", "&", "of"]);

/** What a newswire's angle brackets mark in a text. */
export interface Brackets {
  /** Each company name in brackets, whole, typed ORG; sorted. */
  names: NameRun[];
  /** 1 for the tokens of a stock symbol ("Tandy Corp <TAN> said"): a symbol is never a name of its own. */
  symbol: Uint8Array;
}

/** Reads the angle brackets of a text (`analyze()` reads them as spaces or parentheses; the text keeps them). */
export function readBrackets(a: AnalyzedText): Brackets {
  const { tokens } = a;
  const found: Brackets = { names: [], symbol: new Uint8Array(tokens.length) };
  if (!a.text.includes("<")) return found;
  let k = 0;
  for (const m of a.text.matchAll(BRACKETED)) {
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    while (k < tokens.length && tokens[k].start < start) k++;
    let to = k;
    while (to < tokens.length && tokens[to].end <= end) to++;
    if (to <= k) continue;
    if (STOCK_SYMBOL.test(m[1])) {
      found.symbol.fill(1, k, to);
      continue;
    }
    // a possessive closing the bracket is the sentence's, not the name's ("<MEPC Plc's> eurobonds")
    if (to - 1 > k && /^['’]s$/i.test(tokens[to - 1].text)) to--;
    if (tokens[k].sentence === tokens[to - 1].sentence) found.names.push({ from: k, to, type: "ORG", whole: true });
  }
  return found;
}

/** A name found in the article's ordinary sentences: its token range, `normalizeKey` of its words, its type. */
export interface SentenceName {
  from: number;
  to: number;
  key: string;
  tagged: EntityType | null;
  headline: boolean;
}

/**
 * A headline's names, found again: in every sentence of capitals or Title Case, the longest word sequences that spell
 * a name of the ordinary sentences (or that name without its legal form: "TANDY" for "Tandy Corp"); then the words
 * before a stock symbol or ending in a legal form, where no such name stands, as one company's name ("HARPER
 * INTERNATIONAL INC <HNT> 3RD QTR NET"). `names` are the names found so far, the headline's among them (skipped);
 * `symbol` marks the tokens of stock symbols (`readBrackets`).
 * Sorted by position, not overlapping.
 */
export function headlineNames(a: AnalyzedText, input: TaggerInput, names: SentenceName[], symbol: Uint8Array): NameRun[] {
  const { tokens } = a;
  const headline = (k: number) => input.mode[k] === CaseMode.Upper || input.mode[k] === CaseMode.Title;
  if (!a.sentences.some((s) => s.to > s.from && headline(s.from))) return [];

  // The names of the ordinary sentences, by their words, and without their legal form.
  const bodyNames = new Map<string, NameRun>();
  for (const n of names) {
    if (n.headline) continue;
    const company = isLegalSuffix(tokens[n.to - 1].text);
    if (!bodyNames.has(n.key)) bodyNames.set(n.key, { from: 0, to: 0, type: company ? "ORG" : n.tagged, whole: company });
    if (n.to - n.from > 1 && company) {
      const base = wordsKey(tokens, n.from, n.to - 1);
      if (!bodyNames.has(base)) bodyNames.set(base, { from: 0, to: 0, type: "ORG", whole: true });
    }
  }

  // What the sentences write in lower case and never with a capital is no name's word: "UPGRADES" in "DUFF AND
  // PHELPS UPGRADES PHILIP MORRIS <MO>", where the sentences say "upgraded". Compared by lemma.
  const lowerLemmas = new Set<string>();
  const capitalised = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (headline(k)) continue;
    const t = tokens[k];
    if (t.text === t.lower) lowerLemmas.add(t.lemma.toLowerCase());
    else capitalised.add(t.lower);
  }
  const plainWord = (t: Token) => !capitalised.has(t.lower) && lowerLemmas.has(wordInfo(t.lower).lemma);

  const found: NameRun[] = [];
  for (const s of a.sentences) {
    if (s.to <= s.from || !headline(s.from)) continue;
    const covered = new Uint8Array(s.to - s.from);
    const sentenceRuns: NameRun[] = [];
    for (let k = s.from; k < s.to; k++) {
      for (let n = Math.min(MAX_NAME_TOKENS, s.to - k); n >= 1; n--) {
        if (!isNameEdge(tokens[k]) || !isNameEdge(tokens[k + n - 1])) continue;
        const body = bodyNames.get(wordsKey(tokens, k, k + n));
        if (body === undefined) continue;
        // the legal form the body wrote or left out closes the name here too ("GTX CORP" for "GTX Corp.")
        const to = k + n < s.to && isLegalSuffix(tokens[k + n].text) ? k + n + 1 : k + n;
        sentenceRuns.push({ ...body, from: k, to });
        covered.fill(1, k - s.from, to - s.from);
        k = to - 1;
        break;
      }
    }
    for (let k = s.from; k < s.to; k++) {
      // the word a company's name ends with: the one before its symbol's bracket, or a legal form
      const next = k + 1 < s.to && tokens[k + 1].text === "(" ? k + 2 : k + 1;
      const beforeSymbol = next < s.to && symbol[next] === 1 && symbol[k] === 0;
      const legalForm = isLegalSuffix(tokens[k].text) && !PLAIN_LEGAL_WORDS.has(tokens[k].lower) && k > s.from;
      const end = beforeSymbol ? k + 1 : legalForm ? k + 1 : -1;
      // a name the sentences write closes it already ("... BUILDERS TRANSPORT <TRUK>"), and a possessive is no
      // part of it ("GM'S <GM> PONTIAC")
      if (end < 0 || covered[k - s.from] || !/^[\p{L}\p{N}]/u.test(tokens[k].text)) continue;
      // back over the name's words, taking in whole any name of the sentences it holds ("EA" of "EA ENGINEERING")
      let from = end - 1;
      while (from > s.from && end - from < MAX_COMPANY_WORDS && continuesName(tokens, from - 1, from) && !plainWord(tokens[from - 1])) from--;
      while (from < end - 1 && INNER_WORDS.has(tokens[from].lower)) from++;
      if (from === end - 1 && isLegalSuffix(tokens[from].text)) continue;
      for (let i = 0; i < sentenceRuns.length; i++) {
        const r = sentenceRuns[i];
        if (r.to > from && r.from < end) {
          if (r.from < from) from = r.to;
          else sentenceRuns.splice(i--, 1);
        }
      }
      sentenceRuns.push({ from, to: end, type: "ORG", whole: true });
      covered.fill(1, from - s.from, end - s.from);
    }
    found.push(...sentenceRuns.sort((x, y) => x.from - y.from));
  }
  return found;
}

/** Lowercase words of `[from, to)` joined by spaces, the key headline words are matched on. */
function wordsKey(tokens: Token[], from: number, to: number): string {
  let key = "";
  for (let k = from; k < to; k++) key += (k > from && tokens[k].spaceBefore ? " " : "") + tokens[k].text;
  return normalizeKey(key);
}

/** A word a name may open or close with: a letter or digit first, no function word ("OF", "AND"). */
function isNameEdge(t: Token): boolean {
  return /^[\p{L}\p{N}]/u.test(t.text) && !INNER_WORDS.has(t.lower);
}

/** Whether word k, right before the name's first word `first`, belongs to the same company's name. */
function continuesName(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k];
  if (t.sentence !== tokens[first].sentence) return false;
  if (INNER_WORDS.has(t.lower)) return k > 0 && tokens[k - 1].sentence === t.sentence && !BOUNDARY_TAG.test(tokens[k - 1].tag);
  // parts of one word join, whatever they are ("HAYES-ALBION", "PHONE-A-GRAM", "3M")
  if (!tokens[first].spaceBefore) return true;
  if (isLegalSuffix(t.text) || !/^[\p{L}\p{N}]/u.test(t.text)) return false;
  // a participle or an adverb opening the headline opens the name ("ENGINEERED SUPPORT <EASI>", "FIRST UNION <FUR>")
  const opening = k === 0 || tokens[k - 1].sentence !== t.sentence;
  return !BOUNDARY_TAG.test(t.tag) || (opening && /^(VB[NDG]|RB)$/.test(t.tag));
}

function overlapsCovered(r: NameRun, sentenceFrom: number, covered: Uint8Array): boolean {
  for (let k = r.from; k < r.to; k++) if (covered[k - sentenceFrom]) return true;
  return false;
}
