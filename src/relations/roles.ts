// Role and title patterns inside noun groups and appositives: "Kremlin spokesman Dmitry Peskov", "Russian
// President Vladimir Putin", "X, the head of Y", "Microsoft's Phil Spencer", "his wife, Olena Zelenska",
// "the US-led military bloc".
import type { Candidate } from "./candidate.js";
import {
  argAt,
  groupAt,
  groupEndingAt,
  isPossessiveMark,
  lowerOf,
  mentionOf,
  mentionTokens,
  type Arg,
  type SentenceView,
} from "./sentence.js";
import type { Mention } from "../types.js";
import { isLegalSuffix, placeKind } from "../entities/index.js";
import { afterPreposition, argOf } from "./arguments.js";
import { clauseContext, type ClauseContext } from "./context.js";
import {
  baseDep,
  caseOf,
  childBy,
  childrenBy,
  childrenOf,
  conjuncts,
  depOf,
  headOf,
  subjectsOf,
  type Tree,
} from "./tree.js";

/** Words that may stand between an organisation and a title: "former", "acting", "chief". */
const TITLE_ADJECTIVES = new Set([
  "former",
  "acting",
  "interim",
  "then",
  "late",
  "current",
  "incoming",
  "outgoing",
  "new",
  "top",
  "chief",
  "senior",
  "deputy",
  "longtime",
  "long-time",
  "veteran",
  "first",
]);
const PERSONISH = new Set(["PERSON", "OTHER"]);
const NOT_A_PARTY = new Set(["PERSON", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"]);

/** A role phrase ending at token `end` (inclusive): its first token and predicate. */
function roleEndingAt(
  view: SentenceView,
  end: number,
  table: Map<string, string>,
  maxWords: number,
): { start: number; predicate: string } | null {
  const found = roleEndingAtAs(view, end, table, maxWords, lowerOf(view.tokens[end]));
  if (found) return found;
  // a plural title ("were named executive vice presidents"): its singular
  const t = view.tokens[end];
  const singular = t.lemma.toLowerCase();
  return t.pos === "NOUN" && singular !== t.lower ? roleEndingAtAs(view, end, table, maxWords, singular) : null;
}

function roleEndingAtAs(
  view: SentenceView,
  end: number,
  table: Map<string, string>,
  maxWords: number,
  last: string,
): { start: number; predicate: string } | null {
  const { tokens } = view;
  let best: { start: number; predicate: string } | null = null;
  let phrase = "";
  let words = 0;
  for (let k = end; k >= Math.max(view.from, end - maxWords * 3); k--) {
    const t = tokens[k];
    if (mentionOf(view, k) || (!/^(NOUN|PROPN|ADJ|PUNCT|VERB)$/.test(t.pos) && t.lower !== "of")) break;
    const glued = k < end && !tokens[k + 1].spaceBefore;
    phrase = (k === end ? last : lowerOf(t)) + (k < end ? (glued ? "" : " ") : "") + phrase;
    if (t.pos !== "PUNCT") words++;
    if (words > maxWords) break;
    const predicate = table.get(phrase);
    if (predicate && t.pos !== "PUNCT") best = { start: k, predicate };
  }
  return best;
}

/** The role patterns of a sentence; with its tree, appositive, copular and possessive roles are read off the tree
 *  and only the patterns inside a name's noun phrase ("Kremlin spokesman Dmitry Peskov") off the words. */
export function roleCandidates(view: SentenceView, out: Candidate[], tree: Tree | null = null): void {
  if (tree) treeRoles(tree, out);
  let previous: Mention | null = null;
  for (let i = view.from; i < view.to; i++) {
    const mention = mentionOf(view, i);
    if (!mention || mention === previous) continue;
    previous = mention;
    const [first, last] = mentionTokens(view, i);
    i = last;
    if (mention.kind === "pronoun") continue;
    if (PERSONISH.has(mention.type)) {
      const person: Arg = { entity: mention.entity, mention, token: first, via: "head" };
      titleBefore(view, person, first, out);
      if (!tree) titleAfter(view, person, last, out);
      kinshipBefore(view, person, first, out);
      if (mention.type === "PERSON") partyTag(view, person, first, last, out);
    }
    if (mention.type === "PERSON" && !tree)
      personOf(view, { entity: mention.entity, mention, token: first, via: "head" }, first, last, out);
    ledBy(view, first, last, out);
    if (mention.type === "ORG") {
      underwriter(view, { entity: mention.entity, mention, token: first, via: "head" }, first, last, out);
      countryBeforeKind(view, { entity: mention.entity, mention, token: first, via: "head" }, first, out);
      itsUnit(view, { entity: mention.entity, mention, token: first, via: "head" }, first, last, out);
    }
    basedIn(view, first, last, out);
    if (mention.type === "ORG") ofPlace(view, { entity: mention.entity, mention, token: first, via: "head" }, last, out);
    if (mention.type === "GPE") cityIn(view, { entity: mention.entity, mention, token: first, via: "head" }, last, out);
  }
}

function push(
  out: Candidate[],
  subject: Arg,
  object: Arg,
  predicate: string,
  trigger: [number, number],
  weight: number,
  context?: ClauseContext,
): void {
  if (subject.entity === object.entity) return;
  if (!context) {
    out.push({ subject, object, predicate, trigger, negated: false, hedged: false, reportable: false, weight });
    return;
  }
  // a title a verb gives holds only as far as the verb does ("denied it would name X president")
  const { negated, hedged, speech } = context;
  out.push({ subject, object, predicate, trigger, negated, hedged, reportable: true, weight, speech });
}

/** The organisation before a title ending at `roleStart - 1`: "Kremlin", "the Kremlin's", "Russian". A
 *  minister's is a country: a name right before "Minister" or "Secretary" is the portfolio ("Argentine Treasury
 *  Secretary", "Mining and Energy Minister"), and the country may stand before it. */
function partyBefore(view: SentenceView, roleStart: number, predicate: string): Arg | null {
  const { tokens } = view;
  let k = roleStart - 1;
  while (k >= view.from && !mentionOf(view, k) && TITLE_ADJECTIVES.has(lowerOf(tokens[k]))) k--;
  if (k < view.from) return null;
  if (isPossessiveMark(tokens[k])) k--;
  let arg = argAt(view, k, "modifier");
  if (arg && predicate === MINISTER && !isCountry(arg.mention)) {
    k = mentionTokens(view, k)[0] - 1;
    arg = k >= view.from && !isPossessiveMark(tokens[k]) ? argAt(view, k, "modifier") : null;
    if (arg && !isCountry(arg.mention)) return null;
  }
  if (!arg || NOT_A_PARTY.has(arg.mention.type) || arg.mention.kind === "pronoun") return null;
  return arg;
}

const MINISTER = "minister of";

function isCountry(mention: Mention): boolean {
  return mention.type === "GPE" || mention.kind === "demonym";
}

/** "Kremlin spokesman Dmitry Peskov", "former U.S. President Donald Trump", "The Kremlin's spokesman, Dmitry
 *  Peskov". */
function titleBefore(view: SentenceView, person: Arg, first: number, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  let end = first - 1;
  const comma = end >= view.from && tokens[end].text === ",";
  if (comma) {
    if (startsClause(view, mentionTokens(view, person.token)[1])) return;
    end--;
  }
  if (end < view.from) return;
  const role = roleEndingAt(view, end, lx.roles, lx.maxRoleWords);
  if (role) {
    const titles = coordinatedTitles(view, role);
    // "Labour's shadow chancellor X": the opposition's spokesman on the post is a member of the party, not its holder
    const shadow = isShadow(view, titles[0].start);
    // "GM group executive Robert Schultz": one plain word may stand between the organisation and the title
    const start = shadow ? titles[0].start - 1 : titles[0].start;
    const first = shadow ? MEMBER_OF : titles[0].predicate;
    const party =
      partyBefore(view, start, first) ??
      (isPlainModifier(view, start - 1) ? orgOnly(partyBefore(view, start - 1, first)) : null);
    if (!party) {
      // "..., said Chairman L. Jack Van Fossen": an officer of the story's company ("President X" alone is too often a
      // head of state to say so)
      const officer = titles.map((t) => t.predicate).filter((p) => p !== PRESIDENT_OF);
      // (a capitalised word or a possessive before the title names a party the entity stage missed: "Texas Commerce
      // chairman Ben Love")
      const before = start - 1 >= view.from ? tokens[start - 1] : null;
      const named = before !== null && (/^\p{Lu}/u.test(before.text) || /^['’]s?$/.test(before.text)) && !isSentenceOpening(view, start);
      if (!shadow && !named && officer.length === titles.length) storyCompanyRoles(view, [person], officer, [titles[0].start, end + 1], out);
      return;
    }
    // "vice-president and group executive": the specific title says it all; "works for" only when none is specific
    const specific = titles.map((t) => t.predicate).filter((p) => p !== WORKS_FOR);
    const predicates = new Set(shadow ? [MEMBER_OF] : specific.length ? specific : [WORKS_FOR]);
    for (const predicate of predicates) push(out, person, party, predicate, [titles[0].start, end + 1], 1);
    return;
  }
  // "Co-founder of Google, Sergey Brin", "the head of the agency, Jane Doe"; without the comma only after an
  // organisation's name ("CEO of the Refugee Council Enver Solomon")
  const group = groupEndingAt(view, end);
  if (!group?.arg || group.arg.via !== "head" || NOT_A_PARTY.has(group.arg.mention.type)) return;
  if (!comma && (group.arg.mention.type !== "ORG" || group.arg.mention.kind === "pronoun")) return;
  const prep = group.start - 1;
  if (prep - 1 < view.from || !/^(of|for|at)$/.test(tokens[prep].lower)) return;
  const before = roleEndingAt(view, prep - 1, lx.roles, lx.maxRoleWords);
  // "Secretary of State X", "Minister of Finance, X": a minister's of-phrase is the portfolio
  if (before && !(before.predicate === MINISTER && !isCountry(group.arg.mention)))
    push(out, person, group.arg, before.predicate, [before.start, prep], 0.9);
}

/** Whether token k opens its sentence (quotes and brackets aside). */
function isSentenceOpening(view: SentenceView, k: number): boolean {
  for (let j = view.from; j < k; j++) if (/[\p{L}\p{N}]/u.test(view.tokens[j].text)) return false;
  return true;
}

const WORKS_FOR = "works for";
const PRESIDENT_OF = "president of";
const MEMBER_OF = "member of";

/** Whether "shadow" stands right before the title starting at `start` ("shadow home secretary"). */
function isShadow(view: SentenceView, start: number): boolean {
  return start - 1 >= view.from && lowerOf(view.tokens[start - 1]) === "shadow";
}

/** A party that is an organisation: "the Paris office manager" works for an office in Paris, not for Paris. */
function orgOnly(arg: Arg | null): Arg | null {
  return arg?.mention.type === "ORG" ? arg : null;
}

/** A lowercase noun or adjective that may stand before a title the table lists ("group executive"). */
function isPlainModifier(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  return k >= view.from && !mentionOf(view, k) && /^(NOUN|ADJ)$/.test(t.pos) && t.text === t.lower;
}

/** Most titles joined by "and" before one name: "chairman and chief executive", "vice-president and group executive". */
const MAX_COORDINATED_TITLES = 3;

/**
 * The titles joined by "and" that end with `last`, first to last: "Acme vice-president and group executive John
 * Doe" holds two, and the organisation stands before the first. A title may carry one plain word before it that
 * the table does not list ("group executive").
 */
function coordinatedTitles(view: SentenceView, last: { start: number; predicate: string }): { start: number; predicate: string }[] {
  const { tokens, lexicon: lx } = view;
  const titles = [last];
  while (titles.length < MAX_COORDINATED_TITLES) {
    let k = titles[0].start - 1;
    if (isPlainModifier(view, k) && k - 1 >= view.from && tokens[k - 1].lower === "and") k--;
    if (k - 1 < view.from || tokens[k].lower !== "and") break;
    const before = roleEndingAt(view, k - 1, lx.roles, lx.maxRoleWords);
    if (!before) break;
    titles.unshift(before);
  }
  return titles;
}

/** "to speak with his mother, Montalvo was ...": a name after a comma that a verb follows starts a clause. */
function startsClause(view: SentenceView, last: number): boolean {
  let i = last + 1;
  while (i < view.to && view.tokens[i].pos === "ADV") i++;
  return i < view.to && (view.tokens[i].pos === "AUX" || view.tokens[i].pos === "VERB");
}

/** "Dmitry Peskov, the Kremlin's spokesman", "X, the head of Y", "X is the president of Y". */
function titleAfter(view: SentenceView, person: Arg, last: number, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  let k = last + 1;
  if (k >= view.to) return;
  if (tokens[k].text === "," || (tokens[k].pos === "AUX" && tokens[k].lemma === "be")) k++;
  else return;
  if (k < view.to && tokens[k].pos === "DET") k++;
  // "X, the Kremlin's spokesman" / "X, Kremlin spokesman"
  const party = argAt(view, k, "modifier");
  if (party && !NOT_A_PARTY.has(party.mention.type)) {
    const [, pl] = mentionTokens(view, k);
    let r = pl + 1;
    if (r < view.to && isPossessiveMark(tokens[r])) r++;
    while (r < view.to && TITLE_ADJECTIVES.has(lowerOf(tokens[r]))) r++;
    for (let e = Math.min(view.to - 1, r + lx.maxRoleWords - 1); e >= r; e--) {
      const role = roleEndingAt(view, e, lx.roles, lx.maxRoleWords);
      if (role && role.start === r && !nounContinues(view, e)) {
        push(out, person, party, role.predicate, [r, e + 1], 0.95);
        return;
      }
    }
    return;
  }
  // "X, the head of Y", "X, a representative for the Y office"
  while (k < view.to && (TITLE_ADJECTIVES.has(lowerOf(tokens[k])) || tokens[k].pos === "ADJ")) k++;
  for (let e = Math.min(view.to - 2, k + 2 * lx.maxRoleWords); e >= k; e--) {
    if (!/^(of|for|at|with|to)$/.test(tokens[e + 1].lower)) continue;
    const role = roleEndingAt(view, e, lx.roles, lx.maxRoleWords);
    if (!role || role.start !== k) continue;
    const group = groupAt(view, e + 2);
    const target = group?.arg ?? group?.possessor ?? group?.modifiers[0] ?? null;
    if (target && !NOT_A_PARTY.has(target.mention.type)) push(out, person, target, role.predicate, [k, e + 1], 0.9);
    return;
  }
}

function nounContinues(view: SentenceView, e: number): boolean {
  return e + 1 < view.to && view.tokens[e + 1].pos === "NOUN";
}

/** Titles before a lawmaker's name that make the state of a party tag the one they sit for. */
const SENATOR_TITLES = new Set(["sen", "sen.", "senator"]);

/** "Sen. Jake Garn (R-Utah)", "Rep. Dan Rostenkowski (D-Ill.)": a lawmaker's party and state tag in brackets right
 *  after the name says which state they represent (a senator's: "senator for"). */
function partyTag(view: SentenceView, person: Arg, first: number, last: number, out: Candidate[]): void {
  const { tokens } = view;
  let k = last + 1;
  if (k + 4 >= view.to || tokens[k].text !== "(" || !/^\p{Lu}$/u.test(tokens[k + 1].text) || tokens[k + 2].text !== "-") return;
  k += 3;
  const state = argAt(view, k, "head");
  if (!state || state.mention.type !== "GPE" || state.mention.kind === "pronoun") return;
  let close = mentionTokens(view, k)[1] + 1;
  if (close < view.to && tokens[close].text === ".") close++;
  if (close >= view.to || tokens[close].text !== ")") return;
  const title = first - 1 >= view.from ? lowerOf(tokens[first - 1]) : "";
  push(out, person, state, SENATOR_TITLES.has(title) ? "senator for" : "represents", [last + 1, close + 1], 0.9);
}

/** "his wife, Olena Zelenska", "Putin's daughter Maria". */
function kinshipBefore(view: SentenceView, person: Arg, first: number, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  let k = first - 1;
  if (k >= view.from && tokens[k].text === ",") {
    if (startsClause(view, mentionTokens(view, person.token)[1])) return;
    k--;
  }
  if (k < view.from) return;
  const predicate = lx.kinship.get(lowerOf(tokens[k]));
  if (!predicate) return;
  let o = k - 1;
  if (o >= view.from && isPossessiveMark(tokens[o])) o--;
  const owner = argAt(view, o, "possessor");
  if (!owner || owner.mention.type === "ORG" || owner.mention.type === "GPE") return;
  push(out, person, owner, predicate, [k, k + 1], 0.9);
}

/** "Microsoft's Phil Spencer", "Lee Cheuk-yan of the Labour Party" (affiliated with): typed names only. */
function personOf(view: SentenceView, person: Arg, first: number, last: number, out: Candidate[]): void {
  const { tokens } = view;
  if (first - 2 >= view.from && isPossessiveMark(tokens[first - 1])) {
    const org = argAt(view, first - 2, "possessor");
    if (org && (org.mention.type === "ORG" || org.mention.type === "GPE") && org.mention.kind !== "pronoun") {
      push(out, person, org, "affiliated with", [first - 1, first], 0.8);
    }
  }
  let k = last + 1;
  if (k < view.to && tokens[k].lower === "of") {
    const group = groupAt(view, k + 1);
    if (group?.arg && group.arg.via === "head" && group.arg.mention.type === "ORG")
      push(out, person, group.arg, "affiliated with", [k, k + 1], 0.75);
  }
}

/** "the US-led military bloc", "a Saudi-led coalition", "the coalition led by Saudi Arabia": the leader and
 *  the group, which a mention may name or which is the document's most-mentioned organisation. */
function ledBy(view: SentenceView, first: number, last: number, out: Candidate[]): void {
  const { tokens } = view;
  const leader = argAt(view, first, "modifier");
  if (!leader || leader.mention.kind === "pronoun" || NOT_A_PARTY.has(leader.mention.type)) return;
  let k = last + 1;
  let trigger = -1;
  if (k + 1 < view.to && /^[-‐‑]$/.test(tokens[k].text) && tokens[k + 1].lemma.toLowerCase() === "lead") {
    trigger = k + 1;
    k += 2;
    while (
      k < view.to &&
      (tokens[k].pos === "ADJ" || (tokens[k].pos === "NOUN" && k + 1 < view.to && tokens[k + 1].pos === "NOUN"))
    )
      k++;
    if (k >= view.to) return;
    const named = argAt(view, k, "head");
    const group = named ?? groupNounReferent(view, k, leader.entity);
    if (group) push(out, leader, group, "leads", [trigger, trigger + 1], named ? 0.9 : 0.7);
    return;
  }
  // "<group noun> led by X": the mention is X, the group noun stands before "led by"
  if (first - 3 >= view.from && tokens[first - 1].lower === "by" && tokens[first - 2].lower === "led") {
    const n = first - 3;
    const named = argAt(view, n, "head");
    const group = named ?? groupNounReferent(view, n, leader.entity);
    if (group) push(out, leader, group, "leads", [first - 2, first - 1], named ? 0.85 : 0.65);
  }
}

/**
 * "National Medical Enterprises Inc said its Rehab Hospital Services Corp unit opened ...": "its", a company's name
 * and a noun for what it is to its parent; the parent is the organisation the sentence names first, before "its".
 * "Southwest Airlines Co's TranStar Airlines": an organisation's possessive before another's name, its unit when a
 * noun says so, else *affiliated with* it. The tree reads these when the parse is right; this reads the words.
 */
function itsUnit(view: SentenceView, unit: Arg, first: number, last: number, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  if (first - 1 <= view.from) return;
  const noun = last + 1 < view.to ? tokens[last + 1] : null;
  const role = noun ? (lx.orgRoles.get(noun.lower) ?? lx.orgRoles.get(noun.lemma.toLowerCase())) : undefined;
  // "Southwest Airlines Co's TranStar Airlines (unit)": an organisation's possessive right before another's name
  if (/^['’]s?$/.test(tokens[first - 1].text) && !tokens[first - 1].spaceBefore) {
    const owner = mentionOf(view, first - 2);
    if (owner && owner.type === "ORG" && owner.kind !== "pronoun" && owner.entity !== unit.entity) {
      const parent: Arg = { entity: owner.entity, mention: owner, token: first - 2, via: "possessor" };
      push(out, unit, parent, role ?? "affiliated with", role ? [last + 1, last + 2] : [first - 1, first], role ? 0.8 : 0.6);
    }
    return;
  }
  if (tokens[first - 1].lower !== "its" || !role) return;
  const predicate = role;
  for (let k = view.from; k < first - 1; k++) {
    const m = mentionOf(view, k);
    if (!m || m.type !== "ORG" || m.entity === unit.entity) continue;
    push(out, unit, { entity: m.entity, mention: m, token: k, via: "head" }, predicate, [last + 1, last + 2], 0.75);
    return;
  }
}

/** Most words between a country and the noun for what an organisation is ("Japan's [largest commercial] bank"). */
const MAX_KIND_MODIFIERS = 4;

/**
 * "South Africa's state-owned energy firm Soekor", "the Mexican state oil company Petroleos Mexicanos": a country's
 * possessive or demonym, words describing the organisation, the noun for what it is, then its name: the organisation
 * is based there (a state body of the table's kind is the country's agency). The tree reads this when the parser
 * sets the name in apposition to the noun; this reads the words, whatever the parse.
 */
function countryBeforeKind(view: SentenceView, org: Arg, first: number, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  const kindAt = first - 1;
  if (kindAt <= view.from || mentionOf(view, kindAt)) return;
  const kind = tokens[kindAt].lemma.toLowerCase();
  if (!lx.organisationNouns.has(kind) && !lx.stateBodies.has(kind)) return;
  let k = kindAt - 1;
  for (let n = 0; n < MAX_KIND_MODIFIERS && k >= view.from && !mentionOf(view, k) && /^(ADJ|NOUN|VERB|PUNCT)$/.test(tokens[k].pos); n++) {
    if (tokens[k].pos === "PUNCT" && tokens[k].text !== "-") return;
    k--;
  }
  if (k < view.from) return;
  // "Japan's": the possessive mark, then the country; "Mexican": the demonym itself
  const possessive = /^['’]s?$/.test(tokens[k].text) && !tokens[k].spaceBefore;
  const at = possessive ? k - 1 : k;
  const m = at >= view.from ? mentionOf(view, at) : null;
  if (!m || m.type !== "GPE" || (!possessive && m.kind !== "demonym") || m.entity === org.entity) return;
  const country: Arg = { entity: m.entity, mention: m, token: at, via: possessive ? "possessor" : "modifier" };
  const agency = lx.stateBodies.has(kind);
  push(out, org, country, agency ? "agency of" : "based in", [kindAt, kindAt + 1], 0.8);
}

/** The most tokens of an underwriting title or group ("sole lead manager", "co - lead managers"). */
const MAX_UNDERWRITING_TOKENS = 5;

/**
 * An issue's manager or underwriter: a bank after its title ("..., lead manager Morgan Guaranty Ltd said"), before
 * "as" and its title ("named Alex Brown and Sons Inc as lead manager"), or leading a group of underwriters
 * ("sold shares to underwriters led by Bear Stearns and Co Inc"). It underwrites the issuer: the organisation the
 * sentence names first, else the story's.
 */
function underwriter(view: SentenceView, bank: Arg, first: number, last: number, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  const phraseEndingAt = (end: number, table: Set<string>): number => {
    let phrase = "";
    let found = -1;
    for (let k = end; k >= view.from && end - k < MAX_UNDERWRITING_TOKENS; k--) {
      if (mentionOf(view, k)) break;
      phrase = lowerOf(tokens[k]) + (k < end ? (tokens[k + 1].spaceBefore ? " " : "") : "") + phrase;
      if (table.has(phrase)) found = k;
    }
    return found;
  };
  let trigger = -1;
  // "lead manager X", "the underwriters, led by X", "a group of underwriters led by X"
  if (first - 1 >= view.from) trigger = phraseEndingAt(first - 1, lx.underwritingTitles);
  if (trigger < 0 && first - 2 > view.from && tokens[first - 1].lower === "by" && /^(led|managed|headed)$/.test(tokens[first - 2].lower)) {
    let k = first - 3;
    if (k >= view.from && tokens[k].text === ",") k--;
    if (k >= view.from) trigger = phraseEndingAt(k, lx.underwritingGroups);
  }
  // "X as lead manager", "X said as joint book-runner", "X, Y and Z are the underwriters"
  let after = last + 1;
  if (after < view.to && tokens[after].lemma.toLowerCase() === "say") after++;
  const copula = () => {
    let k = last + 1;
    while (k < view.to && (mentionOf(view, k) || /^(,|and|&)$/.test(tokens[k].lower))) k++;
    return k < view.to && /^(is|are)$/.test(tokens[k].lower) ? k : -1;
  };
  const listed = trigger < 0 && after + 1 < view.to && tokens[after].lower !== "as";
  if (listed) after = copula();
  if (trigger < 0 && after >= 0 && after + 1 < view.to) {
    let k = after + 1;
    if (tokens[k].pos === "DET") k++;
    for (let end = k; end < Math.min(view.to, k + MAX_UNDERWRITING_TOKENS); end++) {
      if (phraseEndingAt(end, lx.underwritingTitles) === k) trigger = k;
    }
  }
  if (trigger < 0) return;
  // the issuer: an organisation the sentence names before any word of underwriting (the banks come after one:
  // "Underwriters are Gordon Capital Corp and Dominion Securities Inc as co-lead managers and ..."), else the story's
  let firstWord = trigger;
  for (let k = view.from; k < firstWord; k++) {
    if (phraseEndingAt(k, lx.underwritingTitles) >= 0 || phraseEndingAt(k, lx.underwritingGroups) >= 0) firstWord = k;
  }
  let issuer: Arg | null = null;
  // (the organisations before "are the underwriters" are the banks themselves)
  for (let k = view.from; k < (listed ? view.from : firstWord) && !issuer; k++) {
    const m = mentionOf(view, k);
    if (m && m.type === "ORG" && m.entity !== bank.entity) issuer = { entity: m.entity, mention: m, token: k, via: "head" };
  }
  if (!issuer && view.salientOrg && view.salientOrg.entity !== bank.entity) {
    const t = tokens[trigger];
    issuer = { entity: view.salientOrg.entity, mention: { ...view.salientOrg, start: t.start, end: t.end, text: t.text }, token: trigger, via: "proxy" };
  }
  if (issuer) push(out, bank, issuer, "underwrites", [trigger, trigger + 1], issuer.via === "head" ? 0.8 : 0.65);
}

/** "the Seattle-based company Gamma Corp", "Delta Inc, the Dallas-based retailer", "the Houston-based company
 *  said": where an organisation is, from a place glued to "-based" or "-headquartered". The organisation is the
 *  name the noun group ends in, the name it stands in apposition to, or, for a bare group noun, the document's
 *  most-mentioned organisation. */
function basedIn(view: SentenceView, first: number, last: number, out: Candidate[]): void {
  const { tokens } = view;
  const place = argAt(view, first, "modifier");
  if (!place || place.mention.kind === "pronoun" || !PLACE_TYPES.has(place.mention.type)) return;
  let k = last + 1;
  if (k + 1 >= view.to || !/^[-‐‑]$/.test(tokens[k].text) || tokens[k + 1].spaceBefore) return;
  if (!BASED_WORDS.has(tokens[k + 1].lower)) return;
  const trigger: [number, number] = [k + 1, k + 2];
  k += 2;
  // The rest of the noun group: adjectives and nouns up to its head, or a name.
  let head = -1;
  while (k < view.to && !mentionOf(view, k) && /^(ADJ|NOUN)$/.test(tokens[k].pos)) head = k++;
  const named = k < view.to ? argAt(view, k, "head") : null;
  let company: Arg | null = named && named.mention.type === "ORG" ? named : null;
  // "Delta Inc, the Dallas-based retailer": the name before the comma that opens the appositive.
  if (!company && head >= 0) {
    let d = first - 1;
    if (d >= view.from && /^(the|a|an)$/.test(lowerOf(tokens[d]))) d--;
    if (d > view.from && tokens[d].text === ",") {
      const before = argAt(view, d - 1, "head");
      if (before && before.mention.type === "ORG" && before.mention.kind !== "pronoun") company = before;
    }
    company ??= d >= view.from && tokens[d].text === "," ? null : groupNounReferent(view, head, place.entity);
  }
  if (company) push(out, company, place, "based in", trigger, named ? 0.85 : 0.7);
}

/** "Vicon Inc, of Ontario, said": newswire's way of saying where a company is. The place closes the aside (a
 *  comma or the sentence's end follows), so "Acme, of the US and Canada" or "Acme, of which Ohio owns" do not count. */
function ofPlace(view: SentenceView, company: Arg, last: number, out: Candidate[]): void {
  const { tokens } = view;
  // "Ibico AG of Switzerland": after a legal suffix the comma may go.
  const comma = last + 1 < view.to && tokens[last + 1].text === "," ? 1 : isLegalSuffix(tokens[last].text) ? 0 : -1;
  if (comma < 0) return;
  const k = last + 2 + comma;
  if (k >= view.to || tokens[last + 1 + comma].lower !== "of") return;
  const place = argAt(view, k, "head");
  if (!place || place.mention.kind === "pronoun" || place.mention.type !== "GPE") return;
  const [, end] = mentionTokens(view, k);
  const after = end + 1 < view.to ? tokens[end + 1].text : ".";
  if (after === "," || after === "." || end + 1 >= view.to) push(out, company, place, "based in", [k - 1, k], 0.8);
}

/** "Tulsa, Oklahoma", "Porto, Portugal": a place that is no country or state, a comma, and a country or state
 *  the lexicons know. A list of countries or of cities ("France, Germany", "Paris, Berlin") is not read so. */
function cityIn(view: SentenceView, city: Arg, last: number, out: Candidate[]): void {
  const k = last + 2;
  if (k >= view.to || view.tokens[last + 1].text !== ",") return;
  const region = argAt(view, k, "head");
  // the region by name or by a short form ("Keene, N.H.")
  if (!region || region.mention.type !== "GPE" || (region.mention.kind !== "name" && region.mention.kind !== "alias")) return;
  if (city.mention.kind !== "name" || city.entity === region.entity) return;
  // "Egypt, Zaire, Uganda, Sierra Leone": a place before or after the pair makes it a list.
  const [, regionEnd] = mentionTokens(view, k);
  // ("USSR, Japan, and South Korea": the serial comma before "and")
  let next = regionEnd + 1;
  while (next < view.to && /^(,|and|or)$/.test(view.tokens[next].lower)) next++;
  const listAfter = next > regionEnd + 1 && next < view.to && isPlaceAt(view, next);
  const [cityStart] = mentionTokens(view, city.token);
  const listBefore = cityStart - 2 >= view.from && view.tokens[cityStart - 1].text === "," && isPlaceAt(view, cityStart - 2);
  if (listAfter || listBefore) return;
  const outer = placeKind(region.mention.text);
  const inner = placeKind(city.mention.text);
  if ((outer === "country" || outer === "province") && (inner === null || inner === "city"))
    push(out, city, region, "located in", [last + 1, last + 2], 0.85);
}

function isPlaceAt(view: SentenceView, k: number): boolean {
  return mentionOf(view, k)?.type === "GPE";
}

const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);
const BASED_WORDS = new Set(["based", "headquartered"]);

/** What "the bloc" / "the alliance" refers to: the organisation most mentioned in the document, if the noun is a
 *  group noun. A bounded guess, so its confidence is lower. */
function groupNounReferent(view: SentenceView, k: number, exclude: string): Arg | null {
  const { tokens, lexicon: lx } = view;
  if (!lx.groupNouns.has(tokens[k].lower)) return null;
  // only a definite description refers back: "the group", not "an investor group led by X", which is a new one
  let d = k - 1;
  while (d >= view.from && /^(ADJ|NOUN|PROPN|VERB|PUNCT)$/.test(tokens[d].pos) && tokens[d].text !== ",") d--;
  if (d < view.from || lowerOf(tokens[d]) !== "the") return null;
  const best = view.salientOrg;
  if (!best || best.entity === exclude) return null;
  // the evidence points at the group noun, where the text refers to it
  const t = tokens[k];
  const mention: Mention = { ...best, start: t.start, end: t.end, text: t.text };
  return { entity: best.entity, mention, token: k, via: "proxy" };
}

const ROLE_PREPS = new Set(["of", "for", "at", "with", "to", "in"]);

/** Roles the tree shows: "X, chief executive of Y" and "X, Y's CEO" (apposition), "X is the president of Y" and
 *  "X was named CEO of Y" (copula, predicative complement), "Y's X" (works for), "X of Y" (member of). */
function treeRoles(tree: Tree, out: Candidate[]): void {
  const { view } = tree;
  const { tokens, lexicon: lx } = view;
  for (let r = view.from; r < view.to; r++) {
    const t = tokens[r];
    if (t.pos !== "NOUN" && t.pos !== "PROPN") continue;
    const mention = mentionOf(view, r);
    if (mention) {
      // once per name, at its head word
      const h = headOf(tree, r);
      if (mention.type === "PERSON" && mention.kind !== "pronoun" && (h < 0 || mentionOf(view, h) !== mention))
        personOfTree(tree, r, out);
      continue;
    }
    const kin = lx.kinship.get(lowerOf(t));
    const orgRole = kin ? undefined : lx.orgRoles.get(lowerOf(t)) ?? lx.orgRoles.get(t.lemma.toLowerCase());
    const role = kin || orgRole ? null : roleEndingAt(view, r, lx.roles, lx.maxRoleWords);
    if (!kin && !role && !orgRole) continue;
    // who holds the role
    const holders: number[] = [];
    if (depOf(tree, r) === "appos" || bareAppositive(tree, r)) holders.push(headOf(tree, r));
    // (not a phrase the parser hung on as an apposition though a preposition opens it: "sell its X unit to Y")
    for (const a of childrenBy(tree, r, "appos")) if (!afterPreposition(tree, a)) holders.push(a);
    for (const a of childrenBy(tree, r, "conj")) if (bareAppositive(tree, a)) holders.push(a);
    if (childrenBy(tree, r, "cop").length)
      for (const s of childrenBy(tree, r, "nsubj")) holders.push(...conjuncts(tree, s));
    const appointed = role ? appointment(tree, r) : null;
    if (appointed) holders.push(...appointed.holders);
    else if (depOf(tree, r) === "xcomp") holders.push(...subjectsOf(tree, r).heads);
    // "its Fluor Daniel unit": the organisation named before the noun
    if (orgRole) for (const c of childrenBy(tree, r, "compound")) if (mentionOf(view, c)) holders.push(c);
    if (!holders.length) continue;
    // of what
    const parties: number[] = [];
    // an organisation's part belongs to what it is "of" ("a unit of Y"); "its units in Brazil" say where they are
    // "ATT's vice-president of marketing": with a possessor, the of-phrase is the portfolio, not the party
    const possessed = childrenBy(tree, r, "nmod:poss").some((c) => argOf(tree, c, false));
    for (const c of childrenBy(tree, r, "nmod")) {
      const prep = caseOf(tree, c);
      const party = orgRole ? prep === "of" : ROLE_PREPS.has(prep) && !(possessed && prep === "of");
      if (party) parties.push(...conjuncts(tree, c));
    }
    for (const c of childrenBy(tree, r, "nmod:poss", "compound", "amod")) if (c < r && !holders.includes(c)) parties.push(c);
    // "chairman and chief executive of Y", "chief financial officer and treasurer at Y": titles joined by "and" share
    // the party the last one names, and each is a title the holder has
    const joined = role ? joinedTitles(tree, r) : [];
    for (const j of joined)
      for (const c of childrenBy(tree, j.token, "nmod", "obl"))
        if (ROLE_PREPS.has(caseOf(tree, c)) && caseOf(tree, c) !== "in") parties.push(...conjuncts(tree, c));
    // "K.C. Maurer, chief financial officer and treasurer at the Foundation" with the phrase hung on the name: the
    // appositive title's party
    const apposed = depOf(tree, r) === "appos" || bareAppositive(tree, r) ? headOf(tree, r) : -1;
    if (role && apposed >= 0 && !parties.some((p) => argOf(tree, p, false)))
      for (const c of childrenBy(tree, apposed, "nmod"))
        if (c > r && /^(of|at|for)$/.test(caseOf(tree, c)) && argOf(tree, c, false)?.mention.type === "ORG")
          parties.push(c);
    // "Acme said it named John Smith president": a title given with no party of its own is the appointer's ("named
    // X president of its Beta unit" names another party, even where that is no entity)
    const ownParty = childrenBy(tree, r, "nmod").some((c) => ROLE_PREPS.has(caseOf(tree, c)));
    if (appointed && !ownParty && !parties.some((p) => argOf(tree, p, false))) parties.push(...appointed.appointers);
    if (orgRole) {
      orgRoles(tree, holders, parties, orgRole, r, out);
      continue;
    }
    // "..., said Raymond Meyo, president and chief executive officer": a company's title with no party in the
    // sentence is held at the company the story is about
    // (a title an appointing verb gives is the appointer's, with the verb's polarity: not here)
    if (role && !kin && !appointed && !parties.some((p) => argOf(tree, p, false))) {
      const people = holders.map((h) => argOf(tree, h, false));
      storyCompanyRoles(view, people, [role.predicate, ...joined.map((j) => j.predicate)], [role.start, r + 1], out);
      continue;
    }
    for (const h of holders) {
      const holder = argOf(tree, h, false);
      if (!holder || !PERSONISH.has(holder.mention.type) || holder.mention.kind === "pronoun") continue;
      for (const p of parties) {
        const party = argOf(tree, p, false);
        if (!party) continue;
        if (kin) {
          if (party.mention.type === "PERSON") push(out, holder, { ...party, via: "possessor" }, kin, [r, r + 1], 0.9);
        } else if (!NOT_A_PARTY.has(party.mention.type) && party.mention.kind !== "pronoun") {
          // the portfolio: "Finance Minister", "Minister of Energy, Mines and Industry"
          if (role!.predicate === MINISTER && !isCountry(party.mention) && !isShadow(view, role!.start)) continue;
          const given = appointed ? clauseContext(tree, headOf(tree, r)) : undefined;
          // the specific titles say it all; "works for" only when none is specific
          const all = isShadow(view, role!.start) ? [MEMBER_OF] : [role!.predicate, ...joined.map((j) => j.predicate)];
          const specific = all.filter((x) => x !== WORKS_FOR && !(x === MINISTER && !isCountry(party.mention)));
          for (const predicate of new Set(specific.length ? specific : [WORKS_FOR]))
            push(out, holder, party, predicate, [role!.start, r + 1], 0.9, given);
        }
      }
    }
  }
}

/** Titles that a company's officers hold: with no party named, the story's company is theirs. */
const COMPANY_TITLES = new Set(["chairman of", "president of", "vice president of", "chief executive of", "director of"]);

/**
 * The holders of company titles that name no party, as officers of the story's company: its main organisation,
 * when that is a company by its name's legal form ("Telxon Corp"), and only holders that are people named in full.
 * A guess from the story, so a lower weight.
 */
function storyCompanyRoles(view: SentenceView, holders: (Arg | null)[], predicates: string[], trigger: [number, number], out: Candidate[]): void {
  const company = view.salientOrg;
  const titles = predicates.filter((p) => COMPANY_TITLES.has(p));
  if (!company || titles.length === 0 || !isLegalSuffix(company.text.split(/\s+/).pop() ?? "")) return;
  const t = view.tokens[trigger[0]];
  const party: Arg = { entity: company.entity, mention: { ...company, start: t.start, end: t.end, text: t.text }, token: trigger[0], via: "proxy" };
  for (const holder of holders) {
    if (!holder || holder.mention.type !== "PERSON" || holder.mention.kind !== "name") continue;
    for (const predicate of new Set(titles)) push(out, holder, party, predicate, trigger, 0.6);
  }
}

/** Titles of the table coordinated with the title at `r` by "and" ("chairman and chief executive"). */
function joinedTitles(tree: Tree, r: number): { token: number; predicate: string }[] {
  const { view } = tree;
  const out: { token: number; predicate: string }[] = [];
  for (const c of childrenBy(tree, r, "conj")) {
    const cc = childBy(tree, c, "cc");
    if (cc < 0 || view.tokens[cc].lower !== "and" || mentionOf(view, c)) continue;
    // "chairman and chief executive of Y" with "executive" read as an adjective the parser hung on "chief": the
    // title ends at the word after, which takes the party
    const next = c + 1;
    const longer =
      next < view.to && headOf(tree, next) === c ? roleEndingAt(view, next, view.lexicon.roles, view.lexicon.maxRoleWords) : null;
    if (longer && longer.start <= c) {
      out.push({ token: next, predicate: longer.predicate });
      continue;
    }
    const role = roleEndingAt(view, c, view.lexicon.roles, view.lexicon.maxRoleWords);
    if (role) out.push({ token: c, predicate: role.predicate });
  }
  return out;
}

/** "Malaysia's Prime Minister, Najib Razak, said" parsed with the name coordinated to the title: a conjunct set off
 *  by a comma, without a conjunction of its own, is an apposition when its head has no other conjunct (then it would
 *  be a list: "the chairman, the treasurer and the secretary"). */
function bareAppositive(tree: Tree, c: number): boolean {
  if (baseDep(tree, c) !== "conj" || childBy(tree, c, "cc") >= 0) return false;
  const { tokens, from } = tree.view;
  const first = leftmost(tree, c, 0);
  if (first - 1 < from || tokens[first - 1].text !== ",") return false;
  return childrenBy(tree, headOf(tree, c), "conj").length === 1;
}

/** The first word of the phrase headed by `n` (its leftmost dependent, a few levels down), leaving out punctuation. */
function leftmost(tree: Tree, n: number, depth: number): number {
  let first = n;
  if (depth < 4)
    for (const c of childrenOf(tree, n))
      if (c < first && tree.view.tokens[c].pos !== "PUNCT") first = Math.min(first, leftmost(tree, c, depth + 1));
  return first;
}

const ORGANISED = new Set(["ORG", "GPE"]);

/** Predicates of the verbs that give someone a post ("name", "appoint", "elect"). */
const APPOINTING = new Set(["appoints", "elects", "hires"]);

/**
 * A title an appointing verb gives: who gets it and who gives it. "Acme named John Smith president" (the title a
 * complement, or its object when the parser hung the name on the title: "named [John Smith president]", also with
 * "named" misread as a participle after "it"), "John Smith was named president of Acme" (a passive's subject gets
 * it), "named John Smith as president". The appointer is the active verb's subject; null when the noun is no such
 * title.
 */
function appointment(tree: Tree, r: number): { holders: number[]; appointers: number[] } | null {
  const { view } = tree;
  const g = headOf(tree, r);
  if (g < 0 || view.tokens[g].pos !== "VERB") return null;
  const dep = baseDep(tree, r);
  if (dep !== "xcomp" && dep !== "obj" && !(dep === "obl" && caseOf(tree, r) === "as")) return null;
  const entry = view.lexicon.verbs.get(view.tokens[g].lemma.toLowerCase());
  const predicate = entry?.get("");
  if (!predicate || !APPOINTING.has(predicate)) return null;
  // a name the parser hung on the title, before it ("named [Lawrence Johnes] president")
  const glued = childrenBy(tree, r, "compound", "flat").filter((c) => c < r && mentionOf(view, c)?.type === "PERSON");
  const passive = childBy(tree, g, "aux:pass") >= 0;
  const subjects = subjectsOf(tree, g).heads;
  if (glued.length) return { holders: glued, appointers: passive ? [] : subjects };
  if (passive) return dep === "obj" || dep === "xcomp" ? { holders: subjects, appointers: [] } : null;
  // the person named: the object, or a name the parser made the complement ("named [John Smith] as president")
  const objects = childrenBy(tree, g, "obj", "iobj", "xcomp").filter(
    (o) => o !== r && (baseDep(tree, o) !== "xcomp" || mentionOf(view, o)?.type === "PERSON"),
  );
  if (!objects.length) return null;
  return { holders: objects.flatMap((o) => conjuncts(tree, o)), appointers: subjects };
}

/** "BP North America is a subsidiary of British Petroleum", "its Fluor Daniel unit". */
function orgRoles(tree: Tree, holders: number[], parties: number[], predicate: string, r: number, out: Candidate[]) {
  for (const h of holders) {
    const holder = argOf(tree, h, false);
    if (!holder || holder.mention.type !== "ORG" || holder.mention.kind === "pronoun") continue;
    for (const p of parties) {
      const party = argOf(tree, p, false);
      if (!party || !ORGANISED.has(party.mention.type) || holders.includes(p)) continue;
      // "its Norwegian subsidiary, X": a country's demonym before the noun says where the unit is, not whose
      if (party.mention.kind === "demonym" && baseDep(tree, p) !== "nmod") {
        push(out, holder, party, "based in", [r, r + 1], 0.75);
        continue;
      }
      push(out, holder, party, predicate, [r, r + 1], 0.85);
    }
  }
}

/** The second of exactly two names joined by "and" after a possessive ("Y's A and B"), when it has no possessor,
 *  modifier or "of" phrase of its own; else -1. */
function sharedPossessive(tree: Tree, p: number): number {
  // a pair, not the end of a longer list ("X's A, Y's B and nonpartisan C"), and B without words of its own
  const pairs = childrenBy(tree, p, "conj");
  if (pairs.length !== 1 || baseDep(tree, p) === "conj") return -1;
  const b = pairs[0];
  if (childrenBy(tree, b, "amod", "nmod:desc").some((c) => !mentionOf(tree.view, c))) return -1;
  const cc = childBy(tree, b, "cc");
  if (cc < 0 || tree.view.tokens[cc].lower !== "and" || childBy(tree, b, "conj") >= 0) return -1;
  if (childBy(tree, b, "nmod:poss") >= 0) return -1;
  if (nameChildren(tree, b, "nmod").some((c) => caseOf(tree, c) === "of")) return -1;
  return mentionOf(tree.view, b) ? b : -1;
}

/** Children of any word of the name at `p` that lie outside the name, by relation. */
function nameChildren(tree: Tree, p: number, ...deps: string[]): number[] {
  const [first, last] = mentionTokens(tree.view, p);
  const out: number[] = [];
  for (let k = first; k <= last; k++)
    for (const c of childrenBy(tree, k, ...deps)) if (c < first || c > last) out.push(c);
  return out;
}

/** The predicate of a title of the table standing right before the person's name with nothing before it that
 *  could be its own party ("analyst John Smith", not "Acme analyst John Smith"; a minister's portfolio may stand
 *  there: "Energy Minister"), or null. */
function titleRightBefore(tree: Tree, p: number): string | null {
  const { view } = tree;
  const { lexicon: lx } = view;
  const first = mentionTokens(view, p)[0];
  if (first - 1 < view.from) return null;
  const role = roleEndingAt(view, first - 1, lx.roles, lx.maxRoleWords);
  if (!role) return null;
  const before = role.start - 1;
  // a minister's portfolio may stand before the title ("Energy Minister"); any other name there is the party
  const named = before >= view.from && (mentionOf(view, before) || isPossessiveMark(view.tokens[before]));
  return named && role.predicate !== MINISTER ? null : role.predicate;
}

/** "Microsoft's Phil Spencer", "Lee Cheuk-yan of the Labour Party" (affiliated with: a party's member, a company's
 *  employee), "a boy from Irving" (comes from), on the tree. */
function personOfTree(tree: Tree, p: number, out: Candidate[]): void {
  const person = argOf(tree, p, false);
  if (!person) return;
  for (const c of childrenBy(tree, p, "nmod:poss")) {
    const org = argOf(tree, c, false);
    if (org && (org.mention.type === "ORG" || org.mention.type === "GPE") && org.mention.kind !== "pronoun") {
      push(out, person, { ...org, via: "possessor" }, "affiliated with", [c, c + 1], 0.8);
      // "DAB's Starry Lee and Holden Chow": the possessive scopes over a pair of names joined by "and"
      const partner = sharedPossessive(tree, p);
      const other = partner >= 0 ? argOf(tree, partner, false) : null;
      if (other && other.mention.type === "PERSON" && other.mention.kind !== "pronoun")
        push(out, other, { ...org, via: "possessor" }, "affiliated with", [c, c + 1], 0.7);
    }
  }
  // "Ahmed Mohamed, a 14-year-old boy from Irving": the common noun in apposition describes the person
  const described = childrenBy(tree, p, "appos", "conj").filter(
    (a) =>
      tree.view.tokens[a].pos === "NOUN" &&
      !mentionOf(tree.view, a) &&
      (baseDep(tree, a) === "appos" || bareAppositive(tree, a)),
  );
  for (const a of described)
    for (const c of childrenBy(tree, a, "nmod")) {
      const place = caseOf(tree, c) === "from" ? argOf(tree, c, false) : null;
      if (place && place.via === "head" && place.mention.type === "GPE" && place.mention.kind !== "pronoun")
        push(out, person, place, "comes from", [c, c + 1], 0.75);
    }
  // (the parser may hang the phrase on the name's last word: "Tomas [Ibarra [of Paraguay]]")
  for (const c of nameChildren(tree, p, "nmod")) {
    const prep = caseOf(tree, c);
    if (prep !== "of" && prep !== "from") continue;
    const other = argOf(tree, c, false);
    if (!other || other.via !== "head" || other.mention.kind === "pronoun") continue;
    // "Lee Cheuk-yan of the Labour Party", "Larry Eckenfelder of Prudential-Bache Securities"; "a boy from Irving"
    // "analyst John Smith of Acme", "musician Nick Rhodes of Duran Duran": a title before the name says what
    // the person is there (a minister's title names a portfolio, not the organisation)
    if (other.mention.type === "ORG") {
      const title = prep === "of" ? titleRightBefore(tree, p) : null;
      const predicate = title && title !== MINISTER ? title : "affiliated with";
      push(out, person, other, predicate, [c, c + 1], 0.75);
    } else if (prep === "of" && other.mention.type === "GPE") {
      // "Energy Minister Javier Espinosa of Ecuador": the title's country
      const title = titleRightBefore(tree, p);
      if (title) push(out, person, other, title, [c, c + 1], 0.75);
    }
    else if (prep === "from" && other.mention.type === "GPE") push(out, person, other, "comes from", [c, c + 1], 0.75);
  }
}
