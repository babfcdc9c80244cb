// Finding entities by name: a name index (labels and aliases, case- and accent-insensitive) built once per graph
// and cached, so that a look-up costs a map access; near misses get suggestions by words, prefix and edit distance.
import { NewsgraphError } from "../errors.js";
import type { NewsGraph } from "../model/index.js";
import type { EntityType, NodeAttributes } from "../types.js";
import { cachedIndex } from "./cache.js";

/** What the query functions say about an entity. */
export interface EntitySummary {
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  degree: number;
}

export type MatchKind = "key" | "label" | "alias" | "words";

export interface EntityMatch {
  query: string;
  /** The entity the name stands for, or null when nothing matches it well enough. */
  entity: EntitySummary | null;
  /** How it matched: its key, its label, one of its aliases, or all the words of the query among its names. */
  how: MatchKind | null;
  /** Other entities that bear the same name (the match is the most mentioned of them). */
  alternatives: EntitySummary[];
  /** Near misses, best first, when there is no match. */
  suggestions: EntitySummary[];
}

interface NameIndex {
  /** Normalised label → node keys. */
  labels: Map<string, string[]>;
  /** Normalised alias → node keys. */
  aliases: Map<string, string[]>;
  /** Normalised word → node keys whose names contain it. */
  words: Map<string, string[]>;
  /** Every normalised name once, with its nodes (for prefix and edit-distance suggestions). */
  names: [string, string[]][];
}

/** Lower case, accents and punctuation dropped, spaces collapsed: "José  Álvarez" → "jose alvarez", "F-16" → "f 16". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const INDEXES = new WeakMap<NewsGraph, NameIndex>();
// Graph events after which the cached index is stale.
const STALE_EVENTS = ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "cleared"] as const;

/** Adds `key` under `name`. Keys arrive node by node, so a repeat can only be the last one added: checking it keeps
 *  the lists duplicate-free in O(1), where a search (or a Set per name) would be slow on 100k nodes. */
function add(map: Map<string, string[]>, name: string, key: string): void {
  const keys = map.get(name);
  if (!keys) map.set(name, [key]);
  else if (keys[keys.length - 1] !== key) keys.push(key);
}

function buildIndex(graph: NewsGraph): NameIndex {
  const index: NameIndex = { labels: new Map(), aliases: new Map(), words: new Map(), names: [] };
  const all = new Map<string, string[]>();
  graph.forEachNode((key, attributes: NodeAttributes) => {
    const label = normalizeName(String(attributes.label ?? key));
    add(index.labels, label, key);
    add(all, label, key);
    for (const word of label.split(" ")) add(index.words, word, key);
    for (const alias of attributes.aliases ?? []) {
      const name = normalizeName(String(alias));
      if (name === "") continue;
      add(index.aliases, name, key);
      add(all, name, key);
      for (const word of name.split(" ")) add(index.words, word, key);
    }
  });
  index.names = [...all];
  return index;
}

function nameIndex(graph: NewsGraph): NameIndex {
  return cachedIndex(INDEXES, graph, STALE_EVENTS, buildIndex);
}

export function summarize(graph: NewsGraph, key: string): EntitySummary {
  const attributes = graph.getNodeAttributes(key);
  return {
    key,
    label: String(attributes.label ?? key),
    type: attributes.entityType ?? "OTHER",
    aliases: Array.isArray(attributes.aliases) ? attributes.aliases : [],
    mentions: typeof attributes.mentions === "number" ? attributes.mentions : 0,
    docs: Array.isArray(attributes.docs) ? attributes.docs : [],
    degree: graph.degree(key),
  };
}

/** Most mentioned first, then by label and key: the order in which candidates are offered. */
function byPriority(graph: NewsGraph): (a: string, b: string) => number {
  return (a, b) => {
    const ma = graph.getNodeAttribute(a, "mentions") ?? 0;
    const mb = graph.getNodeAttribute(b, "mentions") ?? 0;
    if (ma !== mb) return mb - ma;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (names are short; this stays cheap). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

const MAX_SUGGESTIONS = 5;

function suggest(graph: NewsGraph, index: NameIndex, query: string, partial: string[]): string[] {
  const limit = Math.max(1, Math.floor(query.length / 4));
  const scored = new Map<string, number>();
  const offer = (key: string, score: number) => {
    const previous = scored.get(key);
    if (previous === undefined || score < previous) scored.set(key, score);
  };
  // Several entities hold all the query's words ("Biden" for Joe and Jill Biden): all are good suggestions.
  for (const key of partial) offer(key, 0);
  for (const [name, keys] of index.names) {
    let score: number | null = null;
    if (query.length >= 2 && name.startsWith(query)) score = 1;
    else {
      const whole = editDistance(query, name, limit);
      if (whole <= limit) score = 1 + whole;
      else {
        // A misspelt word of a longer name: "Putn" → "vladimir putin".
        for (const word of name.split(" ")) {
          if (word.length < 3) continue;
          const distance = editDistance(query, word, limit);
          if (distance <= limit) score = Math.min(score ?? Infinity, 2 + distance);
        }
      }
    }
    if (score !== null) for (const key of keys) offer(key, score);
  }
  const order = byPriority(graph);
  return [...scored.keys()].sort((a, b) => scored.get(a)! - scored.get(b)! || order(a, b)).slice(0, MAX_SUGGESTIONS);
}

/** Finds the entity a name stands for: by key, label or alias (exact after normalisation), else by all its words
 *  when exactly one entity has them ("Zelenskyy" alone); otherwise returns suggestions. */
export function findEntity(graph: NewsGraph, name: string): EntityMatch {
  const result: EntityMatch = { query: name, entity: null, how: null, alternatives: [], suggestions: [] };
  if (graph.hasNode(name)) {
    result.entity = summarize(graph, name);
    result.how = "key";
    return result;
  }
  const index = nameIndex(graph);
  const query = normalizeName(name);
  if (query === "") return result;
  const order = byPriority(graph);
  const found = (keys: string[], how: MatchKind): EntityMatch => {
    const sorted = [...keys].sort(order);
    result.entity = summarize(graph, sorted[0]);
    result.how = how;
    result.alternatives = sorted.slice(1).map((key) => summarize(graph, key));
    return result;
  };
  const byLabel = index.labels.get(query);
  if (byLabel) return found(byLabel, "label");
  const byAlias = index.aliases.get(query);
  if (byAlias) return found(byAlias, "alias");
  // Entities holding every word of the query, intersecting the smallest lists first.
  const lists = query.split(" ").map((word) => index.words.get(word) ?? []);
  lists.sort((a, b) => a.length - b.length);
  let partial = lists[0];
  for (const list of lists.slice(1)) {
    const keys = new Set(list);
    partial = partial.filter((key) => keys.has(key));
  }
  if (partial.length === 1) return found(partial, "words");
  result.suggestions = suggest(graph, index, query, partial).map((key) => summarize(graph, key));
  return result;
}

/** The "no entity named …; did you mean …?" sentence for a failed look-up. */
export function describeMiss(match: EntityMatch): string {
  // Two suggestions with one label (a person and a place, say) are told apart by their type.
  const count = new Map<string, number>();
  for (const s of match.suggestions) count.set(s.label, (count.get(s.label) ?? 0) + 1);
  const unique = [...new Set(match.suggestions.map((s) => (count.get(s.label)! > 1 ? `${s.label} (${s.type})` : s.label)))];
  return `no entity named '${match.query}'` + (unique.length ? `; did you mean: ${unique.join(", ")}?` : "");
}

/** The node key of an entity given by key or name; throws a not-found NewsgraphError with suggestions. */
export function resolveEntity(graph: NewsGraph, entity: string): string {
  if (graph.hasNode(entity)) return entity;
  const match = findEntity(graph, entity);
  if (!match.entity) throw new NewsgraphError("not-found", describeMiss(match));
  return match.entity.key;
}
