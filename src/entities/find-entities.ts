// Named-entity detection, typing and within-document resolution: tokens in, mentions and entities out.
// Entity ids are slugs of the canonical label ("vladimir-putin", "united-states"); only when two entities of
// one document would share a slug does the later one get its type appended ("washington-person").
import type { AnalyzedText } from "../nlp/index.js";
import { ENTITY_TYPES, type Entity, type EntityType, type Mention } from "../types.js";
import { detectCandidates } from "./detect.js";
import { lexicons } from "./lexicons.js";
import { resolveOrgNominals, resolvePronouns } from "./pronouns.js";
import { Resolver, type DraftEntity } from "./resolve.js";
import { normalizeKey, slugify } from "./text.js";

export interface EntityResult {
  mentions: Mention[];
  entities: Entity[];
}

export function findEntities(analyzed: AnalyzedText): EntityResult {
  const lex = lexicons();
  const lowerWords = new Set<string>();
  const candidates = detectCandidates(analyzed, lowerWords);
  const resolver = new Resolver(analyzed, lex, lowerWords);
  // A headline's names come after the text's own: "KODAK" finds "Eastman Kodak Co" of the first paragraph, and the
  // sentence's form and type of a name win over the capitals'.
  for (const c of candidates) if (!c.headline) resolver.resolve(c);
  for (const c of candidates) if (c.headline) resolver.resolve(c);
  resolver.mergeEarlySurnames();
  resolver.mergeAcronyms();
  resolver.mergeContained();
  const live = resolver.entities.filter((e) => !e.mergedInto && e.mentions.length > 0);
  const types = new Map<DraftEntity, EntityType>();
  for (const e of live) {
    types.set(e, voteType(e));
    if (!e.gender && types.get(e) === "PERSON") e.gender = lex.firstNames.get(normalizeKey(e.words[0])) ?? null;
  }
  const named = resolver.mentions.filter((m) => !m.entity.mergedInto).sort((x, y) => x.start - y.start);
  resolvePronouns(analyzed, named, (e) => types.get(e) === "PERSON");
  resolveOrgNominals(analyzed, named, (e) => types.get(e) === "ORG");

  const ids = new Map<DraftEntity, string>();
  const used = new Set<string>();
  const starts = new Map<DraftEntity, number>();
  for (const e of live) starts.set(e, firstStart(e));
  const ordered = [...live].sort((x, y) => (starts.get(x) ?? 0) - (starts.get(y) ?? 0));
  const entities: Entity[] = [];
  for (const e of ordered) {
    const type = types.get(e) ?? "OTHER";
    const label = labelOf(e, type);
    let id = slugify(label);
    if (used.has(id)) id = `${id}-${type.toLowerCase()}`;
    for (let n = 2; used.has(id); n++) id = `${slugify(label)}-${type.toLowerCase()}-${n}`;
    used.add(id);
    ids.set(e, id);
    const aliases = new Set<string>([label]);
    for (const m of e.mentions) if (m.kind !== "pronoun") aliases.add(m.text);
    entities.push({ id, label, type, aliases: [...aliases].sort(), mentions: e.mentions.length });
  }
  const mentions: Mention[] = [];
  for (const e of ordered) {
    for (const m of e.mentions) {
      mentions.push({
        start: m.start,
        end: m.end,
        text: m.text,
        type: types.get(e) ?? "OTHER",
        entity: ids.get(e) ?? "",
        kind: m.kind,
      });
    }
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  entities.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { mentions, entities };
}

function firstStart(e: DraftEntity): number {
  let min = Infinity;
  for (const m of e.mentions) if (m.start < min) min = m.start;
  return min;
}

/** One type per entity: its fixed type (places, peoples), else the weighted vote of its mentions' guesses. */
function voteType(e: DraftEntity): EntityType {
  if (e.fixedType) return e.fixedType;
  let best: EntityType = "OTHER";
  let bestWeight = -1;
  for (const t of ENTITY_TYPES) {
    const w = e.votes.get(t) ?? 0;
    if (w > bestWeight) {
      best = t;
      bestWeight = w;
    }
  }
  return bestWeight > 0 ? best : "OTHER";
}

/** The canonical label: fixed for places; a person's longest name; otherwise the most used form, or the longest name it is part of. */
function labelOf(e: DraftEntity, type: EntityType): string {
  if (e.canonical) return e.canonical;
  if (type === "PERSON") return e.words.join(" ");
  let best = e.words.join(" ");
  let bestCount = -1;
  const forms = [...e.forms].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [form, n] of forms) {
    if (n > bestCount || (n === bestCount && form.length > best.length)) {
      best = form;
      bestCount = n;
    }
  }
  // A part of a name used more often ("the Church") does not replace the name it is part of ("Church of Scientology").
  let label = best;
  for (const [form] of forms) if (form.length > label.length && ` ${form} `.includes(` ${best} `)) label = form;
  return label;
}
