// The dependency tree of one sentence, as the relation stage walks it: each token's head and relation, its
// children (computed once per sentence), and the arguments of a clause through passives, coordination, control
// ("plans to", "urged X to") and relative clauses.
import type { Token } from "../nlp/index.js";
import type { SentenceView } from "./sentence.js";

export interface Tree {
  view: SentenceView;
  /** Head per token of the sentence (`i - from`), an absolute index or -1. */
  heads: Int32Array;
  deps: string[];
  /** Children per token of the sentence (`i - from`), absolute indices in text order. */
  kids: number[][];
}

/** Whether the sentence's tokens carry a parse (`analyze(text, { parser: false })` leaves relations empty): a
 *  relation each, heads inside the sentence. */
export function isParsed(view: SentenceView): boolean {
  for (let i = view.from; i < view.to; i++) {
    const { head, dep } = view.tokens[i];
    if (!dep || (head >= 0 && (head < view.from || head >= view.to))) return false;
  }
  return view.to > view.from;
}

export function buildTree(view: SentenceView): Tree {
  const n = view.to - view.from;
  const heads = new Int32Array(n);
  const deps: string[] = new Array(n);
  const kids: number[][] = Array.from({ length: n }, () => []);
  for (let i = view.from; i < view.to; i++) {
    heads[i - view.from] = view.tokens[i].head;
    deps[i - view.from] = view.tokens[i].dep;
  }
  repairPossessives(view, heads, deps);
  for (let i = view.from; i < view.to; i++) {
    const h = heads[i - view.from];
    if (h >= 0 && h !== i) kids[h - view.from].push(i);
  }
  return { view, heads, deps, kids };
}

/** "Microsoft's Phil Spencer announced": a possessive is a determiner of the noun after it, so a possessor the parser
 *  made an argument of that noun's own head ("Microsoft" a second subject of "announced") is turned into the noun's
 *  `nmod:poss`. */
function repairPossessives(view: SentenceView, heads: Int32Array, deps: string[]): void {
  const { tokens, from, to } = view;
  for (let m = from; m < to; m++) {
    const t = tokens[m];
    if (deps[m - from] !== "case" || !(t.pos === "PART" || t.tag === "POS")) continue;
    const p = heads[m - from];
    if (p < from || p >= to || p > m || !/^(nsubj|obj|iobj|obl)/.test(deps[p - from])) continue;
    const h = heads[p - from];
    // the first word after the mark that hangs on the same head and is a noun
    for (let j = m + 1; j < to; j++) {
      if (heads[j - from] !== h) continue;
      const pos = tokens[j].pos;
      if (pos === "NOUN" || pos === "PROPN") {
        heads[p - from] = j;
        deps[p - from] = "nmod:poss";
      }
      break;
    }
  }
}

export function headOf(tree: Tree, i: number): number {
  return tree.heads[i - tree.view.from];
}

export function depOf(tree: Tree, i: number): string {
  return tree.deps[i - tree.view.from];
}

/** The relation without its subtype: "nsubj:pass" → "nsubj". */
export function baseDep(tree: Tree, i: number): string {
  const dep = depOf(tree, i);
  const colon = dep.indexOf(":");
  return colon < 0 ? dep : dep.slice(0, colon);
}

const NONE: number[] = [];

export function childrenOf(tree: Tree, i: number): number[] {
  return i >= tree.view.from && i < tree.view.to ? tree.kids[i - tree.view.from] : NONE;
}

/** Children whose relation is one of `deps`, exactly ("nsubj:pass") or by its base ("obl" takes "obl:tmod"). */
export function childrenBy(tree: Tree, i: number, ...deps: string[]): number[] {
  const out: number[] = [];
  for (const c of childrenOf(tree, i)) {
    const dep = depOf(tree, c);
    if (deps.includes(dep) || deps.includes(baseDep(tree, c))) out.push(c);
  }
  return out;
}

export function childBy(tree: Tree, i: number, ...deps: string[]): number {
  for (const c of childrenOf(tree, i)) {
    const dep = depOf(tree, c);
    if (deps.includes(dep) || deps.includes(baseDep(tree, c))) return c;
  }
  return -1;
}

const lowerText = (t: Token) => t.lower.replace(/[’‘`´]/g, "'");

/** The preposition that marks a nominal ("in", "on behalf of", "according to"), lowercase, or "" for none:
 *  its `case` child with that word's `fixed` continuation. */
export function caseOf(tree: Tree, n: number): string {
  const own = ownCaseOf(tree, n);
  if (own) return own;
  // "of [Dellworth Instruments] Inc": the parser sometimes hangs the preposition on the first word of a name
  // compounded with the head; it marks the whole phrase
  for (const c of childrenBy(tree, n, "compound", "flat")) {
    if (c > n) break;
    const inner = ownCaseOf(tree, c);
    if (inner) return inner;
  }
  return "";
}

function ownCaseOf(tree: Tree, n: number): string {
  for (const c of childrenOf(tree, n)) {
    if (depOf(tree, c) !== "case") continue;
    const t = tree.view.tokens[c];
    if (t.pos === "PART" || lowerText(t) === "'s" || lowerText(t) === "'") continue; // a possessive mark
    const words = [lowerText(t)];
    for (const f of childrenBy(tree, c, "fixed")) words.push(lowerText(tree.view.tokens[f]));
    return words.join(" ");
  }
  return "";
}

/** The subordinating word of a clause ("that", "if", "whether", "to"), lowercase, or "". */
export function markOf(tree: Tree, v: number): string {
  const m = childBy(tree, v, "mark");
  if (m < 0) return "";
  const words = [lowerText(tree.view.tokens[m])];
  for (const f of childrenBy(tree, m, "fixed")) words.push(lowerText(tree.view.tokens[f]));
  return words.join(" ");
}

/** A nominal and the nominals coordinated with it ("A, B and C"), up to eight, in text order. */
export function conjuncts(tree: Tree, n: number): number[] {
  const out = [n];
  for (let k = 0; k < out.length && out.length < 8; k++) {
    for (const c of childrenBy(tree, out[k], "conj"))
      if (isNominal(tree.view.tokens[c]) && !subjectOfNext(tree, c) && !isPredicate(tree, c)) out.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** A nominal with a copula and a subject of its own is a clause's predicate ("who is in Rome"), no argument. */
function isPredicate(tree: Tree, n: number): boolean {
  return childBy(tree, n, "cop") >= 0 && childBy(tree, n, "nsubj") >= 0;
}

/** "Russia attacked NATO and China condemned it": a name right before a finite verb without a subject is that
 *  verb's subject, whatever the parser hung it on. */
function subjectOfNext(tree: Tree, c: number): boolean {
  const next = c + 1;
  if (next >= tree.view.to) return false;
  const t = tree.view.tokens[next];
  if (t.pos !== "VERB" || t.lower.endsWith("ing") || t.lower === t.lemma.toLowerCase()) return false;
  return childBy(tree, next, "nsubj", "nsubj:pass") < 0 && childBy(tree, next, "aux", "aux:pass") < 0;
}

export function isNominal(t: Token): boolean {
  return t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM" || t.pos === "X";
}

const RELATIVE = new Set(["who", "whom", "which", "that", "whose"]);

export function isRelativePronoun(tree: Tree, i: number): boolean {
  const t = tree.view.tokens[i];
  return (t.pos === "PRON" || t.pos === "DET") && RELATIVE.has(t.lower);
}

/** "Devocht, who had told ...": the noun right before a relative pronoun (and its comma), for a relative clause
 *  the parser did not attach to its noun; -1 when there is none. */
function antecedent(tree: Tree, s: number): number {
  let k = s - 1;
  if (k >= tree.view.from && tree.view.tokens[k].text === ",") k--;
  return k >= tree.view.from && isNominal(tree.view.tokens[k]) && tree.view.tokens[k].pos !== "PRON" ? k : -1;
}

/** A clause's subject phrases (heads of nominals), how they were found, and whether the clause is passive. */
export interface Subjects {
  heads: number[];
  passive: boolean;
  /** Through control, a shared subject of coordinated verbs, or a relative clause's noun: weaker evidence. */
  inherited: boolean;
}

/** Passive by its own marks: a passive subject, a passive auxiliary, or a reduced passive ("aid provided by X"). */
export function isPassive(tree: Tree, v: number): boolean {
  if (childBy(tree, v, "aux:pass", "obl:agent") >= 0) return true;
  if (childBy(tree, v, "nsubj:pass", "csubj:pass") < 0) return false;
  // "said it completed the purchase", parsed as "it [was] completed": a passive needs its "be" or "get", and a verb
  // with a direct object and neither acts on it
  return childBy(tree, v, "obj") < 0;
}

function isParticiple(t: Token): boolean {
  return t.pos === "VERB" && t.lower !== t.lemma.toLowerCase() && !t.lower.endsWith("ing");
}

/** The subjects of a verb (or of a predicate adjective or noun): its own, else those it shares or inherits. */
export function subjectsOf(tree: Tree, v: number, depth = 0): Subjects {
  const own = childrenBy(tree, v, "nsubj", "nsubj:pass");
  const passive = isPassive(tree, v);
  if (own.length) {
    const heads: number[] = [];
    for (let s of own) {
      // "Funaro, who is in Rome today, will fly to Tokyo" parsed with the clause "who is in Rome" as the subject: a
      // nominal with a copula and a subject of its own is a predicate, and its subject is who the sentence is about
      const inner = childBy(tree, s, "nsubj");
      if (isPredicate(tree, s)) {
        if (!isRelativePronoun(tree, inner)) s = inner;
        else if (antecedent(tree, inner) >= 0) s = antecedent(tree, inner);
        else continue;
      }
      // "NATO, which armed Kiev": the relative pronoun stands for the noun the clause modifies
      // (a relative clause the parser hung on a verb belongs to the noun before its pronoun)
      if (isRelativePronoun(tree, s) && baseDep(tree, v) === "acl" && isNominal(tree.view.tokens[headOf(tree, v)]))
        heads.push(...conjuncts(tree, headOf(tree, v)));
      else if (isRelativePronoun(tree, s) && antecedent(tree, s) >= 0) heads.push(antecedent(tree, s));
      else heads.push(...conjuncts(tree, s));
    }
    return { heads, passive, inherited: false };
  }
  // "100,000 Greeks worship the gods", "Yau Wai-ching defeated ...": a verb takes no compound, so a name the parser
  // compounded with the verb before it is the verb's subject
  const compounded = compoundSubject(tree, v);
  if (compounded >= 0) return { heads: conjuncts(tree, compounded), passive, inherited: false };
  // a clause the parser hung on a punctuation mark belongs to that mark's head
  let h = headOf(tree, v);
  while (h >= 0 && tree.view.tokens[h].pos === "PUNCT") h = headOf(tree, h);
  if (h < 0 || depth > 6) return { heads: [], passive, inherited: false };
  const dep = depOf(tree, v);
  const base = baseDep(tree, v);
  if (base === "conj") {
    // "NATO armed Kiev and trained its troops"; "was arrested and charged": the participle shares the passive
    let up = subjectsOf(tree, h, depth + 1);
    // a verb the parser coordinated with a noun ("sharing intelligence and helping to train ...") belongs to the
    // verb above that noun
    if (!up.heads.length && tree.view.tokens[v].pos === "VERB" && tree.view.tokens[h].pos !== "VERB") {
      let g = headOf(tree, h);
      while (g >= 0 && tree.view.tokens[g].pos !== "VERB") g = headOf(tree, g);
      if (g >= 0) up = subjectsOf(tree, g, depth + 1);
    }
    return {
      heads: up.heads,
      passive: passive || (up.passive && isParticiple(tree.view.tokens[v])),
      inherited: true,
    };
  }
  if (base === "xcomp") {
    // object control ("urged NATO to attack") before subject control ("plans to attack")
    // (the controller stands before the infinitive: "agreed to buy X" with X hung on "agreed" is no controller)
    const objects = childrenBy(tree, h, "obj", "iobj").filter((o) => o < v);
    if (objects.length) return { heads: conjuncts(tree, objects[0]), passive, inherited: true };
    return { heads: subjectsOf(tree, h, depth + 1).heads, passive, inherited: true };
  }
  if (dep === "acl" || dep === "acl:relcl") {
    const t = tree.view.tokens[v];
    // "the aid provided by NATO": the noun is what the participle's action is done to
    if (isParticiple(t)) return { heads: conjuncts(tree, h), passive: true, inherited: true };
    // "companies making chips": the noun does it
    if (t.lower.endsWith("ing") && !markOf(tree, v)) return { heads: conjuncts(tree, h), passive, inherited: true };
    // "its plans to buy X", "Russia's decision to invade": the noun's possessor; else who has the noun
    if (markOf(tree, v) === "to") {
      // "an agreement in principle to acquire X", "a letter of intent to buy X": the infinitive the parser hung on
      // a phrase inside the noun belongs to the noun
      let noun = h;
      for (let up = 0; up < 2 && baseDep(tree, noun) === "nmod"; up++) {
        const above = headOf(tree, noun);
        if (above < 0 || !isNominal(tree.view.tokens[above])) break;
        noun = above;
      }
      const poss = childBy(tree, noun, "nmod:poss");
      if (poss >= 0) return { heads: [poss], passive, inherited: true };
      const g = headOf(tree, noun);
      if (g >= 0 && /^(obj|nsubj)$/.test(baseDep(tree, noun)) && depOf(tree, noun) !== "nsubj:pass")
        return { heads: subjectsOf(tree, g, depth + 1).heads, passive, inherited: true };
    }
    return { heads: [], passive, inherited: false };
  }
  if (base === "advcl" && !markOf(tree, v).match(/^(if|unless|whether|because|as|while|although|though)$/)) {
    // "NATO sent troops to protect Kiev", "After meeting Xi, Biden flew home": the main clause's subject
    const t = tree.view.tokens[v];
    // an adverbial clause modifies a verb: one the parser hung on a noun belongs to that noun's verb
    let g = h;
    // "Atwood was there to launch her novel", "X is in Paris to meet Y": a copular clause's subject does it
    const copular = childBy(tree, h, "cop") >= 0 && childBy(tree, h, "nsubj") >= 0;
    while (!copular && g >= 0 && tree.view.tokens[g].pos !== "VERB") g = headOf(tree, g);
    if (g >= 0 && (t.lower.endsWith("ing") || markOf(tree, v) === "to" || isParticiple(t)))
      return { heads: subjectsOf(tree, g, depth + 1).heads, passive, inherited: true };
  }
  return { heads: [], passive, inherited: false };
}

/** The nominal a verb (or a noun the tree shows acting as one: it has an object) holds as a plain `compound` on its
 *  left, or -1: no verb has a compound, so the phrase is the subject the parser misread. */
export function compoundSubject(tree: Tree, v: number): number {
  const t = tree.view.tokens[v];
  if (t.pos !== "VERB" && !(isNominal(t) && childBy(tree, v, "obj") >= 0 && childBy(tree, v, "cop") < 0)) return -1;
  for (const c of childrenOf(tree, v))
    if (c < v && depOf(tree, c) === "compound" && isNominal(tree.view.tokens[c])) return c;
  return -1;
}

/** Tokens of the subtree of `i`, as a sorted range check: whether `j` lies under `i`. */
export function dominates(tree: Tree, i: number, j: number): boolean {
  for (let k = j, steps = 0; k >= 0 && steps < 64; k = headOf(tree, k), steps++) if (k === i) return true;
  return false;
}
