// The evidence drawer for one relation (an edge clicked on the canvas, or "Show on graph" in the panel):
// who does what to whom, polarity, sources, and every evidence sentence.
import type { EvidenceContext } from "./evidence.js";
import { renderEvidenceList } from "./evidence.js";
import { clear, el } from "./dom.js";
import { tagClass } from "./panel.js";
import { relationTags } from "./relations.js";

export interface DrawerActions {
  selectNode(node: string): void;
  close(): void;
}

export function renderDrawer(
  root: HTMLElement,
  context: EvidenceContext,
  edge: string | null,
  actions: DrawerActions,
): void {
  clear(root);
  const { graph } = context;
  if (!edge || !graph.hasEdge(edge)) {
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const labelOf = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const entityButton = (node: string): HTMLButtonElement => {
    const button = el("button", { className: "entity", attrs: { type: "button" } }, [labelOf(node)]);
    button.addEventListener("click", () => actions.selectNode(node));
    return button;
  };
  const close = el("button", { className: "icon close", attrs: { type: "button", "aria-label": "Close evidence" } }, [
    "×",
  ]);
  close.addEventListener("click", actions.close);
  const tags = relationTags(attrs, labelOf);
  const counts = el("span", { className: "muted" }, [
    `${attrs.category} · ${attrs.weight} sentence${attrs.weight === 1 ? "" : "s"} · ${attrs.sources} article${attrs.sources === 1 ? "" : "s"} · confidence ${attrs.confidence.toFixed(2)}`,
  ]);
  root.append(
    el("header", { className: "drawer-head" }, [
      el("h2", {}, [entityButton(source), ` ${attrs.predicate} ${attrs.symmetric ? "↔" : "→"} `, entityButton(target)]),
      close,
    ]),
    el("p", { className: "meta" }, [...tags.map((t) => el("span", { className: `tag ${tagClass(t)}` }, [t])), counts]),
    // The dates come with the evidence.
    renderEvidenceList(context, edge, ({ firstSeen, lastSeen }) => {
      if (!firstSeen) return;
      counts.append(` · ${firstSeen === lastSeen || !lastSeen ? firstSeen : `${firstSeen} – ${lastSeen}`}`);
    }),
  );
}
