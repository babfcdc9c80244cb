// Entity search over labels and aliases, insensitive to case and accents ("peskov", "Pėskov"), with prefix
// and light fuzzy matching for autocomplete.
import MiniSearch from "minisearch";
import type { EntityType } from "../../src/types.js";
import type { ViewerGraph } from "./data.js";

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
}

export function createEntitySearch(graph: ViewerGraph): EntitySearch {
  const index = new MiniSearch<Entry>({
    fields: ["label", "aliases"],
    storeFields: ["label", "type", "aliases"],
    processTerm: (term) => fold(term),
    tokenize: (text) => text.split(/[\s\-–—.,;:!?'’"()/]+/u).filter(Boolean),
  });
  const entries: Entry[] = [];
  graph.forEachNode((id, attrs) => {
    entries.push({ id, label: attrs.label, type: attrs.entityType, aliases: attrs.aliases.join(" \n ") });
  });
  index.addAll(entries);
  return {
    search(query: string, limit = 8): SearchHit[] {
      const q = query.trim();
      if (!q) return [];
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
