// The verb chain to the left of a trigger ("has not yet", "may", "plans to", "denied plans to", "continues to"):
// it is skipped to reach the subject, and its words give the relation's polarity and modality.
import { groupAt, groupEndingAt, lowerOf, mentionOf, type Arg, type Group, type SentenceView } from "./sentence.js";

export interface Chain {
  /** Last token of the subject group, or -1 when the chain ends at something that is no subject. */
  subjectEnd: number;
  negated: boolean;
  hedged: boolean;
  /** A form of "be" directly before the trigger (passive or predicative adjective). */
  be: boolean;
  /** Where the walk stopped: the subject's last token, or the word that ended the chain ("and", "about"...). */
  stop: number;
}

/** Longest chain walked; keeps long sentences linear. */
const MAX_CHAIN = 14;
const QUOTE = /^[“”"‘’«»]$/;
/** Prepositions that attach a name to the noun before it ("Wong of FTU"), unlike "as", "with", "after", which
 *  may open a clause whose subject the name is ("as Chadli replaced Witsel"). */
const NOUN_PREPS = new Set([
  "of",
  "from",
  "in",
  "at",
  "for",
  "within",
  "on",
  "by",
  "to",
  "among",
  "about",
  "under",
  "inside",
  "near",
  "behind",
  "across",
]);
const TIME_NOUNS =
  /^(years?|months?|weeks?|days?|decades?|hours?|time|times|now|long|once|twice|today|yesterday|ago|weekend)$/;

export function walkChainLeft(view: SentenceView, trigger: number): Chain {
  const { tokens, lexicon: lx } = view;
  const chain: Chain = { subjectEnd: -1, negated: false, hedged: false, be: false, stop: -1 };
  let k = trigger - 1;
  let onlyAdverbs = true; // nothing but adverbs so far: a "be" here makes a passive
  let afterNoun = false; // the token to the right is a chain noun ("denied [plans] to attack")
  const stop = Math.max(view.from, trigger - MAX_CHAIN);
  while (k >= stop) {
    const t = tokens[k];
    const w = lowerOf(t);
    if (mentionOf(view, k)) break;
    if (QUOTE.test(t.text)) {
      k--;
      continue;
    }
    if (lx.negators.has(w) && t.pos !== "DET" && t.pos !== "CCONJ") {
      chain.negated = true;
      k--;
      continue;
    }
    if (t.pos === "AUX") {
      if (lx.hedgeAux.has(w) || lx.hedgeAux.has(t.lemma)) chain.hedged = true;
      if (t.lemma === "be" && onlyAdverbs) chain.be = true;
      onlyAdverbs = false;
      k--;
      continue;
    }
    if (t.pos === "ADV") {
      if (lx.hedgeAdverbs.has(w)) chain.hedged = true;
      k--;
      continue;
    }
    if (t.pos === "PART" && (w === "to" || w === "not")) {
      onlyAdverbs = false;
      k--;
      // "traveled to Florida to meet": an infinitive takes its subject only through a chain word before "to"
      if (w === "to" && k >= stop && !chainWordBeforeTo(view, k)) {
        chain.stop = k;
        return chain;
      }
      continue;
    }
    const beforeTo = toFollows(view, k, trigger);
    const governsNoun = afterNoun;
    afterNoun = false;
    if ((t.pos === "VERB" || t.pos === "ADJ") && (beforeTo || k + 1 === trigger || governsNoun)) {
      const lemma = t.lemma.toLowerCase();
      const negative = lx.negativeVerbs.has(lemma);
      const hedge = lx.hedgeVerbs.has(lemma) || lx.hedgeAdjectives.has(w);
      if (negative || hedge || lx.catenatives.has(lemma) || lx.catenatives.has(w)) {
        if (negative) chain.negated = true;
        if (hedge) chain.hedged = true;
        onlyAdverbs = false;
        k--;
        continue;
      }
    }
    if (t.pos === "NOUN" && beforeTo && lx.hedgeNouns.has(w)) {
      // "denied plans to attack", "has no intention to"
      chain.hedged = true;
      onlyAdverbs = false;
      k--;
      while (k >= stop && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ")) {
        if (lx.negators.has(lowerOf(tokens[k]))) chain.negated = true;
        k--;
      }
      afterNoun = true;
      continue;
    }
    // ", however," between subject and verb
    if (w === "," && k - 2 >= stop && tokens[k - 1].pos === "ADV" && lowerOf(tokens[k - 2]) === ",") {
      k -= 3;
      continue;
    }
    // "has for years voiced": a short time phrase inside the chain
    const skipped = skipTimePhrase(view, k, stop);
    if (skipped >= 0) {
      k = skipped;
      continue;
    }
    break;
  }
  chain.stop = k;
  if (k >= view.from) {
    const t = tokens[k];
    // a comma may close an appositive: "Steve Whitmore, a representative for ..., told"
    if (mentionOf(view, k) || /^(NOUN|PROPN|PRON|NUM)$/.test(t.pos) || t.text === ",") chain.subjectEnd = k;
  }
  return chain;
}

/** Whether token k (just before an infinitive's "to") belongs to a verb chain: an auxiliary, a chain verb,
 *  noun or adjective ("continues to", "plans to", "is expected to", "are to"). */
function chainWordBeforeTo(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  const lx = view.lexicon;
  const w = lowerOf(t);
  const lemma = t.lemma.toLowerCase();
  if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART") return true;
  if (t.pos === "VERB" || t.pos === "ADJ")
    return (
      lx.negativeVerbs.has(lemma) ||
      lx.hedgeVerbs.has(lemma) ||
      lx.catenatives.has(lemma) ||
      lx.catenatives.has(w) ||
      lx.hedgeAdjectives.has(w)
    );
  if (t.pos === "NOUN") return lx.hedgeNouns.has(w);
  return false;
}

function skipTimePhrase(view: SentenceView, k: number, stop: number): number {
  const { tokens } = view;
  if (!TIME_NOUNS.test(tokens[k].lower)) return -1;
  for (let m = k - 1; m >= Math.max(stop, k - 4); m--) {
    const t = tokens[m];
    if (t.pos === "ADP" && m - 1 >= view.from && tokens[m - 1].pos === "AUX") return m - 1;
    if (!/^(DET|NUM|ADJ)$/.test(t.pos)) return -1;
  }
  return -1;
}

/** The subjects of a clause whose subject group ends at `end`: the group's entity, coordinated entities
 *  ("Russia and NATO"), the antecedent of a relative pronoun ("Devocht, who") or of an appositive
 *  ("Steve Whitmore, a representative for ..., told": then `end` is the comma closing the appositive). */
export function subjectsEndingAt(view: SentenceView, end: number): { args: Arg[]; group: Group | null } {
  const { tokens } = view;
  if (end < view.from) return { args: [], group: null };
  if (tokens[end].text === ",") {
    const head = appositiveHead(view, end);
    return head ? { args: [head.arg!], group: head } : { args: [], group: null };
  }
  let group = groupEndingAt(view, end);
  const w = lowerOf(tokens[end]);
  let relative = false;
  if (!group && (w === "who" || w === "which" || w === "that") && tokens[end].pos === "PRON") {
    let k = end - 1;
    if (k >= view.from && tokens[k].text === ",") k--;
    group = groupEndingAt(view, k);
    relative = true;
  }
  if (!group) return { args: [], group };
  // "Wong of FTU was defeated", "the group within Scientology called": a name after a preposition belongs to
  // the noun before it, which is the subject
  // ("Secretary of State Antony Blinken" is no such case: the name does not follow the preposition directly)
  const prep = group.start - 1;
  const directly = group.arg !== null && startsGroup(view, group);
  if (!relative && directly && prep >= view.from && tokens[prep].pos === "ADP" && NOUN_PREPS.has(tokens[prep].lower)) {
    const outer = groupEndingAt(view, prep - 1);
    if (!outer?.arg || outer.arg.via !== "head") return { args: [], group: outer };
    group = outer;
  }
  if (!group.arg) {
    // "Mohamed and his father are to travel": the named conjunct still is a subject
    const c = group.start - 1;
    if (c - 1 >= view.from && lowerOf(tokens[c]) === "and") {
      const prev = groupEndingAt(view, c - 1);
      if (
        prev?.arg &&
        prev.arg.via === "head" &&
        !(prev.start - 1 >= view.from && tokens[prev.start - 1].pos === "ADP")
      ) {
        return { args: [prev.arg], group: prev };
      }
    }
    return { args: [], group };
  }
  const args: Arg[] = [group.arg];
  // Coordination to the left: "A and B", "A, B and C" (bounded to three more conjuncts).
  let start = group.start;
  for (let n = 0; n < 3; n++) {
    const c = start - 1;
    if (c < view.from) break;
    const cw = lowerOf(tokens[c]);
    // "A, B and C": the conjunction comes first from the right; a comma alone is no coordination
    if (n === 0 ? cw !== "and" && cw !== "or" : cw !== ",") break;
    const prev = groupEndingAt(view, c - 1);
    if (!prev?.arg || prev.arg.via !== "head") break;
    // "outreach from Google and Mohamed was invited": a conjunct inside a prepositional phrase is no subject
    if (prev.start - 1 >= view.from && tokens[prev.start - 1].pos === "ADP") break;
    args.unshift(prev.arg);
    start = prev.start;
  }
  return { args, group };
}

/** The named group an appositive ending at the comma `close` belongs to: "Steve Whitmore, a representative for
 *  ..., told"; "Co-founder of Google, Sergey Brin, met" (a person's name between the commas is the subject);
 *  "Ahmed Mohamed, a boy from Irving, Texas, was" (a name after a preposition is skipped). */
function appositiveHead(view: SentenceView, close: number): Group | null {
  const { tokens } = view;
  let right = close;
  for (let round = 0; round < 3; round++) {
    const limit = Math.max(view.from, right - 14);
    let k = right - 1;
    for (; k >= limit; k--) {
      const t = tokens[k];
      if (t.text === ",") break;
      if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || /^[“”"‘’']$/.test(t.text)) return null;
    }
    if (k < limit || k === right - 1) return null;
    const inner = groupAt(view, k + 1);
    if (round === 0 && inner?.arg?.via === "head" && inner.end === right && inner.arg.mention.type === "PERSON")
      return inner;
    const before = groupEndingAt(view, k - 1);
    if (!before?.arg || before.arg.via !== "head") return null;
    if (before.start - 1 >= view.from && tokens[before.start - 1].pos === "ADP") {
      right = k;
      continue;
    }
    return before;
  }
  return null;
}

/** Whether the chain stopped at a verb-phrase coordination ("... and was replaced by", ", as well as sharing"):
 *  the verb then shares the subject of the verb before it. */
export function coordinatedVerbPhrase(view: SentenceView, chain: Chain): boolean {
  const k = chain.stop;
  if (k < view.from || chain.subjectEnd >= 0) return false;
  const w = lowerOf(view.tokens[k]);
  if (w === "and" || w === "but" || w === "or" || w === "then") return true;
  return (
    w === "as" && k - 2 >= view.from && lowerOf(view.tokens[k - 1]) === "well" && lowerOf(view.tokens[k - 2]) === "as"
  );
}

/** Whether a group's named head starts it (after a determiner): "the Labour Party", not "State Antony Blinken". */
function startsGroup(view: SentenceView, group: Group): boolean {
  let k = group.start;
  if (view.tokens[k].pos === "DET") k++;
  const mention = mentionOf(view, group.head);
  return mention !== null && mentionOf(view, k) === mention;
}

/** Whether "to" follows token k before the trigger, past adverbs and negators ("vowed never to attack"). */
function toFollows(view: SentenceView, k: number, trigger: number): boolean {
  let j = k + 1;
  while (j < trigger && (view.tokens[j].pos === "ADV" || view.lexicon.negators.has(lowerOf(view.tokens[j])))) j++;
  return j < trigger && lowerOf(view.tokens[j]) === "to";
}
