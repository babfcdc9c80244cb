// Relations read off the dependency tree: a verb's subjects and objects (obj, iobj; an obl with its preposition
// when the verb's frame in the table has that preposition, or when an intransitive verb marks its argument with
// it), passives turned active, predicate adjectives ("is involved in"), light verbs with a trigger noun ("issued a
// warning about X", "provided Kiev with aid"), event nouns ("its takeover of X", "a Russian attack on NATO") and
// symmetric ties of coordinated entities ("A and B met", "the conflict between A and B").
import type { Candidate } from "./candidate.js";
import { argOf } from "./arguments.js";
import { clauseContext } from "./context.js";
import { predicateInfo, type PrepMap } from "./lexicon.js";
import { lowerOf, mentionOf, mentionTokens, type Arg } from "./sentence.js";
import { isLegalSuffix, placeKind } from "../entities/index.js";
import {
  baseDep,
  caseOf,
  childBy,
  childrenBy,
  childrenOf,
  compoundSubject,
  conjuncts,
  depOf,
  headOf,
  isRelativePronoun,
  markOf,
  subjectsOf,
  type Tree,
} from "./tree.js";
import { ARGUMENT_PREPS, NO_GENERIC, PURE_LIGHT, SYMMETRIC_VERBS, thirdPerson, verbPredicate } from "./verbs.js";


interface Slot {
  /** Head token of the argument phrase. */
  head: number;
  prep: string;
  /** The agent of a passive ("by"). */
  agent: boolean;
}

export function clauseCandidates(tree: Tree, out: Candidate[]): void {
  const first = out.length;
  readClauses(tree, out);
  // "relations between A and B ... a confrontation": the plain tie gives way to what the sentence says it is
  const ties = new Set<string>();
  for (let k = first; k < out.length; k++)
    if (out[k].predicate !== WEAK_TIE) ties.add(pairKey(out[k].subject.entity, out[k].object.entity));
  for (let k = out.length - 1; k >= first; k--)
    if (out[k].predicate === WEAK_TIE && ties.has(pairKey(out[k].subject.entity, out[k].object.entity)))
      out.splice(k, 1);
}

const WEAK_TIE = "has relations with";

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function readClauses(tree: Tree, out: Candidate[]): void {
  const { view } = tree;
  const { tokens, lexicon: lx } = view;
  for (let v = view.from; v < view.to; v++) {
    const t = tokens[v];
    if (mentionHead(tree, v)) {
      if (isNameHead(tree, v)) placeRelations(tree, v, out);
      continue;
    }
    // wink calls "are meeting with" a noun; the Penn tagger's verb tag with an auxiliary says it is a verb
    const verbal = t.pos === "NOUN" && /^VB/.test(t.tag) && childBy(tree, v, "aux", "aux:pass") >= 0;
    // "Morgan Stanley managing director John Wellemeyer": a participle that opens a title is no verb; nor are
    // "concerning X" and "following X", prepositions, nor "a service called X", which names the noun before it
    if (t.pos === "VERB" && (opensTitle(tree, v) || prepositionalParticiple(tree, v) || namingParticiple(tree, v) || modifiesNoun(tree, v)))
      continue;
    if (t.pos === "VERB" || t.pos === "ADJ") {
      const adjective = lx.adjectives.get(t.lower);
      if (adjective && adjectiveRelations(tree, v, adjective, out)) continue;
      if (t.pos === "VERB") verbRelations(tree, v, out);
    } else if (t.pos === "NOUN" && (verbal || taggedNounVerb(tree, v))) verbRelations(tree, v, out);
    if (t.pos === "NOUN" && !verbal) classNounPlaces(tree, v, out);
    if ((t.pos === "NOUN" && !verbal) || t.pos === "PROPN") {
      const preps = lx.nouns.get(t.lower) ?? lx.nouns.get(t.lemma.toLowerCase());
      if (preps) eventRelations(tree, v, preps, out);
      const symmetric = lx.symmetricNouns.get(t.lower);
      if (symmetric) symmetricNounRelations(tree, v, symmetric, out);
    }
  }
}

/** Whether the word at `v` and the words after it spell a title of the table ("managing director", "operating
 *  officer"). */
function opensTitle(tree: Tree, v: number): boolean {
  const { tokens, lexicon: lx } = tree.view;
  let phrase = tokens[v].lower;
  for (let k = v + 1; k < tree.view.to && k <= v + lx.maxRoleWords - 1; k++) {
    phrase += ` ${tokens[k].lower}`;
    if (lx.roles.has(phrase)) return true;
  }
  return false;
}

/** Participles English uses as prepositions ("Concerning Dome's stake, ...", "following the merger"). */
const PREPOSITIONAL_PARTICIPLES = new Set(["concerning", "regarding", "following", "including", "excluding", "barring", "pending", "according"]);

function prepositionalParticiple(tree: Tree, v: number): boolean {
  return PREPOSITIONAL_PARTICIPLES.has(tree.view.tokens[v].lower) && childBy(tree, v, "nsubj", "aux") < 0;
}

/** "through managing underwriters Merrill Lynch", "leading producer Brazil": an -ing word without subject or
 *  auxiliary before a bare common noun and a name modifies that noun; a verb's object would take a determiner. */
function modifiesNoun(tree: Tree, v: number): boolean {
  const { tokens } = tree.view;
  if (!tokens[v].lower.endsWith("ing") || v + 2 >= tree.view.to) return false;
  if (childBy(tree, v, "nsubj", "aux") >= 0) return false;
  const noun = tokens[v + 1];
  return noun.pos === "NOUN" && noun.text === noun.lower && mentionOf(tree.view, v + 2) !== null;
}

/** Verbs whose participle after a noun gives the noun's name ("a joint venture called Alcatel"). */
const NAMING_VERBS = new Set(["call", "name", "dub", "christen", "title"]);

/** "a brokerage service called Green Line": a naming participle right after a noun phrase, with no subject,
 *  auxiliary or conjunction of its own (the parser may coordinate it with the main verb). */
function namingParticiple(tree: Tree, v: number): boolean {
  const t = tree.view.tokens[v];
  if (!NAMING_VERBS.has(t.lemma.toLowerCase()) || t.lower === t.lemma.toLowerCase() || t.lower.endsWith("ing")) return false;
  if (childBy(tree, v, "nsubj", "nsubj:pass", "aux", "aux:pass", "cc") >= 0) return false;
  const before = tree.view.tokens[v - 1];
  return v - 1 >= tree.view.from && (before.pos === "NOUN" || before.pos === "PROPN" || before.pos === "NUM" || before.text === ",");
}

/** A word the tagger took for a noun that the tree shows is a verb: a subject and an object of its own, and no
 *  copula ("100,000 Greeks worship the ancient gods"). */
function taggedNounVerb(tree: Tree, v: number): boolean {
  if (childBy(tree, v, "obj") < 0 || childBy(tree, v, "cop") >= 0) return false;
  return childBy(tree, v, "nsubj") >= 0 || compoundSubject(tree, v) >= 0;
}

function mentionHead(tree: Tree, v: number): boolean {
  const k = tree.view.mentionAt[v - tree.view.from];
  return k >= 0 && tree.view.tokens[v].pos !== "VERB";
}

/** The word of a mention the rest of the sentence hangs on (its head lies outside the mention). */
function isNameHead(tree: Tree, v: number): boolean {
  const { view } = tree;
  const h = headOf(tree, v);
  return h < 0 || view.mentionAt[h - view.from] !== view.mentionAt[v - view.from];
}

const PLACES = new Set(["GPE", "LOC", "FAC"]);
const WHERE_BY_TYPE: Record<string, string> = {
  GPE: "located in",
  LOC: "located in",
  FAC: "located in",
  ORG: "based in",
  EVENT: "takes place in",
};

/** Where a named place, organisation or event is, as its own noun phrase says: "Irving, Texas", "the Grand
 *  Mosque in Mecca", "Mecca's Grand Mosque", "the Civic Party in Hong Kong", "the Expo in Toronto". */
function placeRelations(tree: Tree, m: number, out: Candidate[]): void {
  const { view } = tree;
  const subject = argOf(tree, m, false);
  if (!subject || subject.mention.kind === "pronoun") return;
  const predicate = WHERE_BY_TYPE[subject.mention.type];
  // a product has no place of its own here, but may have its maker ("Microsoft's Internet Explorer")
  const where: number[] = [];
  for (const c of predicate ? childrenOf(tree, m) : []) {
    const dep = depOf(tree, c);
    if (dep === "nmod" && /^(in|at|near)$/.test(caseOf(tree, c))) where.push(c);
    // "Irving, Texas": a place right after the name and a comma
    else if (
      /^(appos|nmod:unmarked|nmod:npmod|flat|list)$/.test(dep) &&
      PLACES.has(subject.mention.type) &&
      justAfterComma(tree, m, c) &&
      !continuesList(tree, c)
    )
      where.push(c);
    // "Mecca's Grand Mosque"
    else if (dep === "nmod:poss" && (subject.mention.type === "FAC" || subject.mention.type === "LOC")) where.push(c);
  }
  for (const w of where) {
    const place = argOf(tree, w, false);
    if (!place || !PLACES.has(place.mention.type) || place.mention.kind === "pronoun") continue;
    if (place.entity === subject.entity) continue;
    const near = caseOf(tree, w) === "near";
    if (near && !PLACES.has(subject.mention.type)) continue;
    push(tree, out, subject, place, near ? "located near" : predicate!, m, 0.85);
  }
  // the possessor: the name's own ("Microsoft's Internet Explorer"), or that of the common noun it is in apposition
  // to ("North Korea's main news agency KCNA", "the Church's cruise ship Freewinds"), which then says what it is
  const owners = childrenBy(tree, m, "nmod:poss");
  let kind = "";
  const g = headOf(tree, m);
  const apposed = g >= 0 && g < m && /^(appos|flat)$/.test(depOf(tree, m));
  // (only a noun for what an organisation is or owns: "Italy's gross domestic product (GDP)" is no organisation)
  const lx = view.lexicon;
  const kindOf = apposed ? view.tokens[g].lemma.toLowerCase() : "";
  const organisational = lx.organisationNouns.has(kindOf) || lx.stateBodies.has(kindOf) || lx.ownedNouns.has(kindOf);
  if (apposed && view.tokens[g].pos === "NOUN" && !mentionOf(view, g) && organisational) {
    owners.push(...childrenBy(tree, g, "nmod:poss"));
    kind = kindOf;
  }
  if (subject.mention.type === "ORG") countryOfOrganisation(tree, m, subject, owners, kind, out);
  // an organisation's product is its make, its building or ship its property
  const made = view.lexicon.ownedNouns.has(kind)
    ? "owns"
    : subject.mention.type === "PRODUCT"
      ? "makes"
      : subject.mention.type === "FAC"
        ? "owns"
        : null;
  if (!made || subject.mention.type === "PERSON") return;
  for (const c of owners) {
    const owner = argOf(tree, c, false);
    if (owner && owner.mention.type === "ORG" && owner.mention.kind !== "pronoun" && owner.entity !== subject.entity)
      push(tree, out, { ...owner, via: "possessor" }, subject, made, m, 0.8);
  }
}

/**
 * The country an organisation's own noun phrase names: "Saudi Arabia's Civil Defense Authority" (a state body of the
 * table's kind is the country's agency; any other organisation is based there: "Japan's Fujitsu"), and "the
 * University of Sheffield of the UK", "Minato Trading Co of Japan": a name complete in itself (a legal form or an "of"
 * of its own) followed by "of" and a country or state (a split "Bank | of England" is neither). `owners` are the
 * possessors of the name or of the common noun `kind` it stands in apposition to ("Japan's news agency Kyodo").
 */
function countryOfOrganisation(
  tree: Tree,
  m: number,
  org: Arg,
  owners: number[],
  kind: string,
  out: Candidate[],
): void {
  const { view } = tree;
  const words = org.mention.text.split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  for (const c of owners) {
    const country = countryAt(tree, c);
    if (!country) continue;
    if (country.entity === org.entity) continue;
    const agency = view.lexicon.stateBodies.has(last) || view.lexicon.stateBodies.has(kind);
    push(tree, out, org, { ...country, via: "possessor" }, agency ? "agency of" : "based in", m, 0.8);
  }
  const complete = isLegalSuffix(words[words.length - 1]) || words.slice(1, -1).some((w) => w.toLowerCase() === "of");
  if (!complete) return;
  // the parser may hang the phrase on the name's last word ("University of [Sheffield [of the UK]]")
  const [first, end] = mentionTokens(view, m);
  const inside = Array.from({ length: end - first + 1 }, (_, k) => first + k);
  for (const c of inside.flatMap((k) => childrenBy(tree, k, "nmod"))) {
    if (c >= first && c <= end) continue;
    const country = caseOf(tree, c) === "of" ? countryAt(tree, c) : null;
    if (!country) continue;
    const kind = placeKind(country.mention.text);
    if (kind === "country" || kind === "province") push(tree, out, org, country, "based in", m, 0.8);
  }
}

/** The named place (GPE) at `c`, if any. */
function countryAt(tree: Tree, c: number): Arg | null {
  const place = argOf(tree, c, false);
  if (!place || place.via !== "head" || place.mention.type !== "GPE" || place.mention.kind === "pronoun") return null;
  return place;
}

/** Common nouns that name an organisation's seat ("Google headquarters in California"). */
const SEAT_NOUNS = new Set(["headquarters", "head office", "main office"]);

/**
 * "the annual Hajj pilgrimage near Mecca", "the Fan Expo convention in Toronto", "Acme headquarters in Ohio": a
 * named event before the common noun that says what kind of event it is, or an organisation before the noun for its
 * seat, is where the noun's place phrase says.
 */
function classNounPlaces(tree: Tree, n: number, out: Candidate[]): void {
  const { view } = tree;
  const seat = SEAT_NOUNS.has(view.tokens[n].lower);
  let subject: Arg | null = null;
  for (const c of childrenBy(tree, n, "compound")) {
    const m = c < n ? mentionOf(view, c) : null;
    if (m && m.kind !== "pronoun" && (m.type === "EVENT" || (seat && m.type === "ORG")))
      subject = { entity: m.entity, mention: m, token: c, via: "head" };
  }
  if (!subject) return;
  for (const c of childrenBy(tree, n, "nmod")) {
    const prep = caseOf(tree, c);
    if (!/^(in|at|near)$/.test(prep)) continue;
    const place = argOf(tree, c, false);
    if (!place || place.via !== "head" || !PLACES.has(place.mention.type) || place.entity === subject.entity) continue;
    const predicate = seat ? "based in" : `takes place ${prep}`;
    push(tree, out, subject, place, predicate, n, 0.8);
  }
}

/** Whether the mention at `c` starts right after a comma that closes the mention at `m`. */
/** "Doria, Japan, and South Korea": a place followed by a comma, "and" or "or" and another place ends no "City,
 *  Country" pair but goes on a list (the parser may read the list's second item as an appositive). */
function continuesList(tree: Tree, c: number): boolean {
  const { view } = tree;
  let next = mentionTokens(view, c)[1] + 1;
  const after = next;
  while (next < view.to && /^(,|and|or)$/.test(view.tokens[next].lower)) next++;
  return next > after && mentionOf(view, next)?.type === "GPE";
}

function justAfterComma(tree: Tree, m: number, c: number): boolean {
  const { view } = tree;
  const k = view.mentionAt[m - view.from];
  let first = c;
  while (first > view.from && view.mentionAt[first - 1 - view.from] === view.mentionAt[c - view.from]) first--;
  const comma = first - 1;
  return comma > view.from && view.tokens[comma].text === "," && view.mentionAt[comma - 1 - view.from] === k;
}

/** The verb's lemma with its particle ("take over", "rule out"). */
export function verbKey(tree: Tree, v: number): string {
  const lemma = tree.view.tokens[v].lemma.toLowerCase();
  const prt = childBy(tree, v, "compound:prt");
  return prt >= 0 ? `${lemma} ${tree.view.tokens[prt].lower}` : lemma;
}

function push(
  tree: Tree,
  out: Candidate[],
  subject: Arg,
  object: Arg,
  predicate: string,
  trigger: number,
  weight: number,
  context = clauseContext(tree, trigger),
  extra: { negated?: boolean; hedged?: boolean } = {},
): void {
  out.push({
    subject,
    object,
    predicate,
    trigger: [trigger, trigger + 1],
    negated: context.negated || !!extra.negated,
    hedged: context.hedged || !!extra.hedged,
    reportable: true,
    weight,
    speech: context.speech,
  });
}

/** Prepositions that name examples of a common noun ("gods such as Zeus", "countries including Poland"). */
const EXAMPLE_PREPS = new Set(["such as", "including", "like"]);

function args(tree: Tree, heads: number[], objectSide: boolean, events = objectSide): Arg[] {
  const out: Arg[] = [];
  const add = (arg: Arg | null) => {
    if (arg && !out.some((a) => a.mention === arg.mention)) out.push(arg);
  };
  for (const h of heads) {
    // "worship the ancient gods, such as Zeus, Hera and Athena", "assisted by former members of X, including Y and
    // Z": a common noun's named examples are who it means, before any name it is a proxy for
    const examples: Arg[] = [];
    if (!mentionOf(tree.view, h))
      for (const c of childrenBy(tree, h, "nmod"))
        if (EXAMPLE_PREPS.has(caseOf(tree, c)))
          for (const e of conjuncts(tree, c)) {
            const example = argOf(tree, e, objectSide);
            if (example) examples.push(example);
          }
    if (examples.length) {
      examples.forEach(add);
      continue;
    }
    const arg = argOf(tree, h, objectSide, events);
    if (arg) {
      add(arg);
      continue;
    }
    // "criticised Obama's decision", "complying with the Church's requests": an object through its possessor
    if (objectSide && tree.view.tokens[h].pos === "NOUN") {
      const poss = childBy(tree, h, "nmod:poss");
      const arg = poss >= 0 ? argOf(tree, poss, false) : null;
      // not through a possessive pronoun: "the alliance commemorates its anniversary" is about the subject's own
      // (whatever the pronoun was resolved to), and "criticised his decision" says too little about whose
      // nor a person's holding: "bought back Goldsmith's stock" did not buy Goldsmith
      // nor an amount of the possessor's: "estimated Canada's wheat crop"
      const noun = tree.view.tokens[h].lower;
      const held = arg !== null && arg.mention.type === "PERSON" && tree.view.lexicon.holdingNouns.has(noun);
      const amount = tree.view.lexicon.quantityNouns.has(noun);
      if (arg && !held && !amount && arg.mention.kind !== "pronoun" && tree.view.tokens[poss].pos !== "PRON") add({ ...arg, via: "possessor" });
    }
  }
  return out;
}

/** Whether the object `o` of `v` stands right before an auxiliary or verb that opens a clause hung on `v` without a
 *  subject of its own (a complement clause the parser split after its subject). */
export function subjectOfFollowingClause(tree: Tree, v: number, o: number): boolean {
  const { tokens } = tree.view;
  const lastOf = (n: number, depth: number): number => {
    let last = n;
    if (depth < 4) for (const c of childrenOf(tree, n)) last = Math.max(last, lastOf(c, depth + 1));
    return last;
  };
  const next = lastOf(o, 0) + 1;
  if (next >= tokens.length || (tokens[next].pos !== "AUX" && tokens[next].pos !== "VERB")) return false;
  // a participle opens no clause with a subject of its own: "a registration statement ... relating to its shares"
  if (tokens[next].tag === "VBG" || tokens[next].tag === "VBN") return false;
  const clause = tokens[next].pos === "AUX" ? headOf(tree, next) : next;
  if (clause < 0 || headOf(tree, clause) !== v) return false;
  if (!/^(advcl|ccomp|parataxis)$/.test(baseDep(tree, clause))) return false;
  return childBy(tree, clause, "nsubj", "nsubj:pass", "expl") < 0;
}

/** The verb's argument slots: objects, then prepositional phrases, with coordinated phrases expanded. */
function slotsOf(tree: Tree, v: number, passive: boolean, frame?: ReadonlyMap<string, string>): Slot[] {
  const slots: Slot[] = [];
  // "agreed to buy Fountain Oil" parsed with the name as the object of "agreed": an object after an infinitive
  // complement that has none of its own is that infinitive's
  const objects = childrenBy(tree, v, "obj", "iobj").filter((o) => !strandedObject(tree, v, o));
  if (baseDep(tree, v) === "xcomp" && childBy(tree, v, "obj") < 0) {
    const h = headOf(tree, v);
    for (const o of childrenBy(tree, h, "obj")) if (strandedObject(tree, h, o)) objects.push(o);
  }
  for (const o of objects) {
    // "denied that NATO armed Kiev" read as "denied [that ... Kiev]": a name takes no "that", the clause is misread
    const misread = childrenBy(tree, o, "det").some((d) => tree.view.tokens[d].lower === "that");
    if (misread && tree.view.tokens[o].pos === "PROPN") continue;
    // "denied Kuwait was pumping ...", "said Iran had attacked": an object followed at once by the auxiliary or verb
    // of a clause of the same verb is that clause's subject, not what the verb acts on
    if (subjectOfFollowingClause(tree, v, o)) continue;
    // "the company that Microsoft bought": the relative pronoun stands for the noun
    const heads = isRelativePronoun(tree, o) && baseDep(tree, v) === "acl" ? [headOf(tree, v)] : conjuncts(tree, o);
    for (const head of heads) slots.push({ head, prep: "", agent: false });
  }
  // "the company Microsoft bought": a relative clause without pronoun whose noun is the object
  if (
    depOf(tree, v) === "acl:relcl" &&
    !passive &&
    !slots.length &&
    childBy(tree, v, "nsubj") >= 0 &&
    !isRelativePronoun(tree, childBy(tree, v, "nsubj")) &&
    !childrenBy(tree, v, "obl", "ccomp", "xcomp").length &&
    // "the studio where he worked": a relative adverb says the noun is where or when, not what is acted on
    !childrenBy(tree, v, "advmod", "mark").some((a) => RELATIVE_ADVERBS.has(tree.view.tokens[a].lower))
  )
    slots.push({ head: headOf(tree, v), prep: "", agent: false });
  // "Police arrested and questioned the student": a later conjunct shares the first one's object
  if (!slots.length && baseDep(tree, v) === "conj" && childBy(tree, v, "nsubj", "nsubj:pass") < 0) {
    for (const o of childrenBy(tree, headOf(tree, v), "obj"))
      if (o > v) for (const head of conjuncts(tree, o)) slots.push({ head, prep: "", agent: false });
  }
  for (const o of childrenBy(tree, v, "obl")) {
    const dep = depOf(tree, o);
    if (dep === "obl:tmod" || dep === "obl:npmod" || dep === "obl:unmarked") continue;
    const prep = caseOf(tree, o);
    const agent = dep === "obl:agent" || (passive && prep === "by");
    if (!prep && !agent) {
      // a phrase the parser left without a case word right after the verb is its object ("defeated another
      // candidate"); not when the verb has an object already or a comma sets the phrase off ("marked 75 years
      // since ..., the North Atlantic Treaty")
      if (
        dep === "obl" &&
        !passive &&
        o > v &&
        childBy(tree, v, "obj", "iobj") < 0 &&
        !hasPunctuationBetween(tree, v, o)
      )
        slots.push({ head: o, prep: "", agent: false });
      continue;
    }
    // "attacked defectors ... including X and Y": examples the parser hung on the verb belong to its object
    if (!agent && EXAMPLE_PREPS.has(prep) && slots.some((s) => s.prep === "" && s.head < o)) {
      for (const head of conjuncts(tree, o)) slots.push({ head, prep: "", agent: false });
      continue;
    }
    // "was helped by former officials, including X": ... and a passive's to its agent
    if (!agent && passive && EXAMPLE_PREPS.has(prep) && slots.some((s) => s.agent && s.head < o)) {
      for (const head of conjuncts(tree, o)) slots.push({ head, prep: "by", agent: true });
      continue;
    }
    for (const head of conjuncts(tree, o)) slots.push({ head, prep: agent ? "by" : prep, agent });
  }
  if (frame) for (const slot of [...slots]) if (!slot.agent) slots.push(...framedPhrasesBelow(tree, slot.head, frame, slots));
  return slots;
}

const RELATIVE_ADVERBS = new Set(["where", "when", "why", "whereby", "wherein"]);

/** Whether the object `o` of `v` stands after an infinitive complement of `v` that has no object of its own: the
 *  parser hung the infinitive's object on the verb above ("agreed to buy [X]"). */
function strandedObject(tree: Tree, v: number, o: number): boolean {
  if (baseDep(tree, o) !== "obj") return false;
  return childrenBy(tree, v, "xcomp").some(
    (x) => x > v && x < o && markOf(tree, x) === "to" && tree.view.tokens[x].pos === "VERB" && childBy(tree, x, "obj") < 0,
  );
}

/** How deep below an argument's head a phrase of the verb's frame is looked for ("sold [250,000 tonnes [of [wheat
 *  [to China]]]]"). */
const MAX_REATTACH_DEPTH = 3;

/**
 * "sold 250,000 tonnes of wheat to China", "imported 2 mln tonnes from Canada": the parser often hangs a phrase
 * on the nearest noun where it belongs to the verb. When the verb's own frame takes that preposition ("sell ... to",
 * "import ... from") and it is one that marks an argument, the phrase is the verb's: "wheat to China" is no noun
 * phrase. "of" never moves (it builds the noun phrase), nor a phrase under a name ("the Bank of Japan to ...").
 */
function framedPhrasesBelow(tree: Tree, head: number, frame: ReadonlyMap<string, string>, taken: Slot[]): Slot[] {
  const found: Slot[] = [];
  const visit = (n: number, depth: number): void => {
    // not below a name ("the Bank of Japan to ..."); a common noun that stands for one ("its Acme unit") is no name
    if (depth > MAX_REATTACH_DEPTH || mentionOf(tree.view, n)) return;
    for (const c of childrenBy(tree, n, "nmod")) {
      const prep = caseOf(tree, c);
      if (prep && prep !== "of" && frame.has(prep) && ARGUMENT_PREPS.has(prep)) {
        if (!taken.some((s) => s.head === c)) for (const h of conjuncts(tree, c)) found.push({ head: h, prep, agent: false });
      } else visit(c, depth + 1);
    }
  };
  visit(head, 0);
  return found;
}

/** Whether a mark that sets phrases apart (comma, semicolon, colon, dash, bracket) stands between `a` and `b`. */
function hasPunctuationBetween(tree: Tree, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (/^[,;:(\u2013\u2014-]+$/.test(tree.view.tokens[k].text)) return true;
  return false;
}

function verbRelations(tree: Tree, v: number, out: Candidate[]): void {
  const { view } = tree;
  const { tokens, lexicon: lx } = view;
  const key = verbKey(tree, v);
  const lemma = tokens[v].lemma.toLowerCase();
  const entry = lx.verbs.get(key) ?? (key === lemma ? undefined : lx.verbs.get(lemma));
  const phrasal = key !== lemma && !lx.verbs.has(key);
  const subjects = subjectsOf(tree, v);
  const slots = slotsOf(tree, v, subjects.passive, phrasal ? undefined : entry);
  if (!subjects.heads.length && !slots.some((s) => s.agent)) return;
  const subjectArgs = args(tree, subjects.heads, false);
  const context = clauseContext(tree, v);
  const weight = subjects.inherited ? 0.9 : 1;
  const hasObject = slots.some((s) => s.prep === "" && !s.agent);
  // "provided Kiev with military aid", "sent troops to Poland": what a supplying verb hands over
  const handed = handedOver(tree, v);
  let emitted = 0;
  if (subjects.passive) {
    // "X was invited by Y" → Y invites X; "X was based in Y" is read as an adjective
    const agents = args(
      tree,
      slots.filter((s) => s.agent).map((s) => s.head),
      false,
    );
    const predicate = phrasal ? null : verbPredicate(entry, lemma, "");
    if (predicate) {
      for (const agent of agents)
        for (const patient of subjectArgs)
          push(tree, out, agent, patient, refine(predicate, handed), v, weight, context);
    }
    // "the Polaroids donated to USI by the Foundation": the agent and a phrase of the verb's frame
    for (const slot of slots) {
      const framed = !slot.agent && slot.prep && entry?.get(slot.prep);
      if (!framed) continue;
      for (const object of args(tree, [slot.head], true))
        for (const agent of agents) push(tree, out, agent, object, refine(framed, handed), v, weight * 0.95, context);
    }
    // "Mohamed was invited to the fair", "troops were sent to Poland": without an agent, a phrase of the verb's
    // frame still relates the patient, named by the participle
    if (!agents.length && entry) {
      for (const slot of slots) {
        if (slot.agent || !slot.prep || !entry.has(slot.prep)) continue;
        for (const object of args(tree, [slot.head], true))
          for (const patient of subjectArgs)
            push(tree, out, patient, object, `${tokens[v].lower} ${slot.prep}`, v, weight * 0.85, context);
      }
    }
    return;
  }
  for (const slot of slots) {
    if (slot.agent) continue;
    let predicate: string | null;
    if (phrasal) {
      predicate =
        entry || NO_GENERIC.has(lemma) || !/^[a-z][a-z-]+$/.test(lemma)
          ? null
          : `${thirdPerson(lemma)} ${key.slice(lemma.length + 1)}${slot.prep ? " " + slot.prep : ""}`;
      if (slot.prep && !ARGUMENT_PREPS.has(slot.prep) && slot.prep !== "of") predicate = null;
    } else if (entry) predicate = verbPredicate(entry, lemma, slot.prep);
    else if (!slot.prep) predicate = verbPredicate(undefined, lemma, "");
    else predicate = !hasObject && ARGUMENT_PREPS.has(slot.prep) ? verbPredicate(undefined, lemma, slot.prep) : null;
    // a pure light verb names nothing with a noun outside the table ("made a choice in X")
    if (slot.prep && PURE_LIGHT.has(lemma) && !entry) predicate = null;
    // "expects GE to earn 1.39 dlrs", "allowed the plan to lapse": the object of a verb outside the table is the
    // subject of its infinitive, not what the verb acts on ("urged NATO to act" is the table's)
    if (!slot.prep && !entry && infinitiveAfterObject(tree, v)) predicate = null;
    // "raised its Viacom stake": a holding named by its company reads as the holding noun's own
    // predicate (invests in), whatever the verb does to its size (a holding parted with keeps the verb's reading)
    const holding = !slot.prep && !entry ? lx.nouns.get(tokens[slot.head].lemma.toLowerCase())?.get("in") : undefined;
    let objects = args(tree, [slot.head], true, slot.prep !== "");
    // (with a possessor: "its Viacom stake" is a stake in Viacom, "greets Shearson stake" Shearson's own)
    const ofHolding =
      holding !== undefined &&
      !lx.divestingVerbs.has(lemma) &&
      childBy(tree, slot.head, "nmod:poss") >= 0 &&
      objects.length > 0 &&
      objects.every((o) => o.via === "proxy");
    if (ofHolding) predicate = holding;
    if (!predicate) continue;
    // "expressed Italy's willingness": a pure light verb outside the table acts on its noun, not on who has it
    if (PURE_LIGHT.has(lemma) && !entry && !ofHolding) objects = objects.filter((o) => o.via === "head");

    for (const subject of subjectArgs)
      for (const object of objects) {
        const w = weight * (entry ? 1 : 0.85) * (slot.prep ? 0.95 : 1);
        push(tree, out, subject, object, refine(predicate, handed), v, w, context);
        emitted++;
      }
  }
  // "Russia and Ukraine met", "A and B signed an agreement": coordinated subjects of a symmetric verb or of a
  // light verb with a symmetric noun, and no object
  if (subjectArgs.length > 1 && emitted === 0 && !hasEntityObject(tree, slots)) {
    let predicate: string | null = null;
    // "A and B met" relates them; "A and B met with investors" relates each to the others, not to each other
    const partner = slots.some((s) => !s.agent && (s.prep === "" || s.prep === "with"));
    if (SYMMETRIC_VERBS.has(lemma)) predicate = partner ? null : verbPredicate(entry, lemma, "") ?? verbPredicate(entry, lemma, "with");
    else {
      const o = childBy(tree, v, "obj");
      // "A, B and C are pursuing negotiations with their banks": the noun has its own other party
      const withOther = o >= 0 && childrenBy(tree, o, "nmod").some((c) => caseOf(tree, c) === "with");
      const noun = o >= 0 && !withOther ? lx.symmetricNouns.get(tokens[o].lower) : undefined;
      if (noun && (lx.lightVerbs.has(lemma) || verbPredicate(entry, lemma, "") === noun)) predicate = noun;
    }
    if (!predicate) return;
    for (let a = 0; a < subjectArgs.length; a++)
      for (let b = a + 1; b < subjectArgs.length; b++)
        push(tree, out, subjectArgs[a], subjectArgs[b], predicate, v, 0.9, context);
  }
}

/** Whether the verb has an infinitive complement after its object ("expects X to earn"). */
export function infinitiveAfterObject(tree: Tree, v: number): boolean {
  const o = childBy(tree, v, "obj", "iobj");
  return o >= 0 && childrenBy(tree, v, "xcomp").some((x) => x > o && markOf(tree, x) === "to");
}

function hasEntityObject(tree: Tree, slots: Slot[]): boolean {
  return slots.some((s) => argOf(tree, s.head, true, s.prep !== "") !== null);
}

/** What a supplying verb hands over, from a noun among its phrases: aid ("provided Kiev with billions worth of
 *  military aid") or troops ("send more troops to Poland"). */
function handedOver(tree: Tree, v: number): "aid" | "troops" | null {
  const { tokens, lexicon: lx } = tree.view;
  // the phrase's head or a noun a little below it ("billions worth of military aid", "a new batch of tanks"); an
  // adjective of quantity may head the "of" phrase ("billions [worth [of aid]]")
  const kind = (n: number, depth: number): "aid" | "troops" | null => {
    const t = tokens[n];
    if (lx.troopNouns.has(t.lower)) return "troops";
    if (lx.aidNouns.has(t.lower) || lx.aidNouns.has(t.lemma.toLowerCase())) return "aid";
    if (depth >= 3) return null;
    for (const c of childrenBy(tree, n, "nmod", "conj", "obl", "amod")) {
      const found = kind(c, depth + 1);
      if (found) return found;
    }
    return null;
  };
  for (const c of childrenBy(tree, v, "obj", "iobj", "obl", "advmod")) {
    const found = kind(c, 0);
    if (found) return found;
  }
  return null;
}

function refine(predicate: string, handed: "aid" | "troops" | null): string {
  if (predicate !== "supplies" && predicate !== "gives") return predicate;
  return handed === "troops" ? "deploys to" : handed === "aid" ? "aids" : predicate;
}

/** "X is (already) involved in Y", "X, based in Y", "X was born in Y": the adjective's table frame. Returns
 *  whether the word was read as such an adjective. */
function adjectiveRelations(tree: Tree, a: number, preps: PrepMap, out: Candidate[]): boolean {
  const slots = childrenBy(tree, a, "obl").filter((o) => preps.has(caseOf(tree, o)));
  if (!slots.length) return false;
  // the subject of "X is involved": a passive or copular subject is the adjective's own; "X, based in Y" modifies X
  const found = subjectsOf(tree, a);
  let heads = found.heads;
  const inherited = found.inherited;
  if (!heads.length && /^(acl|amod)/.test(depOf(tree, a))) heads = conjuncts(tree, headOf(tree, a));
  const subjects = args(tree, heads, false);
  const context = clauseContext(tree, a);
  for (const o of slots) {
    const predicate = preps.get(caseOf(tree, o))!;
    for (const object of args(tree, conjuncts(tree, o), true))
      for (const subject of subjects) push(tree, out, subject, object, predicate, a, inherited ? 0.9 : 1, context);
  }
  return true;
}

/** Event nouns of the table: "Russia's intervention in Ukraine", "its takeover of X", "a Russian attack on NATO",
 *  "EU aid to Ukraine", "the invasion of X by Y"; the light verb's subject when the noun has none of its own
 *  ("NATO launched an attack on X", "Putin issued a warning about deploying F-16 fighters"). */
function eventRelations(tree: Tree, n: number, preps: PrepMap, out: Candidate[]): void {
  const { view } = tree;
  const { tokens, lexicon: lx } = view;
  // the object: the noun's own prepositional phrase, a gerund clause's object ("about deploying F-16s"), or a
  // phrase the parser hung on the light verb ("issued a warning to X")
  const objects: { head: number; predicate: string }[] = [];
  let byAgent = -1;
  for (const c of childrenBy(tree, n, "nmod", "acl", "advcl")) {
    const base = baseDep(tree, c);
    if (base === "nmod") {
      const prep = caseOf(tree, c);
      if (prep === "by") byAgent = c;
      const predicate = preps.get(prep);
      if (predicate && prep !== "by") for (const head of conjuncts(tree, c)) objects.push({ head, predicate });
    } else if (tokens[c].lower.endsWith("ing")) {
      const predicate = preps.get(markOf(tree, c) || caseOf(tree, c));
      if (predicate) for (const o of childrenBy(tree, c, "obj")) objects.push({ head: o, predicate });
    }
  }
  const g = headOf(tree, n);
  // wink tags a main-verb "have" as AUX; a word with an object is a verb either way
  // "entered into an agreement with X": the noun a verb enters into is its object
  const enteredInto =
    g >= 0 && baseDep(tree, n) === "obl" && caseOf(tree, n) === "into" && tokens[g].lemma.toLowerCase() === "enter";
  const governed =
    g >= 0 && (baseDep(tree, n) === "obj" || enteredInto) && (tokens[g].pos === "VERB" || tokens[g].pos === "AUX");
  const governor = governed ? tokens[g].lemma.toLowerCase() : "";
  const light = governed && (lx.lightVerbs.has(governor) || PURE_LIGHT.has(governor) || enteredInto);
  if (received(tree, n, preps, out)) return;
  // "agreed to sell its 49 pct interest in X": a holding parted with is no investment in X
  if (governed && lx.divestingVerbs.has(governor)) {
    for (let i = objects.length - 1; i >= 0; i--) {
      if (predicateInfo(lx, objects[i].predicate).category === "ownership") objects.splice(i, 1);
    }
  }
  if (!objects.length && light) {
    for (const o of childrenBy(tree, g, "obl")) {
      const predicate = preps.get(caseOf(tree, o));
      if (predicate) for (const head of conjuncts(tree, o)) objects.push({ head, predicate });
    }
  }
  if (!objects.length) return;
  // the subject: a possessor, a modifying name or demonym, an agent, else the light verb's subject
  let subjectHeads: number[] = [];
  let weight = 0.95;
  const poss = childBy(tree, n, "nmod:poss");
  if (poss >= 0) subjectHeads = conjuncts(tree, poss);
  else {
    for (const c of childrenBy(tree, n, "amod", "compound"))
      if (view.mentionAt[c - view.from] >= 0 && !objects.some((o) => o.head === c)) subjectHeads = [c];
  }
  // "the invasion of Ukraine by Russia": the parser may hang the agent on the object
  if (byAgent < 0)
    for (const o of objects)
      for (const c of childrenBy(tree, o.head, "nmod")) if (caseOf(tree, c) === "by") byAgent = c;
  if (!subjectHeads.length && byAgent >= 0) subjectHeads = conjuncts(tree, byAgent);
  if (!subjectHeads.length && light) {
    subjectHeads = subjectsOf(tree, g).heads;
    weight = 0.9;
    if (subjectsOf(tree, g).passive) return;
  }
  // "In a statement to the agency, Acme denied ...", "in an attack on X, Y killed ...": an event noun that frames
  // what a verb's subject did is that subject's act
  const framing = g >= 0 && baseDep(tree, n) === "obl" && caseOf(tree, n) === "in" && tokens[g].pos === "VERB";
  if (!subjectHeads.length && framing) {
    const own = subjectsOf(tree, g);
    if (own.passive) return;
    subjectHeads = own.heads;
    weight = 0.85;
  }
  const subjects = args(tree, subjectHeads, false);
  if (!subjects.length) return;
  const context = clauseContext(tree, n);
  for (const { head, predicate } of objects)
    for (const object of args(tree, [head], true))
      for (const subject of subjects) push(tree, out, subject, object, predicate, n, weight, context);
}

/** Verbs by which their subject is on the receiving end of an event noun ("received an offer from X"). */
const RECEIVING = new Set([
  "receive",
  "get",
  "accept",
  "win",
  "obtain",
  "secure",
  "welcome",
  "reject",
  "decline",
  "face",
]);

const BIDS_FOR = "bids for";
const TAKEOVER_WORDS = new Set(["takeover", "tender", "buyout", "acquisition", "merger", "share", "cash"]);

/** Whether a takeover word modifies the noun ("a takeover offer", "a 40 dlr a share offer", "a cash offer"). */
function takeoverWord(tree: Tree, n: number): boolean {
  const below = (x: number, depth: number): boolean =>
    childrenBy(tree, x, "compound", "amod", "nmod", "nummod").some(
      (c) => c < n && (TAKEOVER_WORDS.has(tree.view.tokens[c].lemma.toLowerCase()) || (depth < 2 && below(c, depth + 1))),
    );
  return below(n, 0);
}

/** The preposition of the noun's frame that names who it is directed at, in order of preference. */
const DIRECTED = ["to", "for", "on", "against", "of", "with"];

/**
 * "Delta received a takeover offer from Orlan" (Orlan bids for Delta), "Kiev got military aid from NATO", "faced
 * criticism from X": an event noun the subject of a receiving verb receives from someone is that someone's act
 * towards the subject. Returns whether it read the noun so.
 */
function received(tree: Tree, n: number, preps: PrepMap, out: Candidate[]): boolean {
  const { tokens } = tree.view;
  const g = headOf(tree, n);
  if (g < 0 || baseDep(tree, n) !== "obj" || tokens[g].pos !== "VERB") return false;
  if (!RECEIVING.has(tokens[g].lemma.toLowerCase())) return false;
  // the source: the noun's own "from" phrase, or one the parser hung on the verb
  const phrases = [...childrenBy(tree, n, "nmod"), ...childrenBy(tree, g, "obl")];
  const from = phrases.filter((c) => caseOf(tree, c) === "from");
  if (!from.length) return false;
  const predicate = DIRECTED.map((p) => preps.get(p)).find((p) => p);
  const own = subjectsOf(tree, g);
  if (!predicate || own.passive) return false;
  // an offer is a bid for the company only as a takeover offer ("an offer from X to help", "an offer of a computer")
  if (predicate === BIDS_FOR && tokens[n].lemma.toLowerCase() !== "bid" && !takeoverWord(tree, n)) return false;
  const givers = args(tree, from.flatMap((f) => conjuncts(tree, f)), false);
  const takers = args(tree, own.heads, true);
  const context = clauseContext(tree, g);
  for (const giver of givers) for (const taker of takers) push(tree, out, giver, taker, predicate, n, 0.85, context);
  return givers.length > 0 && takers.length > 0;
}

/** Prepositions by which an event noun is where something else happened. */
const VENUE_PREPS = new Set(["at", "during", "after", "before", "ahead of", "on the sidelines of"]);

/** Whether the noun at `n` is where or when something else happened ("at the talks", "during the meeting"). */
export function isVenue(tree: Tree, n: number): boolean {
  return VENUE_PREPS.has(caseOf(tree, n));
}

/** "the conflict between Russia and NATO", "A and B are in talks", "Russia and NATO are in a state of direct
 *  confrontation": a symmetric noun ties coordinated entities. */
function symmetricNounRelations(tree: Tree, n: number, predicate: string, out: Candidate[]): void {
  const { view } = tree;
  const between = (x: number) => {
    for (const c of childrenBy(tree, x, "nmod")) if (caseOf(tree, c) === "between") return conjuncts(tree, c);
    return [];
  };
  let pair = between(n);
  if (pair.length < 2) {
    // the noun as a predicate ("are in talks") or inside one ("are in a state of confrontation", "relations
    // between A and B can be described as a confrontation")
    let p = n;
    for (let up = 0; up < 3 && p >= 0 && !childrenBy(tree, p, "nsubj", "nsubj:pass").length; up++) {
      if (!/^(obl|nmod|root)/.test(depOf(tree, p))) break;
      // "backed Brazil at the London talks", "retired at the meeting": where they were, not what is between them
      if (isVenue(tree, p)) return;
      p = headOf(tree, p);
    }
    if (p >= 0 && p !== n) {
      for (const s of childrenBy(tree, p, "nsubj", "nsubj:pass")) {
        const inner = between(s);
        pair.push(...(inner.length >= 2 ? inner : conjuncts(tree, s)));
      }
    }
  }
  const entities = args(tree, pair, false);
  if (entities.length < 2) return;
  const context = clauseContext(tree, n);
  const hedged = childrenBy(tree, n, "amod").some((a) => view.lexicon.hedgeAdjectives.has(lowerOf(view.tokens[a])));
  for (let a = 0; a < entities.length; a++)
    for (let b = a + 1; b < entities.length; b++)
      push(tree, out, entities[a], entities[b], predicate, n, 0.9, context, { hedged });
}
