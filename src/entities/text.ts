// Small string helpers shared by the entity stages: normalised keys, slugs, acronyms.

/** Lowercase, accents and curly quotes folded, spaces collapsed: the key lexicons and aliases are matched on. */
export function normalizeKey(s: string): string {
  // Fast path for plain ASCII words, by far the most common case.
  if (/^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/.test(s)) return s.toLowerCase().replace(/`/g, "'");
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―−]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Readable id of a canonical name: "Vladimir Putin" → "vladimir-putin", "U.S." → "u-s". */
export function slugify(s: string): string {
  const slug = normalizeKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 80) || "entity";
}

/** The letters of an acronym without dots: "U.S." → "US"; null when the form is not an acronym. */
export function acronymLetters(s: string): string | null {
  const bare = s.replace(/[.&]/g, "");
  if (!/^[A-Z][A-Z0-9]{1,7}$/.test(bare)) return null;
  if ((bare.match(/[A-Z]/g) ?? []).length < 2) return null;
  return bare;
}

/** Words that do not count in an acronym's letters ("Bank of England" → "BE"). */
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "&", "in", "on", "de", "du", "des", "la", "le", "to", "a", "an"]);

/** Initial letters of a multi-word name: "North Atlantic Treaty Organization" → "NATO". */
export function initialsOf(words: string[]): string {
  let out = "";
  for (const w of words) {
    if (ACRONYM_SKIP.has(w.toLowerCase())) continue;
    for (const part of w.split("-")) {
      const c = part.match(/\p{L}|\p{N}/u);
      if (c) out += c[0].toUpperCase();
    }
  }
  return out;
}
