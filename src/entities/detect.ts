// Finds candidate name mentions on wink-nlp tokens: runs of capitalised words with the connectors names
// contain, acronyms, hyphenated and possessive forms; strips titles and splits demonyms and places off.
import { wordClass, wordInfo, type AnalyzedText, type Sentence, type Token } from "../nlp/index.js";
import { firstWord, lexicons, type DemonymEntry, type Gender, type Lexicons, type PlaceEntry } from "./lexicons.js";
import { acronymLetters, normalizeKey } from "./text.js";

/** A detected name, before typing and resolution. Token range `[from, to)`. */
export interface Candidate {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** The name's words, hyphenated parts joined ("Jean-Pierre"). */
  words: string[];
  /** `normalizeKey` of the words joined by spaces, computed once: the resolver looks it up several times. */
  key: string;
  possessive: boolean;
  /** Title or role words right before the name ("President", "spokesman"), lowercase, and their gender. */
  title: string | null;
  titleGender: Gender | null;
  /** A determiner right before the name ("the Kremlin"): names of people rarely take one. */
  determiner: boolean;
  place: PlaceEntry | null;
  demonym: DemonymEntry | null;
  acronym: string | null;
}

/** Longest run of name words, so a long capitalised line cannot make a huge mention. */

/** Number words that may end the name of an event, right after its cue word: "World War Two". */
const EVENT_NUMBERS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
const MAX_RUN = 12;
const PARTICLES = new Set([
  "bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du",
  "dos", "das", "ben", "abu", "y", "zu", "st.", "ten", "ter", "te",
]);
/** Lowercase words glued by a hyphen to a name that make an adjective, not a longer name ("US-led"). */
const COMPOUND_WORDS = new Set([
  "led", "run", "born", "made", "based", "style", "like", "era", "wide", "bound", "free", "owned", "held", "type", "size",
  "only", "area", "zone",
]);
const SKIP_POS = new Set(["PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "SYM", "SPACE"]);
export const NAME_OPENERS = new Set([
  "new", "old", "first", "last", "great", "grand", "upper", "lower", "little", "big", "high", "north", "south", "east", "west",
]);
const OPENERS = new Set(['"', "“", "‘", ":", "(", "[", "«", "—", "–"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those"]);

interface Context {
  a: AnalyzedText;
  lex: Lexicons;
  /** Lowercase words the text uses in lower case somewhere: a capitalised sentence opener among them is a word. */
  lowerWords: Set<string>;
  /** Capitalised words seen inside ordinary sentences: names a Title Case headline may use. */
  capsSeen: Set<string>;
  /** Capitalised words a headline may use as names: capsSeen, and proper nouns opening a sentence. */
  headlineNames: Set<string>;
  /** Tokens of a Title Case label before a colon at a sentence start ("Why It Matters: ..."). */
  headlineTokens: Set<number>;
}

/** Normalised key of a token, computed once per token of the document being read. */
let tokenKeys: string[] = [];
const keyOf = (t: Token): string => (tokenKeys[t.i] ??= normalizeKey(t.text));
let tokenFirstWords: string[] = [];
const firstWordOf = (t: Token): string => (tokenFirstWords[t.i] ??= firstWord(keyOf(t)));

/** First character is a lowercase letter (cheaper than a Unicode regex on every token). */
export function startsLower(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const c = w.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** First character is an uppercase letter (a character test, cheaper than a Unicode regex). */
const isUpperStart = (s: string): boolean => {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase();
};

/** Parts of speech of a lone lowercase word that say a capitalised sentence opener is a plain word ("Recent"). */
const WORD_CLASSES = new Set(["ADJ", "VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "NUM", "INTJ"]);

/** Strength of a token as a name word: 0 not a name, 1 weak (needs a strong neighbour), 2 strong. */
function nameStrength(ctx: Context, tokens: Token[], k: number, s: Sentence, headline: boolean): number {
  const t = tokens[k];
  // Most tokens start with a lowercase letter, a digit or punctuation: settle them first, cheaply.
  if (t.text === t.lower) {
    // "the 501st Legion", "82nd Airborne Division": an ordinal opens a name (weak) before a capitalised word.
    if (/^\d+(st|nd|rd|th)$/.test(t.text) && k + 1 < s.to && isUpperStart(tokens[k + 1].text)) return 1;
    return 0; // no capital letter at all: a lowercase word, a number, punctuation
  }
  const code = t.text.charCodeAt(0);
  if (code < 128 ? !(code >= 65 && code <= 90) : !isUpperStart(t.text)) {
    // Only camelCase names ("iPhone", "eBay") go on.
    if (!/^\p{Ll}+\p{Lu}/u.test(t.text)) return 0;
  }
  if (t.text.length > 60) return 0;
  const { lex } = ctx;
  const key = keyOf(t);
  if (lex.calendar.has(key)) return 0;
  // "107B", "5G": a letter glued to a number is a unit, not a name.
  if (k > s.from && !t.spaceBefore && /\d$/.test(tokens[k - 1].text)) return 0;
  // "T-shirt", "U-turn", "X-ray": a lone capital letter in a lowercase compound.
  if (t.text.length === 1 && k + 2 < s.to && tokens[k + 1].text === "-" && /^\p{Ll}/u.test(tokens[k + 2].text)) return 0;
  const acronym = acronymLetters(t.text);
  if (acronym) {
    if (lex.calendar.has(key)) return 0;
    // "UNLESS", "BREAKING": a shouted word the text also uses in lower case. Inside a sentence and before a
    // capitalised word it may open a name ("the FIRST Global Challenge"): weak.
    const shouted =
      acronym.length >= 4 &&
      !lex.places.has(key) &&
      (ctx.lowerWords.has(key) || lex.nonNames.has(key) || WORD_CLASSES.has(wordClass(key)));
    if (shouted) return opensName(tokens, k, s) ? 1 : 0;
    if (/^[IVXLCDM]+$/.test(acronym) && !isAfterName(tokens, k, s)) return 0; // "XVII" alone: a numeral
    return 2;
  }
  const camel = /^\p{Ll}+\p{Lu}/u.test(t.text); // iPhone, eBay
  // "Pan-democrat", "Anti-war": a prefix glued to a common word is an adjective, not a name.
  if (/^\p{Lu}\p{Ll}*-\p{Ll}{5,}$/u.test(t.text)) return 0;
  if (!isUpperStart(t.text) && !camel) return 0;
  if (lex.nonNames.has(key)) {
    // "Old Trafford", "First Global": inside a sentence these words may open a name (weak); "The Huffington Post":
    // an organisation's cue word closes one.
    if (isSentenceInitial(tokens, k, s)) return 0;
    if (NAME_OPENERS.has(key)) return 1;
    if (lex.cues.org.has(key) && isUpperStart(tokens[k - 1].text)) return 1;
    // "James To", "Wilson Or": a short word after a first name, capitalised inside a sentence, is a surname.
    const prev = tokens[k - 1];
    const next = k + 1 < s.to ? tokens[k + 1] : null;
    if (t.text.length <= 3 && t.spaceBefore && lex.firstNames.has(keyOf(prev)) && isUpperStart(prev.text)) {
      if (!next || !isUpperStart(next.text)) return 2;
    }
    return 0;
  }
  const known = lex.places.has(key) || lex.demonyms.has(key) || lex.firstNames.has(key);
  if ((headline || ctx.headlineTokens.has(k)) && !known && !ctx.headlineNames.has(t.text)) return 0;
  if (isSentenceInitial(tokens, k, s)) {
    // "Nice to see ...", "Reading the report ...": a town named like a plain word does not make the opener a name.
    const place = lex.places.get(key);
    const onlyTown = place?.kind === "city" && !lex.demonyms.has(key) && !lex.firstNames.has(key);
    const plainTown = onlyTown && (ctx.lowerWords.has(key) || WORD_CLASSES.has(wordClass(key)));
    if ((known && !plainTown) || ctx.capsSeen.has(t.text)) return 2; // "Cook said ..." after "Tim Cook"
    if (plainTown) return 0;
    if (t.pos !== "PROPN" && t.pos !== "NOUN" && t.pos !== "ADJ") return 0;
    if (ctx.lowerWords.has(key)) return 0;
    const cls = wordClass(key);
    if (t.pos === "ADJ" && cls !== "ADJ") return 0;
    // "European Commission", "Democratic Party": an adjective opening a sentence may start an organisation's name
    // (weak: kept only when the run ends in a cue word, see detectCandidates).
    if (cls === "ADJ") return 1;
    if (WORD_CLASSES.has(cls)) return 0;
    // "Fans went ...": a plural common noun opening a sentence, never capitalised inside one.
    const info = wordInfo(key);
    if (info.pos === "NOUN" && info.lemma !== key && !ctx.capsSeen.has(t.text) && isLoneWord(tokens, k, s)) {
      return 0; // an inflected common noun ("Fans", "Analysts"); names rarely inflect
    }
    return 2;
  }
  if (t.pos === "ADJ" && !known) return 1;
  if (SKIP_POS.has(t.pos) && t.pos !== "PUNCT") return known ? 2 : 1;
  return 2;
}

/** Inside a sentence and before a capitalised word: where a shouted word may open a name ("the FIRST Global"). */
function opensName(tokens: Token[], k: number, s: Sentence): boolean {
  return !isSentenceInitial(tokens, k, s) && k + 1 < s.to && isUpperStart(tokens[k + 1].text) && !acronymLetters(tokens[k + 1].text);
}

/** The previous token is a capitalised word ("Louis XVI", "World War II"). */
function isAfterName(tokens: Token[], k: number, s: Sentence): boolean {
  return k > s.from && tokens[k].spaceBefore && isUpperStart(tokens[k - 1].text);
}

/** The token is not followed by another capitalised word (it would form a longer name with it). */
function isLoneWord(tokens: Token[], k: number, s: Sentence): boolean {
  return k + 1 >= s.to || !isUpperStart(tokens[k + 1].text);
}

function isSentenceInitial(tokens: Token[], k: number, s: Sentence): boolean {
  // A quotation or a clause after a colon starts with a capital too: ', "Hoping that ...', 'Note: Prices ...'.
  if (k > s.from && OPENERS.has(tokens[k - 1].text)) return true;
  for (let j = k - 1; j >= s.from; j--) {
    if (tokens[j].pos !== "PUNCT" && tokens[j].pos !== "SYM") return false;
  }
  return true;
}

/** Lowercase words a Title Case headline may keep in lower case. */
const TITLE_CASE_SMALL = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs",
  "vs.", "into", "onto", "over", "per", "via", "up", "off", "out", "than",
]);

/**
 * A sentence in Title Case (no lowercase content word, three capitalised longer words, and a capitalised plain
 * word such as "Already" or "Direct"): its capitals say nothing about names.
 */
function isTitleCase(tokens: Token[], s: Sentence): boolean {
  let caps = 0;
  for (let k = s.from + 1; k < s.to; k++) {
    const w = tokens[k].text;
    if (startsLower(w)) {
      if (!TITLE_CASE_SMALL.has(w) && /^\p{L}+$/u.test(w)) return false;
      continue;
    }
    if (w.length >= 4 && isUpperStart(w) && !acronymLetters(w) && /^\p{L}+$/u.test(w)) caps++;
  }
  if (caps < 3) return false;
  // Only now the dearer test: one capitalised plain word ("Already", "Direct", "And").
  for (let k = s.from + 1; k < s.to; k++) {
    const w = tokens[k].text;
    if (isUpperStart(w) && /^\p{L}+$/u.test(w) && !acronymLetters(w) && WORD_CLASSES.has(wordClass(w))) return true;
  }
  return false;
}

/** Small words that, capitalised between two capitalised words, mark a title quoted inside a sentence. */
const TITLE_STRETCH_MARKERS = new Set(["To", "For", "With", "From", "Into", "Than", "As", "But", "Or", "Nor"]);

/**
 * A headline or title quoted inside a sentence ("the proposal for a ‘Trump-Proof’ $107B Fund To Sustain Ukraine
 * Military Support") is Title Case: its capitals are read like a headline's, as names only when the text uses them
 * as names elsewhere. Such a stretch is found by a capitalised small word between two capitalised words, then
 * extended over capitalised words, numbers, quotes and glued hyphens.
 */
function markTitleStretches(tokens: Token[], s: Sentence, marked: Set<number>): void {
  const inStretch = (t: Token) =>
    isUpperStart(t.text) || /^[$€£]?\d/.test(t.text) || /^[‘’“”"'$€£-]$/.test(t.text);
  for (let k = s.from + 1; k < s.to - 1; k++) {
    if (!TITLE_STRETCH_MARKERS.has(tokens[k].text) || marked.has(k)) continue;
    if (!isUpperStart(tokens[k - 1].text) || !isUpperStart(tokens[k + 1].text)) continue;
    let from = k;
    while (from - 1 > s.from && inStretch(tokens[from - 1])) from--;
    let to = k + 1;
    while (to < s.to && inStretch(tokens[to])) to++;
    for (let j = from; j < to; j++) marked.add(j);
  }
}

function makeContext(a: AnalyzedText, lex: Lexicons, headlines: boolean[], lowerWords: Set<string>): Context {
  const headlineTokens = new Set<number>();
  for (const s of a.sentences) {
    // A short Title Case lead-in ending in a colon is a label, like a headline.
    for (let k = s.from; k < Math.min(s.to, s.from + 7); k++) {
      if (a.tokens[k].text !== ":") continue;
      const words = a.tokens.slice(s.from, k).filter((t) => /^\p{L}/u.test(t.text));
      if (words.length >= 2 && words.every((t) => isUpperStart(t.text))) for (let j = s.from; j < k; j++) headlineTokens.add(j);
      break;
    }
    markTitleStretches(a.tokens, s, headlineTokens);
  }
  const headlineNames = new Set<string>();
  const capsSeen = new Set<string>();
  const openersSeen = new Set<string>();
  for (const s of a.sentences) {
    for (let k = s.from; k < s.to; k++) {
      const t = a.tokens[k];
      const w = t.text;
      // A syllable glued after a hyphen ("Lung-bin") is not the text using that word on its own.
      const glued = k > s.from && !t.spaceBefore && a.tokens[k - 1].text === "-";
      if (startsLower(w) && !glued) lowerWords.add(t.lower);
      else if (!headlines[s.i] && !headlineTokens.has(k) && isUpperStart(w)) {
        if (!isSentenceInitial(a.tokens, k, s)) capsSeen.add(w);
        else if (t.pos === "PROPN") openersSeen.add(w);
      }
    }
  }
  // A proper noun opening a sentence counts for headlines ("Kremlin Says ..."), unless it is a plain word.
  for (const w of openersSeen) {
    if (!capsSeen.has(w) && !lowerWords.has(w.toLowerCase()) && !WORD_CLASSES.has(wordClass(w))) headlineNames.add(w);
  }
  for (const w of capsSeen) headlineNames.add(w);
  return { a, lex, lowerWords, capsSeen, headlineNames, headlineTokens };
}

/** Token range of a lexicon phrase (place or title) starting at k, matched on lowercase words. */
function matchPhrase(
  tokens: Token[],
  k: number,
  end: number,
  maxWords: number,
  has: (key: string) => boolean,
  starts: Set<string>,
  prefixes: Set<string>,
): number {
  if (k >= end) return -1;
  if (!starts.has(firstWordOf(tokens[k]))) return -1;
  let key = "";
  let best = -1;
  let words = 0;
  for (let j = k; j < end && words <= maxWords + 2; j++) {
    const t = tokens[j];
    if (j > k && t.spaceBefore) {
      key += " ";
      words++;
    }
    key += keyOf(t);
    if (words >= maxWords + 1) break;
    // No key starts with what was read: no longer phrase can match either.
    if (!prefixes.has(key)) break;
    if (has(key)) best = j + 1;
  }
  return best;
}

// The lookups of matchPhrase, made once rather than as closures at every call.
const isTitleKey = (key: string): boolean => lexicons().titles.has(key);
const isPlaceKey = (key: string): boolean => lexicons().places.has(key);
/** A place, a demonym or a party's member word: split off a person's name that follows ("Conservative Michael Fallon"). */
const isPlaceOrDemonymKey = (key: string): boolean =>
  lexicons().places.has(key) || lexicons().demonyms.has(key) || lexicons().partyMembers.has(key);

/** Title phrase ("prime minister") starting at token k: its exclusive end, or -1. */
function matchTitle(lex: Lexicons, tokens: Token[], k: number, end: number): number {
  return matchPhrase(tokens, k, end, lex.maxTitleWords, isTitleKey, lex.titleStarts, lex.titlePrefixes);
}

/** Place phrase ("new zealand") starting at token k: its exclusive end, or -1. */
function matchPlace(lex: Lexicons, tokens: Token[], k: number, end: number): number {
  return matchPhrase(tokens, k, end, lex.maxPlaceWords, isPlaceKey, lex.placeStarts, lex.placePrefixes);
}

/** Whether a cue of the given set ends the token range (last word, or its word before a hyphenated digit). */
function endsWithCue(tokens: Token[], from: number, to: number, cues: Set<string>): boolean {
  return to > from && cues.has(keyOf(tokens[to - 1]));
}

function endsWithAnyCue(lex: Lexicons, tokens: Token[], from: number, to: number): boolean {
  const c = lex.cues;
  return [c.org, c.facility, c.event, c.law, c.location].some((set) => endsWithCue(tokens, from, to, set));
}

/** Extends a run of name words from token i; returns the exclusive end. */
function extendRun(ctx: Context, tokens: Token[], i: number, s: Sentence, strength: (k: number) => number): number {
  const { lex } = ctx;
  let last = i;
  let k = i + 1;
  // A title the run starts with ("Prime Minister ...") is not cut by its own second word.
  const leadTitleEnd = matchTitle(lex, tokens, i, s.to);
  while (k < s.to && k - i < MAX_RUN) {
    const t = tokens[k];
    // Hyphenated names: "Jean-Pierre", "Al-Assad" (no spaces around the hyphen).
    if (t.text === "-" && !t.spaceBefore && k + 1 < s.to && !tokens[k + 1].spaceBefore) {
      // "Lung-bin", "Jong-un": a short lowercase syllable glued to a name is part of it; "US-led" is not.
      const next = tokens[k + 1];
      // Longer syllables ("Che-cheung", "Wai-ching") only after a short one, and no participle ("Xi-backed");
      // "Prize-winner" is a compound.
      const syllable =
        /^\p{Ll}{1,6}$/u.test(next.text) &&
        !COMPOUND_WORDS.has(next.lower) &&
        !ctx.lowerWords.has(next.lower) &&
        (next.text.length <= 4 || (tokens[k - 1].text.length <= 4 && !next.lower.endsWith("ed")));
      if (strength(k + 1) > 0 || syllable) {
        last = k + 1;
        k += 2;
        continue;
      }
      break;
    }
    // Products and models with a number: "Boeing 747", "Windows 11"? Only when glued: "F-16" is one token.
    if (strength(k) > 0) {
      // A title inside a run starts a new name: "U.S. President Donald Trump".
      const titleEnd = matchTitle(lex, tokens, k, s.to);
      if (titleEnd > k && titleEnd < s.to && strength(titleEnd) > 0 && !isCueTitle(lex, t) && k >= leadTitleEnd) break;
      last = k;
      k++;
      continue;
    }
    const lower = t.lower;
    // "World War Two": a capitalised number word closes the name of an event ("War", "Cup", "Games").
    if (EVENT_NUMBERS.has(lower) && t.text !== lower && lex.cues.event.has(keyOf(tokens[last]))) {
      last = k;
      break;
    }
    // "Korean People's Army", "People's Republic of China": a possessive inside an organisation's name.
    if (POSSESSIVE.has(t.text) && !t.spaceBefore && k + 1 < s.to && strength(k + 1) === 2) {
      // Only a single cue word after it ("People's Army", "Workers' Party"): "Elon Musk's Tesla Inc." is two names.
      const single = k + 2 >= s.to || strength(k + 2) === 0;
      if (single && lex.cues.org.has(keyOf(tokens[k + 1]))) {
        last = k + 1;
        k += 2;
        continue;
      }
      break;
    }
    if ((lower === "of" || lower === "for") && k + 1 < s.to) {
      const next = tokens[k + 1].lower === "the" && k + 2 < s.to ? k + 2 : k + 1;
      // "Colorado State University of the US", "University of Sheffield of the UK": "of" and a place after a name
      // that already holds a place or an "of" says where it is; it is not part of the name.
      const inner = tokens.slice(i, last + 1);
      if (
        lower === "of" &&
        matchPlace(lex, tokens, next, s.to) > next &&
        inner.some((x) => x.lower === "of" || lex.places.has(keyOf(x)))
      ) {
        break;
      }
      // "for" only continues organisations: "Office for National Statistics", not "Stadium for the Games".
      const orgOnly = lower === "for";
      const cue = orgOnly
        ? lex.cues.orgFirst.has(keyOf(tokens[i])) || endsWithCue(tokens, i, last + 1, lex.cues.org)
        : lex.cues.orgFirst.has(keyOf(tokens[i])) ||
        // "Joint Council for the Welfare of Immigrants": inside an organisation's "for" phrase
        inner.some((x) => x.lower === "for") ||
        lex.cues.locationFirst.has(keyOf(tokens[i])) ||
        endsWithAnyCue(lex, tokens, i, last + 1) ||
        titleAt(lex, tokens, i, last + 1);
      if (cue && strength(next) > 0) {
        last = next;
        k = next + 1;
        continue;
      }
      break;
    }
    if ((lower === "and" || lower === "&") && k + 1 < s.to && strength(k + 1) > 0) {
      // "Competition and Markets Authority": only when the words after "and" end in an organisation cue.
      let j = k + 1;
      while (j < s.to && j - i < MAX_RUN && strength(j) > 0) j++;
      const left = normalizeKey(tokens.slice(i, last + 1).map((x) => x.text).join(" "));
      const leftComplete =
        last + 1 - i >= 3 && tokens.slice(i, last + 1).some((x) => lex.cues.org.has(keyOf(x)) || lex.cues.orgFirst.has(keyOf(x)));
      if (endsWithAnyCue(lex, tokens, k + 1, j) && !lex.places.has(left) && !leftComplete && j - k <= 4) {
        last = j - 1;
        k = j;
        continue;
      }
      break;
    }
    if (PARTICLES.has(lower)) {
      // "bin Salman", "von der Leyen": one or two particles, then a name word.
      const after = k + 1 < s.to && PARTICLES.has(tokens[k + 1].lower) ? k + 2 : k + 1;
      if (after < s.to && strength(after) === 2) {
        last = after;
        k = after + 1;
        continue;
      }
    }
    // "al-Amr", "bin-Salman": a particle glued to the next name by a hyphen.
    if (PARTICLES.has(lower) && k + 2 < s.to && tokens[k + 1].text === "-" && !tokens[k + 1].spaceBefore && strength(k + 2) === 2) {
      last = k + 2;
      k += 3;
      continue;
    }
    break;
  }
  return last + 1;
}

/** "Bank"/"General" open organisation names as well as titles; "General Motors" ends in a cue. */
function isCueTitle(lex: Lexicons, t: Token): boolean {
  return lex.cues.orgFirst.has(keyOf(t));
}

function titleAt(lex: Lexicons, tokens: Token[], from: number, to: number): boolean {
  return matchTitle(lex, tokens, from, to) === to;
}

/** "Western leaders", "Communist rule": a lone capitalised adjective before a lowercase word is not a name. */
function isPlainAdjective(ctx: Context, tokens: Token[], k: number, s: Sentence): boolean {
  const t = tokens[k];
  const key = keyOf(t);
  if (acronymLetters(t.text) || ctx.lex.places.has(key) || ctx.lex.demonyms.has(key) || ctx.lex.firstNames.has(key)) {
    return false;
  }
  const next = k + 1 < s.to ? tokens[k + 1] : null;
  if (!next || !/^\p{Ll}/u.test(next.text) || (next.pos !== "NOUN" && next.pos !== "ADJ")) return false;
  return wordClass(key) === "ADJ";
}

/** Joins tokens into words: tokens glued without space form one word ("Jean", "-", "Pierre"). */
function wordsOf(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (k > from && !tokens[k].spaceBefore) words[words.length - 1] += tokens[k].text;
    else words.push(tokens[k].text);
  }
  return words;
}

/** Title words right before token k (lowercase or capitalised), e.g. "Kremlin spokesman" → "spokesman". */
function titleBefore(lex: Lexicons, tokens: Token[], k: number, s: Sentence): { title: string; gender: Gender | null } | null {
  for (let n = Math.min(lex.maxTitleWords, k - s.from); n >= 1; n--) {
    if (!lex.titleStarts.has(firstWordOf(tokens[k - n]))) continue;
    const key = normalizeKey(
      tokens
        .slice(k - n, k)
        .map((t) => t.text)
        .join(" "),
    );
    if (lex.titles.has(key)) return { title: key, gender: lex.titles.get(key) ?? null };
  }
  return null;
}

function candidate(ctx: Context, tokens: Token[], from: number, to: number, s: Sentence): Candidate {
  const { lex, a } = ctx;
  let end = tokens[to - 1].end;
  let text = a.text.slice(tokens[from].start, end);
  // A name across a hard wrap ("Mario\n    Brodersohn") is written with one space; its span stays in the text.
  if (/[\r\n]/.test(text)) text = text.replace(/\s*[\r\n]\s*/g, " ");
  // "F-16s": the plural of a model names the model.
  if (to - from === 1 && /^\p{Lu}[\p{L}]*-?\d+[A-Z]?s$/u.test(text)) {
    end -= 1;
    text = text.slice(0, -1);
  }
  const words = wordsOf(tokens, from, to);
  if (end !== tokens[to - 1].end) words[words.length - 1] = words[words.length - 1].slice(0, -1);
  const joined = words.join(" ");
  const key = normalizeKey(joined);
  const prev = from > s.from ? tokens[from - 1].lower : "";
  // A party word right before a name is the person's affiliation, kept like a title ("Conservative Michael Fallon").
  const party = from > s.from && lex.partyMembers.has(keyOf(tokens[from - 1])) ? keyOf(tokens[from - 1]) : null;
  const title = titleBefore(lex, tokens, from, s) ?? (party ? { title: party, gender: null } : null);
  return {
    from,
    to,
    start: tokens[from].start,
    end,
    text,
    sentence: s.i,
    words,
    key,
    possessive: to < s.to && POSSESSIVE.has(tokens[to].text) && !tokens[to].spaceBefore,
    title: title?.title ?? null,
    titleGender: title?.gender ?? null,
    determiner: DETERMINERS.has(prev),
    // The text itself only when it differs from the words (odd spacing): otherwise it has the same key.
    place: lex.places.get(key) ?? (text === joined ? undefined : lex.places.get(normalizeKey(text))) ?? null,
    // "New Zealander", "South Korean": a demonym of several words is one too.
    demonym: lex.demonyms.get(key) ?? null,
    acronym: to - from === 1 ? acronymLetters(text) : null,
  };
}

/**
 * Whether the head of the name in `[from, to)` is a cue word: its last word, or the word before its first "of" or
 * "for" ("Doctor Who Society of Canada" is a society, not a doctor).
 */
function headHasCue(lex: Lexicons, tokens: Token[], from: number, to: number): boolean {
  if (endsWithAnyCue(lex, tokens, from, to)) return true;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].lower === "of" || tokens[k].lower === "for") return endsWithAnyCue(lex, tokens, from, k);
  }
  return false;
}

/** The run at `from` follows a title and "of" ("Minister of", "chief executive of the"). */
function afterTitleOf(lex: Lexicons, tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && tokens[k].lower === "the") k--;
  if (k < 1 || tokens[k].lower !== "of" || tokens[k].sentence !== tokens[from].sentence) return false;
  return lex.titles.has(keyOf(tokens[k - 1]));
}

/** Words of the token range `[from, to)`: tokens glued without space count once ("Yiu-chung"). */
function wordCountOf(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (k === from || tokens[k].spaceBefore) n++;
  return n;
}

/**
 * Where a person's name of two or three words closes the range `[from, to)` after a title's complement: from a known
 * first name ("... Education Stefania Giannini"), or after an organisation's cue word ("... Refugee Council Enver
 * Solomon"). -1 when there is none.
 */
function personTail(lex: Lexicons, tokens: Token[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    if (!tokens[j].spaceBefore) continue;
    const words = wordCountOf(tokens, j, to);
    if (words < 2 || words > 3) continue;
    if (lex.firstNames.has(keyOf(tokens[j]))) return j;
    const prev = keyOf(tokens[j - 1]);
    if (lex.cues.org.has(prev) && !tokens.slice(j, to).some((t) => lex.cues.org.has(keyOf(t)) || t.lower === "of")) return j;
  }
  return -1;
}

/**
 * Splits a run where one name ends and another starts: a leading title ("President Putin" → "Putin"), a title
 * inside, a leading country or demonym before a person ("Russian President Vladimir Putin"), glued place
 * compounds ("Russia-NATO"). Returns token ranges.
 */
function splitRun(ctx: Context, tokens: Token[], from: number, to: number): [number, number][] {
  const { lex } = ctx;
  const out: [number, number][] = [];
  let a = from;
  // Leading titles: "President", "Prime Minister", "Mr." — only when a name follows.
  for (;;) {
    if (headHasCue(lex, tokens, a, to)) break;
    const t = matchTitle(lex, tokens, a, to);
    if (t > a && t < to) a = t;
    else break;
  }
  if (a >= to) return out;
  if (matchTitle(lex, tokens, a, to) === to) return out; // "President"
  // A title's complement stands between the title and the name: "CEO of the Refugee Council Enver Solomon" (an
  // organisation, kept), "Minister of Education Stefania Giannini" (a portfolio, part of the title).
  // The title may also stand before the run in lower case or as a plain word: "minister of Education ...".
  const ofTitle = a === from && afterTitleOf(lex, tokens, from);
  if ((a > from && tokens[a].lower === "of") || ofTitle) {
    const b = ofTitle ? a : a + 1 < to && tokens[a + 1].lower === "the" ? a + 2 : a + 1;
    const person = personTail(lex, tokens, b, to);
    if (person < 0) {
      if (b < to) out.push([b, to]); // "President of the United States": the complement alone
      return out;
    }
    if (headHasCue(lex, tokens, b, person)) out.push([b, person]);
    out.push([person, to]);
    return out;
  }
  // Glued compounds of two names: "Russia-NATO", "US-Russia" → both; "Trump-Proof" keeps the known part.
  if (to - a === 3 && tokens[a + 1].text === "-" && !tokens[a + 1].spaceBefore && !tokens[a + 2].spaceBefore) {
    const left = keyOf(tokens[a]);
    const right = keyOf(tokens[a + 2]);
    const known = (w: string, t: Token) => lex.places.has(w) || lex.demonyms.has(w) || acronymLetters(t.text) !== null;
    if (known(left, tokens[a]) || known(right, tokens[a + 2])) {
      out.push([a, a + 1]);
      out.push([a + 2, a + 3]);
      return out;
    }
  }
  // A place or demonym before the rest: split unless the whole is an organisation/facility/event name, or the run
  // takes "the" as one name does ("the Ontario Ghostbusters", "the Chicago Bulls").
  const determined = a === from && from > 0 && tokens[from - 1].lower === "the" && tokens[from - 1].sentence === tokens[from].sentence;
  if (to - a > 1 && !headHasCue(lex, tokens, a, to)) {
    const placeEnd = matchPhrase(tokens, a, to, lex.maxPlaceWords, isPlaceOrDemonymKey, lex.placeStarts, lex.placePrefixes);
    if (placeEnd > a && placeEnd < to) {
      // "Massachusetts Institute of Technology", "Texas Instruments Inc": the rest continues one organisation.
      const restIsName =
        to - placeEnd <= 3 &&
        !tokens.slice(placeEnd, to).some((t) => t.lower === "of") &&
        !lex.cues.orgFirst.has(keyOf(tokens[placeEnd])) &&
        !lex.cues.org.has(keyOf(tokens[placeEnd]));
      const firstIsPersonName = placeEnd - a === 1 && lex.firstNames.has(keyOf(tokens[a]));
      const restIsPerson = lex.firstNames.has(keyOf(tokens[placeEnd]));
      if (restIsName && !firstIsPersonName && (!determined || restIsPerson)) {
        out.push([a, placeEnd]);
        a = placeEnd;
      }
    }
  }
  out.push([a, to]);
  return out;
}

/**
 * All candidate names of a text, in text order. Linear in the number of tokens. `lowerWordsOut`, when given, is
 * filled with the words the text uses in lower case (the resolver needs them too).
 */
export function detectCandidates(a: AnalyzedText, lowerWordsOut?: Set<string>): Candidate[] {
  const lex = lexicons();
  const { tokens } = a;
  tokenKeys = new Array<string>(tokens.length);
  tokenFirstWords = new Array<string>(tokens.length);
  const headlines = a.sentences.map((s) => isTitleCase(tokens, s));
  const ctx = makeContext(a, lex, headlines, lowerWordsOut ?? new Set<string>());
  const strengths = new Int8Array(tokens.length).fill(-1);
  const out: Candidate[] = [];
  for (const s of a.sentences) {
    const headline = headlines[s.i];
    const strength = (k: number) => {
      if (k >= s.to) return 0;
      let v = strengths[k];
      if (v < 0) {
        v = nameStrength(ctx, tokens, k, s, headline);
        strengths[k] = v;
      }
      return v;
    };
    let i = s.from;
    while (i < s.to) {
      const placeEnd = isUpperStart(tokens[i].text)
        ? matchPlace(lex, tokens, i, s.to)
        : -1;
      if (strength(i) === 0 && placeEnd <= i + 1) {
        i++;
        continue;
      }
      const runEnd = Math.max(extendRun(ctx, tokens, i, s, strength), placeEnd);
      if (strength(i) === 1 && placeEnd <= i && isSentenceInitial(tokens, i, s) && !endsWithAnyCue(lex, tokens, i, runEnd)) {
        i++; // "Wealthy Americans": the opener is a plain adjective
        continue;
      }
      // A place phrase of several words is a name by itself ("New Zealand"); one word must be a name word.
      let strong = placeEnd > i + 1;
      for (let k = i; k < runEnd; k++) if (strength(k) === 2) strong = true;
      if (strong && runEnd - i === 1 && isPlainAdjective(ctx, tokens, i, s)) strong = false;
      if (strong) {
        for (const [f, t] of splitRun(ctx, tokens, i, runEnd)) {
          if (t > f) out.push(candidate(ctx, tokens, f, t, s));
        }
      }
      i = runEnd;
    }
  }
  tokenKeys = [];
  tokenFirstWords = [];
  return out;
}
