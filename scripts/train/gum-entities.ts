// Converts GUM CoNLL-U documents into the scorer's gold format (`../shared/eval/score.mjs`), so that any GUM
// document can be scored (gum/dev, cross-validation folds), and derives the entity tagger's training spans:
// the cores of named mentions, typed by the mapping rules below.
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { lexicons, type Lexicons } from "../../src/entities/lexicons.js";
import { normalizeKey } from "../../src/entities/text.js";
import type { EntityType } from "../../src/types.js";
import { miscField, parseConllu, readConllu, type GoldSentence, type GoldWord } from "./conllu.js";

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldMention extends GoldSpan {
  /** GUM entity type: person, organization, place, event, object, abstract, time, substance, animal, plant. */
  type: string;
  cluster: string;
  /** Wikipedia title, or null. */
  link: string | null;
  head: GoldSpan;
  headPos: string;
  /** The head's Penn tag (NNPS marks a plural name: a people or a group). */
  headTag: string;
  named: boolean;
  core: GoldSpan | null;
}

export interface GoldDoc {
  doc: string;
  genre: string;
  text: string;
  mentions: GoldMention[];
}

/** A word of the document with its absolute offsets. */
interface DocWord extends GoldWord {
  sentence: number;
  /** Index of the word in the document's word list. */
  index: number;
  absStart: number;
  absEnd: number;
}

interface OpenMention {
  id: string;
  etype: string;
  identity: string | null;
  first: number;
}

/** Lowercase words a name may contain between capitalised ones, read rightwards from its head. */
const CONNECTORS = new Set(["of", "the", "and", "&", "for", "de", "la", "du", "von", "van", "der", "al", "bin", "-"]);
/** Relations by which a noun head carries its name ("student Ahmed Mohamed", "the Scientology organization"). */
const NAME_DEPENDENTS = new Set(["appos", "flat", "flat:name", "compound", "nmod:desc"]);

const isCapitalised = (w: string) => /^[\p{Lu}\d]/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);
const isProper = (w: DocWord) => w.upos === "PROPN" || w.xpos === "NNP" || w.xpos === "NNPS";

export function convertGumDoc(sentences: GoldSentence[], genre = ""): GoldDoc {
  const titles = lexicons().titles;
  const isTitle = (w: string) => titles.has(w);
  let text = "";
  const words: DocWord[] = [];
  const sentenceWords: DocWord[][] = [];
  sentences.forEach((s, si) => {
    if (si > 0) text += s.newpar ? "\n\n" : " ";
    const base = text.length;
    text += s.text;
    const list: DocWord[] = [];
    for (const w of s.words) {
      const dw: DocWord = { ...w, sentence: si, index: words.length, absStart: base + w.start, absEnd: base + w.end };
      words.push(dw);
      list.push(dw);
    }
    sentenceWords.push(list);
  });
  const raw: { open: OpenMention; last: number }[] = [];
  const open: OpenMention[] = [];
  for (const w of words) {
    const value = miscField(w.misc, "Entity");
    if (!value) continue;
    const re = /\((\d+)-([^()]*)(\)?)|(\d+)\)/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      if (m[1] !== undefined) {
        const parts = m[2].split("-");
        const identity = parts.length > 6 ? parts.slice(6).join("-") : "";
        const mention: OpenMention = {
          id: m[1],
          etype: parts[0],
          identity: identity ? decodeURIComponent(identity) : null,
          first: w.index,
        };
        if (m[3]) raw.push({ open: mention, last: w.index });
        else open.push(mention);
      } else {
        for (let k = open.length - 1; k >= 0; k--) {
          if (open[k].id !== m[4]) continue;
          raw.push({ open: open[k], last: w.index });
          open.splice(k, 1);
          break;
        }
      }
    }
  }
  const span = (a: DocWord, b: DocWord): GoldSpan => ({
    start: a.absStart,
    end: b.absEnd,
    text: text.slice(a.absStart, b.absEnd),
  });
  const mentions: GoldMention[] = [];
  for (const { open: o, last } of raw) {
    const inside = words.slice(o.first, last + 1);
    const head = headOf(inside, sentenceWords);
    const nested = raw.filter(
      (r) => r.open !== o && r.open.first >= o.first && r.last <= last && r.last - r.open.first < last - o.first,
    );
    const core = coreOf(inside, head, nested, words, isTitle, o.etype);
    mentions.push({
      ...span(words[o.first], words[last]),
      type: o.etype,
      cluster: o.id,
      link: o.identity,
      head: span(head, head),
      headPos: head.upos,
      headTag: head.xpos,
      named: core !== null,
      core: core ? span(core[0], core[1]) : null,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const doc = sentences[0]?.doc ?? "";
  return { doc, genre: genre || (/^GUM_([a-z]+)_/.exec(doc)?.[1] ?? ""), text, mentions };
}

/** The word whose dependency head lies outside the mention (the first such). */
function headOf(inside: DocWord[], sentenceWords: DocWord[][]): DocWord {
  const ids = new Set(inside.map((w) => w.index));
  for (const w of inside) {
    const h = w.head === 0 ? null : sentenceWords[w.sentence].find((x) => x.id === w.head);
    if (!h || !ids.has(h.index)) return w;
  }
  return inside[0];
}

/**
 * The name inside a mention, or null when it has none. Its head is the mention's head when that is a proper noun,
 * else a proper noun the head carries by apposition or compounding ("student Ahmed Mohamed", "the Scientology
 * organization"; not one of a nested mention of another entity). The name is the run of name words (proper nouns,
 * capitalised words) around it, continued rightwards over connectors followed by more name words ("Daughters of the
 * American Revolution", "Irving, Texas"); a leading determiner and a leading title ("US President Barack Obama")
 * are left out.
 */
function coreOf(
  inside: DocWord[],
  head: DocWord,
  nested: { open: OpenMention; last: number }[],
  words: DocWord[],
  isTitle: (w: string) => boolean,
  etype: string,
): [DocWord, DocWord] | null {
  // A coordination of names ("Lee Cheuk-yan and Frederick Fung") is not one name.
  if (inside.some((w) => w.deprel === "conj" && w.head === head.id && w.sentence === head.sentence)) return null;
  let nameHead: DocWord | null = isProper(head) && isCapitalised(head.form) ? head : null;
  if (!nameHead && head.upos === "NOUN") {
    const covered = (w: DocWord) => nested.some((r) => w.index >= r.open.first && w.index <= r.last);
    nameHead =
      inside.find(
        (w) => w.head === head.id && w.sentence === head.sentence && NAME_DEPENDENTS.has(w.deprel) && w.upos === "PROPN" && !covered(w),
      ) ?? null;
  }
  if (!nameHead) return null;
  const lo = inside[0].index;
  const hi = inside[inside.length - 1].index;
  const nameWord = (w: DocWord) => w.upos !== "DET" && (isProper(w) || (isCapitalised(w.form) && w.upos !== "PUNCT"));
  let a = nameHead.index;
  while (a - 1 >= lo && nameWord(words[a - 1])) a--;
  let b = nameHead.index;
  for (let k = b + 1; k <= hi; k++) {
    const w = words[k];
    if (nameWord(w)) {
      b = k;
      continue;
    }
    // Glued hyphens, commas and connectors continue only when a name word follows; a person's name does not run
    // over "of" ("Lee Cheuk-yan of the Labour Party").
    if (etype === "person" && w.form !== "-") break;
    if (!CONNECTORS.has(w.form.toLowerCase()) && w.form !== "," && w.form !== "-") break;
  }
  // "US President Barack Obama" → "Barack Obama": a title and what precedes it, when two name words remain.
  for (let k = b - 2; k >= a; k--) {
    if (isTitle(words[k].form.toLowerCase()) && k + 1 >= nameHead.index) {
      a = k + 1;
      break;
    }
  }
  return [words[a], words[b]];
}

// ---------------------------------------------------------------------------------------------------------------
// Type mapping: GUM's entity types to ours. General rules over the name's words and the lexicons, the same for
// every document.

/** Last words that make an abstract's name a law ("Affordable Care Act", "Treaty of Versailles" by its first word). */
const LAW_LAST = new Set(["act", "law", "bill", "treaty", "convention", "amendment", "constitution", "code", "directive", "accord", "accords", "charter", "protocol", "agreement", "statute", "regulation", "resolution", "ordinance", "doctrine"]);
const LAW_FIRST = new Set(["treaty", "convention", "protocol", "charter", "act"]);
/** Head nouns of built places (facilities). */
const FACILITY_HEADS = new Set([
  "airport", "station", "stadium", "arena", "hall", "tower", "towers", "bridge", "palace", "castle", "cathedral", "church",
  "mosque", "temple", "synagogue", "hospital", "prison", "jail", "museum", "library", "theatre", "theater", "square",
  "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "highway", "boulevard", "blvd", "plaza", "building",
  "centre", "center", "base", "harbor", "harbour", "dam", "mall", "hotel", "zoo", "tunnel", "canal", "memorial",
  "monument", "cemetery", "gate", "pier", "terminal", "house", "lane", "way", "market", "school", "university",
  "college", "campus", "court", "courthouse", "studio", "studios", "gallery", "fort", "mansion", "abbey", "chapel",
  "basilica", "mill", "factory", "port", "wharf", "lighthouse", "pavilion", "garden", "gardens", "park", "motorway",
  "freeway", "expressway", "railway", "line", "metro", "subway", "parkway", "drive", "place",
]);
const GPE_KINDS = new Set(["country", "city", "province"]);
/** GUM types that are never entities of ours. */
const NOT_ENTITIES = new Set(["time", "substance", "animal", "plant"]);

/**
 * Our type for a named mention's core, or null when it is none of ours.
 * - person → PERSON; a demonym or a plural proper noun (a people, a group: "Muslims", "Afghans") → NORP.
 * - organization → ORG; a country, state or city acting ("North Korea puts ...") → GPE.
 * - place → GPE when the lexicons know it as a country, state or city; FAC when its last word is a facility noun
 *   (street, airport, bridge, stadium, hospital, building...); otherwise LOC.
 * - event → EVENT; object → PRODUCT.
 * - abstract → LAW when its last word is act, law, bill, treaty, convention... (or it opens with treaty, convention),
 *   otherwise WORK_OF_ART when it has several words; a one-word abstract name is a language, a religion or a field
 *   ("English", "Islam", "Physics"), none of our types.
 * - time, substance, animal, plant → none.
 */
export function mapGumType(lex: Lexicons, gumType: string, core: string, plural: boolean): EntityType | null {
  if (NOT_ENTITIES.has(gumType)) return null;
  const key = normalizeKey(core);
  const words = key.split(/\s+/);
  const last = words[words.length - 1];
  // a place added to the lexicons after the tagger was trained does not relabel its training data (see
  // `PlaceEntry.outsideTagger`): the same corpus and lexicon features give the same model
  const entry = lex.places.get(key);
  const place = entry && !entry.outsideTagger ? entry : undefined;
  switch (gumType) {
    case "person":
      return lex.demonyms.has(key) || plural ? "NORP" : "PERSON";
    case "organization":
      return place && GPE_KINDS.has(place.kind) ? "GPE" : "ORG";
    case "place":
      if (place && GPE_KINDS.has(place.kind)) return "GPE";
      if (words.length > 1 && FACILITY_HEADS.has(last)) return "FAC";
      return "LOC";
    case "event":
      return "EVENT";
    case "object":
      return "PRODUCT";
    case "abstract":
      if (LAW_LAST.has(last) || (words.length > 2 && LAW_FIRST.has(words[0]))) return "LAW";
      return words.length > 1 ? "WORK_OF_ART" : null;
    default:
      return null;
  }
}

export interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * The tagger's training spans of a document: named mentions' cores, typed by `mapGumType`; where cores overlap,
 * the longer one wins (a flat tagger marks the outermost name: "American Revolution Constitution Hall").
 */
export function trainingSpans(doc: GoldDoc, lex: Lexicons): TypedSpan[] {
  const seen = new Set<string>();
  const candidates: TypedSpan[] = [];
  for (const m of doc.mentions) {
    if (!m.named || !m.core) continue;
    const k = `${m.core.start}:${m.core.end}`;
    if (seen.has(k)) continue;
    // A lone plural proper noun: a people or a group ("Muslims", "Democrats").
    const plural = m.headTag === "NNPS" && m.head.start === m.core.start && m.head.end === m.core.end;
    const type = mapGumType(lex, m.type, m.core.text, plural);
    if (!type) continue;
    seen.add(k);
    candidates.push({ start: m.core.start, end: m.core.end, type });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TypedSpan[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The GUM documents of a folder of `.conllu` files, in file-name order. */
export function readGumDocs(dir: string): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".conllu"))
    .sort()
    .map((f) => convertGumDoc(readConllu(join(dir, f)), /^GUM_([a-z]+)_/.exec(basename(f))?.[1] ?? ""));
}

/** One document from CoNLL-U source text (tests, tools). */
export function convertGumSource(source: string, name = "conllu"): GoldDoc {
  return convertGumDoc(parseConllu(source, name));
}

/** A gold line for `score.mjs`. */
export function goldLine(doc: GoldDoc): string {
  return JSON.stringify({ doc: doc.doc, genre: doc.genre, text: doc.text, mentions: doc.mentions, relations: [] });
}
