// Pieces of the feature templates shared by the tagger and the parser: hashes of a word's affixes and shape made
// without slicing strings, and small ids for wink-nlp's tags so that tag features can index dense tables.
import { featureKey, type DirectTemplate } from "./linear-model.js";

/** wink-nlp's universal tags; `winkTagId` numbers them from 2 (0: no token, 1: a tag not in this list). */
export const WINK_TAGS = [
  "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
  "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE",
]; // prettier-ignore
export const WINK_TAG_IDS = WINK_TAGS.length + 2;
const WINK_ID = new Map(WINK_TAGS.map((t, i) => [t, i + 2]));

export function winkTagId(pos: string): number {
  return WINK_ID.get(pos) ?? 1;
}

/** Hash of a word's last `n` characters (its whole self when shorter), without slicing it. */
export function hashSuffix(s: string, n = 3): number {
  let h = 0x811c9dc5 ^ (0x5f + n);
  for (let i = Math.max(0, s.length - n); i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Hash of a word's first `n` characters. */
export function hashPrefix(s: string, n: number): number {
  let h = 0x811c9dc5 ^ (0x3f + n);
  for (let i = 0; i < Math.min(n, s.length); i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Hash of a word's shape: upper-case letters, other letters, digits and each other character, runs collapsed,
 * at most four symbols ("Xx", "X", "d,d", "x-x", "Xx.").
 */
export function hashShape(text: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let symbols = 0;
  for (let i = 0; i < text.length && symbols < 4; i++) {
    const c = text.charCodeAt(i);
    const cls = c >= 48 && c <= 57 ? 100 : c >= 65 && c <= 90 ? 88 : (c >= 97 && c <= 122) || c > 191 ? 120 : c;
    if (cls === last) continue;
    last = cls;
    symbols++;
    h ^= cls;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Number of rows of a direct template (the product of its sizes). */
export function directRows(t: DirectTemplate): number {
  return t.sizes.reduce((a, b) => a * b, 1);
}

/** The hashed key a trainer files a direct feature under: the template with its ids, as `DirectTables` reads it. */
export function directKey(t: DirectTemplate, index: number): number {
  const [, sb = 1, sc = 1] = t.sizes;
  const c = index % sc;
  const b = Math.floor(index / sc) % sb;
  const a = Math.floor(index / (sb * sc));
  return featureKey(t.template, a, b, c);
}
