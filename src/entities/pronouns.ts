// he/she/him/her → the most salient person of fitting gender within a few sentences (named often in the document,
// first person of its sentence, near); "the bloc" → the most named organisation nearby.
// Bounded windows: linear time.
import type { AnalyzedText } from "../nlp/index.js";
import type { Gender } from "./lexicons.js";
import type { DraftEntity, DraftMention } from "./resolve.js";

const PRONOUNS = new Map<string, Gender>([
  ["he", "male"],
  ["him", "male"],
  ["his", "male"],
  ["himself", "male"],
  ["she", "female"],
  ["her", "female"],
  ["hers", "female"],
  ["herself", "female"],
]);

/** How many sentences back a pronoun may look for its person. */
const WINDOW = 4;
/** Salience weights: log of the person's mention count, being a sentence's first person, each sentence back. */
const W_COUNT = 1;
const W_FIRST = 1;
const W_DIST = 1.5;

/**
 * Adds a pronoun mention for each he/she... that finds a person. `people` tells whether an entity is a person;
 * mentions must be sorted by start. Returns the pronoun mentions; learns the gender of people it resolves to.
 */
export function resolvePronouns(
  a: AnalyzedText,
  mentions: DraftMention[],
  isPerson: (e: DraftEntity) => boolean,
): DraftMention[] {
  const bySentence: DraftMention[][] = a.sentences.map(() => []);
  for (const m of mentions) if (isPerson(m.entity)) bySentence[m.sentence].push(m);
  const out: DraftMention[] = [];
  for (const t of a.tokens) {
    const gender = PRONOUNS.get(t.lower);
    if (!gender) continue;
    const fits = (e: DraftEntity) => e.gender === null || e.gender === gender;
    const here = bySentence[t.sentence];
    // Salience: the person named most in the document, the first person of a sentence (its likely subject), the
    // nearest sentence. Scores are compared, not summed over mentions.
    let found: DraftEntity | null = null;
    let bestScore = -Infinity;
    for (let s = t.sentence; s >= 0 && s >= t.sentence - WINDOW; s--) {
      let first = true;
      for (const m of bySentence[s]) {
        if (s === t.sentence && m.start >= t.start) break;
        if (!fits(m.entity)) continue;
        const score = W_COUNT * Math.log(1 + m.entity.mentions.length) + (first ? W_FIRST : 0) - W_DIST * (t.sentence - s);
        first = false;
        if (score > bestScore) {
          bestScore = score;
          found = m.entity;
        }
      }
    }
    if (!found) continue;
    found.gender ??= gender;
    const m: DraftMention = { start: t.start, end: t.end, text: t.text, sentence: t.sentence, kind: "pronoun", entity: found };
    out.push(m);
    found.mentions.push(m);
    // Later pronouns may chain through this one ("He said ... He added").
    insertSorted(here, m);
  }
  return out;
}

function insertSorted(list: DraftMention[], m: DraftMention): void {
  let i = list.length;
  while (i > 0 && list[i - 1].start > m.start) i--;
  list.splice(i, 0, m);
}

/** Definite descriptions that stand for an organisation named shortly before ("the bloc" → NATO). */
const ORG_NOUNS = new Set(["bloc", "alliance", "organization", "organisation", "company", "firm"]);

/**
 * Adds a mention (kind "pronoun": an anaphor, not a name) for "the bloc", "the alliance", "the company"... resolved
 * to the organisation mentioned last within the window. Mentions must be sorted by start.
 */
export function resolveOrgNominals(
  a: AnalyzedText,
  mentions: DraftMention[],
  isOrg: (e: DraftEntity) => boolean,
): DraftMention[] {
  const pending: DraftMention[] = [];
  const out: DraftMention[] = [];
  // The organisations of the window, most recent last; the pick is the most mentioned one in the document
  // ("the bloc" after "Russia and NATO ... – Kremlin" is NATO, named ten times, not the Kremlin).
  const recent: DraftMention[] = [];
  let head = 0;
  let next = 0;
  for (let k = 1; k < a.tokens.length; k++) {
    const t = a.tokens[k];
    while (next < mentions.length && mentions[next].start < t.start) {
      if (isOrg(mentions[next].entity)) recent.push(mentions[next]);
      next++;
    }
    if (!ORG_NOUNS.has(t.lower) || a.tokens[k - 1].lower !== "the" || a.tokens[k - 1].sentence !== t.sentence) continue;
    // "the bloc's", "the alliance itself": the noun heads its phrase, not "the company town".
    const after = a.tokens[k + 1];
    if (after && after.sentence === t.sentence && (after.pos === "NOUN" || after.pos === "PROPN")) continue;
    while (head < recent.length && t.sentence - recent[head].sentence > WINDOW) head++;
    let best: DraftEntity | null = null;
    for (let i = recent.length - 1; i >= head && i >= recent.length - 50; i--) {
      const e = recent[i].entity;
      if (!best || e.mentions.length > best.mentions.length) best = e;
    }
    if (!best) continue;
    const m: DraftMention = { start: t.start, end: t.end, text: t.text, sentence: t.sentence, kind: "pronoun", entity: best };
    out.push(m);
    pending.push(m);
  }
  for (const m of pending) m.entity.mentions.push(m);
  return out;
}
