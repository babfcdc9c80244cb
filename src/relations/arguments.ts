// Which entity an argument phrase of the tree stands for: the mention covering its head token; else, for a proxy
// head ("Russian troops", "the city of Donetsk", "the Kremlin's officials") or, as an object, an event head ("the
// Ukraine conflict", "the war in Gaza") or a product's class noun ("F-16 fighters"), the mention modifying it.
import { mentionOf, mentionTokens, type Arg } from "./sentence.js";
import { baseDep, caseOf, childBy, childrenBy, childrenOf, headOf, type Tree } from "./tree.js";

/** Prepositions by which an event noun names where or whom it concerns ("the conflict in Ukraine"). */
const EVENT_PREPS = new Set(["in", "over", "with", "on", "against", "about", "around", "surrounding", "of"]);

/** `events`: whether an event head may stand for what it concerns (after a preposition: "fought in the war over
 *  X" is about X; as a direct object, "fought three wars over X" is not a fight with X). */
export function argOf(tree: Tree, n: number, objectSide: boolean, events = objectSide, depth = 0): Arg | null {
  const { view } = tree;
  const mention = mentionOf(view, n);
  if (mention && mention.kind === "demonym") {
    // "Russian President Vladimir Putin" headed by its demonym: the phrase names the person it holds.
    const person = personBelow(tree, n);
    if (person) return person;
  }
  if (mention && mention.kind === "pronoun" && !objectSide) {
    // "VBI Corp told the SEC it raised its stake": in a reported clause a subject pronoun is the speaker's, where the
    // entity stage took the nearest name (the listener)
    const speaker = speakerAntecedent(tree, n);
    if (speaker && speaker.entity !== mention.entity) return { ...speaker, mention: { ...speaker.mention, start: mention.start, end: mention.end, text: mention.text } };
  }
  if (mention && mention.type !== "PERSON") {
    // "[Treasury] Minister Giovanni Goria met ...": a phrase the parser headed by the portfolio before a title names
    // the person after the title
    const person = personAfterTitle(tree, n);
    if (person) return person;
  }
  if (mention) return { entity: mention.entity, mention, token: n, via: "head" };
  const t = view.tokens[n];
  if (t.pos === "PRON") return speakerAntecedent(tree, n);
  // ("all of the outstanding shares of X": a determiner heading a part of a holding)
  if (t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "NUM" && !(t.pos === "DET" && view.lexicon.proxyHeads.has(t.lower))) return null;
  // "Co-founder of Google, Sergey Brin, met ...", "Facebook co-founder Mark Zuckerberg tweeted": a title heading
  // the name the parser hung on it
  // "defeated debutants Panama", "the company Acme": a common noun in apposition to a name
  for (const c of childrenBy(tree, n, "appos", "flat")) {
    // (not a phrase a preposition opens, which the parser hung on as an apposition: "sell its X unit to Y")
    if (afterPreposition(tree, c)) continue;
    const m = mentionOf(view, c);
    if (m && (m.type === "PERSON" || t.pos === "NOUN") && m.kind !== "pronoun")
      return { entity: m.entity, mention: m, token: c, via: "head" };
    // "another candidate, veteran politician Raymond Wong": the name of a title in apposition
    if (!m && baseDep(tree, c) === "appos" && view.tokens[c].pos === "NOUN") {
      const person = personBelow(tree, c, 3);
      if (person) return person;
    }
  }
  // "Quantum Fund, an offshore firm headquartered in Curacao", "Smith, a lawyer who represents Jones": a common noun
  // in apposition to a name stands for the name (a title keeps its own reading: "X, head of Y" is a role)
  if (t.pos === "NOUN" && baseDep(tree, n) === "appos" && !view.lexicon.roles.has(t.lower)) {
    const h = headOf(tree, n);
    const m = h >= 0 && h < n ? mentionOf(view, h) : null;
    if (m && m.kind !== "pronoun") return { entity: m.entity, mention: m, token: h, via: "head" };
  }
  // "Delta is 51 pct owned by Orlan": a share that is the copula's predicate is a share of its subject
  const ofPhrase = childrenBy(tree, n, "nmod").some((c) => caseOf(tree, c) === "of");
  if (SHARE_NOUNS.has(t.lower) && childBy(tree, n, "cop") >= 0 && !ofPhrase) {
    const s = childBy(tree, n, "nsubj");
    const m = s >= 0 ? mentionOf(view, s) : null;
    if (m && m.kind !== "pronoun") return { entity: m.entity, mention: m, token: s, via: "proxy" };
  }
  const lx = view.lexicon;
  const lower = t.lower;
  const lemma = t.lemma.toLowerCase();
  // "U.S. Secretary of State Antony Blinken" headed by its title: the phrase names the person it holds
  if (lx.roles.has(lower)) {
    const person = personBelow(tree, n);
    if (person) return person;
  }
  // a name whose head word the mention left out ("Lee Cheuk-yan"): the flat or compound name part
  if (t.pos === "PROPN") {
    for (const c of childrenBy(tree, n, "flat", "compound")) {
      const m = mentionOf(view, c);
      if (m && view.tokens[c].pos === "PROPN" && !lx.roles.has(lower))
        return { entity: m.entity, mention: m, token: c, via: "head" };
    }
  }
  const proxy = lx.proxyHeads.has(lower) || lx.proxyHeads.has(lemma);
  const event = events && (lx.eventHeads.has(lower) || lx.eventHeads.has(lemma));
  // "former members of Scientology" are no longer it
  const former = childrenBy(tree, n, "amod").some((a) => FORMER.has(view.tokens[a].lower));
  if ((proxy && !former) || event) {
    // "Russia's borders", "Ukrainian troops", "NATO countries", "the Ukraine conflict" (not the grade of "the AA
    // ratings": a rating is its owner's)
    const modifiers = RATING_NOUNS.has(lower) ? childrenBy(tree, n, "nmod:poss") : childrenBy(tree, n, "nmod:poss", "compound", "amod");
    for (const c of modifiers) {
      const m = mentionOf(view, c);
      // "the U.S. assets of Pfaudler Co": a place before a holding says where it is, not whose; "bought back
      // Goldsmith's stock": a person's holding is what the person holds, not the person
      const holding = lx.holdingNouns.has(lower);
      if (m && holding && baseDep(tree, c) !== "nmod:poss" && !OWNER_TYPES.has(m.type)) continue;
      if (m && holding && m.type === "PERSON") continue;
      if (m && (proxy || m.kind !== "pronoun")) return { entity: m.entity, mention: m, token: c, via: "proxy" };
      // "Acme said its board rejected the offer": a reported clause's "its" is the speaker's
      if (!m && proxy && !objectSide && view.tokens[c].pos === "PRON") {
        const speaker = speakerAntecedent(tree, c);
        if (speaker) return { ...speaker, via: "proxy" };
      }
    }
    // "the governments of South East Asia", "the conflict in Ukraine", "the ratings on X's debt"
    for (const c of childrenBy(tree, n, "nmod")) {
      const prep = caseOf(tree, c);
      if (proxy ? prep !== "of" && !(prep === "on" && RATING_NOUNS.has(lower)) : !EVENT_PREPS.has(prep)) continue;
      const m = mentionOf(view, c);
      if (m) return { entity: m.entity, mention: m, token: c, via: "proxy" };
      // a part of a holding ("all of Monfort's shares", "the balance of REPH's stock", "the ratings on the debt of
      // MCorp"): the holding's owner, two levels down at most
      const inner = proxy && depth < 2 && !mentionOf(view, c) ? argOf(tree, c, objectSide, false, depth + 1) : null;
      if (inner && inner.via === "proxy") return inner;
    }
  }
  // "sold its Fluor Daniel unit to X", "its Acme subsidiary won a contract": a company named before the word for what
  // it is to its parent is that company (a possessor is the parent, not the unit)
  if (lx.orgRoles.has(lower) || lx.orgRoles.has(lemma)) {
    for (const c of childrenBy(tree, n, "compound", "flat")) {
      const m = c < n ? mentionOf(view, c) : null;
      if (m && m.type === "ORG" && m.kind !== "pronoun") return { entity: m.entity, mention: m, token: c, via: "head" };
    }
  }
  if (objectSide) {
    // "F-16 fighters", "Boeing jets": a product named before its kind
    for (const c of childrenBy(tree, n, "compound")) {
      const m = mentionOf(view, c);
      if (m && m.type === "PRODUCT") return { entity: m.entity, mention: m, token: c, via: "proxy" };
    }
  }
  return null;
}

const FORMER = new Set(["former", "ex", "one-time", "onetime", "erstwhile"]);

/** Whether a preposition stands right before the phrase at `c` (its name's first word, or `c`): "to Globe Machine
 *  Manufacturing Co" is no apposition, whatever the parser made of it. */
export function afterPreposition(tree: Tree, c: number): boolean {
  const { view } = tree;
  const first = mentionOf(view, c) ? mentionTokens(view, c)[0] : c;
  return first - 1 >= view.from && view.tokens[first - 1].pos === "ADP";
}

/** Who may own a holding; a place before one says where it is. */
const OWNER_TYPES = new Set(["ORG", "PERSON"]);

/** Proxy heads whose owner may follow "on" as well as "of" ("the ratings on MCorp's debt"). */
const RATING_NOUNS = new Set(["rating", "ratings"]);

/** Nouns of a share ("51 pct owned by X"). */
const SHARE_NOUNS = new Set(["pct", "percent", "per cent", "%"]);

/** A person's name below `n` (flat, appos, compound), right after a title that follows `n`: "Treasury Minister
 *  Giovanni Goria" headed by "Treasury". */
function personAfterTitle(tree: Tree, n: number): Arg | null {
  const { view } = tree;
  const roles = view.lexicon.roles;
  for (const c of childrenBy(tree, n, "flat", "appos", "compound")) {
    const m = mentionOf(view, c);
    if (!m || m.type !== "PERSON" || m.kind === "pronoun" || c <= n) continue;
    let titled = false;
    for (let k = n + 1; k < c; k++) if (roles.has(view.tokens[k].lower) && !mentionOf(view, k)) titled = true;
    // "CEO of the Refugee Council Enver Solomon told ...": the name follows the organisation a title before it is of
    const adjacent = mentionOf(view, n) !== null && mentionTokens(view, c)[0] === mentionTokens(view, n)[1] + 1;
    if (!titled && adjacent) titled = titleOfBefore(tree, n);
    if (titled) return { entity: m.entity, mention: m, token: c, via: "head" };
  }
  return null;
}

/** Whether the name at `n` follows "of" (and a determiner) after a title of the table ("CEO of the X"). */
function titleOfBefore(tree: Tree, n: number): boolean {
  const { view } = tree;
  let k = mentionTokens(view, n)[0] - 1;
  if (k >= view.from && view.tokens[k].pos === "DET") k--;
  if (k - 1 < view.from || view.tokens[k].lower !== "of") return false;
  return view.lexicon.roles.has(view.tokens[k - 1].lower) && !mentionOf(view, k - 1);
}

/** Nominal relations that keep a dependent inside its head's noun phrase. */
const PHRASE_DEPS = new Set(["flat", "compound", "nmod", "appos", "amod"]);

/** A person named inside the noun phrase headed by `n` (a few levels down), for a phrase the parser headed by a
 *  modifier. */
function personBelow(tree: Tree, n: number, depth = 0): Arg | null {
  if (depth > 3) return null;
  for (const c of childrenOf(tree, n)) {
    // "Co-founder of Google, Sergey Brin, met ...": a name set off by commas that the parser coordinated without a
    // conjunction is in apposition
    const appositive = baseDep(tree, c) === "conj" && childBy(tree, c, "cc") < 0 && tree.view.tokens[c - 1]?.text === ",";
    if (!PHRASE_DEPS.has(baseDep(tree, c)) && !appositive) continue;
    const m = mentionOf(tree.view, c);
    if (m && m.type === "PERSON" && m.kind !== "pronoun") return { entity: m.entity, mention: m, token: c, via: "head" };
    const below = personBelow(tree, c, depth + 1);
    if (below) return below;
  }
  return null;
}

/** Pronouns a reported clause uses for its speaker, by whether the speaker is a person. */
const SPEAKER_PRONOUNS = new Map<string, boolean>([
  ["it", false],
  ["its", false],
  ["they", false],
  ["their", false],
  ["he", true],
  ["his", true],
  ["him", true],
  ["she", true],
  ["her", true],
]);

const PLURAL_PRONOUNS = new Set(["they", "their", "them"]);

/** A reporting verb hung on the verb `v` as an adverbial or paratactic clause right before the pronoun `n` that is
 *  `v`'s subject, with a subject and no complement of its own ("Acme said | it acquired"), or -1. */
function reportingBefore(tree: Tree, v: number, n: number): number {
  for (const c of childrenBy(tree, v, "advcl", "parataxis")) {
    const next = tree.view.tokens[c + 1]?.lower;
    if (!(c === n - 1 || (c === n - 2 && next === "that")) || tree.view.tokens[c].pos !== "VERB") continue;
    if (!tree.view.lexicon.reportingVerbs.has(tree.view.tokens[c].lemma.toLowerCase())) continue;
    if (childBy(tree, c, "ccomp", "obj", "xcomp") >= 0 || childBy(tree, c, "nsubj") < 0) continue;
    return c;
  }
  return -1;
}

/** "Fluor Corp said it received ...", "Moody's said its review ...": a pronoun the entity stage left unresolved,
 *  in a clause a speaker reports, stands for that speaker when they agree (a person for he/she, else it/they). */
function speakerAntecedent(tree: Tree, n: number): Arg | null {
  const { view } = tree;
  const person = SPEAKER_PRONOUNS.get(view.tokens[n].lower);
  if (person === undefined) return null;
  for (let cur = n, steps = 0; steps < 12; steps++) {
    const h = headOf(tree, cur);
    if (h < 0) return null;
    const base = baseDep(tree, cur);
    const head = view.tokens[h];
    // "Acme Corp said it acquired ..." parsed with "said" hung on "acquired": a reporting verb before the pronoun,
    // beside its clause and with no complement of its own, still reports that clause
    const beside = cur === n && base === "nsubj" && head.pos === "VERB" ? reportingBefore(tree, h, n) : -1;
    if (((base === "ccomp" || base === "parataxis") && head.pos === "VERB") || beside >= 0) {
      const reporter = beside >= 0 ? beside : h;
      if (!view.lexicon.reportingVerbs.has(view.tokens[reporter].lemma.toLowerCase())) return null;
      const s = childBy(tree, reporter, "nsubj");
      const m = s >= 0 ? mentionOf(view, s) : null;
      // a speaker the entity stage resolved stands: a name, or a description such as "the company" (a noun), not a
      // pronoun ("he said he ...": the inner pronoun has its own resolution), and the description only for the
      // document's main organisation, which the entity stage's nearest-name reading can miss
      if (!m || (m.type === "PERSON") !== person) return null;
      if (m.kind === "pronoun" && (view.tokens[s].pos !== "NOUN" || view.salientOrg?.entity !== m.entity)) return null;
      return { entity: m.entity, mention: m, token: s, via: "head" };
    }
    // "said the route became available when it was abandoned": a clause on the way up whose subject is a common
    // noun of the pronoun's number gives the pronoun a nearer antecedent than the speaker ("sales at its unit" do not)
    if (cur !== n && head.pos === "VERB") {
      const own = childBy(tree, h, "nsubj", "nsubj:pass");
      const t = own >= 0 ? view.tokens[own] : null;
      if (t && own !== cur && t.pos === "NOUN" && !mentionOf(view, own) && (t.tag === "NNS") === PLURAL_PRONOUNS.has(view.tokens[n].lower))
        return null;
    }
    cur = h;
  }
  return null;
}
