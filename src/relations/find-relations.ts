// Typed, directed relations between resolved entities: runs the patterns over each sentence, then settles
// polarity, modality, attribution, confidence and evidence, and returns them deduplicated in a fixed order.
import { analyze, type AnalyzedText } from "../nlp/index.js";
import type { EntityResult } from "../entities/index.js";
import type { Mention, Relation } from "../types.js";
import { attributeSentence, quotePairs, type SpeechContext } from "./attribution.js";
import type { Candidate } from "./candidate.js";
import { predicateInfo, relationLexicon, type RelationLexicon } from "./lexicon.js";
import { nominalCandidates } from "./nominal.js";
import { roleCandidates } from "./roles.js";
import { lowerOf, mentionOf, mentionTokens, sentenceView, type SentenceView } from "./sentence.js";
import { verbCandidates } from "./verbs.js";
import { clauseCandidates, infinitiveAfterObject, isVenue, subjectOfFollowingClause } from "./clauses.js";
import { argOf } from "./arguments.js";
import { baseDep, buildTree, depOf, dominates, headOf, isParsed, subjectsOf, type Tree } from "./tree.js";

export function findRelations(analyzed: AnalyzedText, entities: EntityResult, docId: string): Relation[] {
  return relationsOf(analyzed, entities, docId, true);
}

/** `rereadCapitals`: whether a line in capitals is read again in sentence case (not within such a reading). */
function relationsOf(analyzed: AnalyzedText, entities: EntityResult, docId: string, rereadCapitals: boolean): Relation[] {
  const lexicon = relationLexicon();
  const { tokens, sentences } = analyzed;
  if (!tokens.length || !entities.mentions.length) return [];
  const mentions = [...entities.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const salientOrg = mostMentionedOrg(mentions);

  const views: SentenceView[] = [];
  let m = 0;
  for (const sentence of sentences) {
    while (m < mentions.length && mentions[m].end <= sentence.start) m++;
    let n = m;
    while (n < mentions.length && mentions[n].start < sentence.end) n++;
    views.push(sentenceView(analyzed, sentence, mentions.slice(m, n), lexicon, salientOrg));
  }

  const pairs = quotePairs(tokens, (s) => sentences[s].block);
  const closers = new Map<number, number>();
  const quoted = new Uint8Array(tokens.length);
  for (const [open, close] of pairs) {
    closers.set(close, open);
    quoted.fill(1, open + 1, close);
  }
  const contexts: (SpeechContext | undefined)[] = new Array(tokens.length);
  for (const view of views) if (view.mentions.length) attributeSentence(view, pairs, closers, contexts);

  const best = new Map<string, Relation>();
  for (const view of views) {
    // a line in capitals ("REUTERS TO CARRY JIJI FINANCIAL SERVICES") makes every word look like a name: neither
    // its tags nor its tree can be trusted; it is read again in sentence case (its names are the entity stage's)
    if (!view.mentions.length) continue;
    if (inCapitals(view)) {
      if (!rereadCapitals) continue;
      for (const relation of capitalsRelations(analyzed, view, entities, docId)) {
        const key = [relation.subject, relation.predicate, relation.object, relation.negated, relation.hedged, relation.evidence.start].join("\u0000");
        if (!best.has(key)) best.set(key, relation);
      }
      continue;
    }
    const candidates: Candidate[] = [];
    // a parsed sentence is read off its tree; the word patterns remain for text without a parse
    const tree = isParsed(view) ? buildTree(view) : null;
    if (tree) {
      roleCandidates(view, candidates, tree);
      clauseCandidates(tree, candidates);
    }
    // the word patterns read what the tree leaves unread: a sentence without a parse, and where a parse misled by a
    // tagging error ("NATO has armed Kiev" with "armed" an adjective) gives a trigger word no subject
    const words: Candidate[] = [];
    roleCandidates(view, words);
    verbCandidates(view, words);
    nominalCandidates(view, words);
    for (const candidate of words) if (!tree || unreadByTree(tree, candidate, candidates)) candidates.push(candidate);
    for (const candidate of candidates) {
      const relation = settle(view, candidate, contexts, quoted, lexicon, docId);
      if (!relation) continue;
      const key = [
        relation.subject,
        relation.predicate,
        relation.object,
        relation.negated,
        relation.hedged,
        relation.evidence.start,
      ].join("\u0000");
      const seen = best.get(key);
      if (!seen || relation.confidence > seen.confidence) best.set(key, relation);
    }
  }
  return [...best.values()].sort(compareRelations);
}

/** Whether the tree left a word pattern's candidate unread: no tree candidate relates its two entities or shares
 *  its trigger, and the tree gives the trigger word no subject of its own other than the candidate's ("X will be
 *  the dealer and Y will provide ...") nor an inherited one that contains it ("The invasion of Ukraine by Russia
 *  shocked Europe"). */
function unreadByTree(tree: Tree, candidate: Candidate, fromTree: Candidate[]): boolean {
  const { subject, object, trigger } = candidate;
  // the tree read the words after the object as a clause the object is the subject of ("denied Kuwait was pumping")
  const verb = headOf(tree, object.token);
  if (verb >= trigger[0] && verb < trigger[1] && subjectOfFollowingClause(tree, verb, object.token)) return false;
  // ... or already hung it as the subject of such a clause of a speech verb ("Russia attacked NATO and China
  // condemned it", read as one clause in another, leaves "attacked NATO" to the word patterns)
  const above = verb >= 0 ? headOf(tree, verb) : -1;
  const lx = tree.view.lexicon;
  const lemma = tree.view.tokens[trigger[0]].lemma.toLowerCase();
  // ... or read a symmetric noun as the venue of something else ("backed A and B at the talks")
  if (lx.symmetricNouns.has(tree.view.tokens[trigger[0]].lower) && isVenue(tree, trigger[0])) return false;
  // ... or read the object as the subject of the verb's infinitive ("expects GE to earn")
  if (verb === trigger[0] && !lx.verbs.has(lemma) && infinitiveAfterObject(tree, verb)) return false;
  if (
    (lx.reportingVerbs.has(lemma) || lx.denyingReporting.has(lemma)) &&
    /^nsubj/.test(depOf(tree, object.token)) &&
    above >= trigger[0] &&
    above < trigger[1] &&
    object.token < verb &&
    /^(advcl|ccomp|parataxis)$/.test(baseDep(tree, verb))
  )
    return false;
  for (const c of fromTree) {
    if (c.trigger[0] === trigger[0]) return false;
    const a = c.subject.entity;
    const b = c.object.entity;
    if ((a === subject.entity && b === object.entity) || (a === object.entity && b === subject.entity)) return false;
  }
  for (let t = trigger[0]; t < trigger[1]; t++) {
    const { heads, inherited } = subjectsOf(tree, t);
    if (heads.some((h) => argOf(tree, h, false)?.entity === subject.entity)) continue;
    for (const h of heads) if (!inherited || dominates(tree, h, subject.token)) return false;
  }
  return true;
}

/**
 * The relations of a line in capitals ("INSTRUMENTARIUM ACQUIRES NOKIA SUBSIDIARY"), read in sentence case: its
 * words in lower case, its names in Title Case (short acronyms kept: "GM", "NATO"), analysed and parsed on their own
 * at the same offsets, so that its mentions stand as the entity stage found them. Nothing when a change of case would
 * move the offsets.
 */
function capitalsRelations(analyzed: AnalyzedText, view: SentenceView, entities: EntityResult, docId: string): Relation[] {
  const { text } = analyzed;
  const start = view.tokens[view.from].start;
  const end = view.tokens[view.to - 1].end;
  const named = new Uint8Array(end - start);
  const mentions = view.mentions.filter((m) => m.kind !== "pronoun" && m.start >= start && m.end <= end);
  if (mentions.length < 2) return [];
  for (const m of mentions) named.fill(1, m.start - start, m.end - start);
  let cased = "";
  for (let i = start; i < end; ) {
    let j = i;
    while (j < end && /[\p{L}\p{N}'’.&-]/u.test(text[j])) j++;
    if (j === i) {
      cased += text[i++];
      continue;
    }
    const word = text.slice(i, j);
    const acronym = word.replace(/[^\p{L}]/gu, "").length <= 4 || /\d/.test(word);
    cased += !named[i - start] ? word.toLowerCase() : acronym ? word : word[0] + word.slice(1).toLowerCase();
    i = j;
  }
  if (cased.length !== end - start) return [];
  const reread = analyze(" ".repeat(start) + cased);
  const out: Relation[] = [];
  for (const r of relationsOf(reread, { mentions, entities: entities.entities }, docId, false)) {
    const trigger = r.evidence.trigger;
    // "SPRINKEL URGES GROWTH IN JAPAN, EUROPE": a headline drops its "and"s, so two names a comma parts are a list,
    // not an "X, Y" of places
    const [a, b] = [r.evidence.subject, r.evidence.object].sort((x, y) => (x?.start ?? 0) - (y?.start ?? 0));
    if (a && b && /^\s*,\s*$/.test(text.slice(a.end, b.start))) continue;
    // "LOTUS TO ACQUIRE COMPUTER ACCESS CORP": a headline's bare infinitive is what someone will or plans to do
    const future = trigger !== undefined && /\bto\s+$/i.test(cased.slice(0, trigger.start - start));
    out.push({ ...r, hedged: r.hedged || future, evidence: { ...r.evidence, text: text.slice(r.evidence.start, r.evidence.end) } });
  }
  return out;
}

function inCapitals(view: SentenceView): boolean {
  let words = 0;
  for (let i = view.from; i < view.to; i++) {
    const w = view.tokens[i].text;
    if (w.toLowerCase() !== w) words++;
    else if (w.toUpperCase() !== w) return false; // a lowercase letter
  }
  return words >= 3;
}

function mostMentionedOrg(mentions: Mention[]): Mention | null {
  const counts = new Map<string, { count: number; mention: Mention }>();
  for (const mention of mentions) {
    if (mention.type !== "ORG" || mention.kind === "pronoun") continue;
    const entry = counts.get(mention.entity) ?? { count: 0, mention };
    entry.count++;
    counts.set(mention.entity, entry);
  }
  // Named most often; on a tie, named first (the map keeps the order of first mentions): when every organisation is
  // named once, the one a wire story opens with ("Intermark Inc said ... The company said it ...").
  let best: { count: number; mention: Mention } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best ? best.mention : null;
}

const CONDITIONAL_WINDOW = 10;

/** Pronouns in the subject case. */
const NOMINATIVE = new Set(["he", "she", "they", "we", "i"]);

function settle(
  view: SentenceView,
  candidate: Candidate,
  contexts: (SpeechContext | undefined)[],
  quoted: Uint8Array,
  lexicon: RelationLexicon,
  docId: string,
): Relation | null {
  let { subject, object } = candidate;
  if (subject.entity === object.entity) return null;
  if (subject.mention.start === object.mention.start && subject.mention.end === object.mention.end) return null;
  const { tokens, analyzed, sentence } = view;
  let negated = candidate.negated;
  let hedged = candidate.hedged;
  let attributedTo: string | null = null;
  if (candidate.reportable) {
    // the tree's reading of reported speech wins; the word-level one still carries quotes across sentences
    const context =
      candidate.speech !== undefined
        ? (candidate.speech ?? (quoted[candidate.trigger[0]] ? contexts[candidate.trigger[0]] : undefined))
        : contexts[candidate.trigger[0]];
    if (context) {
      if (context.hedged) hedged = true;
      if (context.negated) negated = true;
      if (context.speaker) attributedTo = context.speaker.entity;
    }
    // "Neither Russia nor China attacked NATO"
    const first = mentionOf(view, subject.token) ? mentionTokens(view, subject.token)[0] : subject.token;
    for (let k = first - 1; k >= Math.max(view.from, first - 3); k--) {
      const w = lowerOf(tokens[k]);
      if (w === "nor" || w === "neither") negated = true;
      if (tokens[k].pos !== "PROPN" && tokens[k].pos !== "DET" && w !== "nor" && w !== "neither") break;
    }
    // a question asks, it does not state: "Will Russia attack NATO?"
    if (analyzed.text[sentence.end - 1] === "?" || tokens[view.to - 1].text === "?") hedged = true;
    // "if X returns to Y", "whether X attacks Y": a condition is no fact (the tree reads it itself)
    const lo = Math.min(subject.token, candidate.trigger[0]);
    const floor = candidate.speech === undefined ? Math.max(view.from, lo - CONDITIONAL_WINDOW) : candidate.trigger[0];
    for (let k = candidate.trigger[0] - 1; k >= floor; k--) {
      const w = lowerOf(tokens[k]);
      if (k < lo && (w === "," || w === ";" || w === ":")) break;
      if (lexicon.conditionals.has(w)) {
        hedged = true;
        break;
      }
    }
  }
  let predicate = candidate.predicate;
  let info = predicateInfo(lexicon, predicate);
  // "Tunisia lost to England" is stored as "England defeats Tunisia", so both wordings meet on one edge
  if (info.inverse) {
    [subject, object] = [object, subject];
    predicate = info.inverse;
    info = predicateInfo(lexicon, predicate);
  }
  // "has indicated he will sign": a subject pronoun is never what a verb acts on (the clause after it is)
  if (!info.symmetric && object.mention.kind === "pronoun" && NOMINATIVE.has(object.mention.text.toLowerCase())) return null;
  // a symmetric relation reads the same both ways: one order (by entity id) lets the graph merge its evidence
  if (info.symmetric && object.entity < subject.entity) [subject, object] = [object, subject];
  let confidence = info.reliability * candidate.weight;
  for (const arg of [subject, object]) {
    if (arg.via === "proxy") confidence *= 0.9;
    if (arg.mention.kind === "pronoun") confidence *= 0.9;
  }
  const distance = Math.abs(subject.token - object.token);
  if (distance > 8) confidence *= Math.max(0.6, 1 - (distance - 8) * 0.015);
  if (hedged) confidence *= 0.8;
  confidence = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
  const trigger = { start: tokens[candidate.trigger[0]].start, end: tokens[candidate.trigger[1] - 1].end };
  const relation: Relation = {
    subject: subject.entity,
    predicate,
    category: info.category,
    object: object.entity,
    negated,
    hedged,
    attributedTo: attributedTo === subject.entity && !candidate.reportable ? null : attributedTo,
    symmetric: info.symmetric,
    confidence,
    evidence: {
      doc: docId,
      start: sentence.start,
      end: sentence.end,
      text: analyzed.text.slice(sentence.start, sentence.end),
      subject: { start: subject.mention.start, end: subject.mention.end },
      object: { start: object.mention.start, end: object.mention.end },
      trigger,
    },
  };
  return relation;
}

function compareRelations(a: Relation, b: Relation): number {
  return (
    a.evidence.start - b.evidence.start ||
    (a.evidence.trigger?.start ?? 0) - (b.evidence.trigger?.start ?? 0) ||
    cmp(a.subject, b.subject) ||
    cmp(a.predicate, b.predicate) ||
    cmp(a.object, b.object) ||
    Number(a.negated) - Number(b.negated) ||
    Number(a.hedged) - Number(b.hedged)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
