// Loads the lexicons of data/lexicons/ (built by scripts/build-lexicons.mjs, plus hand-curated lists) once,
// and indexes them by normalised key for the detector, the typer and the resolver.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { NewsgraphError } from "../errors.js";
import type { EntityType } from "../types.js";
import { normalizeKey } from "./text.js";

export type Gender = "male" | "female";

/** What a place name in the lexicons is. */
export interface PlaceEntry {
  kind: "country" | "city" | "province" | "region";
  /** Canonical English name: the country's common name, the city's name, the region's name. */
  canonical: string;
  /** For cities: the country they are in; for capitals, the country they can stand for. */
  country?: string;
  capitalOf?: string;
  /** Known to detection and resolution but no feature of the entity tagger: a newswire's short form ("Fla.",
   *  "N.H."), or a place added to the lexicons after the tagger's model was trained (`place-extras.json`'s
   *  `untrainedProvinces` and `provinceEnglishNames`), which the model never saw as a feature and must not meet as
   *  one; the next retraining may take them in. */
  outsideTagger?: boolean;
}

export interface DemonymEntry {
  /** Country it names when used as a modifier ("Russian" → Russia); "" for peoples without one state. */
  country: string;
  /** Label of the people ("Afghans", "French"). */
  people: string;
  /** The form is a plural/people form ("Afghans"), not the adjective. */
  plural: boolean;
}

/** A well-known institution or party (data/lexicons/aliases.json): its canonical label and type. */
export interface InstitutionEntry {
  name: string;
  type: EntityType;
}

export interface CueSets {
  org: Set<string>;
  /** The organisation cues that end a company's name ("Airlines", "Industries", "Inc"): after a bare name they make
   *  it a company's, whatever the tagger thought of the name ("Ansett Airlines"). */
  company: Set<string>;
  orgFirst: Set<string>;
  facility: Set<string>;
  location: Set<string>;
  locationFirst: Set<string>;
  event: Set<string>;
  law: Set<string>;
  lawFirst: Set<string>;
  eventFirst: Set<string>;
  product: Set<string>;
}

export interface Lexicons {
  places: Map<string, PlaceEntry>;
  /** Longest place phrase in tokens, to bound the phrase lookups. */
  maxPlaceWords: number;
  /** First words (before a space, hyphen or dot) of place and title phrases: a cheap test before a phrase lookup. */
  placeStarts: Set<string>;
  titleStarts: Set<string>;
  /**
   * Every leading substring of the place and demonym keys, and of the title keys: a phrase lookup growing word by
   * word stops as soon as what it has read starts no key (place phrases run to 11 words).
   */
  placePrefixes: Set<string>;
  titlePrefixes: Set<string>;
  demonyms: Map<string, DemonymEntry>;
  firstNames: Map<string, Gender | null>;
  /** Title or role phrase (lowercase) → the gender it implies, or null. */
  titles: Map<string, Gender | null>;
  maxTitleWords: number;
  cues: CueSets;
  /** ISO codes of countries ("nz", "nzl") → the country's common name. */
  countryCodes: Map<string, string>;
  /** Names, short forms and nicknames of well-known institutions and parties ("eu", "tories") → the entry. */
  institutions: Map<string, InstitutionEntry>;
  /** Words naming a party's members or the party as a modifier ("conservative", "tory") → the party. */
  partyMembers: Map<string, InstitutionEntry>;
  /** Capitalised words that are not names (lowercase). */
  nonNames: Set<string>;
  calendar: Set<string>;
  /** Abbreviations of newswire tables and figures ("Shr", "Revs", "Mths", "Dlrs"): never a name on their own. */
  abbreviations: Set<string>;
  honorifics: Set<string>;
}

interface CountryRecord {
  name: string;
  aliases: string[];
  codes: string[];
  demonyms: string[];
  capitals: string[];
}

function findLexiconDir(): string {
  // Works from src/entities (tsx, vitest) and from dist/src/entities (compiled): walk up to the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "data", "lexicons");
    if (existsSync(join(candidate, "countries.json"))) return candidate;
    dir = dirname(dir);
  }
  throw new NewsgraphError(
    "not-found",
    `newsgraph extract: data/lexicons/countries.json not found above ${fileURLToPath(import.meta.url)}; ` +
      "run `npm run lexicons` in the package root",
  );
}

function readJson(dir: string, name: string): any {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new NewsgraphError(
      "unreadable",
      `newsgraph extract: cannot read lexicon ${path} (${(error as Error).message}); run \`npm run lexicons\``,
    );
  }
}

/** The leading letters of a phrase up to a space, hyphen or dot ("washington d.c." → "washington"). */
/** What the lexicons know a place name as ("Texas" → province, "France" → country), or null. */
export function placeKind(name: string): PlaceEntry["kind"] | null {
  return lexicons().places.get(normalizeKey(name))?.kind ?? null;
}

export function firstWord(key: string): string {
  // A character loop rather than a regex match: this runs for every capitalised token of every text.
  let i = 0;
  while (i < key.length && !isWordBreak(key.charCodeAt(i), key, i)) i++;
  return i > 0 ? key.slice(0, i) : key;
}

const SPACE_RE = /\s/;

/** A space (as `\s` has it), dot, hyphen or apostrophe. */
function isWordBreak(code: number, s: string, i: number): boolean {
  if (code === 46 || code === 45 || code === 39 || code === 32) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return SPACE_RE.test(s.charAt(i));
}

function wordCount(phrase: string): number {
  return phrase.split(" ").length;
}

/** English plural of a demonym when no irregular form is listed ("Afghan" → "Afghans"). */
function pluralOf(demonym: string): string {
  if (/(ese|ss|sh|ch|s)$/i.test(demonym)) return demonym;
  return demonym + "s";
}

function build(): Lexicons {
  const dir = findLexiconDir();
  const countries = readJson(dir, "countries.json") as { regions: string[]; countries: CountryRecord[] };
  const cities = readJson(dir, "cities.json") as {
    cities: { name: string; country: string; pop: number }[];
    provinces: { name: string; country: string }[];
  };
  const names = readJson(dir, "first-names.json") as { male: string[]; female: string[] };
  const titles = readJson(dir, "titles.json") as Record<"male" | "female" | "neutral", string[]>;
  const cues = readJson(dir, "cues.json") as Record<string, string[]>;
  const nonNames = readJson(dir, "non-names.json") as Record<string, string[]>;
  const aliases = readJson(dir, "aliases.json") as {
    entries: { name: string; type: EntityType; aliases: string[]; members?: string[] }[];
  };
  const extras = readJson(dir, "place-extras.json") as {
    countryAliases: Record<string, string>;
    extraDemonyms: Record<string, string>;
    irregularPlurals: Record<string, string>;
    cityAliases: Record<string, string>;
    locations: string[];
    provinces: Record<string, string>;
    provinceAliases: Record<string, string>;
    provinceEnglishNames: Record<string, string>;
    untrainedProvinces: Record<string, string>;
  };

  const places = new Map<string, PlaceEntry>();
  // Later sets never overwrite earlier ones: countries first, then regions, then cities (largest first).
  const addPlace = (form: string, entry: PlaceEntry) => {
    const key = normalizeKey(form);
    if (key && !places.has(key)) places.set(key, entry);
  };
  const capitalOf = new Map<string, string>();
  for (const c of countries.countries) for (const cap of c.capitals) capitalOf.set(normalizeKey(cap), c.name);
  for (const c of countries.countries) {
    addPlace(c.name, { kind: "country", canonical: c.name });
    for (const a of c.aliases) addPlace(a, { kind: "country", canonical: c.name });
  }
  for (const [alias, name] of Object.entries(extras.countryAliases)) addPlace(alias, { kind: "country", canonical: name });
  for (const r of [...countries.regions, ...extras.locations]) addPlace(r, { kind: "region", canonical: r });
  const cityEntry = (name: string, country: string): PlaceEntry => {
    const entry: PlaceEntry = { kind: "city", canonical: name, country };
    const capital = capitalOf.get(normalizeKey(name));
    if (capital) entry.capitalOf = capital;
    return entry;
  };
  for (const c of countries.countries) for (const cap of c.capitals) addPlace(cap, cityEntry(cap, c.name));
  for (const c of [...cities.cities].sort((a, b) => b.pop - a.pop || a.name.localeCompare(b.name))) {
    addPlace(c.name, cityEntry(c.name, c.country));
  }
  // A state the generated list names in its own language takes its English name, under both ("Bayern", "Bavaria").
  for (const p of cities.provinces) {
    const english = extras.provinceEnglishNames[p.name];
    const entry: PlaceEntry = { kind: "province", canonical: english ?? p.name, country: p.country };
    addPlace(p.name, entry);
    if (english) addPlace(english, { ...entry, outsideTagger: true });
  }
  for (const [name, country] of Object.entries(extras.provinces)) addPlace(name, { kind: "province", canonical: name, country });
  for (const [name, country] of Object.entries(extras.untrainedProvinces)) {
    addPlace(name, { kind: "province", canonical: name, country, outsideTagger: true });
  }
  // "Boca Raton, Fla.": a state's abbreviation is the state
  for (const [alias, name] of Object.entries(extras.provinceAliases)) {
    const target = places.get(normalizeKey(name));
    if (target?.kind === "province") addPlace(alias, { ...target, outsideTagger: true });
  }
  // Curated city aliases win over same-named states: "Washington" in the news is the capital far more often.
  for (const [alias, name] of Object.entries(extras.cityAliases)) {
    const target = places.get(normalizeKey(name));
    const entry = target?.kind === "city" ? target : cityEntry(name, "");
    const key = normalizeKey(alias);
    if (places.get(key)?.kind !== "country") places.set(key, entry);
  }
  let maxPlaceWords = 1;
  for (const key of places.keys()) maxPlaceWords = Math.max(maxPlaceWords, wordCount(key));
  const startsOf = (keys: Iterable<string>) => {
    const out = new Set<string>();
    for (const key of keys) out.add(firstWord(key));
    return out;
  };
  const prefixesOf = (keys: Iterable<string>) => {
    const out = new Set<string>();
    for (const key of keys) for (let n = 1; n <= key.length; n++) out.add(key.slice(0, n));
    return out;
  };

  const demonyms = new Map<string, DemonymEntry>();
  const addDemonym = (adj: string, country: string) => {
    const people = extras.irregularPlurals[adj] ?? pluralOf(adj);
    const adjKey = normalizeKey(adj);
    if (!demonyms.has(adjKey)) demonyms.set(adjKey, { country, people, plural: false });
    const peopleKey = normalizeKey(people);
    if (peopleKey !== adjKey && !demonyms.has(peopleKey)) demonyms.set(peopleKey, { country, people, plural: true });
  };
  for (const c of countries.countries) for (const d of c.demonyms) addDemonym(d, c.name);
  for (const [d, country] of Object.entries(extras.extraDemonyms)) addDemonym(d, country);

  const firstNames = new Map<string, Gender | null>();
  for (const n of names.male) firstNames.set(normalizeKey(n), "male");
  for (const n of names.female) {
    const key = normalizeKey(n);
    firstNames.set(key, firstNames.has(key) ? null : "female");
  }

  const titleMap = new Map<string, Gender | null>();
  for (const t of titles.neutral) titleMap.set(normalizeKey(t), null);
  for (const t of titles.male) titleMap.set(normalizeKey(t), "male");
  for (const t of titles.female) titleMap.set(normalizeKey(t), "female");
  let maxTitleWords = 1;
  for (const key of titleMap.keys()) maxTitleWords = Math.max(maxTitleWords, wordCount(key));

  const countryCodes = new Map<string, string>();
  for (const c of countries.countries) for (const code of c.codes) countryCodes.set(normalizeKey(code), c.name);
  const institutions = new Map<string, InstitutionEntry>();
  const partyMembers = new Map<string, InstitutionEntry>();
  for (const e of aliases.entries) {
    const entry: InstitutionEntry = { name: e.name, type: e.type };
    for (const form of [e.name, ...e.aliases]) if (!institutions.has(normalizeKey(form))) institutions.set(normalizeKey(form), entry);
    for (const m of e.members ?? []) partyMembers.set(normalizeKey(m), entry);
  }

  const set = (xs: string[] | undefined) => new Set((xs ?? []).map(normalizeKey));
  return {
    places,
    maxPlaceWords,
    placeStarts: startsOf([...places.keys(), ...demonyms.keys(), ...partyMembers.keys()]),
    titleStarts: startsOf(titleMap.keys()),
    placePrefixes: prefixesOf([...places.keys(), ...demonyms.keys(), ...partyMembers.keys()]),
    titlePrefixes: prefixesOf(titleMap.keys()),
    demonyms,
    firstNames,
    titles: titleMap,
    maxTitleWords,
    countryCodes,
    institutions,
    partyMembers,
    cues: {
      org: set(cues.org),
      company: set(cues.company),
      orgFirst: set(cues.orgFirst),
      facility: set(cues.facility),
      location: set(cues.location),
      locationFirst: set(cues.locationFirst),
      event: set(cues.event),
      law: set(cues.law),
      lawFirst: set(cues.lawFirst),
      eventFirst: set(cues.eventFirst),
      product: set(cues.product),
    },
    nonNames: set(nonNames.words),
    calendar: set(nonNames.calendar),
    abbreviations: set(nonNames.abbreviations),
    honorifics: set(nonNames.honorificsOnly),
  };
}

let cached: Lexicons | undefined;

/** The lexicons, read from disk on first use. */
export function lexicons(): Lexicons {
  cached ??= build();
  return cached;
}

