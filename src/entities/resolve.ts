// Within-document name resolution: groups candidate mentions into entities. Surnames and partial names go to
// the full name met before, acronyms to their expansion, demonyms used as modifiers and capitals used as actors
// to their country. Guards: different first names never merge; incompatible strong types never merge.
import { wordClass, type AnalyzedText, type Token } from "../nlp/index.js";
import type { EntityType, Mention } from "../types.js";
import { compatibleTypes, guessType, STRONG, type TypeGuess } from "./classify.js";
import type { Candidate } from "./detect.js";
import type { Gender, Lexicons } from "./lexicons.js";
import { acronymLetters, initialsOf, isLegalSuffix, normalizeKey } from "./text.js";

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

/** Parts of speech of a lone lowercase word that say a code is an English word ("IT", "IN", "ID"), not a country. */
const WORD_CLASSES = new Set(["NOUN", "ADJ", "VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "NUM", "INTJ"]);

/** How many organisations sharing a word a lone word is compared with. */
const MAX_PART_CANDIDATES = 32;
const NAME_CONNECTORS = new Set(["of", "the", "and", "&", "for", "de", "la", "le", "du", "al", "el", "bin", "von", "van", "new"]);
// Words after which a place name names the place: "in Paris", "fled Kabul", "love Venice". A capital after one is
// no actor for its country, and a place name that is also a person's surname here is the place.
const ACTOR_BLOCKERS = new Set([
  "visited", "visiting", "visits", "toured", "reached", "left", "leaving", "fled", "entered", "flew", "travelled",
  "traveled", "in", "at", "to", "from", "near", "of", "across", "outside", "inside", "via", "into", "around", "toward",
  "towards", "visit", "through", "between", "love", "loves", "loved",
]);

/** The word before a name placing it: "in", "to", "visited"... (see ACTOR_BLOCKERS). */
function placedByPreviousWord(c: Candidate, tokens: Token[]): boolean {
  const prev = c.from > 0 && tokens[c.from - 1].sentence === c.sentence ? tokens[c.from - 1] : null;
  return prev !== null && ACTOR_BLOCKERS.has(prev.lower);
}

/** The key a name form is looked up under: "New People's Party" = "New People Party", "IE." = "IE", "U.N." = "UN". */
function formKey(key: string): string {
  return key.replace(/'s\b|'/g, "").replace(/\./g, "");
}

/** The head word of a name: its last word before the first "of" or "for" ("Court" in "Supreme Court of Cassation"),
 *  or before its legal form ("Kodak" in "Eastman Kodak Co"). */
function headWord(words: string[]): string {
  for (let i = 1; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (w === "of" || w === "for") return words[i - 1];
  }
  // "Eastman Kodak Co": a legal form closes the name, the word before it heads it
  let last = words.length - 1;
  while (last > 0 && isLegalSuffix(words[last])) last--;
  return words[last];
}

/** A person by strong evidence (a title, a first name): never part of an organisation's name. */
function isStrongPerson(e: DraftEntity): boolean {
  return e.fixedType === "PERSON" || (e.strong !== null && e.strong.type === "PERSON" && e.strong.weight >= STRONG);
}

/** The type an entity's votes lead with so far (its fixed type when it has one). */
function leadingType(e: DraftEntity): EntityType | null {
  if (e.fixedType) return e.fixedType;
  let best: EntityType | null = null;
  let weight = 0;
  for (const [t, w] of e.votes) {
    if (w > weight) {
      best = t;
      weight = w;
    }
  }
  return best;
}

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
  if (placedByPreviousWord(c, tokens)) return false;
  const prev = c.from > 0 && tokens[c.from - 1].sentence === c.sentence ? tokens[c.from - 1] : null;
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
  /** Multi-word names by their initials; several entities under one key compete, and none is chosen. */
  private byInitials = new Map<string, DraftEntity[]>();
  private byAcronym = new Map<string, DraftEntity>();
  private byWord = new Map<string, DraftEntity[]>();
  private byFirst = new Map<string, DraftEntity[]>();
  /** Entities by the head word of their longest name, for the containment pass ("Court" → Supreme Court of ...). */
  private byHead = new Map<string, DraftEntity[]>();
  /** The candidate resolved last and its entity: "European Union (EU)" pairs an acronym with the name before it. */
  private previous: { c: Candidate; e: DraftEntity } | null = null;

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
    this.byForm.set(formKey(c.key), e);
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
    const before = this.mentions.length;
    this.resolveOne(c);
    this.previous = this.mentions.length > before ? { c, e: this.mentions[this.mentions.length - 1].entity } : null;
  }

  private resolveOne(c: Candidate): void {
    const { lex } = this;
    const tokens = this.a.tokens;
    if (c.demonym && !this.personOverPlace(c)) {
      const d = c.demonym;
      if (d.plural) return this.add(c, this.keyed("norp:" + d.people, d.people, "NORP"), "demonym", null);
      if (!d.country) {
        // "Jewish", "Sunni": a modifier naming no single entity; "the Rohingya fled": a people.
        if (!this.usedAsNoun(c)) return;
        return this.add(c, this.keyed("norp:" + d.people, d.people, "NORP"), "demonym", null);
      }
      return this.add(c, this.keyed("place:" + d.country, d.country, "GPE"), "demonym", null);
    }
    const guess = guessType(c, this.a, lex, this.lowerWords);
    if (c.place && !this.personOverPlace(c)) {
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
    const base = c.words.length > 1 && isLegalSuffix(c.words[c.words.length - 1])
      ? normalizeKey(c.words.slice(0, -1).join(" "))
      : null;
    // "the North" in a text naming North Korea (and no other "North ..." country).
    const compass = c.determiner && c.words.length === 1 ? this.compassCountry(key) : null;
    if (compass) return this.add(c, compass, "alias", null);
    // "the European Union (EU)", "EU (European Union)": the text pairs an acronym with its expansion.
    const paired = this.pairedWith(c);
    if (paired) {
      this.register(c, paired);
      if (c.acronym) this.byAcronym.set(c.acronym, paired);
      return this.add(c, paired, "alias", guess);
    }
    // "NZ" in a text naming New Zealand: a country's code, unless the code is also a word ("IT", "IN", "ID").
    const country = c.acronym ? lex.countryCodes.get(key) : undefined;
    if (country && this.byKey.has("place:" + country) && !WORD_CLASSES.has(wordClass(key))) {
      return this.add(c, this.keyed("place:" + country, country, "GPE"), "alias", null);
    }
    // Well-known institutions and parties by any of their names ("EU", "Tories", "UKIP"), before any guess from
    // initials: "EU" never meets "Edinburgh University".
    const known = this.byForm.has(formKey(key))
      ? undefined
      : (lex.institutions.get(key) ?? (base ? lex.institutions.get(base) : undefined) ?? lex.partyMembers.get(key));
    if (known) {
      const e = this.keyed("org:" + known.name, known.name, known.type);
      return this.add(c, e, key === normalizeKey(known.name) ? "name" : "alias", null);
    }
    // A place name that is someone's surname here votes for nothing ("Valeska Paris" ... "Paris said").
    const vote = c.place ? null : guess;
    // The same name again.
    const same = this.byForm.get(formKey(key)) ?? (base ? this.byForm.get(formKey(base)) : undefined);
    // A headline's capitals say little of a name's type: the name the sentences wrote decides ("MORGAN KEEGAN" is
    // Morgan Keegan Inc, no person).
    if (same && (c.headline || !conflict(root(same), guess))) {
      // A short form met before ("Montalvo" again) votes like the first time: only with strong evidence; a headline's
      // form not at all.
      const short = c.words.length < root(same).words.length;
      return this.add(c, root(same), short ? "alias" : "name", c.headline ? null : short ? strongOnly(vote) : vote);
    }
    // An acronym for a name met before ("NATO" after "North Atlantic Treaty Organization").
    if (c.acronym) {
      const expanded = this.initialsMatch(c.acronym);
      if (expanded && !conflict(expanded, guess)) return this.add(c, expanded, "alias", guess);
    }
    // A surname or partial name of a person met before.
    // Short forms vote only with strong evidence: "Montalvo said" must not outvote "Daniel Montalvo".
    const person = this.surnameMatch(c);
    // A place or demonym got here only as the surname of a person met before: its own type says nothing.
    if (person && (c.place || c.demonym || !conflict(person, guess))) return this.add(c, person, "alias", strongOnly(vote));
    // A first name alone for the one person met before with it ("Daniel" after "Daniel Montalvo").
    const byFirst = this.firstNameMatch(c);
    if (byFirst && !conflict(byFirst, guess)) return this.add(c, byFirst, "alias", strongOnly(vote));
    // A part of an organisation's name met before: "Scientology" after "Church of Scientology", "the Authority".
    const org = this.orgPartMatch(c, guess);
    if (org && !conflict(org, guess)) return this.add(c, org, "alias", strongOnly(vote));
    // A name whose acronym was met before ("NATO ... the North Atlantic Treaty Organization").
    const initials = c.words.length >= 2 ? initialsOf(c.words) : "";
    if (initials.length >= 2 && guess.type !== "PERSON") {
      const acr = this.byAcronym.get(initials);
      if (acr && !root(acr).canonical && !conflict(root(acr), guess)) {
        this.register(c, root(acr));
        return this.add(c, root(acr), "alias", guess);
      }
    }
    // "Advanced Voice" after "Advanced Voice Technologies Inc", "GOODYEAR TIRE <GT>" for the Goodyear Tire and
    // Rubber Co of the first sentence: the first words of one company's name met before.
    const longer = this.prefixMatch(c);
    if (longer) return this.add(c, longer, "alias", null);
    if (c.headline) {
      // The rest of a headline's capitals are the tagger's guesses, where capitals say nothing: a name no sentence
      // writes is kept only when it is a company's by its stock symbol or legal form, or an acronym. (A headline in
      // Title Case keeps its lower-case words, which tell names apart well enough.)
      if (!c.confirmed && !c.acronym && c.text === c.text.toUpperCase()) return;
    }
    const e = this.create(c.words, null, null);
    this.add(c, e, "name", guess);
    this.register(c, e);
    if (base && !this.byForm.has(formKey(base))) this.byForm.set(formKey(base), e);
    if (c.words.length >= 2 && guess.type !== "PERSON") {
      const head = normalizeKey(headWord(c.words));
      const heads = this.byHead.get(head) ?? [];
      heads.push(e);
      this.byHead.set(head, heads);
      for (const w of c.words) {
        const k = normalizeKey(w);
        if (NAME_CONNECTORS.has(k)) continue;
        const list = this.byWord.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byWord.set(k, list);
      }
    }
  }

  /** The one organisation met so far whose name starts with the candidate's two or more words: a company's name
   *  (with its legal form), or, for a headline's words, any organisation's. */
  private prefixMatch(c: Candidate): DraftEntity | null {
    if (c.words.length < 2) return null;
    const keys = c.words.map(normalizeKey);
    let found: DraftEntity | null = null;
    for (const e0 of (this.byWord.get(keys[0]) ?? []).slice(-MAX_PART_CANDIDATES)) {
      const e = root(e0);
      if (e === found || e.words.length <= keys.length || !keys.every((k, i) => normalizeKey(e.words[i]) === k)) continue;
      if (!c.headline && !isLegalSuffix(e.words[e.words.length - 1])) continue;
      if (found) return null;
      found = e;
    }
    return found;
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
  private orgPartMatch(c: Candidate, guess: TypeGuess): DraftEntity | null {
    // (in a headline's capitals any word looks like an acronym: "BUSH <BSH>" for Bush Industries Inc)
    if (c.words.length !== 1 || (c.acronym && !c.headline) || c.place || c.demonym) return null;
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
    // A word names the whole only when the rest is generic ("Harvard University", "Apple Inc."), when it is the
    // head ("Ghostbusters" for "Ontario Ghostbusters") or the name after "of" ("Scientology" for "Church of
    // Scientology"); "Treasury" is not the "Treasury Select Committee": the heads differ.
    // A place after "of" names the place, not the body: "Livorno, Tuscany" is not the "Municipality of Livorno".
    const place = guess.type === "GPE" || guess.type === "LOC";
    const named = live.filter((e) => this.wordNamesWhole(key, e.words, place));
    return named.length === 1 && live.length === 1 ? named[0] : null;
  }

  private wordNamesWhole(key: string, words: string[], place: boolean): boolean {
    const keys = words.map(normalizeKey);
    if (normalizeKey(headWord(words)) === key) return true;
    // "Tarrant" for "Tarrant Tool Corp": a company's first word, when a legal form says the whole is a company
    if (!place && keys.length <= 6 && keys[0] === key && isLegalSuffix(keys[keys.length - 1])) return true;
    const of = keys.indexOf("of");
    if (of > 0 && !place && keys[keys.length - 1] === key && keys.slice(of + 1, -1).every((w) => NAME_CONNECTORS.has(w))) return true;
    const cues = this.lex.cues;
    return keys.every((w) => w === key || NAME_CONNECTORS.has(w) || isLegalSuffix(w) || cues.org.has(w) || cues.facility.has(w));
  }

  /** A demonym standing alone as a noun ("the Rohingya fled", "Bangladeshis and Rohingya"), not before a noun. */
  private usedAsNoun(c: Candidate): boolean {
    const next = c.to < this.a.tokens.length ? this.a.tokens[c.to] : null;
    if (!next || next.sentence !== c.sentence) return true;
    return !(next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || next.pos === "NUM");
  }

  /** The one country named so far whose name opens with a compass word ("north" → North Korea), else null. */
  private compassCountry(key: string): DraftEntity | null {
    if (key !== "north" && key !== "south") return null;
    let found: DraftEntity | null = null;
    for (const [k, e] of this.byKey) {
      if (!k.startsWith("place:") || !normalizeKey(k.slice(6)).startsWith(key + " ")) continue;
      if (this.lex.places.get(normalizeKey(k.slice(6)))?.kind !== "country") continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** The name an acronym's letters spell, when exactly one name met so far has them and it is not a person. */
  private initialsMatch(letters: string): DraftEntity | null {
    const list = this.byInitials.get(letters);
    if (!list) return null;
    const live = [...new Set(list.map(root))];
    if (live.length !== 1 || leadingType(live[0]) === "PERSON" || live[0].canonical) return null;
    return live[0];
  }

  /**
   * The entity an acronym and its expansion share when the text pairs them in parentheses: "European Union (EU)",
   * "the EU (European Union)". The acronym's letters need not match ("Italian Episcopal Conference (CEI)").
   */
  private pairedWith(c: Candidate): DraftEntity | null {
    const prev = this.previous;
    const tokens = this.a.tokens;
    if (!prev || prev.c.to !== c.from - 1 || c.to >= tokens.length) return null;
    if (tokens[c.from - 1].text !== "(" || tokens[c.to].text !== ")") return null;
    const e = root(prev.e);
    if (leadingType(e) === "PERSON" || e.fixedType === "GPE" || e.fixedType === "LOC" || e.fixedType === "NORP") return null;
    // One side an acronym, the other a name of several words; or two names of several words, the second no place
    // ("Masjid al-Haram (Grand Mosque)").
    const acronymFirst = prev.c.acronym !== null && !c.acronym && c.words.length >= 2;
    const nameFirst = c.acronym !== null && !prev.c.acronym && prev.c.words.length >= 2;
    const twoNames = !c.acronym && !prev.c.acronym && c.words.length >= 2 && prev.c.words.length >= 2 && !c.place;
    if (!acronymFirst && !nameFirst && !twoNames) return null;
    if (twoNames && (e.canonical || guessType(c, this.a, this.lex, this.lowerWords).type === "PERSON")) return null;
    // A well-known acronym keeps its institution unless the text pairs it with another name first.
    if (e.canonical && acronymFirst) return null;
    return e;
  }

  private register(c: Candidate, e: DraftEntity): void {
    if (c.acronym) {
      if (!this.byAcronym.has(c.acronym)) this.byAcronym.set(c.acronym, e);
      return;
    }
    if (c.words.length >= 2) {
      // a company's initials leave its legal form out: "TWA" for Trans World Airlines Inc
      const company = c.words.length > 2 && isLegalSuffix(c.words[c.words.length - 1]);
      for (const initials of new Set([initialsOf(c.words), ...(company ? [initialsOf(c.words.slice(0, -1))] : [])])) {
        if (initials.length < 2) continue;
        const list = this.byInitials.get(initials) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byInitials.set(initials, list);
      }
      // People's names: "Municipality of Livorno" is nobody's full name, "Livorno" nobody's surname.
      if (c.words.length <= 5 && !c.words.some((w) => w === "of" || w === "for")) {
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
    let best: DraftEntity | null = null;
    for (let i = Math.max(0, list.length - MAX_PART_CANDIDATES); i < list.length; i++) {
      const e = root(list[i]);
      if (e === best || !isPersonLike(e) || e.words.length <= words.length) continue;
      const full = e.words.map(normalizeKey);
      // The partial name must be the end of the full name: "Peskov", "Al Thani"; a different first name never
      // matches ("Jill Biden" is not "Joe Biden").
      const tail = full.slice(full.length - words.length);
      if (!tail.every((w, j) => w === words[j])) continue;
      // Two people share it ("Joe Biden ... Jill Biden ... Biden said"): the one the text has named most so far,
      // and on a tie the one it introduced first, the story's subject; never merely the latest named.
      if (!best || e.mentions.length > best.mentions.length) best = e;
    }
    return best;
  }

  /**
   * A place or demonym that is the surname of a person met before ("Valeska Paris ... Paris said"), not "Air China";
   * a place name after a word that places it is the place ("Tourists love Paris in spring", "flew to Paris").
   */
  private personOverPlace(c: Candidate): DraftEntity | null {
    if (c.place && placedByPreviousWord(c, this.a.tokens)) return null;
    const e = this.surnameMatch(c);
    return e && leadingType(e) === "PERSON" ? e : null;
  }

  /**
   * Merges a name into the one longer name that is the same thing named more fully: "Supreme Court" into "Italian
   * Supreme Court of Cassation", "Home Office" into "United Kingdom Home Office", "Comic Corps" into "Comic Corps
   * of Canada". The longer name adds only places, demonyms or acronyms before, and an "of"/"for" phrase after, and
   * has the same head; "Air China" is not "China", nor "Treasury Select Committee" the "Treasury".
   */
  mergeContained(): void {
    for (const short of this.entities) {
      if (short.mergedInto || short.canonical || short.words.length < 2 || isStrongPerson(short)) continue;
      const head = normalizeKey(headWord(short.words));
      if (normalizeKey(short.words[short.words.length - 1]) !== head) continue;
      const targets = new Set<DraftEntity>();
      for (const e0 of (this.byHead.get(head) ?? []).slice(-MAX_PART_CANDIDATES)) {
        const e = root(e0);
        if (e === short || e.canonical || isStrongPerson(e) || !this.namesMoreFully(e.words, short.words)) continue;
        targets.add(e);
      }
      if (targets.size === 1) this.merge(short, [...targets][0]);
    }
  }

  private namesMoreFully(long: string[], short: string[]): boolean {
    if (long.length <= short.length) return false;
    const L = long.map(normalizeKey);
    const S = short.map(normalizeKey);
    const headAt = L.indexOf(S[S.length - 1]);
    const start = headAt - S.length + 1;
    if (start < 0 || !S.every((w, j) => L[start + j] === w)) return false;
    if (normalizeKey(headWord(long)) !== S[S.length - 1]) return false;
    const after = L.slice(headAt + 1);
    if (after.length > 0 && after[0] !== "of" && after[0] !== "for") return false;
    const before = long.slice(0, start);
    return before.length === 0 || this.isQualifier(before);
  }

  /** Words that place, own or count a name without changing what it names: "United Kingdom", "FIFA", "22nd". */
  private isQualifier(words: string[]): boolean {
    const { lex } = this;
    const joined = normalizeKey(words.join(" "));
    if (lex.places.has(joined) || lex.demonyms.has(joined)) return true;
    return words.every((w, i) => {
      const k = normalizeKey(w);
      if (lex.places.has(k) || lex.demonyms.has(k) || acronymLetters(w) || /^\d+(st|nd|rd|th)$/.test(k)) return true;
      return i > 0 && lex.cues.location.has(k) && lex.places.has(normalizeKey(words[i - 1]));
    });
  }

  /** Merges a short name met before its full name ("Trump ... Donald Trump") when exactly one person fits. */
  mergeEarlySurnames(): void {
    for (const e of this.entities) {
      if (e.mergedInto || e.canonical || e.words.length !== 1 || !isPersonLike(e)) continue;
      // "in Livorno, Tuscany" names a place, not the "Municipality of Livorno".
      const own = leadingType(e);
      if (own === "GPE" || own === "LOC") continue;
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
      const b = this.initialsMatch(letters);
      if (!b) continue;
      const a = root(acr);
      if (a === b || a.canonical || (isPersonLike(b) && b.strong?.type === "PERSON")) continue;
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
