// A sentence seen by the relation patterns: its tokens, which mention each token belongs to, and noun-group
// chunking (wink-nlp gives no parse, so arguments are the noun groups around a trigger, found in bounded windows).
import type { AnalyzedText, Sentence, Token } from "../nlp/index.js";
import type { Mention } from "../types.js";
import type { RelationLexicon } from "./lexicon.js";

/** An entity filling a relation slot, with the mention that names it there. */
export interface Arg {
  entity: string;
  mention: Mention;
  /** Token index (in `AnalyzedText.tokens`) used for distances. */
  token: number;
  /** How the noun group stands for the entity: its head, a proxy head ("Russian troops"), its possessor... */
  via: "head" | "proxy" | "possessor" | "modifier";
}

/** Tokens `[start, end)` of a noun group, its head and the entities in it. */
export interface Group {
  start: number;
  end: number;
  head: number;
  /** The entity the group stands for: named by its head, or by a modifier/possessor of a proxy head. */
  arg: Arg | null;
  /** Possessor ("NATO" in "NATO's expansion", "his" in "his concern"), when a mention. */
  possessor: Arg | null;
  /** Mentions inside the group that are not its head. */
  modifiers: Arg[];
}

export interface SentenceView {
  analyzed: AnalyzedText;
  sentence: Sentence;
  tokens: Token[];
  from: number;
  to: number;
  /** Mention index (in `mentions`) per token of the sentence (`i - from`), -1 when none. */
  mentionAt: Int32Array;
  mentions: Mention[];
  lexicon: RelationLexicon;
  /** A mention of the document's most-mentioned organisation, what "the bloc" or "the alliance" most likely is. */
  salientOrg: Mention | null;
}

/** Longest noun group the chunker reads; keeps every window bounded. */
export const MAX_GROUP = 12;

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your", "whose"]);
const APOSTROPHES = /[’‘`´]/g;

export function lowerOf(token: Token): string {
  const w = token.lower;
  return hasOddApostrophe(w) ? w.replace(APOSTROPHES, "'") : w;
}

/** Whether a word has a curly quote, backtick or acute accent: a character scan, as this runs for most tokens. */
function hasOddApostrophe(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4) return true;
  }
  return false;
}

export function isPossessiveMark(token: Token): boolean {
  const w = lowerOf(token);
  return w === "'s" || (w === "'" && !token.spaceBefore);
}

/** Builds the view; `sentenceMentions` are the document's mentions overlapping the sentence, sorted by start. */
export function sentenceView(
  analyzed: AnalyzedText,
  sentence: Sentence,
  sentenceMentions: Mention[],
  lexicon: RelationLexicon,
  salientOrg: Mention | null = null,
): SentenceView {
  const { tokens } = analyzed;
  const mentionAt = new Int32Array(sentence.to - sentence.from).fill(-1);
  let m = 0;
  for (let i = sentence.from; i < sentence.to; i++) {
    const t = tokens[i];
    while (m < sentenceMentions.length && sentenceMentions[m].end <= t.start) m++;
    // Several mentions may overlap a token (nested spans): take the first that covers it.
    for (let k = m; k < sentenceMentions.length && sentenceMentions[k].start < t.end; k++) {
      if (sentenceMentions[k].end > t.start) {
        mentionAt[i - sentence.from] = k;
        break;
      }
    }
  }
  return {
    analyzed,
    sentence,
    tokens,
    from: sentence.from,
    to: sentence.to,
    mentionAt,
    mentions: sentenceMentions,
    lexicon,
    salientOrg,
  };
}

export function mentionOf(view: SentenceView, i: number): Mention | null {
  if (i < view.from || i >= view.to) return null;
  const k = view.mentionAt[i - view.from];
  return k >= 0 ? view.mentions[k] : null;
}

export function argAt(view: SentenceView, i: number, via: Arg["via"]): Arg | null {
  const mention = mentionOf(view, i);
  return mention ? { entity: mention.entity, mention, token: i, via } : null;
}

/** First and last token (inclusive) of the mention that covers token i, within the sentence. */
export function mentionTokens(view: SentenceView, i: number): [number, number] {
  const k = view.mentionAt[i - view.from];
  let a = i;
  let b = i;
  while (a > view.from && view.mentionAt[a - 1 - view.from] === k) a--;
  while (b + 1 < view.to && view.mentionAt[b + 1 - view.from] === k) b++;
  return [a, b];
}

function isHyphen(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  return (
    (t.text === "-" || t.text === "‐" || t.text === "‑") &&
    !t.spaceBefore &&
    i + 1 < view.to &&
    !view.tokens[i + 1].spaceBefore
  );
}

/** Whether token i can sit inside a noun group after its determiner. */
function isGroupMaterial(view: SentenceView, i: number): boolean {
  if (mentionOf(view, i)) return true;
  const t = view.tokens[i];
  switch (t.pos) {
    case "NOUN":
    case "PROPN":
    case "ADJ":
    case "NUM":
      return true;
    case "PART":
      return isPossessiveMark(t);
    case "PUNCT":
      return isHyphen(view, i);
    case "SYM":
      return t.text === "$" || t.text === "€" || t.text === "£";
    case "VERB":
      // "US-led", "continued expansion", "the ruling party": participles glued by a hyphen or before a noun.
      return (
        (i > view.from && isHyphen(view, i - 1)) ||
        (i + 1 < view.to && view.tokens[i + 1].pos === "NOUN" && /(ed|ing)$/.test(t.lower))
      );
    case "ADV":
      return i + 1 < view.to && view.tokens[i + 1].pos === "ADJ";
    default:
      return false;
  }
}

function isGroupStart(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (t.pos === "DET") return true;
  if (t.pos === "PRON" && POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  return false;
}

/** The noun group that starts at token i, or null. A lone pronoun that is a mention is a group. */
export function groupAt(view: SentenceView, i: number): Group | null {
  if (i < view.from || i >= view.to) return null;
  const t = view.tokens[i];
  if (t.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(t.lower)) {
    const arg = argAt(view, i, "head");
    return arg ? { start: i, end: i + 1, head: i, arg, possessor: null, modifiers: [] } : null;
  }
  let j = i;
  if (isGroupStart(view, i)) j++;
  const limit = Math.min(view.to, i + MAX_GROUP);
  while (j < limit && isGroupMaterial(view, j)) {
    // "Ukraine two years ago": a number after a name starts another phrase
    // and so does an adjective ("Argentina last week")
    if (
      j > i &&
      (view.tokens[j].pos === "NUM" || view.tokens[j].pos === "ADJ") &&
      !mentionOf(view, j) &&
      mentionOf(view, j - 1)
    )
      break;
    j++;
  }
  return j > i ? describeGroup(view, i, j) : null;
}

/** The noun group that ends at token j (inclusive), or null. */
export function groupEndingAt(view: SentenceView, j: number): Group | null {
  if (j < view.from || j >= view.to) return null;
  const t = view.tokens[j];
  if (t.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(t.lower)) {
    const arg = argAt(view, j, "head");
    return arg ? { start: j, end: j + 1, head: j, arg, possessor: null, modifiers: [] } : null;
  }
  if (!isGroupMaterial(view, j) || isPossessiveMark(t)) return null;
  let i = j;
  const limit = Math.max(view.from, j - MAX_GROUP);
  while (i - 1 >= limit && isGroupMaterial(view, i - 1)) i--;
  if (i - 1 >= view.from && isGroupStart(view, i - 1)) i--;
  return describeGroup(view, i, j + 1);
}

function describeGroup(view: SentenceView, start: number, end: number): Group | null {
  const { tokens, lexicon } = view;
  // The head is the last noun-like token; a trailing adjective or possessive mark is not a head.
  let head = end - 1;
  while (head > start && !mentionOf(view, head) && !/^(NOUN|PROPN|NUM|PRON)$/.test(tokens[head].pos)) head--;
  if (head < start) return null;
  // "Lee Cheuk-yan", "The Huffington Post": a name whose last piece the mention left out still heads the group
  if (!mentionOf(view, head)) {
    if (head - 2 >= start && !tokens[head].spaceBefore && isHyphen(view, head - 1) && mentionOf(view, head - 2))
      head -= 2;
    else if (
      tokens[head].pos === "PROPN" &&
      head - 1 >= start &&
      tokens[head - 1].pos === "PROPN" &&
      mentionOf(view, head - 1) &&
      !lexicon.roles.has(tokens[head].lower) // "U.S. Secretary": a title heads the group, not the country
    )
      head -= 1;
  }
  let possessor: Arg | null = null;
  const modifiers: Arg[] = [];
  const headMention = mentionOf(view, head);
  for (let i = start; i < end; i++) {
    const mention = mentionOf(view, i);
    if (!mention || mention === headMention) continue;
    const [, last] = mentionTokens(view, i);
    const arg: Arg = { entity: mention.entity, mention, token: i, via: "modifier" };
    if (last + 1 < end && isPossessiveMark(tokens[last + 1])) possessor = { ...arg, via: "possessor" };
    else if (i === start && tokens[i].pos === "PRON") possessor = { ...arg, via: "possessor" };
    if (!modifiers.some((m) => m.mention === mention)) modifiers.push(arg);
    i = last;
  }
  let arg: Arg | null = headMention
    ? { entity: headMention.entity, mention: headMention, token: head, via: "head" }
    : null;
  if (!arg && lexicon.proxyHeads.has(tokens[head].lower)) {
    // "Russia's borders", "Ukrainian troops", "NATO countries": the group stands for the named entity (not a person's
    // holding: "Goldsmith's stock" is not Goldsmith)
    const named = possessor ?? modifiers[modifiers.length - 1] ?? null;
    if (named && !(named.mention.type === "PERSON" && lexicon.holdingNouns.has(tokens[head].lower))) arg = { ...named, via: "proxy" };
  }
  if (!arg && possessor && possessor.via === "possessor") {
    // "Russia's borders worries ...": the tagger ran on past the proxy noun; it still follows the possessive
    const [, last] = mentionTokens(view, possessor.token);
    const next = last + 2;
    if (next < end && next !== head && lexicon.proxyHeads.has(tokens[next].lower)) arg = { ...possessor, via: "proxy" };
  }
  return { start, end, head, arg, possessor, modifiers };
}

/** The entity an object-side group stands for, also through an event head ("the Ukraine conflict",
 *  "the conflict in Ukraine"); returns the arg and where reading may continue. */
export function objectOfGroup(view: SentenceView, group: Group, events = true): { arg: Arg | null; end: number } {
  if (group.arg) return { arg: group.arg, end: group.end };
  const head = view.tokens[group.head];
  // "the governments of South East Asia", "the people of Gaza"
  if (view.lexicon.proxyHeads.has(head.lower) && group.end < view.to && view.tokens[group.end].lower === "of") {
    const inner = groupAt(view, group.end + 1);
    if (inner?.arg && inner.arg.via === "head") return { arg: { ...inner.arg, via: "proxy" }, end: inner.end };
  }
  if (!events || !view.lexicon.eventHeads.has(head.lower)) return { arg: null, end: group.end };
  const named = group.modifiers[group.modifiers.length - 1];
  if (named && named !== group.possessor) return { arg: { ...named, via: "proxy" }, end: group.end };
  // "the conflict in / over / surrounding Ukraine"
  const next = group.end;
  if (next < view.to && /^(in|over|surrounding|around|with|on|against|about)$/.test(view.tokens[next].lower)) {
    const inner = groupAt(view, next + 1);
    if (inner?.arg && inner.arg.via === "head") return { arg: { ...inner.arg, via: "proxy" }, end: inner.end };
  }
  return { arg: null, end: group.end };
}
