// Types a candidate name from visible evidence: lexicons, cue words, titles, first names, and a little context.
// Each guess carries a weight; an entity's type is the weighted vote of its mentions (see resolve.ts).
import type { AnalyzedText } from "../nlp/index.js";
import type { EntityType } from "../types.js";
import { NAME_OPENERS, type Candidate } from "./detect.js";
import type { Lexicons } from "./lexicons.js";
import { acronymLetters, isLegalSuffix, normalizeKey } from "./text.js";

export interface TypeGuess {
  type: EntityType;
  /** How much the evidence says: 5 lexicon, 4 cue word or title, 3 first name, 1–2 context, 0.5 default. */
  weight: number;
}

/** Weight from which a guess is trusted enough to block a merge with an entity of an incompatible type. */
export const STRONG = 3;

const SPEECH_VERBS = new Set([
  "said", "says", "told", "tells", "added", "adds", "explained", "stated", "claimed", "noted", "warned", "announced",
  "wrote", "argued", "insisted", "asked", "replied", "recalled", "admitted", "denied", "believes", "thinks", "tweeted",
]);
/** Nouns an organisation has: "Google headquarters", "Microsoft's shares". */
const ORG_NOUNS = new Set([
  "headquarters", "employees", "staff", "shares", "stock", "subsidiary", "products", "platform", "website", "app",
  "software", "executives", "shareholders", "customers", "users", "brand", "stores", "offices", "members", "officials",
  "researchers", "engineers", "investors", "lawyers", "attorneys", "leadership", "management", "profits", "revenue",
]);
/** Nouns only an organisation has, which outweigh a first name inside the name: "its Harris Graphics subsidiary". */
const COMPANY_PART_NOUNS = new Set(["subsidiary", "subsidiaries", "unit", "division", "affiliate", "headquarters", "shareholders"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "across", "throughout", "outside", "inside", "around"]);
const COMPASS_WORDS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]);
/** Nouns an apposition names a company or an organisation by: "Yukos, the Russian oil firm". */
const COMPANY_NOUNS = new Set([
  "company", "firm", "group", "giant", "maker", "manufacturer", "bank", "lender", "insurer", "retailer", "carrier",
  "airline", "operator", "producer", "conglomerate", "corporation", "subsidiary", "unit", "chain", "broadcaster",
  "publisher", "agency", "organisation", "organization", "charity", "union", "party", "club", "team", "network",
]);
/** Most words between an apposition's article and its head noun ("the [Russian oil] firm"). */
const MAX_APPOSITION_MODIFIERS = 4;

/** The head noun of an apposition right after the name (", the Russian oil firm,"), lower case, or null. */
function appositionHead(a: AnalyzedText, c: Candidate): string | null {
  const t = a.tokens;
  if (c.to + 2 >= t.length || t[c.to].text !== "," || !/^(the|a|an)$/i.test(t[c.to + 1].text)) return null;
  for (let k = c.to + 2; k < t.length && k <= c.to + 2 + MAX_APPOSITION_MODIFIERS && t[k].sentence === c.sentence; k++) {
    if (t[k].pos === "NOUN" && (k + 1 >= t.length || t[k + 1].pos !== "NOUN")) return t[k].lower;
    if (t[k].pos === "PUNCT" || t[k].pos === "VERB" || t[k].pos === "ADP") return null;
  }
  return null;
}

/** Nouns of a holding, which is "in" a company: "shares in", "a stake in". */
const HOLDING_NOUNS = new Set(["shares", "share", "stake", "stakes", "holding", "holdings", "interest", "investment", "investments"]);

/** Tokens from k (within the sentence) open a person's name: a known first name and a capitalised word after it. */
function opensPersonName(a: AnalyzedText, lex: Lexicons, k: number, sentence: number): boolean {
  const t = a.tokens[k];
  const next = a.tokens[k + 1];
  if (!t || !next || t.sentence !== sentence || next.sentence !== sentence) return false;
  return lex.firstNames.has(normalizeKey(t.text)) && /^\p{Lu}/u.test(t.text) && /^\p{Lu}\p{Ll}/u.test(next.text);
}
/** Letters glued to digits name models and products: F-16, A380, MiG-29, COVID-19 is an exception we accept. */
const PRODUCT_RE = /^\p{Lu}[\p{L}]{0,5}-?\d{1,4}[\p{L}]{0,3}$/u;

/**
 * Weight of the tagger's type: strong enough to guard merges, but a cue word or a title (weight 3.5 and more) and
 * what the lexicons know for sure (places) win over it.
 */
export const TAGGER_WEIGHT = 2.5;

export function guessType(c: Candidate, a: AnalyzedText, lex: Lexicons, lowerWords: Set<string>): TypeGuess {
  if (c.place) return { type: c.place.kind === "region" ? "LOC" : "GPE", weight: c.place.kind === "city" ? 4 : 5 };
  const rule = ruleGuess(c, a, lex, lowerWords);
  // People's names take no determiner ("the Kremlin" is not a person, whatever the tagger read).
  // Nor a country's name ("Air China").
  const countryWord = c.words.some((w) => lex.places.get(normalizeKey(w))?.kind === "country");
  const tagged = c.tagged === "PERSON" && (c.determiner || countryWord) ? null : c.tagged;
  return tagged && rule.weight < 2 ? { type: tagged, weight: TAGGER_WEIGHT } : rule;
}

/** The type the visible evidence (cue words, titles, first names, context) suggests. */
function ruleGuess(c: Candidate, a: AnalyzedText, lex: Lexicons, lowerWords: Set<string>): TypeGuess {
  const first = normalizeKey(c.words[0]);
  // "World War III", "Windows 11": the cue is the word before a trailing number.
  const numbered = c.words.length > 1 && /^([IVX]+|\d+|one|two|three|four)$/i.test(c.words[c.words.length - 1]);
  const lastIndex = numbered ? c.words.length - 2 : c.words.length - 1;
  const lastWord = normalizeKey(c.words[lastIndex]);
  // "Homeland Security Departments": a plural cue is still the cue.
  // Not after a first name: "Bill Gates", "Tyra Banks" are people, not a gate or a bank.
  const plural = lastWord.length > 4 && lastWord.endsWith("s") && !lastWord.endsWith("ss");
  const singular = plural && !(c.words.length === 2 && lex.firstNames.has(first)) ? lastWord.slice(0, -1) : lastWord;
  const isCue = (set: Set<string>) => set.has(lastWord) || set.has(singular);
  const last = lastWord;
  if (c.words.length === 1 && (PRODUCT_RE.test(c.words[0]) || /^\p{Ll}+\p{Lu}/u.test(c.words[0]))) {
    return { type: "PRODUCT", weight: 4 };
  }
  // "Harris Associates L.P.", "Danby Lace Co": a legal form closes only a company's name
  if (c.words.length > 1 && isLegalSuffix(c.words[c.words.length - 1])) return { type: "ORG", weight: 4 };
  // "the North East", "South West": compass words alone name a region.
  if (c.words.every((w) => COMPASS_WORDS.has(w.toLowerCase()))) return { type: "LOC", weight: 3 };
  if (c.words.length > 1 || !lex.firstNames.has(last)) {
    const { cues } = lex;
    if (isCue(cues.law) && c.words.length > 1) return { type: "LAW", weight: 4 };
    if (isCue(cues.org)) return { type: "ORG", weight: 4 };
    if (isCue(cues.event) && c.words.length > 1) return { type: "EVENT", weight: 3.5 };
    if (isCue(cues.facility) && c.words.length > 1) return { type: "FAC", weight: 3.5 };
    if (isCue(cues.location) && c.words.length > 1) return { type: "LOC", weight: 3.5 };
    // "Treaty of Lisbon", "Hurricane Melissa", "Operation Barbarossa": the first word says it.
    if (cues.lawFirst.has(first) && c.words.length > 2 && c.words.some((w) => w === "of")) return { type: "LAW", weight: 3.5 };
    if (cues.eventFirst.has(first) && c.words.length > 1) return { type: "EVENT", weight: 3 };
    if (cues.locationFirst.has(first) && c.words.length > 1) return { type: "LOC", weight: 3 };
    if (cues.orgFirst.has(first) && c.words.length > 1) return { type: "ORG", weight: 3 };
    if (cues.product.has(first)) return { type: "PRODUCT", weight: 3 };
  }
  // "Andy Warhol Foundation for the Visual Arts", "Block Museum of Art": an organisation cue before "of"/"for".
  for (let i = 1; i < c.words.length - 1; i++) {
    const w = c.words[i].toLowerCase();
    const before = normalizeKey(c.words[i - 1]);
    if ((w === "of" || w === "for" || w === "on") && (lex.cues.org.has(before) || lex.cues.orgFirst.has(before))) {
      return { type: "ORG", weight: 4 };
    }
  }
  if (c.title) return { type: "PERSON", weight: 4 };
  const prev = c.from > 0 && a.tokens[c.from - 1].sentence === c.sentence ? a.tokens[c.from - 1] : null;
  if (isEmployerAfterTitle(c, a, lex)) return { type: "ORG", weight: 3.5 };
  const following = c.to < a.tokens.length && a.tokens[c.to].sentence === c.sentence ? a.tokens[c.to] : null;
  if (following && !c.possessive && COMPANY_PART_NOUNS.has(following.text)) return { type: "ORG", weight: 3.5 };
  // "Evansville, Indiana": a name followed by a comma and a state or country is a town.
  const t1 = a.tokens[c.to];
  const t2 = a.tokens[c.to + 1];
  if (t1 && t2 && t1.text === "," && t1.sentence === c.sentence && !c.possessive) {
    const place = lex.places.get(normalizeKey(t2.text));
    if (place && (place.kind === "province" || place.kind === "country")) return { type: "GPE", weight: 3 };
  }
  // "phone maker Nokia", "oil giant BP", "software firm Northwind": a company noun right before the name says what it is.
  // (not before a first name: "publisher Lewis Whitehead" is a person)
  if (prev && COMPANY_NOUNS.has(prev.lower) && prev.text === prev.lower && !lex.firstNames.has(first)) return { type: "ORG", weight: 3 };
  // "Yukos, the Russian oil firm, ...": an apposition says what the name is.
  const apposition = appositionHead(a, c);
  if (apposition !== null && COMPANY_NOUNS.has(apposition)) return { type: "ORG", weight: 3 };
  // "Chelsea's Jose Mourinho", "Labour's Gordon Brown": a name whose possessive goes to a person's full name is what
  // employs that person, not a person, whatever first name it looks like.
  if (c.possessive && c.words.length <= 3 && opensPersonName(a, lex, c.to + 1, c.sentence)) return { type: "ORG", weight: 3 };
  // "Shares in Vodafone", "a stake in Airbus": a holding is in a company, not in a place.
  if (prev?.lower === "in" && c.from >= 2 && HOLDING_NOUNS.has(a.tokens[c.from - 2].lower)) return { type: "ORG", weight: 3 };
  if (c.words.length === 1 && lex.firstNames.has(first) && !c.acronym) return { type: "PERSON", weight: 2.5 };
  if (c.words.length >= 2 && lex.firstNames.has(first)) return { type: "PERSON", weight: 3 };
  if (c.acronym) return { type: "ORG", weight: 2 };
  const next = c.to < a.tokens.length && a.tokens[c.to].sentence === c.sentence ? a.tokens[c.to] : null;
  const after = next && (next.text === "'s" || next.text === "’s") ? a.tokens[c.to + 1] : next;
  // "Kremlin spokesman Dmitry Peskov", "Microsoft's chief executive": a name before a role word is who employs it.
  if (after && /^\p{Ll}/u.test(after.text) && (lex.titles.has(after.lower) || ORG_NOUNS.has(after.lower))) {
    return { type: "ORG", weight: 2 };
  }
  if (c.determiner) return { type: "ORG", weight: 1.5 };
  // "Raymond Chan of People Power", "Wong Kwok-kin of the FTU": a name after another name and "of", kept apart from it
  // (a place would have been typed above), is what the first belongs to.
  const ofAt = prev?.lower === "the" ? c.from - 2 : c.from - 1;
  const beforeOf = ofAt >= 1 && a.tokens[ofAt].lower === "of" ? a.tokens[ofAt - 1] : null;
  if (beforeOf && beforeOf.sentence === c.sentence && /^\p{Lu}/u.test(beforeOf.text) && !lex.firstNames.has(first)) {
    return { type: "ORG", weight: 2 };
  }
  if (next && SPEECH_VERBS.has(next.lower)) return { type: c.words.length > 1 ? "PERSON" : "ORG", weight: 1 };
  // "Bayern Munich", "Hertha Berlin": a place and a city together name a club or a firm.
  if (c.words.length >= 2 && lex.places.has(first) && lex.places.get(lastWord)?.kind === "city") return { type: "ORG", weight: 2 };
  // "PC World", "Group G", "Hitwise UK": an acronym, a lone letter or a place inside makes it an organisation's name.
  if (
    c.words.length >= 2 &&
    c.words.some((w, i) => w.length === 1 || (acronymLetters(w) !== null && !isInitials(w, i)) || isCountryOrState(lex, w))
  ) {
    return { type: "ORG", weight: 1.5 };
  }
  // "Manchester United", "Washington Post": a city first, not a first name; a person's name does not open with a
  // city's, whatever the tagger read.
  if (c.words.length >= 2 && lex.places.get(first)?.kind === "city" && !lex.firstNames.has(first)) return { type: "ORG", weight: 2 };
  // "People Power", "Civic Passion": names made of words the text also uses in lower case are not people's.
  if (c.words.length >= 2 && c.words.every((w) => lowerWords.has(normalizeKey(w)))) return { type: "ORG", weight: 1.5 };
  // "Call of Duty", "Clash of Clans": no person's name holds "of" between capitalised words (particles such as "de" or
  // "von" do), and no organisation's cue word came before it: the title of a work.
  if (c.words.length >= 3 && c.words.slice(1, -1).includes("of")) return { type: "WORK_OF_ART", weight: 1.5 };
  // "Old Trafford", "Great Lakes Fund": people's names do not open with these words.
  if (c.words.length >= 2 && NAME_OPENERS.has(first)) return { type: "ORG", weight: 1 };
  if (c.words.length >= 2 && c.words.length <= 4) return { type: "PERSON", weight: 1.5 };
  if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return { type: "GPE", weight: 1 };
  // "in Livorno, Tuscany": the name after a place and a comma is the place's region.
  const townBefore = prev?.text === "," && c.from >= 3 ? a.tokens[c.from - 2] : null;
  if (townBefore && /^\p{Lu}/u.test(townBefore.text) && PLACE_PREPOSITIONS.has(a.tokens[c.from - 3].lower)) return { type: "GPE", weight: 2 };
  return { type: c.words.length > 1 ? "PERSON" : "ORG", weight: 0.5 };
}

/** "an analyst at Smith Barney", "an economist with Midland Bank": the name after a job title and "at" or "with" is
 *  who employs the person, not a person. */
function isEmployerAfterTitle(c: Candidate, a: AnalyzedText, lex: Lexicons): boolean {
  if (c.from < 2) return false;
  const prep = a.tokens[c.from - 1];
  const title = a.tokens[c.from - 2];
  return (
    prep.sentence === c.sentence &&
    title.sentence === c.sentence &&
    (prep.lower === "at" || prep.lower === "with") &&
    title.text === title.lower &&
    lex.titles.has(title.lower)
  );
}

/** "K.C." or "J.R.R." opening a name: a person's initials, not an organisation's acronym. */
function isInitials(word: string, index: number): boolean {
  return index === 0 && /^(\p{Lu}\.){1,3}$/u.test(word);
}

function isCountryOrState(lex: Lexicons, word: string): boolean {
  const place = lex.places.get(normalizeKey(word));
  return !!place && (place.kind === "country" || place.kind === "province");
}

/** Types that can name the same thing (a country acts as an organisation; a region is a place). */
export function compatibleTypes(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const pair = (x: EntityType, y: EntityType) => (a === x && b === y) || (a === y && b === x);
  return pair("GPE", "LOC") || pair("GPE", "ORG") || pair("ORG", "FAC") || pair("LOC", "FAC") || pair("ORG", "PRODUCT");
}
