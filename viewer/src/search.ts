// Entity search over labels and aliases, insensitive to case and accents ("peskov", "Pėskov"), with prefix
// and light fuzzy matching for autocomplete.
import MiniSearch from "minisearch";
import type { EntityType } from "../../src/types.js";
import type { ViewerGraph } from "./view-graph.js";

export interface SearchHit {
  id: string;
  label: string;
  type: EntityType;
  /** The alias that matched when it differs from the label, to show why a hit came up. */
  via?: string;
}

interface Entry {
  id: string;
  label: string;
  aliases: string;
  type: EntityType;
}

/** Lower-cases and strips diacritics, so that "Zelenskyy" and "zélenskyy" meet. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export interface EntitySearch {
  search(query: string, limit?: number): SearchHit[];
  /** Resolves when the index is complete (at once unless it is built in the background). */
  ready: Promise<void>;
}

const tokenize = (text: string): string[] => text.split(/[\s\-–—.,;:!?'’"()/]+/u).filter(Boolean);

/**
 * Adds `entries` to `index` in the page's idle time (`requestIdleCallback`), a slice at a time, so that typing,
 * the pointer and frames come first; where there is no idle time for a second, a slice of 10 ms runs anyway. Outside
 * a browser (tests in Node), slices of 10 ms between tasks.
 */
function addWhenIdle(index: MiniSearch<Entry>, entries: Entry[]): Promise<void> {
  return new Promise((done) => {
    let next = 0;
    const slice = (timeLeft: () => number): void => {
      do index.add(entries[next++]);
      while (next < entries.length && timeLeft() > 1);
      if (next < entries.length) schedule();
      else done();
    };
    const budget = (ms: number): (() => number) => {
      const end = performance.now() + ms;
      return () => end - performance.now();
    };
    const schedule = (): void => {
      if (typeof requestIdleCallback === "function") {
        requestIdleCallback((deadline) => slice(deadline.didTimeout ? budget(10) : () => deadline.timeRemaining()), {
          timeout: 1000,
        });
      } else setTimeout(() => slice(budget(10)), 0);
    };
    if (entries.length === 0) done();
    else schedule();
  });
}

/**
 * The search over every entity. `background` builds the index in the page's idle time (50,000 entities take
 * 0.6-0.8 s to index, which would keep a big graph's page from answering); until it is complete, a query is
 * answered by a plain scan: entities whose label or aliases hold a word starting with each word of the query.
 */
export function createEntitySearch(graph: ViewerGraph, options: { background?: boolean } = {}): EntitySearch {
  const index = new MiniSearch<Entry>({
    fields: ["label", "aliases"],
    storeFields: ["label", "type", "aliases"],
    processTerm: (term) => fold(term),
    tokenize,
  });
  const entries: Entry[] = [];
  graph.forEachNode((id, attrs) => {
    entries.push({ id, label: attrs.label, type: attrs.entityType, aliases: attrs.aliases.join(" \n ") });
  });
  let complete = false;
  let ready: Promise<void>;
  if (options.background) {
    ready = addWhenIdle(index, entries).then(() => {
      complete = true;
      scanWords = null;
    });
  } else {
    index.addAll(entries);
    complete = true;
    ready = Promise.resolve();
  }
  // The scan's words per entry, folded once (on the first query that needs them).
  let scanWords: { label: string[]; aliases: string[] }[] | null = null;
  const scan = (q: string, limit: number): SearchHit[] => {
    const words = tokenize(fold(q));
    scanWords ??= entries.map((entry) => ({ label: tokenize(fold(entry.label)), aliases: tokenize(fold(entry.aliases)) }));
    const starts = (tokens: string[], word: string): boolean => tokens.some((t) => t.startsWith(word));
    // The best `limit` hits so far, best first, ties in graph order: the first letters of a query match most of
    // a big graph, and sorting all of them on each keystroke was most of the scan.
    const best: { entry: Entry; score: number }[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const { label: labelWords, aliases: aliasWords } = scanWords[i];
      const inLabel = words.every((w) => starts(labelWords, w));
      if (!inLabel && !words.every((w) => starts(labelWords, w) || starts(aliasWords, w))) continue;
      // Label matches first, then shorter labels (closer to what was typed).
      const score = (inLabel ? 0 : 1000) + entry.label.length;
      if (best.length === limit && score >= best[limit - 1].score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].score > score) at--;
      best.splice(at, 0, { entry, score });
      if (best.length > limit) best.pop();
    }
    const folded = fold(q);
    return best.map(({ entry }) => {
      const via = fold(entry.label).includes(folded)
        ? undefined
        : entry.aliases.split(" \n ").find((a) => fold(a).includes(folded));
      return { id: entry.id, label: entry.label, type: entry.type, via };
    });
  };
  return {
    ready,
    search(query: string, limit = 8): SearchHit[] {
      const q = query.trim();
      if (!q) return [];
      if (!complete) return scan(q, limit);
      const results = index.search(q, {
        prefix: true,
        fuzzy: (term) => (term.length > 4 ? 0.2 : 0),
        combineWith: "AND",
        boost: { label: 2 },
      });
      const folded = fold(q);
      return results.slice(0, limit).map((r) => {
        const label = r.label as string;
        const aliases = (r.aliases as string).split(" \n ");
        const via = fold(label).includes(folded) ? undefined : aliases.find((a) => fold(a).includes(folded));
        return { id: r.id as string, label, type: r.type as EntityType, via };
      });
    },
  };
}
