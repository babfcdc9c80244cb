// Test helpers: analyse a sentence and build its mentions by hand from the names it contains, so the relation
// patterns are tested apart from the entity stage.
import { analyze } from "../../src/nlp/index.js";
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
  return findRelations(analyze(text), { mentions, entities }, "doc");
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
