// Small string helpers shared by the entity stages: normalised keys, slugs, acronyms.

/** Lowercase, accents and curly quotes folded, spaces collapsed: the key lexicons and aliases are matched on. */
export function normalizeKey(s: string): string {
  // Fast path for plain ASCII words, by far the most common case (called for every token and name form).
  if (isPlainAscii(s)) return s.includes("`") ? s.toLowerCase().replace(/`/g, "'") : s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―−]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Printable ASCII words separated by single spaces, no space at either end (or the empty string): such a string
 * needs no Unicode folding. A character loop, as a regex test here showed in profiles.
 */
function isPlainAscii(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i - 1) === 32) return false;
    } else if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
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
