// Builds candidate name mentions from the spans the entity tagger marks (tagger.ts): strips titles and splits
// demonyms and places off, and records what the resolver and the typer need (title, possessive, determiner,
// place, demonym and acronym lookups).
import { wordClass, type AnalyzedText, type Sentence, type Token } from "../nlp/index.js";
import type { EntityType } from "../types.js";
import { firstWord, lexicons, type DemonymEntry, type Gender, type Lexicons, type PlaceEntry } from "./lexicons.js";
import { headlineNames, readBrackets, type NameRun } from "./newswire.js";
import { CaseMode, NAME_LEXICON_BITS, entityTagger, type EntityTagger, type TaggedSpan, type TaggerInput } from "./tagger.js";
import { acronymLetters, isLegalSuffix, normalizeKey } from "./text.js";

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
  /** The tagger's type for the span this candidate is (null for a part split off it). */
  tagged: EntityType | null;
  /** The name stands in a headline's capitals or Title Case, where its form and type say less than in a sentence. */
  headline: boolean;
  /** A headline's name that the article's sentences write too, or a company's by its stock symbol or legal form
   *  (newswire.ts): a name for sure, where the other words of a headline are the tagger's guesses. */
  confirmed: boolean;
}

export const NAME_OPENERS = new Set([
  "new", "old", "first", "last", "great", "grand", "upper", "lower", "little", "big", "high", "north", "south", "east", "west",
]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those"]);

/**
 * Normalised key (and its first word) of a token, computed once per token. The caches are keyed by the token objects
 * themselves and hold them weakly: an entry lives exactly as long as its document's tokens, and no document can
 * read another's (an index-keyed cache reset by hand could, if a reset were ever missed).
 */
const tokenKeys = new WeakMap<Token, string>();
const tokenFirstWords = new WeakMap<Token, string>();
function keyOf(t: Token): string {
  let key = tokenKeys.get(t);
  if (key === undefined) tokenKeys.set(t, (key = normalizeKey(t.text)));
  return key;
}
function firstWordOf(t: Token): string {
  let word = tokenFirstWords.get(t);
  if (word === undefined) tokenFirstWords.set(t, (word = firstWord(keyOf(t))));
  return word;
}

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

/** Joins tokens into words: tokens glued without space form one word ("Jean", "-", "Pierre"). */
function wordsOf(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (k > from && !tokens[k].spaceBefore) words[words.length - 1] += tokens[k].text;
    else words.push(tokens[k].text);
  }
  return words;
}

/**
 * A title word after a first name is a surname: "John Major", "Mervyn King", "Billie Jean King" (not "President" in
 * "Bill President", which English does not write). The word is one title on its own and no person's name follows it.
 */
function isSurnameTitle(lex: Lexicons, tokens: Token[], k: number, floor: number): boolean {
  if (k - 1 < floor || !isUpperStart(tokens[k].text) || matchTitle(lex, tokens, k, k + 1) !== k + 1) return false;
  const prev = tokens[k - 1];
  if (!isUpperStart(prev.text) || prev.sentence !== tokens[k].sentence) return false;
  const firstBefore =
    lex.firstNames.has(keyOf(prev)) || (k - 2 >= floor && isUpperStart(tokens[k - 2].text) && lex.firstNames.has(keyOf(tokens[k - 2])));
  if (!firstBefore || lex.titles.has(keyOf(prev))) return false;
  const next = tokens[k + 1];
  return !next || next.sentence !== tokens[k].sentence || !isUpperStart(next.text) || !lex.firstNames.has(keyOf(next));
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

/** The most letters an acronym has in a headline's capitals, where every word is written like one ("DELTA"). */
const MAX_HEADLINE_ACRONYM = 4;

function headlineAcronym(text: string, headline: boolean): string | null {
  const letters = acronymLetters(text);
  return letters && headline && letters.length > MAX_HEADLINE_ACRONYM && !text.includes(".") ? null : letters;
}

function candidate(
  a: AnalyzedText,
  lex: Lexicons,
  tokens: Token[],
  from: number,
  to: number,
  s: Sentence,
  tagged: EntityType | null,
  headline: boolean,
  confirmed = false,
): Candidate {
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
    acronym: to - from === 1 ? headlineAcronym(text, headline) : null,
    tagged,
    headline,
    confirmed,
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

/** A lone word no name is: a letter of a pair of initials cut apart ("S" of "S and P"), a legal form without its
 *  company ("Inc"), a calendar word ("Jan.", "FEBRUARY"), a table's abbreviation ("Shr", "Revs"), a credit rating's
 *  grade. A name of several words made only of abbreviations ("Mths Shr") is none either. */
function isNeverAName(lex: Lexicons, tokens: Token[], from: number, to: number): boolean {
  let abbreviations = true;
  for (let k = from; k < to && abbreviations; k++) abbreviations = lex.abbreviations.has(keyOf(tokens[k])) || !hasLetterOrDigit(tokens[k].text);
  if (abbreviations) return true;
  if (to - from !== 1) return false;
  const text = tokens[from].text;
  return isInitialOfPair(tokens, from) || isLegalSuffix(text) || lex.calendar.has(keyOf(tokens[from])) || isRatingGrade(tokens, from);
}

/** A credit rating's grade ("AA", "Baa-2", "BBB-plus"), in a sentence about ratings. */
const RATING_GRADE = /^(AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca)([-+]|-?[123]|-plus|-minus)?$/;
const RATED_THINGS = /^(debt|notes|bonds|debentures|securities|paper|preferred|stock|issue|deposits)$/i;
const RATING_WORDS = /^(rating|ratings|rated|rate|rates|upgrade|upgraded|upgrades|downgrade|downgraded|downgrades|affirm|affirmed|affirms)$/i;

function isRatingGrade(tokens: Token[], k: number): boolean {
  if (!RATING_GRADE.test(tokens[k].text)) return false;
  const s = tokens[k].sentence;
  // "the parent's Aa-3 senior debt, A-1 subordinated debt"
  for (let j = k + 1; j < Math.min(tokens.length, k + 4) && tokens[j].sentence === s; j++) if (RATED_THINGS.test(tokens[j].text)) return true;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === s; j--) if (RATING_WORDS.test(tokens[j].text)) return true;
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === s; j++) if (RATING_WORDS.test(tokens[j].text)) return true;
  return false;
}

/** "S and P", "B & D", "S/P": a single capital joined by "and" to another. */
function isInitialOfPair(tokens: Token[], k: number): boolean {
  const letter = (i: number) => i >= 0 && i < tokens.length && /^\p{Lu}\.?$/u.test(tokens[i].text);
  const and = (i: number) => i >= 0 && i < tokens.length && (tokens[i].lower === "and" || tokens[i].text === "&" || tokens[i].text === "/");
  return letter(k) && ((and(k + 1) && letter(k + 2)) || (and(k - 1) && letter(k - 2)));
}

/** Longest institution name, in tokens, looked for in the text. */
const MAX_INSTITUTION_TOKENS = 6;

/**
 * A well-known institution's name of several words, as the lexicon writes it ("Standard and Poor's", "Moody's",
 * "General Motors"), is one run wherever it stands: the pieces the tagger cut it into ("Standard" + "Poor's", the
 * title "General" left out of "Motors Corp") are joined into one run with it, which keeps what they hold beyond it
 * ("General Motors Corp"). Runs stay in text order.
 */
function withKnownInstitutions(a: AnalyzedText, lex: Lexicons, runs: Run[]): void {
  const { tokens } = a;
  const found: Run[] = [];
  for (const s of a.sentences) {
    for (let k = s.from; k < s.to; k++) {
      if (!isUpperStart(tokens[k].text)) continue;
      for (let n = Math.min(MAX_INSTITUTION_TOKENS, s.to - k); n >= 2; n--) {
        if (!isUpperStart(tokens[k + n - 1].text) && !isPossessiveMark(tokens[k + n - 1])) continue;
        if (!isInstitution(lex, tokens, k, k + n)) continue;
        found.push({ from: k, to: k + n, type: null });
        k += n - 1;
        break;
      }
    }
  }
  for (const known of found) {
    if (runs.some((r) => r.from <= known.from && r.to >= known.to)) continue;
    for (let i = runs.length - 1; i >= 0; i--) {
      if (runs[i].from >= known.to || runs[i].to <= known.from) continue;
      known.from = Math.min(known.from, runs[i].from);
      known.to = Math.max(known.to, runs[i].to);
      runs.splice(i, 1);
    }
    runs.push(known);
  }
  if (found.length) runs.sort((x, y) => x.from - y.from);
}

/** The run is a well-known institution's name, title word and all ("General Motors", "General Electric"). */
function isInstitution(lex: Lexicons, tokens: Token[], from: number, to: number): boolean {
  // "General Electric Co": the legal form is not part of the known name
  if (to - from > 1 && isLegalSuffix(tokens[to - 1].text)) to--;
  if (to - from > MAX_INSTITUTION_TOKENS) return false;
  let name = "";
  for (let k = from; k < to; k++) name += (k > from && tokens[k].spaceBefore ? " " : "") + tokens[k].text;
  return lex.institutions.has(normalizeKey(name));
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
function splitRun(lex: Lexicons, tokens: Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let a = from;
  // Leading titles: "President", "Prime Minister", "Mr." — only when a name follows.
  for (;;) {
    if (headHasCue(lex, tokens, a, to) || isInstitution(lex, tokens, a, to)) break;
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
      // "Bayern Munich", "Hertha Berlin": a place right before a city, no comma between, is a club's or a firm's name
      const restIsCity = lex.places.get(normalizeKey(wordsOf(tokens, placeEnd, to).join(" ")))?.kind === "city";
      if (restIsName && !restIsCity && !firstIsPersonName && (!determined || restIsPerson)) {
        out.push([a, placeEnd]);
        a = placeEnd;
      }
    }
  }
  out.push([a, to]);
  return out;
}

/** Letters glued to digits name models and products: "F-16", "A380", "MiG-29". */
const MODEL_CODE = /^\p{Lu}[\p{L}]{0,5}-?\d{1,4}[\p{L}]{0,3}$/u;

type Run = NameRun;

/** Particles inside people's names ("Ursula von der Leyen", "Mohammed bin Salman"). */
const PARTICLES = new Set(["bin", "ibn", "al", "el", "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "ben", "abu"]);
/**
 * The tagger's spans, repaired by what ordinary writing and the lexicons say for sure, then what the tagger left
 * out. In sentences of ordinary case: a span drops lowercase words at its end ("Hurricane Melissa hit") and a
 * trailing title ("Kremlin Spokesman"), takes a following legal suffix ("Tesla Inc."), and two person spans joined
 * by name particles are one ("Ursula von der Leyen"); a span without a capital ("75th") goes. Added: demonyms
 * ("Russian", which the resolver gives to its country), countries, model codes ("F-16"), words the document
 * capitalises inside tagged names ("Cook said" after "Tim Cook"), and mid-sentence runs of capitalised proper nouns
 * that the text never writes in lower case ("... reported Reuters."), unless they stand in a capitalised stretch
 * with plain words (a title quoted in Title Case: "a Fund To Sustain Ukraine Military Support").
 */
function repairSpans(
  a: AnalyzedText,
  lex: Lexicons,
  spans: TaggedSpan[],
  input: TaggerInput,
  lowerWords: Set<string> | undefined,
): Run[] {
  const { tokens } = a;
  const normal = (k: number) => input.mode[k] === CaseMode.Normal;
  let capitalised: Set<string> | null = null;
  /** Lowercased words the ordinary sentences write with a capital (openers only when wink reads a proper noun). */
  const bodyCaps = (): Set<string> => {
    if (capitalised) return capitalised;
    capitalised = new Set<string>();
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (normal(k) && isUpperStart(t.text) && (!input.initial[k] || t.pos === "PROPN")) capitalised.add(t.lower);
    }
    return capitalised;
  };
  const runs: Run[] = [];
  const split = spans.flatMap((span) => splitBeforePlace(lex, tokens, span));
  for (const sp of split.flatMap((span): Run[] => (normal(span.from) ? splitAtPlainWords(tokens, span) : [span]))) {
    let { from, to } = sp;
    if (normal(from)) {
      while (to > from && !hasLetterOrDigit(tokens[from].text)) from++;
      while (to > from + 1 && startsLower(tokens[to - 1].text) && !PARTICLES.has(tokens[to - 1].lower) && !isGlued(tokens, to - 1)) to--;
      while (to > from + 1 && !hasLetterOrDigit(tokens[to - 1].text)) to--;
      // A caption's label after a name ("... Ahmed Mohamed Image: Twitter") is no part of it.
      if (to > from + 1 && to < tokens.length && tokens[to].text === ":" && lex.nonNames.has(keyOf(tokens[to - 1]))) to--;
      if (to <= from) continue;
      const s = a.sentences[tokens[from].sentence];
      if (to < s.to && isLegalSuffix(tokens[to].text) && isUpperStart(tokens[to].text) && tokens[to].spaceBefore) to++;
      // "Brixton Gauge Inc" tagged as the person "Brixton": capitalised words and a legal form right after a name
      // make it a company's, whole.
      else to = companyNameEnd(tokens, to, s.to);
      if (runs.length && from < runs[runs.length - 1].to) continue;
      // "General Binding Corp", "AM International Inc": a company's name takes the capitalised words before it
      // that the tagger left out as a title or a verb ("AM" read as "am").
      if (isLegalSuffix(tokens[to - 1].text)) {
        const previousEnd = runs.length ? runs[runs.length - 1].to : s.from;
        from = companyNameStart(lex, tokens, from, to, s.from, Math.max(s.from, previousEnd));
        // a founder's possessive or a firm's partners took in the names before ("Haskell" of "Haskell's ... Inc")
        while (runs.length && runs[runs.length - 1].to > from && runs[runs.length - 1].from >= from) runs.pop();
      }
      // "University of Sheffield of the UK", "Colorado State University of the US": "of" and a place closing a name
      // that already ends in a cue word or holds "of" says where it is (the place is found on its own below).
      for (let k = from + 1; k < to - 1; k++) {
        if (tokens[k].lower !== "of") continue;
        const j = tokens[k + 1].lower === "the" ? k + 2 : k + 1;
        const holds = endsWithAnyCue(lex, tokens, from, k) || tokens.slice(from, k).some((x) => x.lower === "of");
        if (j < to && holds && matchPlace(lex, tokens, j, to) === to) {
          to = k;
          break;
        }
      }
      if (!hasCapital(tokens, from, to)) continue;
      const last = runs[runs.length - 1];
      if (last && sp.type === "PERSON" && last.type === "PERSON" && from - last.to <= 2 && from > last.to) {
        let joined = true;
        for (let k = last.to; k < from; k++) if (!PARTICLES.has(tokens[k].lower)) joined = false;
        if (joined) {
          last.to = to;
          continue;
        }
      }
    } else {
      // A headline's capitals say nothing: a name there is known to the lexicons or written with a capital in the
      // text's ordinary sentences ("Kremlin Spokesman Says Talks ..." keeps Kremlin, not Talks).
      // The span keeps the known words at its ends: "MULFORD BACKS DEBT CONVERSIONS" is Mulford's name and three
      // words the tagger ran on with.
      // A month or a weekday the body capitalises is no name; a legal form closes a company's whole name
      // ("PATRICK PETROLEUM CO").
      const isKnown = (k: number) =>
        ((input.lex[k] & NAME_LEXICON_BITS) !== 0 || bodyCaps().has(tokens[k].lower)) && !lex.calendar.has(keyOf(tokens[k]));
      while (from < to && !isKnown(from)) from++;
      if (!isLegalSuffix(tokens[to - 1].text)) while (to > from && !isKnown(to - 1)) to--;
      if (from === to) continue;
    }
    for (let k = from + 1; k < to; k++) {
      // a one-word title closing what the tagger read as a person's name is the surname ("Mervyn King")
      const surname = isSurnameTitle(lex, tokens, k, from) || (sp.type === "PERSON" && k === to - 1 && isUpperStart(tokens[k - 1].text));
      if (matchTitle(lex, tokens, k, to) === to && !surname) {
        to = k;
        break;
      }
    }
    // A title inside ends the name before it ("European Central Bank President Christine Lagarde"): that part is
    // a run of its own, untyped, which cue words may still extend.
    // A title opening the run ("Vice Premier Tian Jiyun") is left whole for the name's own title stripping.
    for (let k = Math.max(from + 1, matchTitle(lex, tokens, from, to)); k < to - 1; k++) {
      if (lex.cues.orgFirst.has(keyOf(tokens[k]))) continue;
      const t = matchTitle(lex, tokens, k, to);
      if (t > k && t < to) {
        runs.push({ from, to: k, type: null });
        from = k;
        break;
      }
    }
    runs.push({ from, to, type: sp.type });
  }
  withKnownInstitutions(a, lex, runs);
  const covered = new Uint8Array(tokens.length);
  const nameWords = new Set<string>();
  for (const r of runs) {
    covered.fill(1, r.from, r.to);
    for (let k = r.from; k < r.to; k++) if (isUpperStart(tokens[k].text)) nameWords.add(tokens[k].text);
  }
  const capital = (k: number) => isUpperStart(tokens[k].text);
  const sure = (k: number): boolean => {
    const t = tokens[k];
    if (covered[k] || !capital(k)) return false;
    const key = keyOf(t);
    if (lex.demonyms.has(key) || lex.places.get(key)?.kind === "country") return true;
    if (!normal(k)) return false;
    if (MODEL_CODE.test(t.text)) return true;
    // A cue word capitalised inside a sentence closes a name ("the Northern Arts Council and ...").
    const c = lex.cues;
    if (!input.initial[k] && (c.org.has(key) || c.facility.has(key) || c.event.has(key) || c.law.has(key))) return true;
    if (lex.calendar.has(key) || lex.nonNames.has(key)) return false;
    if (lex.titles.has(key) && !isSurnameTitle(lex, tokens, k, a.sentences[t.sentence].from)) return false;
    // A word the text also writes in lower case is a name only beside another capitalised word inside the sentence
    // ("veto power", but "Raymond Chan of People Power").
    if (lowerWords?.has(t.lower) && !besideCapital(k)) return false;
    // "Evansville, Indiana": a word before a comma and a state or a country is a town, even where it opens a
    // sentence or a dateline, where capitals say nothing.
    if (isTownBeforeRegion(k)) return true;
    if (nameWords.has(t.text)) return true;
    // An acronym in an ordinary sentence ("GM said"), unless it is a shouted plain word.
    if (acronymLetters(t.text)) return !PLAIN_WORD_CLASSES.has(wordClass(t.lower));
    if (input.initial[k]) return false;
    if (t.pos !== "PROPN" || t.text === t.text.toUpperCase()) return false;
    // "Western", "Matters": what English reads as a plain word once lowercased is not sure enough.
    return !PLAIN_WORD_CLASSES.has(wordClass(t.lower));
  };
  /** k is inside a stretch of two or more capitalised words within its sentence that holds no title, place or date
   *  ("People Power"; not "U.S. Cents", "Foreign Trade Minister"). */
  function besideCapital(k: number): boolean {
    const inside = (j: number) =>
      j >= 0 && j < tokens.length && tokens[j].sentence === tokens[k].sentence && !input.initial[j] && capital(j) && hasLetterOrDigit(tokens[j].text);
    if (!inside(k)) return false;
    let from = k;
    while (inside(from - 1)) from--;
    let to = k + 1;
    while (inside(to)) to++;
    if (to - from < 2) return false;
    for (let j = from; j < to; j++) {
      const key = keyOf(tokens[j]);
      if (lex.titles.has(key) || lex.calendar.has(key) || isPlaceWord(lex, tokens[j]) || matchTitle(lex, tokens, j, to) > j) return false;
    }
    return true;
  }
  function isTownBeforeRegion(k: number): boolean {
    if (k + 2 >= tokens.length || tokens[k + 1].text !== "," || tokens[k + 2].sentence !== tokens[k].sentence) return false;
    // not a plural noun ("Critics, Britain said, ...") nor a word the text writes in lower case
    if (tokens[k].tag === "NNS" || lowerWords?.has(tokens[k].lower) || FUNCTION_WORD_CLASSES.has(wordClass(tokens[k].lower))) return false;
    const end = matchPlace(lex, tokens, k + 2, a.sentences[tokens[k].sentence].to);
    const kind = end > k + 2 ? lex.places.get(normalizeKey(wordsOf(tokens, k + 2, end).join(" ")))?.kind : undefined;
    return kind === "province" || kind === "country";
  }
  /** A capitalised stretch around k holding a capitalised function word or verb ("To", "Sustain"): a quoted title. */
  const inTitleStretch = (k: number, s: Sentence): boolean => {
    let from = k;
    while (from > s.from && capital(from - 1)) from--;
    let to = k + 1;
    while (to < s.to && capital(to)) to++;
    for (let j = from; j < to; j++) {
      if (j !== k && !input.initial[j] && FUNCTION_WORD_CLASSES.has(wordClass(tokens[j].lower))) return true;
    }
    return false;
  };
  /** "Arsenal boss Arsene Wenger said", "Chelsea's Jose Mourinho said": a sentence's first word before a lowercase
   *  title or a possessive, then a name, is who employs that person, though a sentence's capital says nothing else
   *  about it. */
  const employerOpening = (k: number, s: Sentence): boolean => {
    if (!input.initial[k] || !normal(k) || k + 2 >= s.to) return false;
    const key = keyOf(tokens[k]);
    if (lex.titles.has(key) || lex.calendar.has(key) || lex.nonNames.has(key) || PLAIN_WORD_CLASSES.has(wordClass(tokens[k].lower))) return false;
    const possessive = isPossessiveMark(tokens[k + 1]);
    if (!possessive && !startsLower(tokens[k + 1].text)) return false;
    // after a possessive, a title may come before the name ("Google's co-founder Sergey Brin")
    const afterMark = possessive ? Math.max(k + 2, matchTitle(lex, tokens, k + 2, s.to)) : k + 1;
    const end = possessive ? afterMark : matchTitle(lex, tokens, k + 1, s.to);
    if (end <= k + 1 || end + 1 >= s.to || !isUpperStart(tokens[end].text)) return false;
    return lex.firstNames.has(keyOf(tokens[end])) || isUpperStart(tokens[end + 1].text);
  };
  const extra: Run[] = [];
  for (const s of a.sentences) {
    for (let k = s.from; k < s.to; k++) {
      if (!covered[k] && capital(k) && employerOpening(k, s)) {
        extra.push({ from: k, to: k + 1, type: "ORG" });
        continue;
      }
      if (covered[k] || !capital(k) || !sure(k)) continue;
      const key = keyOf(tokens[k]);
      if (lex.demonyms.has(key) || MODEL_CODE.test(tokens[k].text)) {
        extra.push({ from: k, to: k + 1, type: null });
        continue;
      }
      let to = k + 1;
      while (to < s.to && sure(to) && !MODEL_CODE.test(tokens[to].text) && !lex.demonyms.has(keyOf(tokens[to]))) to++;
      const known = lex.places.get(key)?.kind === "country" || nameWords.has(tokens[k].text);
      if (known || !inTitleStretch(k, s)) extra.push({ from: k, to, type: null });
      k = to - 1;
    }
  }
  const all = extra.length === 0 ? runs : [...runs, ...extra].sort((x, y) => x.from - y.from);
  withOpeningWord(a, lex, input, all, lowerWords);
  const grown = withCapitalisedWordsBefore(a, lex, input, joinPlaces(lex, tokens, all));
  return withHyphenatedEnds(a, joinNames(lex, tokens, grown));
}

/**
 * "People Power", "Civic Passion": a name the tagger found only in part takes the capitalised words right before it
 * inside an ordinary sentence, where a capital says the word is part of a name: not a sentence's or a quote's first
 * word, a title, a date, a function word, a place or a demonym ("Russian Gazprom" is two); a word the text also
 * writes in lower case may ("people" beside "People Power"). People's names are left as they are.
 */
function withCapitalisedWordsBefore(a: AnalyzedText, lex: Lexicons, input: TaggerInput, runs: Run[]): Run[] {
  const { tokens } = a;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.type === "PERSON" || input.mode[run.from] !== CaseMode.Normal) continue;
    const floor = i > 0 ? runs[i - 1].to : 0;
    for (let k = run.from - 1; k >= floor && run.to - k <= MAX_INSTITUTION_TOKENS; k--) {
      const t = tokens[k];
      if (t.sentence !== tokens[run.from].sentence || input.initial[k] || !isUpperStart(t.text) || !t.spaceBefore) break;
      const key = keyOf(t);
      if (lex.titles.has(key) || lex.calendar.has(key) || lex.nonNames.has(key) || isPlaceWord(lex, t)) break;
      if (FUNCTION_WORD_CLASSES.has(wordClass(t.lower))) break;
      run.from = k;
    }
  }
  return runs;
}

/** Parts of speech of a word that a hyphenated compound modifies ("a Merkel-style coalition", "a U.S.-led force"). */
const MODIFIED_TAGS = new Set(["NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD"]);

/**
 * Names across hyphens. Two runs glued by a hyphen are one name ("Coca-Cola Co"); a name takes the hyphenated words
 * and particles glued before it ("Make-A-Wish Foundation", "al-Ikhbariya") and a particle's name after it ("Suleiman
 * al-Amr"). A name of two words or more never ends inside a hyphenated word: "Wong Kwok-hing", "Lam Cheuk-ting",
 * "Kim Jong-un" take the last syllable the tagger and the capitals rules leave out for being lowercase; a compound
 * before a noun or after a determiner is a noun the name modifies ("a Merkel-style coalition", "a Booker
 * Prize-winner").
 */
function withHyphenatedEnds(a: AnalyzedText, runs: Run[]): Run[] {
  const { tokens } = a;
  const glued = (k: number) => k > 0 && k < tokens.length && !tokens[k].spaceBefore && tokens[k].sentence === tokens[k - 1].sentence;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    // "Coca" + "-" + "Cola Co": two runs glued by a hyphen are one name
    const gluedHyphen = (k: number) => tokens[k].text === "-" && glued(k) && glued(k + 1);
    if (i > 0 && runs[i - 1].to === r.from - 1 && gluedHyphen(r.from - 1) && runs[i - 1].type !== "PERSON") {
      r.from = runs[i - 1].from;
      r.type = r.type ?? runs[i - 1].type;
      runs.splice(i - 1, 1);
      i--;
    }
    // "Make-A-Wish Foundation", "al-Ikhbariya": capitalised words or a particle glued by hyphens before the name
    const floor = i > 0 ? runs[i - 1].to : 0;
    while (r.from - 2 >= floor && tokens[r.from - 1].text === "-" && glued(r.from) && glued(r.from - 1)) {
      const before = tokens[r.from - 2];
      if (!isUpperStart(before.text) && !PARTICLES.has(before.text)) break;
      r.from -= 2;
    }
    // "Suleiman al-Amr": a particle glued to a capitalised name after a person's name, which may be a run of its own
    const next = runs[i + 1];
    const p = r.to;
    if (
      r.type !== "ORG" &&
      p + 2 < tokens.length &&
      PARTICLES.has(tokens[p].text) &&
      tokens[p + 1].text === "-" &&
      glued(p + 1) &&
      glued(p + 2) &&
      isUpperStart(tokens[p + 2].text) &&
      (!next || next.from >= p + 2)
    ) {
      const end = next && next.from === p + 2 ? next.to : p + 3;
      if (next && next.from === p + 2) runs.splice(i + 1, 1);
      r.to = end;
      continue;
    }
    let to = r.to;
    if (to - r.from > 2 && tokens[to - 1].text === "-" && !tokens[to - 1].spaceBefore) to--;
    const end = a.sentences[tokens[r.from].sentence].to;
    if (to + 1 >= end || to - r.from < 2 || tokens[to].text !== "-" || tokens[to].spaceBefore || tokens[to + 1].spaceBefore) continue;
    const piece = tokens[to + 1];
    if (!/^\p{Ll}+$/u.test(piece.text) || (i + 1 < runs.length && runs[i + 1].from < to + 2)) continue;
    if (to + 2 < end && tokens[to + 2].spaceBefore && MODIFIED_TAGS.has(tokens[to + 2].tag)) continue;
    // after a determiner the compound is a noun the name only modifies ("a Booker Prize-winner")
    if (r.from > 0 && DETERMINERS.has(tokens[r.from - 1].lower)) continue;
    r.to = to + 2;
  }
  return runs;
}

/** Words that open a place's name before a place ("West Germany", "Northern Ireland", "Upper Volta"). */
const PLACE_OPENERS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "new", "great"]);

/** Word classes a sentence's first word may have and still open a name ("Applied" read as a verb). */
const OPENING_WORD_CLASSES = new Set(["NOUN", "PROPN", "ADJ", "VERB"]);

/**
 * "Applied Magnetics Corp said", "Ravel Optics said", "First Chicago said": a sentence's capital says nothing about
 * its first word, so the tagger often leaves out a name's first word there. The word belongs to the name that starts
 * right after it when the text writes the two together elsewhere where a capital does say something: inside a
 * sentence, or in a headline's capitals ("APPLIED MAGNETICS <APM> NAMES ..."), or when it is a first name the text
 * never writes in lower case ("Raymond Chan of ..."). A title never joins ("President Reagan", "PRESIDENT REAGAN
 * SAYS"), nor a date word.
 */
function withOpeningWord(a: AnalyzedText, lex: Lexicons, input: TaggerInput, runs: Run[], lowerWords: Set<string> | undefined): void {
  const { tokens } = a;
  let written: Set<string> | null = null; // made on first need: one pass over the text, not one per sentence
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const s = a.sentences[tokens[run.from].sentence];
    const k = s.from;
    if (run.from !== k + 1 || (r > 0 && runs[r - 1].to > k) || input.mode[k] !== CaseMode.Normal) continue;
    const t = tokens[k];
    if (!isUpperStart(t.text) || t.text === t.text.toUpperCase() || !OPENING_WORD_CLASSES.has(t.pos)) continue;
    const key = keyOf(t);
    if (lex.titles.has(key) || lex.calendar.has(key) || matchTitle(lex, tokens, k, run.to) > k) continue;
    written ??= pairsWrittenAsNames(a, input);
    // "Raymond Chan of ...": a first name opening the sentence before a name no organisation's or place's, and a word
    // the text never writes in lower case ("Will", "Mark" are)
    const firstName = lex.firstNames.has(key) && !lowerWords?.has(t.lower) && (run.type === null || run.type === "PERSON");
    if (!firstName && !written.has(`${t.lower} ${tokens[run.from].lower}`)) continue;
    run.from = k;
    // a name opened by a plain English word ("First Chicago", "Applied Corvex") is an organisation's, whatever the
    // tagger made of the rest, unless a compass word opens a place ("West Germany")
    const place = (run.type === "GPE" || run.type === "LOC") && PLACE_OPENERS.has(t.lower);
    if (run.type !== "ORG" && !place && !lex.firstNames.has(key)) run.type = "ORG";
  }
}

/**
 * Pairs of words ("first chicago") the text writes where capitals say they open a name: in a headline's capitals, or
 * both capitalised inside an ordinary sentence ("shares of First Chicago", not "the first Chicago bank"). A
 * sentence's first word is never counted: its capital says nothing.
 */
function pairsWrittenAsNames(a: AnalyzedText, input: TaggerInput): Set<string> {
  const { tokens } = a;
  const pairs = new Set<string>();
  for (let j = 0; j + 1 < tokens.length; j++) {
    const upper = input.mode[j] === CaseMode.Upper;
    const inside =
      input.mode[j] === CaseMode.Normal &&
      a.sentences[tokens[j].sentence].from !== j &&
      isUpperStart(tokens[j].text) &&
      isUpperStart(tokens[j + 1].text);
    if (upper || inside) pairs.add(`${tokens[j].lower} ${tokens[j + 1].lower}`);
  }
  return pairs;
}

/** Lowercase words a name may hold inside ("Bank of England", "Ursula von der Leyen", "Johnson & Johnson"). */
const INNER_NAME_WORDS = new Set(["of", "the", "and", "&", "for", "on", "in", "upon", "at", "y", "e", "du", "des", "da", "do"]);

/** Letters or digits in a token: a comma or a dash alone never starts or ends a name (", Illinois"). */
function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** A token glued to the one before by a hyphen, or a hyphen glued to both sides: "Jong-un", "Ka-ki" stay whole. */
function isGlued(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (k === 0 || t.spaceBefore) return false;
  return tokens[k - 1].text === "-" || t.text === "-";
}

/**
 * A tagged span in an ordinary sentence ends at a lowercase word that names do not hold ("Kwok Ka-ki left
 * Livorno" is two names and a verb): the parts with a capital stay, the first with the tagger's type.
 */
function splitAtPlainWords(tokens: Token[], span: Run): Run[] {
  const parts: Run[] = [];
  let from = span.from;
  for (let k = span.from + 1; k < span.to; k++) {
    const t = tokens[k];
    if (!startsLower(t.text) || isGlued(tokens, k) || INNER_NAME_WORDS.has(t.lower) || PARTICLES.has(t.lower)) continue;
    if (k > from) parts.push({ from, to: k, type: parts.length ? null : span.type });
    from = k + 1;
  }
  if (span.to > from) parts.push({ from, to: span.to, type: parts.length ? null : span.type });
  return parts.filter((p) => hasCapital(tokens, p.from, p.to));
}

/**
 * Where a company's name ending in a legal form at `to` starts, from `from` back to `floor` (the sentence's start;
 * `previousEnd` ends the name found before, which only a possessive or a partnership reaches into): over capitalised words
 * ("AM International Inc"), a founder's possessive ("Moody's Investors Service Inc", not "Japan's Fujitsu Ltd"),
 * and the partners' names of a firm "and Co" ("Kidder, Peabody and Co", "Smith Barney, Harris Upham and Co").
 */
function companyNameStart(
  lex: Lexicons,
  tokens: Token[],
  from: number,
  to: number,
  floor: number,
  previousEnd: number,
): number {
  // "Kidder, Peabody and Co", "A.C. Goode and Co Ltd": the run is "Co" and the legal forms after it; "Goodyear Tire
  // and Rubber Co", "Castle and Cooke Inc": one word before them, after "and" and a word the text never writes alone
  // (in "talks between Texaco and Pennzoil Co", "Texaco said" makes two companies)
  let partnership = /^co\.?$/i.test(tokens[from].text) || (to - from >= 2 && partnerAfterAnd(tokens, from, floor));
  for (let k = from + 1; k < to && partnership; k++) partnership = isLegalSuffix(tokens[k].text);
  const coAt = from;
  for (;;) {
    const k = from - 1;
    if (k < floor) return from;
    const t = tokens[k];
    // another company's name ends there ("Reuters Holdings Inc and Dow Jones and Co")
    if (isLegalSuffix(t.text)) return from;
    // a plain capitalised word joins only up to the name before; a possessive or a partner's name may take it in
    if (k >= previousEnd && opensCompanyName(t)) from = k;
    else if (k < previousEnd && opensCompanyName(t) && (from < previousEnd || /^(,|and|&|'s|’s)$/i.test(tokens[from].text))) from = k;
    else if (isPossessiveMark(t) && isFounderName(lex, tokens, k - 1, floor)) from = k - 1;
    else if (partnership && (t.lower === "and" || t.text === "&") && from === coAt && k - 1 >= floor && opensCompanyName(tokens[k - 1])) from = k;
    // "Westmark Power and Light Co" where the run began at "Co": one word taken in before the legal form, then "and"
    else if ((t.lower === "and" || t.text === "&") && from < to - 1 && isLegalSuffix(tokens[from + 1].text) && partnerAfterAnd(tokens, from, floor)) from = k;
    else if (partnership && t.text === "," && from < coAt && k - 1 >= floor && opensCompanyName(tokens[k - 1])) from = k;
    else return from;
  }
}

/** Token k, a capitalised word, follows "and" (or "&") after a capitalised word that the text writes nowhere else
 *  but before "and": the two are one company's partners ("Castle and Cooke Inc"), not two companies. */
function partnerAfterAnd(tokens: Token[], k: number, floor: number): boolean {
  if (k - 2 < floor || !/^(and|&)$/i.test(tokens[k - 1].text) || !isUpperStart(tokens[k].text)) return false;
  const before = tokens[k - 2];
  return opensCompanyName(before) && !isLegalSuffix(before.text) && !writtenAlone(tokens, k - 2);
}

/** Whether the text writes the word of token k elsewhere on its own: not before "and" or "&" (a word of a
 *  partnership's name is written with its partner), nor after the word before it here ("Pennsylvania Power and Light
 *  Co ... Pennsylvania Power said" is one company's short name). A scan of the text, made only for "X and Y" before a
 *  legal form. */
function writtenAlone(tokens: Token[], k: number): boolean {
  const text = tokens[k].text;
  const before = k > 0 ? tokens[k - 1].text : "";
  for (let j = 0; j < tokens.length; j++) {
    if (j === k || tokens[j].text !== text) continue;
    if (j + 1 < tokens.length && /^(and|&)$/i.test(tokens[j + 1].text)) continue;
    if (j > 0 && /^\p{Lu}/u.test(before) && tokens[j - 1].text === before) continue;
    return true;
  }
  return false;
}

/** The one capitalised word before a possessive that names a company's founder ("Moody's", "Haskell's"), not a
 *  place ("Japan's") nor the last word of a longer name, an owner's ("Elon Musk's Tesla Inc"). */
function isFounderName(lex: Lexicons, tokens: Token[], k: number, floor: number): boolean {
  if (k < floor || !opensCompanyName(tokens[k]) || isPlaceWord(lex, tokens[k])) return false;
  return k === floor || !isUpperStart(tokens[k - 1].text);
}

function isPossessiveMark(t: Token): boolean {
  return !t.spaceBefore && (t.text === "'s" || t.text === "’s");
}

function isPlaceWord(lex: Lexicons, t: Token): boolean {
  const key = keyOf(t);
  return lex.places.has(key) || lex.demonyms.has(key);
}

/** Most capitalised words between a name and the legal form that closes it ("Brixton [Gauge Tools] Inc"). */
const MAX_WORDS_BEFORE_LEGAL_FORM = 3;

/** The end of a company's name continuing a name that ends at `to`: past a few capitalised words and the legal form
 *  after them; `to` itself when no legal form follows. */
function companyNameEnd(tokens: Token[], to: number, sentenceEnd: number): number {
  for (let k = to; k < sentenceEnd && k - to <= MAX_WORDS_BEFORE_LEGAL_FORM; k++) {
    const t = tokens[k];
    // between a name and a legal form, a capitalised word is part of the name whatever its tag ("Gauge" read as a verb)
    if (!t.spaceBefore || !isUpperStart(t.text) || !hasLetterOrDigit(t.text)) return to;
    if (k > to && isLegalSuffix(t.text)) return k + 1;
  }
  return to;
}

/** A capitalised word that may open a company's name: not a function word, unless written as an acronym. */
function opensCompanyName(t: Token): boolean {
  if (!isUpperStart(t.text) || !hasLetterOrDigit(t.text)) return false;
  // a capitalised participle, or a word wink reads as a verb and the tagger as a proper noun, opens a company's
  // name ("Allied Products Corp", "Consolidated Papers Inc")
  return acronymLetters(t.text) !== null || !FUNCTION_WORD_CLASSES.has(t.pos) || /^(VB[NDG]|NNPS?)$/.test(t.tag);
}

/** "Irving, Texas", "Lyon, France": a name, a comma and a known place closing the span (or any place the tagger
 *  read over a comma) are two places (the relations read "located in" off them), whatever the tagger learned from
 *  treebanks that mark them as one. */
function splitBeforePlace(lex: Lexicons, tokens: Token[], span: Run): Run[] {
  for (let k = span.from + 1; k < span.to - 1; k++) {
    if (tokens[k].text !== ",") continue;
    // a place the tagger read over a comma is a town and its region too ("Livorno, Tuscany"), known or not
    const taggedPlace = (span.type === "GPE" || span.type === "LOC") && isUpperStart(tokens[k + 1].text);
    if (!taggedPlace && matchPlace(lex, tokens, k + 1, span.to) !== span.to) continue;
    return [
      { from: span.from, to: k, type: null },
      { from: k + 1, to: span.to, type: null },
    ];
  }
  return [span];
}

/** Neighbouring runs that together spell one place of the lexicons are that place ("Saudi" + "Arabia" at a
 *  sentence start, where the demonym was found apart). */
function joinPlaces(lex: Lexicons, tokens: Token[], runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.to === r.from && matchPlace(lex, tokens, last.from, r.to) === r.to) {
      last.to = r.to;
      last.type = null;
    } else out.push({ ...r });
  }
  return out;
}

const JOINERS = new Set(["of", "and", "&", "for", "on"]);

/** A name complete on its own: it ends in a cue word or holds "of" ("Institute of Technology", "Ministry of Health"). */
function isWholeName(lex: Lexicons, tokens: Token[], run: Run): boolean {
  return endsWithAnyCue(lex, tokens, run.from, run.to) || tokens.slice(run.from, run.to).some((t) => t.lower === "of");
}

/** A run that opens a name of its own after "and": with a place or an opening cue word, or three words and more
 *  ("Colorado State University", "Bank of France"; not "Human Services" of "Health and Human Services"). */
function opensWholeName(lex: Lexicons, tokens: Token[], run: Run): boolean {
  const first = keyOf(tokens[run.from]);
  return run.to - run.from >= 3 || isPlaceWord(lex, tokens[run.from]) || lex.cues.orgFirst.has(first);
}

/** Words per side of "of" in a name such as "Call of Duty" or "Prisoner of Conscience Award". */
const MAX_WORDS_AROUND_OF = 3;

/**
 * "Call of Duty", "Clash of Clans": two capitalised names around "of" inside a sentence are one name, a title of a
 * game, a book or a campaign, when neither says whose or where ("Nicholas Heymann of Drexel", "Toyota of Japan",
 * "Secretary of State" keep apart): the first is no person's name, no title and does not open the sentence, the
 * second no place and no person.
 */
function isTitleOfThing(lex: Lexicons, tokens: Token[], first: Run, second: Run): boolean {
  if (first.type === "PERSON" || second.type === "PERSON") return false;
  if (first.to - first.from > MAX_WORDS_AROUND_OF || second.to - second.from > MAX_WORDS_AROUND_OF) return false;
  const s = tokens[first.from].sentence;
  if (first.from === 0 || tokens[first.from - 1].sentence !== s || !/\p{L}/u.test(tokens[first.from - 1].text)) return false;
  if (matchTitle(lex, tokens, first.from, first.to) > first.from) return false;
  const place = (run: Run) => matchPlace(lex, tokens, run.from, run.to) === run.to || lex.demonyms.has(keyOf(tokens[run.from]));
  if (place(first) || place(second) || lex.firstNames.has(keyOf(tokens[first.from])) || lex.firstNames.has(keyOf(tokens[second.from]))) return false;
  return true;
}
const GPE_KINDS = new Set(["country", "province", "city"]);
/** Word classes of words that never open a name ("The", "In", "Yesterday"). */
const FUNCTION_WORD_CLASSES = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "ADV", "VERB", "NUM", "INTJ"]);

/**
 * Joins neighbouring runs that make one name by the cue words names of things have: "European" + "Commission",
 * "Competition" and "Markets Authority", "Treaty" of "Lisbon", "Bank" of "England", "Workers" ' "Party".
 */
function joinNames(lex: Lexicons, tokens: Token[], runs: Run[]): Run[] {
  const out: Run[] = [];
  const cues = lex.cues;
  const firstCue = (k: number) => {
    const key = keyOf(tokens[k]);
    return cues.orgFirst.has(key) || cues.lawFirst.has(key) || cues.eventFirst.has(key) || cues.locationFirst.has(key);
  };
  for (const r of runs) {
    const last = out[out.length - 1];
    const run = { ...r };
    // "European Commission", "National Security Council", "Human Services": capitalised words before a name ending in
    // a cue word, taken in before the name is joined to the one before ("Department of Health and Human Services").
    const cueEnded = endsWithAnyCue(lex, tokens, run.from, run.to);
    if (cueEnded) {
      const floor = last && tokens[last.from].sentence === tokens[run.from].sentence ? last.to : -1;
      while (
        run.from - 1 >= floor &&
        run.from - 1 >= 0 &&
        tokens[run.from - 1].sentence === tokens[run.from].sentence &&
        isUpperStart(tokens[run.from - 1].text) &&
        run.to - run.from < 8 &&
        !lex.titles.has(keyOf(tokens[run.from - 1])) &&
        !lex.calendar.has(keyOf(tokens[run.from - 1])) &&
        !FUNCTION_WORD_CLASSES.has(wordClass(tokens[run.from - 1].lower))
      ) {
        run.from--;
      }
    }
    // A person's name is not joined to what follows ("Alvin Yeung of the Civic Party"); a cue word the tagger took
    // for a person's is no person's name ("Reserve" + "Bank", "Hamilton Institute" + "of Marine Science").
    const cueAlone = last !== undefined && last.to - last.from === 1 && endsWithAnyCue(lex, tokens, last.from, last.to);
    // ("Ansett" + "Airlines": a single word the tagger took for a person's name, right before a company's cue word, is
    // the company's name)
    const companyAfter =
      last !== undefined && last.to - last.from === 1 && run.from === last.to && run.to - run.from === 1 && cues.company.has(keyOf(tokens[run.from]));
    const personLike =
      last !== undefined && last.type === "PERSON" && !firstCue(last.from) && !cueAlone && !companyAfter && !endsWithAnyCue(lex, tokens, last.from, last.to);
    if (last && !personLike && last.to <= run.from && tokens[last.from].sentence === tokens[run.from].sentence) {
      const gap = run.from - last.to;
      const between = gap === 0 ? "" : tokens[last.to].lower;
      const theAfter = gap === 2 && (between === "of" || between === "for") && tokens[last.to + 1].lower === "the";
      let join = false;
      // "Italian" + "Episcopal Conference": grown back to the run before it, the name takes it in
      if (gap === 0) join = cueEnded;
      // a name closed by a legal form is a whole company's: "Acme Inc and Dow Jones and Co" are two
      else if (gap === 1 && JOINERS.has(between) && !isLegalSuffix(tokens[last.to - 1].text)) {
        // "Supreme Court of Cassation", "Bank of England": "of" after a cue word or after a name's opening cue.
        // "Joint Council for the Welfare" + "of Immigrants": "of" also continues a name that took a cue word in.
        const cueInside = () => tokens.slice(last.from, last.to - 1).some((t) => cues.org.has(keyOf(t)));
        join = cueEnded || (between === "of" && (firstCue(last.from) || endsWithAnyCue(lex, tokens, last.from, last.to) || cueInside()));
        // "Council on Foreign Relations", "Committee on Standards": "on" only after a cue word.
        if (between === "on") join = endsWithAnyCue(lex, tokens, last.from, last.to);
        // "Massachusetts Institute of Technology and Colorado State University": two whole names, not one.
        if (join && (between === "and" || between === "&") && isWholeName(lex, tokens, last) && opensWholeName(lex, tokens, run)) join = false;
        // "Talks between Texaco and Pennzoil Co ... Texaco said": a name the text writes alone is a company of its own
        if (join && (between === "and" || between === "&") && writtenAlone(tokens, last.to - 1)) join = false;
        if (!join && between === "of" && isTitleOfThing(lex, tokens, last, run)) {
          // typed as a whole by the rules: the tagger's type was for a part ("Rivals" an organisation)
          last.to = run.to;
          last.type = null;
          continue;
        }
      }
      // "Joint Council for the Welfare": "for the" after an organisation's cue word, before no whole name of its own
      // ("the Olympics Stadium for the Winter Olympics" are two)
      else if (theAfter && between === "of") join = firstCue(last.from);
      else if (theAfter) join = cues.org.has(keyOf(tokens[last.to - 1])) && !cueEnded && !opensWholeName(lex, tokens, run);
      else if (gap === 1 && POSSESSIVE.has(tokens[last.to].text) && !tokens[last.to].spaceBefore && run.to - run.from === 1) {
        join = cues.org.has(keyOf(tokens[run.from]));
      }
      // "University of Sheffield of the UK": a place after a name that already holds "of" or a place says where it is.
      if (join && gap > 0 && lex.places.has(normalizeKey(wordsOf(tokens, run.from, run.to).join(" ")))) {
        const inner = tokens.slice(last.from, last.to);
        const where = (x: Token) => GPE_KINDS.has(lex.places.get(keyOf(x))?.kind ?? "");
        if (inner.some((x) => x.lower === "of" || where(x))) join = false;
      }
      if (join) {
        last.to = run.to;
        last.type = cueAlone && last.type === "PERSON" ? run.type : run.type ?? last.type;
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

/**
 * A row of a table of figures ("Shr 34 cts vs 1.19 dlrs", "Revs 22.4 mln vs 28.6 mln"): no verb, and numbers for at
 * least a third of its words.
 */
function isTableRow(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let numbers = 0;
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k];
    if (t.tag.startsWith("VB") || t.tag === "MD") return false;
    if (!hasLetterOrDigit(t.text)) continue;
    words++;
    if (t.tag === "CD" || /^[\d.,]+$/.test(t.text)) numbers++;
  }
  return words >= 3 && numbers * 3 >= words;
}

/** Titles of office that a portfolio word opens, capitalised ("Health Secretary", "Competition Commissioner"; not
 *  "Kremlin spokesman", whose first word is who employs the spokesman). */
const OFFICE_TITLES = new Set(["Secretary", "Minister", "Commissioner"]);

/** Words of rank before a portfolio and its title ("Assistant Treasury Secretary", "Deputy Health Minister"). */
const RANK_WORDS = new Set(["assistant", "deputy", "under", "vice", "acting", "associate", "junior", "shadow"]);

/**
 * "Health Secretary John Reid", "Competition Commissioner Mario Monti": a single plain word before a title of office
 * and a name is the portfolio, part of the title, not an organisation ("Treasury Secretary", known to the lexicons,
 * stays one; so does "Arsenal boss", a title of no office); so is a rank and the portfolio ("Assistant Treasury
 * Secretary David Mulford").
 */
function isPortfolio(lex: Lexicons, input: TaggerInput, tokens: Token[], from: number, to: number): boolean {
  if (to - from === 2 && RANK_WORDS.has(tokens[from].lower)) from++;
  if (to - from !== 1 || to + 1 >= tokens.length || (input.lex[from] & NAME_LEXICON_BITS) !== 0) return false;
  const title = tokens[to];
  const next = tokens[to + 1];
  if (title.sentence !== tokens[from].sentence || next.sentence !== title.sentence) return false;
  if (input.mode[from] !== CaseMode.Normal || !OFFICE_TITLES.has(title.text) || !isUpperStart(next.text) || isPlaceWord(lex, tokens[from])) return false;
  const cls = wordClass(tokens[from].lower);
  return cls === "NOUN" || cls === "ADJ";
}

/** The tagger's spans cut where a stock symbol stands ("Lindqvist AB <LIND ST> said"): a symbol is no name's part. */
function withoutSymbols(spans: TaggedSpan[], symbol: Uint8Array): TaggedSpan[] {
  if (!symbol.includes(1)) return spans;
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    let from = span.from;
    for (let k = span.from; k <= span.to; k++) {
      if (k < span.to && symbol[k] === 0) continue;
      if (k > from) out.push({ ...span, from, to: k });
      from = k + 1;
    }
  }
  return out;
}

/** Parts of speech of a lone lowercase word that say it is a plain word. */
const PLAIN_WORD_CLASSES = new Set(["ADJ", "VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "NUM", "INTJ"]);

function hasCapital(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text !== tokens[k].lower) return true;
  return false;
}

/**
 * All candidate names of a text, in text order: the tagger's spans, split where one name ends and another starts.
 * Linear in the number of tokens. `lowerWordsOut`, when given, is filled with the words the text uses in lower case
 * (the resolver and the typer need them).
 */
export function detectCandidates(a: AnalyzedText, lowerWordsOut?: Set<string>, tagger: EntityTagger = entityTagger()): Candidate[] {
  const lex = lexicons();
  const { tokens } = a;
  const lowerWords = lowerWordsOut ?? new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // A syllable glued after a hyphen ("Lung-bin") is not the text using that word on its own.
    const glued = k > 0 && !t.spaceBefore && tokens[k - 1].text === "-";
    if (startsLower(t.text) && !glued) lowerWords.add(t.lower);
  }
  const out: Candidate[] = [];
  const { spans, input } = tagger.tagWithInput(a);
  const brackets = readBrackets(a);
  const tableRows = new Map<number, boolean>();
  const addCandidates = (span: Run, confirmed: boolean) => {
    const s = a.sentences[tokens[span.from].sentence];
    const pieces: [number, number][] = span.whole ? [[span.from, span.to]] : splitRun(lex, tokens, span.from, span.to);
    for (let [f, t] of pieces) {
      while (f < t && !hasLetterOrDigit(tokens[f].text)) f++;
      while (t > f && !hasLetterOrDigit(tokens[t - 1].text)) t--;
      if (t <= f || isNeverAName(lex, tokens, f, t) || isPortfolio(lex, input, tokens, f, t) || brackets.symbol[f] === 1) continue;
      // The tagger's type goes with the name it marked, title stripped; parts split off it are typed by the rules.
      const whole = t === span.to && (pieces.length === 1 || f > span.from);
      const headline = input.mode[f] !== CaseMode.Normal;
      out.push(candidate(a, lex, tokens, f, t, s, whole ? span.type : null, headline, confirmed));
    }
  };
  for (const span of repairSpans(a, lex, withoutSymbols(spans, brackets.symbol), input, lowerWords)) {
    const s = a.sentences[tokens[span.from].sentence];
    let row = tableRows.get(tokens[span.from].sentence);
    if (row === undefined) tableRows.set(tokens[span.from].sentence, (row = isTableRow(tokens, s)));
    // a table's labels are column names, unless the lexicons know them (a table of output by country)
    if (row && !tokens.slice(span.from, span.to).some((_, j) => (input.lex[span.from + j] & NAME_LEXICON_BITS) !== 0)) continue;
    addCandidates(span, false);
  }
  // Names in a newswire's angle brackets replace whatever they overlap; a headline's names found again, from the
  // sentences' names, replace the tagger's guesses they overlap.
  const bracketed = brackets.names;
  const inBrackets = new Uint8Array(tokens.length);
  for (const r of bracketed) inBrackets.fill(1, r.from, r.to);
  const headlines = headlineNames(a, input, out, brackets.symbol);
  const found = [...bracketed, ...headlines.filter((r) => !inBrackets.subarray(r.from, r.to).includes(1))];
  if (found.length === 0) return out;
  const replaced = new Uint8Array(tokens.length);
  for (const r of found) replaced.fill(1, r.from, r.to);
  const overlaps = (c: Candidate) => replaced.subarray(c.from, c.to).includes(1);
  const kept = out.filter((c) => !overlaps(c) || (!c.headline && !inBrackets.subarray(c.from, c.to).includes(1)));
  out.length = 0;
  for (const r of found) addCandidates(r, true);
  return [...kept, ...out].sort((x, y) => x.from - y.from);
}

