// Noun patterns: possessive and demonym nominalisations ("Russia's intervention in Ukraine", "a Russian attack on
// NATO") and relations between two coordinated entities ("conflict between A and B", "A and B are in talks").
import type { Candidate } from "./candidate.js";
import { walkChainLeft } from "./chain.js";
import { predicateInfo } from "./lexicon.js";
import {
  argAt,
  groupAt,
  isPossessiveMark,
  lowerOf,
  mentionOf,
  mentionTokens,
  objectOfGroup,
  type Arg,
  type SentenceView,
} from "./sentence.js";

const QUOTE = /^[“”"‘’'«»]$/;
const HYPOTHETICAL = new Set(["would", "could", "may", "might"]);

export function nominalCandidates(view: SentenceView, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  for (let n = view.from; n < view.to; n++) {
    const t = tokens[n];
    if (t.pos === "NOUN") {
      const preps = lx.nouns.get(t.lower) ?? lx.nouns.get(t.lemma.toLowerCase());
      if (preps) possessiveNominal(view, n, preps, out);
    }
    const w = lowerOf(t);
    if (w === "between") betweenPair(view, n, out);
    else if (w === "and" || (isDash(view, n) && mentionOf(view, n - 1) && mentionOf(view, n + 1)))
      coordinatedPair(view, n, out);
  }
}

function isDash(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  return (t.text === "-" || t.text === "–") && i > view.from && i + 1 < view.to;
}

/** "Russia's intervention in Ukraine", "a potential Russian attack on NATO countries", "NATO's continued
 *  expansion towards Russia's borders". The possessor or modifier is the subject. */
function possessiveNominal(view: SentenceView, n: number, preps: Map<string, string>, out: Candidate[]): void {
  const { tokens, lexicon: lx } = view;
  let hedged = false;
  let negated = false;
  let k = n - 1;
  const stop = Math.max(view.from, n - 5);
  // adjectives and adverbs, and a participle right after a possessive ("NATO's continued expansion")
  while (
    k >= stop &&
    !mentionOf(view, k) &&
    (/^(ADJ|ADV)$/.test(tokens[k].pos) ||
      (tokens[k].pos === "VERB" && k > view.from && isPossessiveMark(tokens[k - 1])))
  ) {
    if (lx.hedgeAdjectives.has(lowerOf(tokens[k]))) hedged = true;
    k--;
  }
  if (k < view.from) return;
  let subject: Arg | null = null;
  if (isPossessiveMark(tokens[k]) && k - 1 >= view.from) subject = argAt(view, k - 1, "possessor");
  else if (tokens[k].pos === "PRON" && /^(his|her|its|their)$/.test(tokens[k].lower)) {
    // "during his visit to Google"; after a light verb ("expressed his concern over") the verb reads it
    const governor = governingVerb(view, k);
    if (governor >= 0 && lx.lightVerbs.has(tokens[governor].lemma.toLowerCase())) return;
    subject = argAt(view, k, "possessor");
  } else subject = argAt(view, k, "modifier");
  if (!subject) {
    agentNominal(view, n, preps, out);
    return;
  }
  const [first] = mentionTokens(view, subject.token);
  // determiners and context before the noun group: "no", "talk of", "the possibility of"
  let g = first - 1;
  while (g >= view.from && (tokens[g].pos === "ADJ" || tokens[g].pos === "DET" || QUOTE.test(tokens[g].text))) {
    const w = lowerOf(tokens[g]);
    if (lx.negators.has(w)) negated = true;
    if (lx.hedgeAdjectives.has(w)) hedged = true;
    g--;
  }
  if (g - 1 >= view.from && lowerOf(tokens[g]) === "of" && lx.hedgeNouns.has(lowerOf(tokens[g - 1]))) hedged = true;
  let p = n + 1;
  while (p < view.to && QUOTE.test(tokens[p].text)) p++;
  if (p >= view.to || tokens[p].pos !== "ADP") return;
  const predicate = preps.get(tokens[p].lower);
  if (!predicate) return;
  let q = p + 1;
  if (q < view.to && tokens[q].pos === "VERB" && tokens[q].lower.endsWith("ing")) q++;
  const group = groupAt(view, q);
  if (!group) return;
  const { arg } = objectOfGroup(view, group);
  if (!arg) return;
  // the verb governing the noun group passes on its modality ("denied plans of an attack on", "may launch")
  const governor = governingVerb(view, first);
  if (governor >= 0) {
    const chain = walkChainLeft(view, governor);
    const lemma = tokens[governor].lemma.toLowerCase();
    if (chain.negated || lx.negativeVerbs.has(lemma)) negated = true;
    if (chain.hedged || lx.hedgeVerbs.has(lemma)) hedged = true;
  }
  out.push({ subject, object: arg, predicate, trigger: [n, n + 1], negated, hedged, reportable: true, weight: 0.95 });
}

/** "the invasion of Ukraine by Russia": the object in the of-phrase, the subject in the by-phrase. */
function agentNominal(view: SentenceView, n: number, preps: Map<string, string>, out: Candidate[]): void {
  const { tokens } = view;
  const predicate = preps.get("of");
  if (!predicate || n + 1 >= view.to || tokens[n + 1].lower !== "of") return;
  const objectGroup = groupAt(view, n + 2);
  if (!objectGroup) return;
  const { arg: object, end } = objectOfGroup(view, objectGroup);
  if (!object || end >= view.to || tokens[end].lower !== "by") return;
  const agent = groupAt(view, end + 1);
  if (!agent?.arg) return;
  let negated = false;
  let hedged = false;
  for (let g = n - 1; g >= Math.max(view.from, n - 4) && /^(ADJ|DET)$/.test(tokens[g].pos); g--) {
    const w = lowerOf(tokens[g]);
    if (view.lexicon.negators.has(w)) negated = true;
    if (view.lexicon.hedgeAdjectives.has(w)) hedged = true;
  }
  out.push({
    subject: agent.arg,
    object,
    predicate,
    trigger: [n, n + 1],
    negated,
    hedged,
    reportable: true,
    weight: 0.9,
  });
}

/** The verb a noun group starting at `start` is the object of, when it stands right before it. */
function governingVerb(view: SentenceView, start: number): number {
  const { tokens } = view;
  for (let k = start - 1; k >= Math.max(view.from, start - 4); k--) {
    const t = tokens[k];
    if (t.pos === "VERB") return k;
    if (!/^(DET|ADJ|ADV|PART)$/.test(t.pos) && !QUOTE.test(t.text)) return -1;
  }
  return -1;
}

/** The symmetric noun that names what ties two coordinated entities, searched in a bounded window;
 *  conflict and cooperation nouns win over a plain "relations". */
function symmetricNounNear(view: SentenceView, from: number, to: number): { token: number; predicate: string } | null {
  const { tokens, lexicon: lx } = view;
  let best: { token: number; predicate: string; rank: number } | null = null;
  const a = Math.max(view.from, from);
  const b = Math.min(view.to, to);
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.pos !== "NOUN") continue;
    const predicate = lx.symmetricNouns.get(t.lower);
    if (!predicate) continue;
    const category = predicateInfo(lx, predicate).category;
    const rank =
      category === "conflict" || category === "cooperation" ? (predicate === "has relations with" ? 1 : 2) : 0;
    if (!best || rank > best.rank) best = { token: k, predicate, rank };
  }
  return best;
}

/** "the conflict between Russia and NATO", "relations between A and B ... a direct confrontation". */
function betweenPair(view: SentenceView, b: number, out: Candidate[]): void {
  const g1 = groupAt(view, b + 1);
  if (!g1?.arg || g1.arg.via !== "head" || g1.end >= view.to || lowerOf(view.tokens[g1.end]) !== "and") return;
  const g2 = groupAt(view, g1.end + 1);
  if (!g2?.arg || g2.arg.via !== "head") return;
  const noun = symmetricNounNear(view, b - 6, g2.end + 12);
  if (!noun) return;
  // "a potential conflict between A and B would ...": a hypothetical tie
  let hedged = false;
  const lx = view.lexicon;
  for (let k = Math.max(view.from, b - 4); k < Math.min(view.to, g2.end + 3); k++) {
    const w = lowerOf(view.tokens[k]);
    if (lx.hedgeAdjectives.has(w) || (view.tokens[k].pos === "AUX" && HYPOTHETICAL.has(w))) hedged = true;
  }
  out.push({
    subject: g1.arg,
    object: g2.arg,
    predicate: noun.predicate,
    trigger: [noun.token, noun.token + 1],
    negated: false,
    hedged,
    reportable: true,
    weight: 0.9,
  });
}

/** "Russia and NATO (are now) in (a state of) direct confrontation", "Russia-NATO relations". */
function coordinatedPair(view: SentenceView, c: number, out: Candidate[]): void {
  const { tokens } = view;
  const left = argAt(view, c - 1, "head");
  const right = argAt(view, c + 1, "head");
  if (!left || !right) return;
  const [, last] = mentionTokens(view, c + 1);
  const [first] = mentionTokens(view, c - 1);
  if (first - 1 >= view.from && lowerOf(tokens[first - 1]) === "between") return; // betweenPair reads it
  // only a short stretch of auxiliaries, adverbs, prepositions and modifiers up to the noun
  let k = last + 1;
  const end = Math.min(view.to, k + 10);
  for (; k < end; k++) {
    const t = tokens[k];
    if (t.pos === "NOUN" && view.lexicon.symmetricNouns.has(t.lower)) break;
    if (!/^(AUX|ADV|ADP|DET|ADJ|NOUN|PART)$/.test(t.pos) && !QUOTE.test(t.text)) return;
    if (mentionOf(view, k)) return;
  }
  if (k >= end) return;
  const predicate = view.lexicon.symmetricNouns.get(tokens[k].lower)!;
  out.push({
    subject: left,
    object: right,
    predicate,
    trigger: [k, k + 1],
    negated: false,
    hedged: false,
    reportable: true,
    weight: 0.85,
  });
}
