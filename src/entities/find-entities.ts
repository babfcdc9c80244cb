// Named-entity detection, typing and within-document resolution: tokens in, mentions and entities out.
// Entity ids are slugs of the canonical label ("vladimir-putin", "united-states"); only when two entities of
// one document would share a slug does the later one get its type appended ("washington-person").
import type { AnalyzedText } from "../nlp/index.js";
import { ENTITY_TYPES, type Entity, type EntityType, type Mention } from "../types.js";
import { detectCandidates } from "./detect.js";
import { lexicons, type Lexicons } from "./lexicons.js";
import { resolveOrgNominals, resolvePronouns } from "./pronouns.js";
import { Resolver, type DraftEntity, type DraftMention } from "./resolve.js";
import { isLegalSuffix, isWrittenInCapitals, normalizeKey, slugify } from "./text.js";

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
    surnameVote(e, lex, analyzed.text);
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

/** Weight of a name's last word used alone: what a surname is, a person's ("Lleyton Hewitt ... Hewitt said"). */
const SURNAME_VOTE = 3;

/**
 * A name of two or three words whose last word the text also uses alone is a person's: the news refers to people
 * by surname and to organisations by their first word ("Goldman said"). Not when that word is a cue word, a legal
 * form or a place ("Deutsche Bank ... the Bank", "Bank of America"), nor against a cue or a legal form in the name
 * itself (weight 3.5 and more).
 */
function surnameVote(e: DraftEntity, lex: Lexicons, text: string): void {
  if (e.fixedType || e.words.length < 2 || e.words.length > 3 || (e.strong?.weight ?? 0) >= 3.5) return;
  const last = e.words[e.words.length - 1];
  const key = normalizeKey(last);
  const c = lex.cues;
  if (isLegalSuffix(last) || lex.places.has(key) || c.org.has(key) || c.facility.has(key) || c.event.has(key) || c.law.has(key)) return;
  // the word alone after the full name, as a surname follows it (not a name's first word cut at a sentence start)
  const full = e.words.join(" ");
  let fullAt = Infinity;
  for (const m of e.mentions) if (m.text === full && m.start < fullAt) fullAt = m.start;
  // and standing alone, not the end of the full name whose first words the detector left out ("of First Corvex")
  const rest = full.slice(0, full.length - last.length);
  const alone = (m: DraftMention) => text.slice(Math.max(0, m.start - rest.length), m.start).toLowerCase() !== rest.toLowerCase();
  if (!e.mentions.some((m) => m.kind !== "pronoun" && m.text === last && m.start > fullAt && alone(m))) return;
  e.votes.set("PERSON", (e.votes.get("PERSON") ?? 0) + SURNAME_VOTE);
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
  // A form written in capitals (a headline's) names the entity only when the sentences write it no other way.
  const shouted = forms.every(([form]) => isWrittenInCapitals(form));
  for (const [form, n] of forms) {
    if (!shouted && isWrittenInCapitals(form)) continue;
    if (n > bestCount || (n === bestCount && form.length > best.length)) {
      best = form;
      bestCount = n;
    }
  }
  // A part of a name used more often ("the Church") does not replace the name it is part of ("Church of Scientology").
  let label = best;
  for (const [form] of forms) {
    if (form.length > label.length && ` ${form} `.includes(` ${best} `) && (shouted || !isWrittenInCapitals(form))) label = form;
  }
  return label;
}
