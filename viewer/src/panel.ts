// The side panel for the selected entity: label, type, aliases, mentions, articles, and its relations grouped by
// predicate and direction. Each relation is a real button (Tab-reachable) that expands its evidence.
import type { DocumentInfo } from "../../src/types.js";
import type { ViewerGraph } from "./data.js";
import { append, clear, el, safeHttpUrl } from "./dom.js";
import { renderEvidenceList } from "./evidence.js";
import { TYPE_COLORS, TYPE_NAMES } from "./palette.js";
import { groupRelations, type Direction, type RelationItem } from "./relations.js";

export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  close(): void;
}

export interface PanelContext {
  graph: ViewerGraph;
  documents: Map<string, DocumentInfo>;
  /** Whether a relation passes the current filters (the panel lists what the canvas shows). */
  edgeShown(edge: string): boolean;
}

/** Fills `root` with the panel of `node`, or hides it when nothing is selected. */
export function renderPanel(
  root: HTMLElement,
  context: PanelContext,
  node: string | null,
  actions: PanelActions,
): void {
  clear(root);
  const { graph, documents } = context;
  if (!node || !graph.hasNode(node)) {
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const attrs = graph.getNodeAttributes(node);
  const closeButton = el(
    "button",
    { className: "icon close", attrs: { type: "button", "aria-label": "Close panel" } },
    ["×"],
  );
  closeButton.addEventListener("click", actions.close);
  const swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
  swatch.style.background = TYPE_COLORS[attrs.entityType];

  const aliases = attrs.aliases.filter((a) => a !== attrs.label);
  const docs = [...attrs.docs].sort();
  append(root, [
    el("header", { className: "panel-head" }, [el("h2", { attrs: { id: "panel-title" } }, [attrs.label]), closeButton]),
    el("p", { className: "type" }, [swatch, TYPE_NAMES[attrs.entityType]]),
    aliases.length
      ? el("p", { className: "aliases" }, [el("span", { className: "muted" }, ["Also: "]), aliases.join(" · ")])
      : null,
    el("p", { className: "counts" }, [
      `${attrs.mentions} mention${attrs.mentions === 1 ? "" : "s"} in ${docs.length} article${docs.length === 1 ? "" : "s"}`,
    ]),
  ]);
  if (docs.length) {
    root.append(
      el("details", { className: "articles" }, [
        el("summary", {}, ["Articles"]),
        el(
          "ul",
          {},
          docs.map((id) => {
            const doc = documents.get(id);
            const url = safeHttpUrl(doc?.url);
            const title = doc?.title || id;
            return el("li", {}, [
              url
                ? el("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer nofollow" } }, [title])
                : title,
            ]);
          }),
        ),
      ]),
    );
  }

  const groups = groupRelations(graph, node, (edge) => context.edgeShown(edge));
  root.append(el("h3", {}, [`Relations (${groups.reduce((n, g) => n + g.items.length, 0)})`]));
  if (groups.length === 0) {
    root.append(el("p", { className: "muted" }, ["No relation passes the current filters."]));
    return;
  }
  // Sections by direction, predicates grouped inside: each phrase already reads "predicate → other".
  const sections: Array<[string, Direction]> = [
    [`From ${attrs.label}`, "out"],
    ["Mutual", "both"],
    [`To ${attrs.label}`, "in"],
  ];
  for (const [title, direction] of sections) {
    const inSection = groups.filter((g) => g.direction === direction);
    if (inSection.length === 0) continue;
    const items = inSection.flatMap((group) => group.items.map((item) => relationItem(context, item, actions)));
    root.append(el("h4", { className: "direction" }, [title]), el("ul", { className: "relations" }, items));
  }
}

function relationItem(context: PanelContext, item: RelationItem, actions: PanelActions): HTMLElement {
  const evidenceId = `ev-${cssSafe(item.edge)}`;
  const attrs = context.graph.getEdgeAttributes(item.edge);
  const polarity = attrs.negated ? " negated" : attrs.hedged ? " hedged" : "";
  const button = el(
    "button",
    {
      className: `relation${polarity}`,
      attrs: { type: "button", "aria-expanded": "false", "aria-controls": evidenceId },
    },
    [item.phrase],
  );
  const body = el("div", { className: "relation-body", attrs: { id: evidenceId } });
  body.hidden = true;
  button.addEventListener("click", () => {
    const open = body.hidden;
    body.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open && !body.firstChild) {
      const show = el("button", { className: "link", attrs: { type: "button" } }, ["Show on graph"]);
      show.addEventListener("click", () => actions.selectEdge(item.edge));
      const go = el("button", { className: "link", attrs: { type: "button" } }, [`Go to ${item.otherLabel}`]);
      go.addEventListener("click", () => actions.selectNode(item.other));
      body.append(renderEvidenceList(context, item.edge), el("p", { className: "relation-actions" }, [show, go]));
    }
  });
  return el("li", {}, [
    button,
    item.tags.length
      ? el(
          "span",
          { className: "tags" },
          item.tags.map((t) => el("span", { className: `tag ${tagClass(t)}` }, [t])),
        )
      : null,
    body,
  ]);
}

export function tagClass(tag: string): string {
  if (tag === "denied") return "denied";
  if (tag === "hedged") return "hedged";
  if (tag.startsWith("reported")) return "reported";
  return "plain";
}

function cssSafe(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, "_");
}
