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

/**
 * A name form written in capitals, as a headline writes it ("TELXON CORP", "WAL-MART STORES"): a worse label than
 * the form the article's sentences write. An acronym of up to four letters ("NATO", "IBM") is not.
 */
export function isWrittenInCapitals(form: string): boolean {
  if (form === form.toLowerCase() || form !== form.toUpperCase()) return false;
  return /\s/.test(form) || (form.match(/\p{L}/gu)?.length ?? 0) > 4;
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
  // A character scan first (this runs for most capitalised tokens): 2–8 letters and digits besides dots and
  // ampersands, a capital first, at least two capitals.
  let n = 0;
  let capitals = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 38) continue; // "." "&"
    const capital = c >= 65 && c <= 90;
    if (!capital && (n === 0 || c < 48 || c > 57)) return null;
    if (capital) capitals++;
    if (++n > 8) return null;
  }
  if (n < 2 || capitals < 2) return null;
  return s.replace(/[.&]/g, "");
}

/** Words that do not count in an acronym's letters ("Bank of England" → "BE"). */
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "&", "in", "on", "de", "du", "des", "la", "le", "to", "a", "an"]);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Initial letters of a multi-word name: "North Atlantic Treaty Organization" → "NATO". */
export function initialsOf(words: string[]): string {
  let out = "";
  for (const w of words) {
    if (ACRONYM_SKIP.has(w.toLowerCase())) continue;
    // The first letter or digit of each hyphen-separated part ("Jean-Pierre" → "JP"), by a character scan.
    let wanted = true;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c === 45) {
        wanted = true;
        continue;
      }
      if (!wanted) continue;
      if (c < 128) {
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
          out += w.charAt(i).toUpperCase();
          wanted = false;
        }
        continue;
      }
      const ch = String.fromCodePoint(w.codePointAt(i) ?? c);
      if (LETTER_OR_NUMBER.test(ch)) {
        out += ch.toUpperCase();
        wanted = false;
      }
      i += ch.length - 1;
    }
  }
  return out;
}

/** Companies' legal forms ("Inc", "Co", "AG", "S.p.A."), lowercase. */
const LEGAL_SUFFIXES = new Set([
  "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "cos", "cos.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "sa", "s.a.",
  "nv", "n.v.", "bv", "ab", "asa", "spa", "s.p.a.", "limited", "incorporated", "holdings", "lp", "l.p.", "llp", "oy", "oyj", "kk",
  "pty", "bhd", "ltda", "srl",
]);

/** Whether a word is a company's legal form ("Inc", "AG", "S.p.A."). */
export function isLegalSuffix(word: string): boolean {
  return LEGAL_SUFFIXES.has(normalizeKey(word));
}
