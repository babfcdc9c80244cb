// Links entities across documents: the same id for the same entity in different articles ("Trump" here,
// "Donald Trump" there), with the extractor's guards (different first names, incompatible types never link).
// Deterministic for a given input order: candidates are tried in the order they were first seen.
import type { Entity, EntityType } from "../types.js";
import { compatibleTypes } from "./classify.js";
import { lexicons } from "./lexicons.js";
import { acronymLetters, initialsOf, normalizeKey } from "./text.js";

export interface LinkResult {
  /** The id the entity takes in the graph (an existing entity's id when it links to one). */
  id: string;
  /** The rule that linked it to an existing entity with another id ("surname", "acronym"...), else null. */
  rule: string | null;
}

export interface EntityIndex {
  /** Links an entity of one document to the entities seen so far, and remembers it. */
  link(entity: Entity): LinkResult;
}

interface Known {
  id: string;
  type: EntityType;
  /** Normalised label of the first entity linked to it. */
  label: string;
  /** Words of the longest person name seen for it, lowercase (persons only). */
  words: string[];
  order: number;
  /** Mentions linked to it so far: a bare surname goes to the most mentioned person who has it. */
  mentions: number;
}

/** Surface forms that must not link by alias: a demonym or a capital names its country in one text only; a cue
 *  word alone ("Church", "University") names something different in each text. */
function indexableAlias(form: string, entity: Entity): boolean {
  const lex = lexicons();
  const key = normalizeKey(form);
  if (key === normalizeKey(entity.label)) return true;
  if (lex.demonyms.has(key)) return false;
  // "the Church" for the Church of Scientology in one text, a parish church in another: a cue word alone is a
  // short form of too many names to link texts by
  const { cues } = lex;
  if (!key.includes(" ") && (cues.org.has(key) || cues.facility.has(key) || cues.event.has(key) || cues.law.has(key))) return false;
  const place = lex.places.get(key);
  if (place && place.kind === "city" && place.canonical !== entity.label) return false;
  // "GM" in an article that pairs it with "Grassroots Media" is not filed as the lexicon's General Motors.
  const known = acronymLetters(form) ? lex.institutions.get(key) : undefined;
  if (known && known.name !== entity.label) return false;
  return key.length > 1;
}

/** Two different full names behind one acronym ("GM": Grassroots Media here, Global Markets there) stay apart. */
function expansionsDiffer(form: string, k: Known, entity: Entity): boolean {
  if (!acronymLetters(form)) return false;
  const a = normalizeKey(entity.label);
  return a !== k.label && a.includes(" ") && k.label.includes(" ");
}

const ROMAN_OF_NUMBER_WORD: Record<string, string> = {
  two: "ii",
  three: "iii",
  four: "iv",
  five: "v",
  six: "vi",
  seven: "vii",
  eight: "viii",
  nine: "ix",
  ten: "x",
};

/** The key a form is filed and looked up under: "World War Three" and "World War III" are one name. */
function aliasKey(form: string): string {
  const key = normalizeKey(form);
  const space = key.lastIndexOf(" ");
  const roman = space > 0 ? ROMAN_OF_NUMBER_WORD[key.slice(space + 1)] : undefined;
  return roman ? `${key.slice(0, space)} ${roman}` : key;
}

function personWords(e: Entity): string[] {
  return e.label.split(/\s+/).map(normalizeKey).filter(Boolean);
}

/** Persons whose names cannot be one person: two different first names ("Joe Biden", "Jill Biden"). */
function firstNamesClash(a: string[], b: string[]): boolean {
  return a.length > 1 && b.length > 1 && a[0] !== b[0];
}

export function createEntityIndex(): EntityIndex {
  const byId = new Map<string, Known>();
  const byAlias = new Map<string, Known[]>();
  const bySurname = new Map<string, Known[]>();
  const byInitials = new Map<string, Known[]>();
  const byAcronym = new Map<string, Known[]>();
  let order = 0;

  // Each entity remembers the keys it is filed under, so filing stays O(1) however long a list grows.
  const filed = new Map<Known, Set<string>>();
  const push = (map: Map<string, Known[]>, name: string, key: string, k: Known) => {
    let keys = filed.get(k);
    if (!keys) filed.set(k, (keys = new Set()));
    const tag = `${name}:${key}`;
    if (keys.has(tag)) return;
    keys.add(tag);
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };

  // Forms already filed for an entity (with its type): linking the same entity again costs one lookup per form.
  const seenForms = new Map<Known, Set<string>>();
  const remember = (k: Known, e: Entity) => {
    let seen = seenForms.get(k);
    if (!seen) seenForms.set(k, (seen = new Set()));
    for (const form of [e.label, ...e.aliases]) {
      const tag = `${e.type}:${form}`;
      if (seen.has(tag)) continue;
      seen.add(tag);
      if (indexableAlias(form, e)) push(byAlias, "alias", aliasKey(form), k);
      const letters = acronymLetters(form);
      if (letters && form === e.label) push(byAcronym, "acronym", letters, k);
      // Acronyms name organisations and places, not people: people's initials are not filed.
      const words = form.split(/\s+/);
      if (e.type !== "PERSON" && words.length >= 2 && !letters) push(byInitials, "initials", initialsOf(words), k);
    }
    if (e.type === "PERSON") {
      const words = personWords(e);
      if (words.length > k.words.length) k.words = words;
      if (words.length > 1) push(bySurname, "surname", words[words.length - 1], k);
    }
  };


  const fits = (k: Known, e: Entity, words: string[]) => {
    if (!compatibleTypes(k.type, e.type)) return false;
    if ((k.type === "PERSON") !== (e.type === "PERSON")) return false;
    if (e.type === "PERSON" && firstNamesClash(k.words, words)) return false;
    return true;
  };

  const first = (list: Known[] | undefined, e: Entity, words: string[]): Known | null => {
    if (!list) return null;
    let best: Known | null = null;
    for (const k of list) if (fits(k, e, words) && (!best || k.order < best.order)) best = k;
    return best;
  };

  /** The one known entity of the list that fits with the same type, or null when none or several do. */
  const only = (list: Known[] | undefined, e: Entity, words: string[]): Known | null => {
    const fitting = (list ?? []).filter((k) => k.type === e.type && fits(k, e, words));
    return fitting.length === 1 ? fitting[0] : null;
  };

  const found = (k: Known, e: Entity, rule: string | null): LinkResult => {
    remember(k, e);
    k.mentions += e.mentions;
    return { id: k.id, rule: k.id === e.id ? null : rule };
  };

  return {
    link(entity) {
      const words = entity.type === "PERSON" ? personWords(entity) : [];
      // 1. The same id with a compatible type is the same entity.
      const same = byId.get(entity.id);
      if (same && fits(same, entity, words)) return found(same, entity, null);
      // 2. A name or alias seen before.
      let k = first(byAlias.get(aliasKey(entity.label)), entity, words);
      if (k) return found(k, entity, "alias");
      for (const form of entity.aliases) {
        if (!indexableAlias(form, entity)) continue;
        k = first(byAlias.get(aliasKey(form)), entity, words);
        if (k && !expansionsDiffer(form, k, entity)) return found(k, entity, "alias");
      }
      // 3. Surnames: "Peskov" → Dmitry Peskov; "Donald Trump" → the "Trump" seen before.
      if (entity.type === "PERSON") {
        if (words.length === 1) {
          // "Trump" after "Donald Trump" and "Melania Trump": the one the articles name most so far.
          let best: Known | null = null;
          for (const c of bySurname.get(words[0]) ?? []) {
            if (fits(c, entity, words) && (!best || c.mentions > best.mentions)) best = c;
          }
          if (best) return found(best, entity, "surname");
        } else if (words.length > 1) {
          k = first(byAlias.get(words[words.length - 1]), entity, words);
          if (k && k.words.length <= 1) return found(k, entity, "surname");
          const list = bySurname.get(words[words.length - 1]) ?? [];
          k = first(
            list.filter((x) => x.words[0] === words[0]),
            entity,
            words,
          );
          if (k) return found(k, entity, "surname");
        }
      }
      // 4. Acronyms and their expansions on letters alone: "NATO" ↔ "North Atlantic Treaty Organization". A guess:
      // only three letters or more, the same type, and one candidate ("EU" never meets "Edinburgh University").
      const letters = acronymLetters(entity.label);
      if (letters) {
        k = letters.length >= 3 ? only(byInitials.get(letters), entity, words) : null;
        if (k) return found(k, entity, "acronym");
      } else {
        for (const form of [entity.label, ...entity.aliases]) {
          const w = form.split(/\s+/);
          const initials = w.length >= 2 ? initialsOf(w) : "";
          if (initials.length < 3) continue;
          k = only(byAcronym.get(initials), entity, words);
          if (k) return found(k, entity, "acronym");
        }
      }
      // 5. A new entity; an id taken by an incompatible entity gets the type appended.
      let id = entity.id;
      for (let n = 2; byId.has(id); n++) id = n === 2 ? `${entity.id}-${entity.type.toLowerCase()}` : `${entity.id}-${n}`;
      const known: Known = {
        id,
        type: entity.type,
        label: normalizeKey(entity.label),
        words,
        order: order++,
        mentions: entity.mentions,
      };
      byId.set(id, known);
      remember(known, entity);
      return { id, rule: null };
    },
  };
}
