// The filter column: entity types (doubling as the colour legend, with counts), relation categories, minimum
// number of sources, hide denied / hedged, node size by degree or PageRank, and the edge-style legend.
import type { EntityType, RelationCategory } from "../../src/types.js";
import { ENTITY_TYPES } from "../../src/types.js";
import { CATEGORIES } from "./data.js";
import type { ViewerGraph } from "./view-graph.js";
import { clear, el } from "./dom.js";
import { EDGE_COLORS, TYPE_COLORS, TYPE_NAMES } from "./palette.js";
import type { SizeBy, ViewState } from "./state.js";

/**
 * Fills `root` with controls reflecting `state`; each change mutates `state` then calls `onChange`. `big` (a graph
 * over renderer.ts's thresholds) adds "Show all relations": its overview draws only the relations in focus.
 */
export function renderFilters(
  root: HTMLElement,
  graph: ViewerGraph,
  state: ViewState,
  onChange: () => void,
  big = false,
): void {
  clear(root);
  const typeCounts = new Map<EntityType, number>();
  graph.forEachNode((_n, attrs) => typeCounts.set(attrs.entityType, (typeCounts.get(attrs.entityType) ?? 0) + 1));
  const categoryCounts = new Map<RelationCategory, number>();
  let maxSources = 1;
  let negated = 0;
  let hedged = 0;
  graph.forEachEdge((_e, attrs) => {
    categoryCounts.set(attrs.category, (categoryCounts.get(attrs.category) ?? 0) + 1);
    maxSources = Math.max(maxSources, attrs.sources);
    if (attrs.negated) negated++;
    if (attrs.hedged) hedged++;
  });

  const checkbox = (
    id: string,
    checked: boolean,
    label: (string | Node)[],
    change: (on: boolean) => void,
  ): HTMLElement => {
    const input = el("input", { attrs: { type: "checkbox", id } });
    input.checked = checked;
    input.addEventListener("change", () => {
      change(input.checked);
      onChange();
    });
    return el("li", {}, [input, el("label", { attrs: { for: id } }, label)]);
  };

  const types = ENTITY_TYPES.filter((t) => typeCounts.has(t)).map((type) => {
    const swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
    swatch.style.background = TYPE_COLORS[type];
    return checkbox(
      `type-${type}`,
      !state.hiddenTypes.has(type),
      [swatch, `${TYPE_NAMES[type]} `, el("span", { className: "count" }, [`${typeCounts.get(type)}`])],
      (on) => {
        if (on) state.hiddenTypes.delete(type);
        else state.hiddenTypes.add(type);
      },
    );
  });

  const categories = CATEGORIES.filter((c) => categoryCounts.has(c)).map((category) =>
    checkbox(
      `cat-${category}`,
      !state.hiddenCategories.has(category),
      [`${category} `, el("span", { className: "count" }, [`${categoryCounts.get(category)}`])],
      (on) => {
        if (on) state.hiddenCategories.delete(category);
        else state.hiddenCategories.add(category);
      },
    ),
  );

  // Only a big graph leaves relations out of its overview; drawing them all takes seconds there, each frame too.
  const allRelations = big
    ? [
        checkbox(
          "all-relations",
          state.allRelations,
          ["Show all relations ", el("span", { className: "count" }, ["(slow)"])],
          (on) => {
            state.allRelations = on;
          },
        ),
      ]
    : [];

  const min = el("input", {
    attrs: {
      type: "number",
      id: "min-sources",
      min: "1",
      max: String(Math.max(maxSources, state.minSources)),
      step: "1",
    },
  });
  min.value = String(state.minSources);
  min.addEventListener("change", () => {
    const value = Number.parseInt(min.value, 10);
    state.minSources = Number.isFinite(value) && value > 1 ? value : 1;
    onChange();
  });

  // Entities below the threshold are left out of the canvas (not of search); the count says how many.
  const maxRelations = graph.reduceNodes((max, _n, attrs) => Math.max(max, attrs.relations), 0);
  const minRelations = el("input", {
    attrs: { type: "number", id: "min-relations", min: "0", max: String(Math.max(maxRelations, state.minRelations)), step: "1" },
  });
  minRelations.value = String(state.minRelations);
  const leftOut = el("span", { className: "count", attrs: { id: "left-out" } });
  const countLeftOut = (): void => {
    const n = graph.reduceNodes((sum, _node, attrs) => sum + (attrs.relations < state.minRelations ? 1 : 0), 0);
    leftOut.textContent = n ? ` ${n} hidden` : "";
  };
  countLeftOut();
  minRelations.addEventListener("change", () => {
    const value = Number.parseInt(minRelations.value, 10);
    state.minRelations = Number.isFinite(value) && value >= 0 ? value : 1;
    countLeftOut();
    onChange();
  });

  const size = el("select", { attrs: { id: "size-by" } }, [
    el("option", { attrs: { value: "degree" } }, ["degree"]),
    el("option", { attrs: { value: "pagerank" } }, ["PageRank"]),
  ]);
  size.value = state.sizeBy;
  size.addEventListener("change", () => {
    state.sizeBy = size.value as SizeBy;
    onChange();
  });

  const edgeKey = (color: string, text: string, dashed = false): HTMLElement => {
    const line = el("span", { className: dashed ? "line dashed" : "line", attrs: { "aria-hidden": "true" } });
    line.style.borderTopColor = color;
    return el("li", {}, [line, text]);
  };

  root.append(
    el("section", {}, [el("h3", {}, ["Entities"]), el("ul", { className: "checks" }, types)]),
    el("section", {}, [
      el("h3", {}, ["Relations"]),
      el("ul", { className: "checks" }, [...allRelations, ...categories]),
    ]),
    el("section", {}, [
      el("ul", { className: "checks" }, [
        el("li", {}, [
          el("label", { attrs: { for: "min-relations" } }, ["Min. relations "]),
          minRelations,
          leftOut,
        ]),
        el("li", {}, [el("label", { attrs: { for: "min-sources" } }, ["Min. sources "]), min]),
        checkbox(
          "hide-negated",
          state.hideNegated,
          [`Hide denied `, el("span", { className: "count" }, [`${negated}`])],
          (on) => {
            state.hideNegated = on;
          },
        ),
        checkbox(
          "hide-hedged",
          state.hideHedged,
          [`Hide hedged `, el("span", { className: "count" }, [`${hedged}`])],
          (on) => {
            state.hideHedged = on;
          },
        ),
        el("li", {}, [el("label", { attrs: { for: "size-by" } }, ["Size by "]), size]),
      ]),
    ]),
    el("section", { className: "edge-legend" }, [
      el("h3", {}, ["Arrows"]),
      el("ul", {}, [
        edgeKey(EDGE_COLORS.plain, "stated"),
        edgeKey(EDGE_COLORS.negated, "denied"),
        edgeKey(EDGE_COLORS.hedged, "hedged"),
      ]),
    ]),
  );
}
