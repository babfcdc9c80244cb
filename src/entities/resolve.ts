// Within-document name resolution: groups candidate mentions into entities. Surnames and partial names go to
// the full name met before, acronyms to their expansion, demonyms used as modifiers and capitals used as actors
// to their country. Guards: different first names never merge; incompatible strong types never merge.
import type { AnalyzedText, Token } from "../nlp/index.js";
import type { EntityType, Mention } from "../types.js";
import { compatibleTypes, guessType, STRONG, type TypeGuess } from "./classify.js";
import type { Candidate } from "./detect.js";
import type { Gender, Lexicons } from "./lexicons.js";
import { initialsOf, normalizeKey } from "./text.js";

/** An entity while a document is being resolved. */
export interface DraftEntity {
  n: number;
  /** Fixed canonical label (places, peoples), else chosen from the name forms at the end. */
  canonical: string | null;
  fixedType: EntityType | null;
  votes: Map<EntityType, number>;
  /** Strongest single guess so far, for the merge guards. */
  strong: TypeGuess | null;
  /** Longest name in words, e.g. ["Dmitry", "Peskov"]. */
  words: string[];
  /** Name forms used (text without possessive), with counts. */
  forms: Map<string, number>;
  gender: Gender | null;
  mentions: DraftMention[];
  mergedInto: DraftEntity | null;
}

export interface DraftMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  kind: NonNullable<Mention["kind"]>;
  entity: DraftEntity;
}

/** How many organisations sharing a word a lone word is compared with. */
const MAX_PART_CANDIDATES = 32;
const LEGAL_SUFFIXES = new Set([
  "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "sa", "s.a.",
  "nv", "n.v.", "bv", "ab", "asa", "spa", "s.p.a.", "limited", "incorporated", "holdings",
]);
const NAME_CONNECTORS = new Set(["of", "the", "and", "&", "for", "de", "la", "le", "du", "al", "el", "bin", "von", "van", "new"]);
const ACTOR_BLOCKERS = new Set([
  "visited", "visiting", "visits", "toured", "reached", "left", "leaving", "fled", "entered", "flew", "travelled",
  "traveled", "in", "at", "to", "from", "near", "of", "across", "outside", "inside", "via", "into", "around", "toward",
  "towards", "visit", "through", "between",
]);

function strongOnly(guess: TypeGuess | null): TypeGuess | null {
  return guess && guess.weight >= STRONG ? guess : null;
}

/** Follows merges to the entity that absorbed this one. */
export function root(e: DraftEntity): DraftEntity {
  let r = e;
  while (r.mergedInto) r = r.mergedInto;
  return r;
}

function isPersonLike(e: DraftEntity): boolean {
  if (e.fixedType) return e.fixedType === "PERSON";
  const s = e.strong;
  return !s || s.weight < STRONG || s.type === "PERSON";
}

function conflict(e: DraftEntity, g: TypeGuess): boolean {
  if (e.fixedType) return !compatibleTypes(e.fixedType, g.type) && g.weight >= STRONG;
  const s = e.strong;
  return !!s && s.weight >= STRONG && g.weight >= STRONG && !compatibleTypes(s.type, g.type);
}

/** A capital is an actor, not a place, when it is a subject or an object rather than after a preposition. */
function capitalActsAsCountry(c: Candidate, tokens: Token[]): boolean {
  const prev = c.from > 0 && tokens[c.from - 1].sentence === c.sentence ? tokens[c.from - 1] : null;
  if (prev && ACTOR_BLOCKERS.has(prev.lower)) return false;
  if (c.possessive) return true;
  // "... worse than during Cold War – Moscow": a capital closing a headline after a dash is who says it.
  const last = c.to >= tokens.length || tokens[c.to].sentence !== c.sentence || tokens[c.to].pos === "PUNCT";
  if (prev && /^[–—-]$/.test(prev.text) && last) return true;
  const nextIndex = c.to;
  const next = nextIndex < tokens.length && tokens[nextIndex].sentence === c.sentence ? tokens[nextIndex] : null;
  if (next && (next.pos === "VERB" || next.pos === "AUX")) return true;
  if (prev && prev.pos === "VERB") return true;
  return false;
}

export class Resolver {
  readonly entities: DraftEntity[] = [];
  readonly mentions: DraftMention[] = [];
  private byForm = new Map<string, DraftEntity>();
  private byKey = new Map<string, DraftEntity>();
  private byLast = new Map<string, DraftEntity[]>();
  private byInitials = new Map<string, DraftEntity>();
  private byAcronym = new Map<string, DraftEntity>();
  private byWord = new Map<string, DraftEntity[]>();
  private byFirst = new Map<string, DraftEntity[]>();

  /**
   * `lowerWords`: words the text uses in lower case (names made only of them are rarely people's), as filled by
   * detectCandidates.
   */
  constructor(
    private readonly a: AnalyzedText,
    private readonly lex: Lexicons,
    private readonly lowerWords: Set<string>,
  ) {}

  private create(words: string[], canonical: string | null, fixedType: EntityType | null): DraftEntity {
    const e: DraftEntity = {
      n: this.entities.length,
      canonical,
      fixedType,
      votes: new Map(),
      strong: null,
      words,
      forms: new Map(),
      gender: null,
      mentions: [],
      mergedInto: null,
    };
    this.entities.push(e);
    return e;
  }

  private add(c: Candidate, e: DraftEntity, kind: DraftMention["kind"], guess: TypeGuess | null): void {
    const m: DraftMention = { start: c.start, end: c.end, text: c.text, sentence: c.sentence, kind, entity: e };
    this.mentions.push(m);
    e.mentions.push(m);
    if (kind === "name" || kind === "alias") e.forms.set(c.text, (e.forms.get(c.text) ?? 0) + 1);
    if (guess) {
      e.votes.set(guess.type, (e.votes.get(guess.type) ?? 0) + guess.weight);
      if (!e.strong || guess.weight > e.strong.weight) e.strong = guess;
    }
    if (c.titleGender && !e.gender) e.gender = c.titleGender;
    if (kind !== "demonym" && c.words.length > e.words.length && !e.canonical) e.words = c.words;
    this.byForm.set(c.key, e);
  }

  private keyed(key: string, label: string, type: EntityType): DraftEntity {
    let e = this.byKey.get(key);
    if (!e) {
      e = this.create([label], label, type);
      this.byKey.set(key, e);
    }
    return e;
  }

  /** Resolves one candidate (called in text order). */
  resolve(c: Candidate): void {
    const { lex } = this;
    const tokens = this.a.tokens;
    if (c.demonym && !this.surnameMatch(c)) {
      const d = c.demonym;
      if (d.plural) return this.add(c, this.keyed("norp:" + d.people, d.people, "NORP"), "demonym", null);
      if (!d.country) return; // "Jewish", "Sunni": a modifier naming no single entity
      return this.add(c, this.keyed("place:" + d.country, d.country, "GPE"), "demonym", null);
    }
    const guess = guessType(c, this.a, lex, this.lowerWords);
    if (c.place && !this.surnameMatch(c)) {
      const p = c.place;
      const kindOf = (label: string) => (c.key === normalizeKey(label) ? "name" : "alias");
      if (p.kind === "city" && p.capitalOf && capitalActsAsCountry(c, tokens)) {
        return this.add(c, this.keyed("place:" + p.capitalOf, p.capitalOf, "GPE"), "alias", null);
      }
      const type: EntityType = p.kind === "region" ? "LOC" : "GPE";
      return this.add(c, this.keyed("place:" + p.canonical, p.canonical, type), kindOf(p.canonical), null);
    }
    const key = c.key;
    // "Nvidia Corp." is "Nvidia": a legal suffix does not change the organisation.
    const base = c.words.length > 1 && LEGAL_SUFFIXES.has(normalizeKey(c.words[c.words.length - 1]))
      ? normalizeKey(c.words.slice(0, -1).join(" "))
      : null;
    // A place name that is someone's surname here votes for nothing ("Valeska Paris" ... "Paris said").
    const vote = c.place ? null : guess;
    // The same name again.
    const same = this.byForm.get(key) ?? (base ? this.byForm.get(base) : undefined);
    if (same && !conflict(root(same), guess)) {
      // A short form met before ("Montalvo" again) votes like the first time: only with strong evidence.
      const short = c.words.length < root(same).words.length;
      return this.add(c, root(same), short ? "alias" : "name", short ? strongOnly(vote) : vote);
    }
    // An acronym for a name met before ("NATO" after "North Atlantic Treaty Organization").
    if (c.acronym) {
      const expanded = this.byInitials.get(c.acronym);
      if (expanded && !conflict(root(expanded), guess)) return this.add(c, root(expanded), "alias", guess);
    }
    // A surname or partial name of a person met before.
    // Short forms vote only with strong evidence: "Montalvo said" must not outvote "Daniel Montalvo".
    const person = this.surnameMatch(c);
    if (person && !conflict(person, guess)) return this.add(c, person, "alias", strongOnly(vote));
    // A first name alone for the one person met before with it ("Daniel" after "Daniel Montalvo").
    const byFirst = this.firstNameMatch(c);
    if (byFirst && !conflict(byFirst, guess)) return this.add(c, byFirst, "alias", strongOnly(vote));
    // A part of an organisation's name met before: "Scientology" after "Church of Scientology", "the Authority".
    const org = this.orgPartMatch(c);
    if (org && !conflict(org, guess)) return this.add(c, org, "alias", strongOnly(vote));
    // A name whose acronym was met before ("NATO ... the North Atlantic Treaty Organization").
    const initials = c.words.length >= 2 ? initialsOf(c.words) : "";
    if (initials.length >= 2) {
      const acr = this.byAcronym.get(initials);
      if (acr && !conflict(root(acr), guess)) {
        this.register(c, root(acr));
        return this.add(c, root(acr), "alias", guess);
      }
    }
    const e = this.create(c.words, null, null);
    this.add(c, e, "name", guess);
    this.register(c, e);
    if (base && !this.byForm.has(base)) this.byForm.set(base, e);
    if (c.words.length >= 2 && guess.type !== "PERSON") {
      for (const w of c.words) {
        const k = normalizeKey(w);
        if (NAME_CONNECTORS.has(k)) continue;
        const list = this.byWord.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byWord.set(k, list);
      }
    }
  }

  /** The person a lone known first name refers to, when exactly one person met so far has it. */
  private firstNameMatch(c: Candidate): DraftEntity | null {
    if (c.words.length !== 1 || c.acronym) return null;
    const key = normalizeKey(c.words[0]);
    if (!this.lex.firstNames.has(key)) return null;
    let found: DraftEntity | null = null;
    for (const e0 of (this.byFirst.get(key) ?? []).slice(-MAX_PART_CANDIDATES)) {
      const e = root(e0);
      if (e === found || !isPersonLike(e) || e.words.length < 2) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** The organisation a single word refers to: a distinctive word of exactly one, or its cue word after "the". */
  private orgPartMatch(c: Candidate): DraftEntity | null {
    if (c.words.length !== 1 || c.acronym || c.place || c.demonym) return null;
    const key = normalizeKey(c.words[0]);
    const list = this.byWord.get(key);
    if (!list) return null;
    // Only the latest organisations with the word count: a bounded look keeps long texts linear.
    const recent = list.length > MAX_PART_CANDIDATES ? list.slice(-MAX_PART_CANDIDATES) : list;
    const live = [...new Set(recent.map(root))].filter((e) => !isPersonLike(e) || e.strong?.type !== "PERSON");
    const cues = this.lex.cues;
    const isCue = cues.org.has(key) || cues.facility.has(key) || cues.event.has(key) || cues.law.has(key);
    if (isCue) {
      if (!c.determiner) return null;
      // "the Church" for the Church of Scientology, "the Authority" for the Competition and Markets Authority.
      const ending = live.filter(
        (e) => normalizeKey(e.words[e.words.length - 1]) === key || normalizeKey(e.words[0]) === key,
      );
      return ending.length > 0 ? ending[ending.length - 1] : null;
    }
    return live.length === 1 ? live[0] : null;
  }

  private register(c: Candidate, e: DraftEntity): void {
    if (c.acronym) {
      if (!this.byAcronym.has(c.acronym)) this.byAcronym.set(c.acronym, e);
      return;
    }
    if (c.words.length >= 2) {
      const initials = initialsOf(c.words);
      if (initials.length >= 2 && !this.byInitials.has(initials)) this.byInitials.set(initials, e);
      if (c.words.length <= 5) {
        const last = normalizeKey(c.words[c.words.length - 1]);
        const list = this.byLast.get(last) ?? [];
        list.push(e);
        this.byLast.set(last, list);
        const first = normalizeKey(c.words[0]);
        const firsts = this.byFirst.get(first) ?? [];
        firsts.push(e);
        this.byFirst.set(first, firsts);
      }
    }
  }

  /** The person a surname or partial name refers to: the most recent one whose name ends with these words. */
  private surnameMatch(c: Candidate): DraftEntity | null {
    if (c.acronym || c.words.length > 3) return null;
    const last = normalizeKey(c.words[c.words.length - 1]);
    const list = this.byLast.get(last);
    if (!list) return null;
    const words = c.words.map(normalizeKey);
    for (let i = list.length - 1; i >= 0 && i >= list.length - MAX_PART_CANDIDATES; i--) {
      const e = root(list[i]);
      if (!isPersonLike(e) || e.words.length <= words.length) continue;
      const full = e.words.map(normalizeKey);
      // The partial name must be the end of the full name: "Peskov", "Al Thani"; a different first name never
      // matches ("Jill Biden" is not "Joe Biden").
      const tail = full.slice(full.length - words.length);
      if (tail.every((w, j) => w === words[j])) return e;
    }
    return null;
  }

  /** Merges a short name met before its full name ("Trump ... Donald Trump") when exactly one person fits. */
  mergeEarlySurnames(): void {
    for (const e of this.entities) {
      if (e.mergedInto || e.canonical || e.words.length !== 1 || !isPersonLike(e)) continue;
      const list = this.byLast.get(normalizeKey(e.words[0]));
      if (!list) continue;
      const targets = [...new Set(list.slice(-MAX_PART_CANDIDATES).map(root))].filter(
        (t) => t !== e && isPersonLike(t) && t.words.length > 1,
      );
      if (targets.length !== 1) continue;
      this.merge(e, targets[0]);
    }
  }

  /** Merges an acronym entity and a later-found expansion entity the resolver did not join on the way. */
  mergeAcronyms(): void {
    for (const [letters, acr] of this.byAcronym) {
      const full = this.byInitials.get(letters);
      if (!full) continue;
      const a = root(acr);
      const b = root(full);
      if (a === b || isPersonLike(b) && b.strong?.type === "PERSON") continue;
      if (a.strong && b.strong && !compatibleTypes(a.strong.type, b.strong.type)) continue;
      this.merge(a, b);
    }
  }

  private merge(from: DraftEntity, into: DraftEntity): void {
    from.mergedInto = into;
    for (const m of from.mentions) {
      m.entity = into;
      if (m.kind === "name") m.kind = "alias";
      into.mentions.push(m);
    }
    from.mentions = [];
    for (const [form, n] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + n);
    for (const [t, w] of from.votes) into.votes.set(t, (into.votes.get(t) ?? 0) + w);
    if (from.strong && (!into.strong || from.strong.weight > into.strong.weight)) into.strong = from.strong;
    into.gender ??= from.gender;
  }
}
