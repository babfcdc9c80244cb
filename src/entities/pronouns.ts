// he/she/him/her → the most salient person of fitting gender: in the sentence before the pronoun, else in the
// nearest earlier sentences (their first fitting person, the likely subject). Bounded window: linear time.
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
    let found: DraftEntity | null = null;
    const here = bySentence[t.sentence];
    for (const m of here) {
      if (m.start >= t.start) break;
      if (fits(m.entity)) {
        found = m.entity;
        break;
      }
    }
    for (let s = t.sentence - 1; !found && s >= 0 && s >= t.sentence - WINDOW; s--) {
      for (const m of bySentence[s]) {
        if (fits(m.entity)) {
          found = m.entity;
          break;
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
