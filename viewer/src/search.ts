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

/** What separates words, for the index and the scan alike. */
const SEPARATORS = /[\s\-–—.,;:!?'’"()/]+/gu;
const tokenize = (text: string): string[] => text.split(SEPARATORS).filter(Boolean);

/**
 * `texts` folded and made into the scan's form: each word preceded by one space (" vera okafor"), so that "a word
 * of the text starts with w" is `text.includes(" " + w)`. One `fold` over all texts joined: called once per text,
 * its `normalize` was most of a big graph's first query.
 */
function scanForms(texts: string[]): string[] {
  const spaced = (folded: string): string => ` ${folded.replace(SEPARATORS, " ")}`;
  const joined = fold(texts.join("\u0000")).split("\u0000");
  // A text holding the joint itself would shift every text after it: then one by one.
  return joined.length === texts.length ? joined.map(spaced) : texts.map((text) => spaced(fold(text)));
}

/**
 * Adds `entries` to `index` in the page's idle time (`requestIdleCallback`), slices of at most 10 ms, so that
 * typing, the pointer and frames come first; where there is no idle time for a second, a slice runs anyway. Outside
 * a browser (tests in Node), slices between tasks.
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
        // At most 10 ms even when the page is idle for longer: a key pressed meanwhile waits for the slice to end.
        requestIdleCallback(
          (deadline) => {
            const own = budget(10);
            slice(deadline.didTimeout ? own : () => Math.min(own(), deadline.timeRemaining()));
          },
          { timeout: 1000 },
        );
      } else setTimeout(() => slice(budget(10)), 0);
    };
    if (entries.length === 0) done();
    else schedule();
  });
}

/**
 * The search over every entity: an index (MiniSearch) with prefix and light fuzzy matching. `background`, for big
 * graphs, builds the index in the page's idle time (50,000 entities take 0.6-0.8 s to index, which would keep the
 * page from answering) and answers with a plain scan first: entities whose label or aliases hold a word starting
 * with each word of the query, label matches and shorter labels first. Once complete, the index adds its own hits
 * (misspelt words) when the scan finds fewer than asked for.
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
    });
  } else {
    index.addAll(entries);
    complete = true;
    ready = Promise.resolve();
  }
  // The scan's texts per entry (`scanForms`), made on the first query that needs them.
  let scanText: { labels: string[]; aliases: string[] } | null = null;
  const scan = (q: string, limit: number): SearchHit[] => {
    const words = tokenize(fold(q)).map((word) => ` ${word}`);
    scanText ??= { labels: scanForms(entries.map((e) => e.label)), aliases: scanForms(entries.map((e) => e.aliases)) };
    const { labels, aliases } = scanText;
    // The best `limit` hits so far, best first, ties in graph order: the first letters of a query match most of
    // a big graph, and sorting all of them on each keystroke was most of the scan.
    const best: { entry: Entry; score: number }[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const inLabel = words.every((w) => labels[i].includes(w));
      if (!inLabel && !words.every((w) => labels[i].includes(w) || aliases[i].includes(w))) continue;
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
  /** The index's answer: words by prefix, long ones with one typo allowed, ranked by relevance, labels first. */
  const indexed = (q: string, limit: number): SearchHit[] => {
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
  };
  return {
    ready,
    search(query: string, limit = 8): SearchHit[] {
      const q = query.trim();
      if (!q) return [];
      if (!options.background) return indexed(q, limit);
      // A big graph: the scan answers, and the index, once built, adds what only it finds (a misspelt word) after
      // the scan's hits. Asked first, the index made a keystroke cost 50-90 ms at 50,000 entities (it expands the
      // prefix of a few letters into tens of thousands of terms), the scan a few.
      const hits = scan(q, limit);
      if (!complete || hits.length >= limit) return hits;
      const found = new Set(hits.map((hit) => hit.id));
      return [...hits, ...indexed(q, limit).filter((hit) => !found.has(hit.id))].slice(0, limit);
    },
  };
}
