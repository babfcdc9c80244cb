// Verb patterns: subject — verb (+ particle/preposition) — object across auxiliaries and adverbs, light verbs
// with a trigger noun ("issued a warning about"), predicative adjectives ("is involved in"), and passives
// turned active ("X was invited by Y" → Y invites X).
import type { Candidate } from "./candidate.js";
import { coordinatedVerbPhrase, subjectsEndingAt, walkChainLeft, type Chain } from "./chain.js";
import { predicateInfo, type PrepMap } from "./lexicon.js";
import {
  groupAt,
  lowerOf,
  mentionOf,
  mentionTokens,
  objectOfGroup,
  type Arg,
  type Group,
  type SentenceView,
} from "./sentence.js";

interface Complement {
  prep: string;
  arg: Arg;
  /** Predicate fixed by a trigger noun or adjective; otherwise the verb's own. */
  predicate?: string;
  triggerEnd?: number;
  hedged?: boolean;
  negated?: boolean;
  /** A complement further from the verb (a later prepositional phrase) weighs less. */
  weight: number;
  /** A prepositional phrase after an object: an adjunct unless the verb's frame has its preposition. */
  afterObject?: boolean;
}

/** Verbs too light or too vague to name a relation by themselves. */
/** Prepositions that mark the argument of an intransitive verb outside the table ("clashed with X", "appealed to
 *  X", "withdrew from X"), unlike "in", "at", "for", "over", which mostly mark where, when or why. */
export const ARGUMENT_PREPS = new Set(["with", "against", "to", "into", "onto", "from", "about", "toward", "towards"]);

export const NO_GENERIC = new Set([
  "be",
  "have",
  "do",
  "get",
  "make",
  "take",
  "go",
  "come",
  "see",
  "seem",
  "become",
  "include",
  "exclude",
  // market reports: "Revlon closed on the New York Stock Exchange at 14-3/4", "traded on the Toronto Stock Exchange"
  "close",
  "open",
  "trade",
  "use",
  "put",
  "let",
  "keep",
  "say",
  "think",
  "want",
  "need",
  "like",
  "mean",
  "show",
  "find",
  "give",
  "remain",
  "involve",
  "cause",
  "add",
  "note",
  "explain",
  "claim",
  "state",
  "believe",
  "report",
  "describe",
  "view",
  "consider",
  "call",
  "aim",
]);
const PARTICLES = new Set(["out", "up", "off", "down", "back", "away", "over", "on"]);
const QUOTE = /^[“”"‘’'«»]$/;
const MAX_PPS = 2;
/** Light verbs that carry no relation of their own ("send troops to X" does; "made a choice in X" does not). */
export const PURE_LIGHT = new Set([
  "make",
  "take",
  "have",
  "do",
  "get",
  "hold",
  "issue",
  "express",
  "voice",
  "raise",
  "carry",
  "conduct",
  "stage",
  "mount",
  "wage",
  "launch",
  "sound",
  "air",
  "level",
  "file",
  "lodge",
  "register",
  "declare",
  "repeat",
  "reiterate",
  "renew",
  "reach",
  "strike",
  "impose",
  "slap",
  "introduce",
  "unveil",
  "announce",
]);
/** Prepositions that introduce clauses, comparisons or noun-internal phrases rather than a verb's argument. */
const NO_ARGUMENT_PREPS = new Set([
  "as",
  "than",
  "like",
  "after",
  "before",
  "since",
  "until",
  "because",
  "despite",
  "while",
  "if",
  "between",
  "among",
  "amid",
  "including",
  "per",
  "via",
  "except",
]);
export const SYMMETRIC_VERBS = new Set([
  "meet",
  "clash",
  "fight",
  "talk",
  "negotiate",
  "agree",
  "cooperate",
  "merge",
  "spar",
  "battle",
]);

export function verbCandidates(view: SentenceView, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  // subjects of the last finite verb, shared by a coordinated verb phrase ("NATO provided ... and helped to train")
  let lastSubjects: Arg[] = [];
  for (let v = view.from; v < view.to; v++) {
    const t = tokens[v];
    if ((t.pos !== "VERB" && t.pos !== "ADJ" && t.pos !== "NOUN") || mentionOf(view, v)) continue;
    let lemma = t.lemma.toLowerCase();
    const next = v + 1 < view.to ? lowerOf(tokens[v + 1]) : "";
    const adjective = t.pos === "NOUN" ? undefined : lx.adjectives.get(t.lower);
    if (adjective) {
      adjectiveCandidates(view, v, adjective, out);
      continue;
    }
    const taggedOtherwise = t.pos !== "VERB" ? otherwiseTaggedVerb(view, v) : null;
    if (t.pos !== "VERB" && !taggedOtherwise) continue;
    if (taggedOtherwise) lemma = taggedOtherwise;
    // Chain verbs ("plans to attack", "continues to move") are modality, read from the main verb's side.
    if (next === "to" && (lx.catenatives.has(lemma) || lx.hedgeVerbs.has(lemma) || lx.negativeVerbs.has(lemma)))
      continue;
    const chain = walkChainLeft(view, v);
    let subjects: Arg[] = [];
    if (chain.subjectEnd >= 0) subjects = subjectsEndingAt(view, chain.subjectEnd).args;
    else if (coordinatedVerbPhrase(view, chain) && lastSubjects.length)
      subjects = lastSubjects.map((a) => ({ ...a, via: a.via }));
    if (chain.subjectEnd >= 0) lastSubjects = subjects;
    else if (subjects.length === 0) {
      if (!coordinatedVerbPhrase(view, chain)) lastSubjects = [];
      continue;
    }
    if (!subjects.length) continue;
    const participle = t.lower !== lemma && !t.lower.endsWith("ing");
    // "X was invited by Y", and the reduced "Polaroids donated by Y"
    const passive = participle && (chain.be || (v + 1 < view.to && tokens[v + 1].lower === "by"));
    const complements = readComplements(view, v, lemma, passive);
    emitVerb(view, v, lemma, chain, subjects, complements, passive, out);
  }
}

function emitVerb(
  view: SentenceView,
  v: number,
  lemma: string,
  chain: Chain,
  subjects: Arg[],
  complements: Complement[],
  passive: boolean,
  out: Candidate[],
): void {
  const { tokens, lexicon: lx } = view;
  const entry = lx.verbs.get(lemma);
  const agent = passive ? complements.find((c) => c.prep === "by" && !c.predicate) : undefined;
  let emitted = 0;
  for (const subject of subjects) {
    for (const c of complements) {
      let predicate = c.predicate ?? null;
      let weight = c.weight;
      let from = subject;
      let to = c.arg;
      if (!predicate && passive) {
        if (c === agent) {
          // "X was invited by Y" → Y invites X
          predicate = verbPredicate(entry, lemma, "");
          from = c.arg;
          to = subject;
        } else if (c.prep !== "by" && entry?.has(c.prep)) {
          // "was invited to X": a phrase of the verb's frame; "SUVs were built in Japan" names no relation
          predicate = `${tokens[v].lower} ${c.prep}`;
          weight *= 0.8;
        }
      } else if (!predicate) {
        // a verb outside the table keeps a preposition only as an intransitive verb's argument marker: "withdrew
        // from X", never "enjoyed success over X"
        const marks = entry || !c.prep || (!c.afterObject && ARGUMENT_PREPS.has(c.prep));
        predicate = marks ? verbPredicate(entry, lemma, c.prep) : null;
        if (!predicate) continue;
        if (!entry) weight *= 0.85;
        if (predicate === "supplies" || predicate === "gives") {
          const what = whatFollows(view, v);
          if (what === "troops") predicate = "deploys to";
          else if (what === "aid") predicate = "aids";
        }
      }
      if (!predicate) continue;
      emitted++;
      out.push({
        subject: from,
        object: to,
        predicate,
        trigger: [v, c.triggerEnd ?? v + 1],
        negated: chain.negated || !!c.negated,
        hedged: chain.hedged || !!c.hedged,
        reportable: true,
        weight,
      });
    }
  }
  // "Russia and Ukraine met", "A and B signed an agreement": coordinated subjects of a symmetric verb, or of a
  // light verb with a symmetric noun, and no object.
  if (subjects.length > 1 && emitted === 0) {
    let predicate: string | null = null;
    if (SYMMETRIC_VERBS.has(lemma)) {
      // "A and B met with investors" (or "met investors") relates each to the others, not to each other
      const next = skipSoft(view, v + 1);
      const partner = next < view.to && (lowerOf(tokens[next]) === "with" || groupAt(view, next) !== null);
      predicate = partner ? null : verbPredicate(entry, lemma, "") ?? verbPredicate(entry, lemma, "with");
    } else if (lx.lightVerbs.has(lemma)) {
      const group = groupAt(view, skipSoft(view, v + 1));
      if (group && !group.arg) predicate = lx.symmetricNouns.get(tokens[group.head].lower) ?? null;
    }
    // "India and Pakistan have fought three wars over Kashmir"
    if (!predicate && !lx.lightVerbs.has(lemma) && entry) {
      const group = groupAt(view, skipSoft(view, v + 1));
      const noun = group && !group.arg ? lx.symmetricNouns.get(tokens[group.head].lower) : undefined;
      const own = verbPredicate(entry, lemma, "");
      if (noun && own && noun === own) predicate = own;
    }
    if (!predicate) return;
    for (let a = 0; a < subjects.length; a++) {
      for (let b = a + 1; b < subjects.length; b++) {
        out.push({
          subject: subjects[a],
          object: subjects[b],
          predicate,
          trigger: [v, v + 1],
          negated: chain.negated,
          hedged: chain.hedged,
          reportable: true,
          weight: 0.9,
        });
      }
    }
  }
}

/** wink-nlp tags some verbs after a name as nouns or adjectives ("if Russia attacks NATO", "Trump returns to",
 *  "NATO armed Kiev"): a known verb form between a subject mention and an object or preposition is read as a
 *  verb. Returns its lemma, or null. */
function otherwiseTaggedVerb(view: SentenceView, v: number): string | null {
  const t = view.tokens[v];
  const verbs = view.lexicon.verbs;
  let lemma: string | null = null;
  if (t.pos === "NOUN" && t.lower.endsWith("s") && verbs.has(t.lemma.toLowerCase())) lemma = t.lemma.toLowerCase();
  else if (t.pos === "NOUN" && verbs.has(t.lower) && v - 1 >= view.from && mentionOf(view, v - 1)) {
    // a question's inverted auxiliary: "Did Russia attack NATO?", "Will China invade Taiwan?"
    const first = mentionTokens(view, v - 1)[0];
    if (first - 1 >= view.from && view.tokens[first - 1].pos === "AUX") lemma = t.lower;
  } else if (t.pos === "ADJ" && t.lower.endsWith("ed")) {
    const stem = t.lower.slice(0, -2);
    lemma = [stem, stem + "e", stem.slice(0, -1)].find((form) => verbs.has(form)) ?? null;
  }
  if (!lemma || v - 1 < view.from || v + 1 >= view.to) return null;
  const before = view.tokens[v - 1];
  const after = view.tokens[v + 1];
  const subjectBefore =
    !!mentionOf(view, v - 1) || (before.pos === "PRON" && !/^(his|her|its|their|our|my|your)$/.test(before.lower));
  if (!subjectBefore && !(t.pos === "ADJ" && before.pos === "AUX" && before.lemma === "have")) return null;
  return mentionOf(view, v + 1) || /^(DET|ADP|PRON|PROPN)$/.test(after.pos) ? lemma : null;
}

/** The predicate a verb gives with a preposition ("" = direct object), or null when it names no relation. */
export function verbPredicate(entry: PrepMap | undefined, lemma: string, prep: string): string | null {
  if (entry) {
    // a verb of the table names relations only in the frames the table gives: "attacked X from Belarus" is no
    // attack on Belarus
    return entry.get(prep) ?? (prep ? entry.get("*") : undefined) ?? null;
  }
  if (NO_GENERIC.has(lemma) || !/^[a-z][a-z-]+$/.test(lemma)) return null;
  return prep ? `${thirdPerson(lemma)} ${prep}` : thirdPerson(lemma);
}

/** "attack" → "attacks", "fly" → "flies", "push" → "pushes". */
export function thirdPerson(lemma: string): string {
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + "ies";
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return lemma + "es";
  return lemma + "s";
}

/** What a supplying verb hands over, from the first telling noun shortly after it: aid ("provided Kiev with
 *  billions worth of military aid") or troops ("send more troops to Poland"). */
function whatFollows(view: SentenceView, v: number): "aid" | "troops" | null {
  const end = Math.min(view.to, v + 10);
  const lx = view.lexicon;
  for (let k = v + 1; k < end; k++) {
    const t = view.tokens[k];
    if (t.text === "." || t.text === ";") return null;
    if (lx.troopNouns.has(t.lower)) return "troops";
    if (lx.aidNouns.has(t.lower) || lx.aidNouns.has(t.lemma.toLowerCase())) return "aid";
  }
  return null;
}

/** Skips adverbs and quote marks. */
function skipSoft(view: SentenceView, k: number): number {
  while (k < view.to && (view.tokens[k].pos === "ADV" || QUOTE.test(view.tokens[k].text))) k++;
  return k;
}

/** A group after a preposition, also through a gerund ("about deploying F-16 fighters"). */
function groupAfterPrep(view: SentenceView, k: number): Group | null {
  k = skipSoft(view, k);
  if (k < view.to && view.tokens[k].pos === "VERB" && view.tokens[k].lower.endsWith("ing")) k++;
  return groupAt(view, k);
}

function readComplements(view: SentenceView, v: number, lemma: string, passive: boolean): Complement[] {
  const { tokens, lexicon: lx } = view;
  const out: Complement[] = [];
  let k = skipSoft(view, v + 1);
  // particle: "point out", "seek out"
  if (k < view.to && PARTICLES.has(tokens[k].lower) && !lx.verbs.get(lemma)?.has(tokens[k].lower)) {
    const after = k + 1 < view.to ? tokens[k + 1].pos : "";
    if (after === "DET" || after === "NOUN" || after === "PROPN" || after === "ADJ" || after === "ADP") k++;
  }
  let weight = 1;
  let objectSeen = false;
  if (!passive && k < view.to && tokens[k].pos !== "ADP") {
    const group = groupAt(view, k);
    if (group) {
      // "shelled the city of Donetsk": the object through its proxy head
      const direct = group.arg ? { arg: group.arg, end: group.end } : objectOfGroup(view, group, false);
      if (direct.arg) {
        out.push({ prep: "", arg: direct.arg, weight });
        const end = conjoinedObjects(view, direct.end, "", weight, out);
        const second = groupAt(view, end); // "gave Mohamed the option": the first object is the entity
        k = second && !second.arg ? second.end : end;
      } else {
        const light = lightVerbComplement(view, lemma, group);
        if (light) return [light];
        // "blocked EU aid to Ukraine": a trigger noun takes the next phrase itself
        const head = tokens[group.head];
        if (lx.nouns.has(head.lower) || lx.nouns.has(head.lemma.toLowerCase())) return [];
        // "made a choice after ...", "issued a statement in ...": a pure light verb with another noun says nothing
        if (PURE_LIGHT.has(lemma)) return [];
        k = group.end;
      }
      weight *= 0.8;
      objectSeen = true;
    } else if (lowerOf(tokens[k]) === "that" || tokens[k].pos === "SCONJ") {
      return out;
    }
  }
  for (let n = 0; n < MAX_PPS && k < view.to; n++) {
    k = skipSoft(view, k);
    if (k >= view.to || tokens[k].pos !== "ADP") break;
    const prep = tokens[k].lower;
    // an of-phrase after an object belongs to that object's noun, not to the verb
    if (prep === "of" && (objectSeen || n > 0)) break;
    if (NO_ARGUMENT_PREPS.has(prep)) break;
    // "ruled out attacking NATO": a particle before a gerund opens no phrase of the verb
    const after = k + 1 < view.to ? tokens[k + 1] : null;
    if (PARTICLES.has(prep) && after?.pos === "VERB" && after.lower.endsWith("ing")) break;
    const group = groupAfterPrep(view, k + 1);
    if (!group) break;
    const { arg, end } = objectOfGroup(view, group);
    if (arg) {
      out.push({ prep, arg, weight, afterObject: objectSeen });
      conjoinedObjects(view, end, prep, weight, out);
      break; // a later phrase most often belongs to this one's noun ("at the stadium in Sochi")
    }
    // "spoke during his visit to Google": a trigger noun takes the next phrase itself
    if (lx.nouns.has(tokens[group.head].lower) || lx.nouns.has(tokens[group.head].lemma.toLowerCase())) break;
    weight *= 0.8;
    k = end;
  }
  return out;
}

/** "attacked NATO and China", "met with A, B and C": named groups coordinated after an object (up to three). */
function conjoinedObjects(view: SentenceView, k: number, prep: string, weight: number, out: Complement[]): number {
  const { tokens } = view;
  for (let n = 0; n < 3 && k + 1 < view.to; n++) {
    const w = lowerOf(tokens[k]);
    if (w !== "and" && w !== "," && w !== "or") break;
    let start = k + 1;
    if (w === "," && lowerOf(tokens[start]) === "and") start++;
    const group = groupAt(view, start);
    if (!group?.arg || group.arg.via !== "head") break;
    // "A and B met" after the object is a new clause, not a second object
    if (group.end < view.to && /^(AUX|VERB)$/.test(tokens[group.end].pos)) break;
    out.push({ prep, arg: group.arg, weight: weight * 0.95 });
    k = group.end;
  }
  return k;
}

/** "issued a stern warning about X", "expressed his concern over X", "signed a deal with X". */
function lightVerbComplement(view: SentenceView, lemma: string, group: Group): Complement | null {
  const { tokens, lexicon: lx } = view;
  if (!lx.lightVerbs.has(lemma)) return null;
  const head = tokens[group.head];
  const preps = lx.nouns.get(head.lower) ?? lx.nouns.get(head.lemma.toLowerCase());
  if (!preps) return null;
  let k = skipSoft(view, group.end);
  if (k >= view.to || tokens[k].pos !== "ADP") return null;
  const predicate = preps.get(tokens[k].lower);
  if (!predicate) return null;
  const inner = groupAfterPrep(view, k + 1);
  if (!inner) return null;
  const { arg } = objectOfGroup(view, inner);
  // "concern over NATO's eastern expansion", "a warning about deploying F-16 fighters"
  const named = arg ?? inner.possessor ?? inner.modifiers[inner.modifiers.length - 1] ?? null;
  if (!named) return null;
  let negated = false;
  let hedged = false;
  for (let i = group.start; i < group.head; i++) {
    const w = lowerOf(tokens[i]);
    if (lx.negators.has(w)) negated = true;
    if (lx.hedgeAdjectives.has(w)) hedged = true;
  }
  return { prep: tokens[k].lower, arg: named, predicate, triggerEnd: group.head + 1, negated, hedged, weight: 1 };
}

/** "X is (already) involved in Y", "X, based in Y". */
function adjectiveCandidates(view: SentenceView, a: number, preps: PrepMap, out: Candidate[]): void {
  const { tokens } = view;
  let k = skipSoft(view, a + 1);
  if (k >= view.to || tokens[k].pos !== "ADP") return;
  const predicate = preps.get(tokens[k].lower);
  if (!predicate) return;
  const chain = walkChainLeft(view, a);
  if (chain.subjectEnd < 0) return;
  const { args: subjects } = subjectsEndingAt(view, chain.subjectEnd);
  if (!subjects.length) return;
  const group = groupAfterPrep(view, k + 1);
  if (!group) return;
  const { arg } = objectOfGroup(view, group);
  if (!arg) return;
  const reliability = predicateInfo(view.lexicon, predicate).reliability;
  for (const subject of subjects) {
    out.push({
      subject,
      object: arg,
      predicate,
      trigger: [a, a + 1],
      negated: chain.negated,
      hedged: chain.hedged,
      reportable: true,
      weight: reliability > 0 ? 1 : 0,
    });
  }
}
