// Test helpers: analyse a sentence and build its mentions by hand from the names it contains, so the relation
// patterns are tested apart from the entity stage.
import { analyze, type AnalyzedText, type Sentence, type Token } from "../../src/nlp/index.js";
import { findRelations } from "../../src/relations/index.js";
import type { EntityType, Mention, Relation } from "../../src/types.js";

export interface NameSpec {
  /** Surface form to find (every occurrence, or the `nth` one). */
  text: string;
  entity: string;
  type?: EntityType;
  kind?: Mention["kind"];
  nth?: number;
}

export function mentionsIn(text: string, specs: NameSpec[]): Mention[] {
  const mentions: Mention[] = [];
  for (const spec of specs) {
    let from = 0;
    let n = 0;
    for (let at = text.indexOf(spec.text, from); at >= 0; at = text.indexOf(spec.text, from)) {
      from = at + spec.text.length;
      // whole words only
      if (/\w/.test(text[at - 1] ?? "") || /\w/.test(text[from] ?? "")) continue;
      if (spec.nth === undefined || spec.nth === n) {
        mentions.push({
          start: at,
          end: from,
          text: spec.text,
          type: spec.type ?? "OTHER",
          entity: spec.entity,
          kind: spec.kind ?? "name",
        });
      }
      n++;
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export function relationsOf(text: string, specs: NameSpec[]): Relation[] {
  return relationsOfAnalyzed(analyze(text), specs);
}

function relationsOfAnalyzed(analyzed: AnalyzedText, specs: NameSpec[]): Relation[] {
  const text = analyzed.text;
  const mentions = mentionsIn(text, specs);
  const ids = [...new Set(mentions.map((m) => m.entity))].sort();
  const entities = ids.map((id) => {
    const mine = mentions.filter((m) => m.entity === id);
    return {
      id,
      label: mine[0].text,
      type: mine[0].type,
      aliases: [...new Set(mine.map((m) => m.text))].sort(),
      mentions: mine.length,
    };
  });
  return findRelations(analyzed, { mentions, entities }, "doc");
}

const NO_SPACE_BEFORE = /^([.,;:!?)\]”’%]|'s|'|n't)$/;
const NO_SPACE_AFTER = /^[(\[“$]$/;

/** A parsed text from a CoNLL-U-like table, one word a line: `form lemma upos head deprel` (head 1-based within
 *  its sentence, 0 for the root), sentences apart by a blank line. Offsets come from the forms, joined by spaces
 *  except before closing punctuation: so the relation stage is tested on trees independent of any parser. */
export function parsedText(table: string): AnalyzedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let text = "";
  for (const block of table.trim().split(/\n\s*\n/)) {
    const from = tokens.length;
    let previous = "";
    for (const line of block.trim().split("\n")) {
      const [form, lemma, pos, head, dep] = line.trim().split(/\s+/);
      const spaceBefore = text.length > 0 && !NO_SPACE_BEFORE.test(form) && !NO_SPACE_AFTER.test(previous);
      if (spaceBefore) text += " ";
      const start = text.length;
      text += form;
      previous = form;
      const i = tokens.length;
      const parse = { head: Number(head) === 0 ? -1 : from + Number(head) - 1, dep };
      const lower = form.toLowerCase();
      const sentence = sentences.length;
      tokens.push({ i, text: form, start, end: text.length, pos, tag: "", lemma, lower, sentence, spaceBefore, ...parse });
    }
    const i = sentences.length;
    sentences.push({ i, start: tokens[from].start, end: text.length, from, to: tokens.length, block: 0 });
  }
  return { text, tokens, sentences, blocks: [{ start: 0, end: text.length }], dropped: [] };
}

/** The relations of a parsed table, shown as by `show`. */
export function shownParsed(table: string, specs: NameSpec[]): string[] {
  return relationsOfAnalyzed(parsedText(table), specs).map(show);
}

/** "subject predicate object" plus flags, for compact assertions. */
export function show(r: Relation): string {
  const flags = [
    r.negated ? "negated" : "",
    r.hedged ? "hedged" : "",
    r.attributedTo ? `by ${r.attributedTo}` : "",
  ].filter(Boolean);
  return `${r.subject} ${r.predicate} ${r.object}${flags.length ? ` [${flags.join(", ")}]` : ""}`;
}

export function shown(text: string, specs: NameSpec[]): string[] {
  return relationsOf(text, specs).map(show);
}
