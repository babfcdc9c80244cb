// Reported speech: which stretches of text a speaker is reported to say ("X said (that) ...", "..., X said",
// "“...,” X said" across sentences, "according to X"), and whether the reporting verb hedges ("warned that",
// "claimed") or denies ("denied that") what it reports.
import type { Token } from "../nlp/index.js";
import { subjectsEndingAt, walkChainLeft } from "./chain.js";
import { groupAt, lowerOf, mentionOf, mentionTokens, type Arg, type SentenceView } from "./sentence.js";

export interface SpeechContext {
  speaker: Arg | null;
  hedged: boolean;
  negated: boolean;
}

const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);
/** Longest stretch a quote may span, in tokens: an unclosed quote must not swallow the article. */
const MAX_QUOTE = 400;

/** Opening quote token → its closing quote token, for the whole text (quotes do not cross blocks). */
export function quotePairs(tokens: Token[], blockOf: (sentence: number) => number): Map<number, number> {
  const pairs = new Map<number, number>();
  let open = -1;
  let straight = -1;
  let block = -1;
  for (const t of tokens) {
    const b = blockOf(t.sentence);
    if (b !== block) {
      block = b;
      open = -1;
      straight = -1;
    }
    if (OPENING.has(t.text)) open = t.i;
    else if (CLOSING.has(t.text) && open >= 0) {
      if (t.i - open <= MAX_QUOTE) pairs.set(open, t.i);
      open = -1;
    } else if (t.text === '"') {
      if (straight < 0) straight = t.i;
      else {
        if (t.i - straight <= MAX_QUOTE) pairs.set(straight, t.i);
        straight = -1;
      }
    }
  }
  return pairs;
}

/** Fills `contexts` (indexed by token) for one sentence; earlier assignments win. */
export function attributeSentence(
  view: SentenceView,
  pairs: Map<number, number>,
  closers: Map<number, number>,
  contexts: (SpeechContext | undefined)[],
): void {
  const { tokens, lexicon: lx } = view;
  // spans are bounded like quotes, so a run-on sentence full of reporting verbs stays linear
  // (forward spans keep the tokens nearest the verb's start, backward ones those nearest the speaker)
  const assign = (from: number, to: number, context: SpeechContext, backward = false) => {
    from = Math.max(0, backward ? Math.max(from, to - MAX_QUOTE) : from);
    to = Math.min(tokens.length, backward ? to : Math.min(to, from + MAX_QUOTE));
    for (let k = from; k < to; k++) if (!contexts[k]) contexts[k] = context;
  };
  for (let r = view.from; r < view.to; r++) {
    const t = tokens[r];
    const w = lowerOf(t);
    if (w === "according" && r + 1 < view.to && lowerOf(tokens[r + 1]) === "to") {
      const group = groupAt(view, r + 2);
      if (group?.arg) assign(view.from, view.to, { speaker: group.arg, hedged: false, negated: false });
      continue;
    }
    // "dismissed claims that it attacked Ukraine", "fears that Russia will invade": the clause is no fact
    if (isClaimNoun(view, r) && r + 1 < view.to && lowerOf(tokens[r + 1]) === "that") {
      const governor = governingVerbOf(view, r);
      const negated =
        governor >= 0 &&
        (lx.negativeVerbs.has(tokens[governor].lemma.toLowerCase()) ||
          lx.denyingReporting.has(tokens[governor].lemma.toLowerCase()));
      assign(r + 2, view.to, { speaker: null, hedged: true, negated });
      continue;
    }
    if (t.pos !== "VERB") continue;
    const lemma = t.lemma.toLowerCase();
    if (!lx.reportingVerbs.has(lemma)) continue;
    const context: SpeechContext = {
      speaker: null,
      hedged: lx.speculativeReporting.has(lemma),
      negated: lx.denyingReporting.has(lemma),
    };
    const chain = walkChainLeft(view, r);
    const { args, group } =
      chain.subjectEnd >= 0 ? subjectsEndingAt(view, chain.subjectEnd) : { args: [], group: null };
    // "did not say that X": nothing is asserted; "did not deny that X": nor is anything denied
    if (chain.negated) {
      context.negated = false;
      context.hedged = true;
    }
    if (chain.hedged) context.hedged = true; // "may have said", "reportedly told"
    let subjectStart = group ? group.start : -1;
    context.speaker = args[0] ?? null;
    if (!group) {
      // inversion: "..., said Peskov", "..., reported Reuters"
      const after = groupAt(view, r + 1);
      if (after?.arg && r - 1 >= view.from && (tokens[r - 1].text === "," || CLOSING.has(tokens[r - 1].text))) {
        context.speaker = after.arg;
        subjectStart = r;
      } else continue;
    }
    const forward = complementStart(view, r);
    const before = subjectStart - 1;
    if (forward < 0) {
      // "“...,” Peskov said", "..., Peskov said": back to the opening quote (maybe sentences earlier),
      // else to the sentence start
      if (before < view.from) continue;
      const mark = tokens[before].text;
      if (mark !== "," && !CLOSING.has(mark) && mark !== '"') continue;
      const close =
        CLOSING.has(mark) || mark === '"' ? before : CLOSING.has(tokens[before - 1]?.text ?? "") ? before - 1 : -1;
      const open = close >= 0 ? closers.get(close) : undefined;
      assign(open ?? view.from, subjectStart, context, true);
      continue;
    }
    let end = view.to;
    const quoteClose = pairs.get(forward) ?? pairs.get(forward + 1);
    if (quoteClose !== undefined) end = Math.max(end, quoteClose + 1);
    assign(forward, end, context);
  }
}

/** Where the reported content after a reporting verb starts ("said (last month) that ...", "told Y that ...",
 *  "said: “...", "said NATO is ..."), or -1 when the verb reports nothing after it. */
function complementStart(view: SentenceView, r: number): number {
  const { tokens } = view;
  let k = r + 1;
  while (k < view.to && tokens[k].pos === "ADV") k++;
  if (k >= view.to) return -1;
  const first = lowerOf(tokens[k]);
  if (first === "that" || first === ":" || OPENING.has(tokens[k].text) || tokens[k].pos === "SCONJ") return k;
  const group = groupAt(view, k);
  if (!group) return -1;
  const ends = [group.end];
  // "said NATO armed Kiev": the chunker may run over a mis-tagged verb; the name alone can be the subject
  if (mentionOf(view, k)) ends.push(mentionTokens(view, k)[1] + 1);
  for (const end of ends) {
    if (end >= view.to) continue;
    const after = tokens[end];
    const w = lowerOf(after);
    // "said last month that", "told Reuters that", "told GB News: “..."
    if (w === "that" || w === ":" || OPENING.has(after.text)) return end;
    // "said NATO is ...": a clause without "that"
    if (after.pos === "AUX" || after.pos === "VERB") return k;
    // the same, with a verb the tagger took for a noun or adjective
    if ((after.pos === "ADJ" && after.lower.endsWith("ed")) || (after.pos === "NOUN" && after.lower.endsWith("s"))) {
      const third = end + 1 < view.to ? tokens[end + 1].pos : "";
      if (third === "PROPN" || third === "DET" || third === "ADP" || third === "PRON") return k;
    }
  }
  return -1;
}

/** The verb right before a noun group ending at `n` ("dismissed (those) claims"), or -1. */
function governingVerbOf(view: SentenceView, n: number): number {
  for (let k = n - 1; k >= Math.max(view.from, n - 4); k--) {
    const t = view.tokens[k];
    if (t.pos === "VERB") return k;
    if (!/^(DET|ADJ|ADV)$/.test(t.pos)) return -1;
  }
  return -1;
}

/** "claims", "fears", "allegations" used as a noun (the tagger sometimes calls "there are claims" a verb): not
 *  after a subject, where it would be the reporting verb of "Russia claims that". */
function isClaimNoun(view: SentenceView, r: number): boolean {
  const t = view.tokens[r];
  if (!view.lexicon.hedgeNouns.has(lowerOf(t))) return false;
  if (t.pos === "NOUN") return true;
  if (t.pos !== "VERB" || r === view.from) return false;
  return /^(AUX|DET|ADJ|VERB)$/.test(view.tokens[r - 1].pos);
}
