// What the tree around a clause says about it: its polarity and modality ("did not", "may", "plans to", "refused
// to", "if", "denied plans to") and who reports it ("X said (that) ...", "..., X said", "according to X"), read by
// walking from the clause up to the sentence's root.
import type { SpeechContext } from "./attribution.js";
import { lowerOf, type Arg } from "./sentence.js";
import { argOf } from "./arguments.js";
import {
  baseDep,
  caseOf,
  childBy,
  childrenBy,
  childrenOf,
  depOf,
  headOf,
  isRelativePronoun,
  markOf,
  subjectsOf,
  type Tree,
} from "./tree.js";

export interface ClauseContext {
  negated: boolean;
  hedged: boolean;
  /** Who the sentence says said it, when the tree shows a reporting verb above the clause. */
  speech: SpeechContext | null;
}

/** Auxiliaries that make a clause about an event a hypothesis ("a conflict would be a disaster"). */
const HYPOTHETICAL = new Set(["would", "could", "might", "may"]);

/** Longest walk up the tree; a sentence is seldom deeper. */
const MAX_DEPTH = 16;

/** Marks on the node itself: auxiliaries, negators and hedging adverbs, a conditional subordinator, and on a noun
 *  "no" and hedging adjectives ("no plans", "a potential attack"). */
function ownMarks(tree: Tree, x: number, state: { negated: boolean; hedged: boolean }): void {
  const { tokens, lexicon: lx } = tree.view;
  for (const c of childrenOf(tree, x)) {
    const dep = baseDep(tree, c);
    const w = lowerOf(tokens[c]);
    if (dep === "aux" && (lx.hedgeAux.has(w) || lx.hedgeAux.has(tokens[c].lemma.toLowerCase()))) state.hedged = true;
    else if (dep === "advmod" || dep === "neg" || dep === "det" || dep === "amod" || dep === "cc") {
      if (lx.negators.has(w) && !(dep === "cc" && w !== "nor")) state.negated = true;
      if (lx.hedgeAdverbs.has(w) || lx.hedgeAdjectives.has(w)) state.hedged = true;
    } else if (dep === "mark" && lx.conditionals.has(w)) state.hedged = true;
  }
}

/** "ruled out attacking X", "stopped attacking X": a gerund without mark or subject of its own under a negative
 *  verb is that verb's complement, however the parser attached it. */
function negativeGerund(tree: Tree, c: number, negative: boolean): boolean {
  return negative && !markOf(tree, c) && tree.view.tokens[c].lower.endsWith("ing");
}

/** Whether a clause has a subject of its own (then it keeps its own modality in a coordination). */
/** A conjunct opened by "but" or "yet". */
function contrasted(tree: Tree, v: number): boolean {
  return childrenBy(tree, v, "cc").some((c) => CONTRASTING.has(lowerOf(tree.view.tokens[c])));
}
const CONTRASTING = new Set(["but", "yet"]);

function hasOwnSubject(tree: Tree, v: number): boolean {
  return childBy(tree, v, "nsubj", "nsubj:pass", "csubj", "expl") >= 0;
}

/** The modality and speaker of the clause (or event noun) at `x`. */
export function clauseContext(tree: Tree, x: number): ClauseContext {
  const { tokens, lexicon: lx } = tree.view;
  const state = { negated: false, hedged: false };
  let speech: SpeechContext | null = null;
  ownMarks(tree, x, state);
  // once the walk leaves a clause that keeps its own modality (a relative or adverbial clause, a clause with its
  // own subject in a coordination), only a speaker is still looked for
  let inherit = true;
  let cur = x;
  for (let depth = 0; depth < MAX_DEPTH && !speech; depth++) {
    speech = speakerBeside(tree, cur);
    if (speech) break;
    const h = headOf(tree, cur);
    if (h < 0) break;
    const base = baseDep(tree, cur);
    const dep = depOf(tree, cur);
    const head = tokens[h];
    // "ruled out attacking": a verb's particle is part of its meaning
    const prt = childBy(tree, h, "compound:prt");
    const lemma = head.lemma.toLowerCase();
    const negative =
      lx.negativeVerbs.has(lemma) || (prt >= 0 && lx.negativeVerbs.has(`${lemma} ${lowerOf(tokens[prt])}`));
    const w = lowerOf(head);
    if (base === "conj") {
      // "did not resign but said ...": a conjunct set against the first by "but" keeps its own modality
      if (hasOwnSubject(tree, cur) || contrasted(tree, cur)) inherit = false;
      else if (inherit) ownMarks(tree, h, state); // "may attack and destroy", "not to try and cut"
    } else if (
      base === "xcomp" ||
      (base === "advcl" && !hasOwnSubject(tree, cur) && (markOf(tree, cur) === "to" || negativeGerund(tree, cur, negative)))
    ) {
      // an infinitive the parser hung as an adverbial clause ("is unlikely to attack", "vowed never to") reads
      // like a complement: a purpose ("sent troops to protect X") is no fact either
      if (inherit) {
        if (negative) state.negated = true; // "refused to", "failed to"
        else if (lx.hedgeVerbs.has(lemma) || lx.hedgeAdjectives.has(w) || lx.hedgeNouns.has(w)) state.hedged = true;
        else if (!lx.catenatives.has(lemma) && !lx.catenatives.has(w)) state.hedged = true; // "urged X to"
        ownMarks(tree, h, state);
      }
    } else if (base === "ccomp" || (base === "parataxis" && lx.reportingVerbs.has(lemma))) {
      if (lx.reportingVerbs.has(lemma) && head.pos === "VERB") {
        const reported = { negated: false, hedged: false };
        ownMarks(tree, h, reported);
        speech = {
          speaker: firstArg(tree, subjectsOf(tree, h).heads),
          hedged: lx.speculativeReporting.has(lemma) || reported.hedged || reported.negated,
          negated: lx.denyingReporting.has(lemma) && !reported.negated,
        };
        if (!speech.speaker) {
          // "It was reported that ...": no speaker, but the verb's modality still holds
          if (speech.hedged) state.hedged = true;
          if (speech.negated) state.negated = true;
          speech = null;
        }
      } else if (inherit) {
        if (negative || lx.denyingReporting.has(lemma)) state.negated = true; // "denied that"
        else if (lx.hedgeVerbs.has(lemma) || lx.hedgeAdjectives.has(w)) state.hedged = true; // "hopes that"
        ownMarks(tree, h, state);
      }
      if (speech) break;
    } else if (base === "acl") {
      // a clause opened by the conjunction "that" ("claims that X attacked Y") is the noun's content, whatever
      // the parser called it; a relative clause has a pronoun in it instead
      if (dep === "acl:relcl" && markOf(tree, cur) !== "that") inherit = false;
      else if (inherit) {
        // "plans to attack", "claims that X attacked", "a warning not to": what a noun holds is no fact
        const mark = markOf(tree, cur);
        if (mark === "to" || lx.hedgeNouns.has(w) || lx.hedgeNouns.has(lemma)) state.hedged = true;
        ownMarks(tree, h, state);
      }
    } else if (base === "advcl") {
      if (markOf(tree, cur) && lx.conditionals.has(markOf(tree, cur))) state.hedged = true;
      // "could not agree, prompting Gray to invite ...": a participle after a comma says what followed, a fact of
      // its own, not under the main verb's negation
      const consequence = tokens[cur].lower.endsWith("ing") && cur - 1 >= tree.view.from && tokens[cur - 1].text === ",";
      if (hasOwnSubject(tree, cur) || consequence) inherit = false;
      else if (inherit) ownMarks(tree, h, state);
    } else if (base === "obj" || (base === "nsubj" && dep === "nsubj:pass")) {
      // an event noun as a verb's object: "denied plans to", "blocked EU aid to", "may launch an attack"
      if (inherit) {
        if (negative || lx.denyingReporting.has(lemma)) state.negated = true;
        else if (lx.hedgeVerbs.has(lemma)) state.hedged = true;
        ownMarks(tree, h, state);
      }
    } else if (base === "nsubj" && inherit) {
      // "a conflict between A and B would be a disaster": an event that is the subject of a hypothesis
      for (const a of childrenBy(tree, h, "aux")) if (HYPOTHETICAL.has(lowerOf(tokens[a]))) state.hedged = true;
      inherit = false;
    } else {
      inherit = false;
    }
    cur = h;
  }
  return { ...state, speech };
}

/** A reporting clause beside the clause rather than above it: "Russia will attack, Peskov said" (parataxis),
 *  "NATO armed Kiev, according to Reuters". */
function speakerBeside(tree: Tree, x: number): SpeechContext | null {
  const { tokens, lexicon: lx } = tree.view;
  for (const c of childrenBy(tree, x, "parataxis", "obl", "advcl", "conj")) {
    const base = baseDep(tree, c);
    // "X shelled Y, officials said" parsed as a coordination: a conjunct with no "and" and a subject of its own
    if (base === "conj") {
      const subject = childBy(tree, c, "nsubj");
      if (subject < 0 || isRelativePronoun(tree, subject) || childBy(tree, c, "cc", "obj", "iobj", "obl") >= 0) continue;
    }
    if (base === "obl" && caseOf(tree, c) === "according to") {
      const speaker = argOf(tree, c, false);
      if (speaker) return { speaker, hedged: false, negated: false };
      continue;
    }
    const lemma = tokens[c].lemma.toLowerCase();
    if (base === "obl" || tokens[c].pos !== "VERB" || !lx.reportingVerbs.has(lemma)) continue;
    // the reporting verb reports this clause only when it has no complement of its own
    if (childBy(tree, c, "ccomp", "obj", "xcomp") >= 0) continue;
    const speaker = firstArg(tree, subjectsOf(tree, c).heads);
    if (!speaker) continue;
    const reported = { negated: false, hedged: false };
    ownMarks(tree, c, reported);
    return {
      speaker,
      hedged: lx.speculativeReporting.has(lemma) || reported.hedged || reported.negated,
      negated: lx.denyingReporting.has(lemma) && !reported.negated,
    };
  }
  return null;
}

function firstArg(tree: Tree, heads: number[]): Arg | null {
  for (const h of heads) {
    const arg = argOf(tree, h, false);
    if (arg) return arg;
  }
  return null;
}
