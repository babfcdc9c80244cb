// Viewer entry: loads the graph through the data seam, then wires the canvas, search, filters, side panel,
// evidence drawer, layout button, exports and the URL hash together around one view state.
import "./style.css";
import { fetchGraph, GraphLoadError } from "./data.js";
import { byId, clear, el } from "./dom.js";
import { renderDrawer } from "./drawer.js";
import { toGexf } from "../../src/export/gexf.js";
import { downloadText, exportPng } from "./exporters.js";
import { renderFilters } from "./filters.js";
import { createLayoutControl, placeUnpositioned } from "./layout.js";
import { renderPanel } from "./panel.js";
import type { LabelBox } from "./labels.js";
import { createRenderer, isBigGraph, type Pointer, type Renderer } from "./renderer.js";
import { loadView, type LoadedView } from "./source.js";
import { createEntitySearch } from "./search.js";
import { attachSearchBox } from "./searchbox.js";
import { fromHash, toHash, type ViewState } from "./state.js";
import type { ViewerGraph } from "./view-graph.js";
import { isEdgeShown } from "./visibility.js";

/** How long the ForceAtlas2 worker runs before stopping by itself. */
const LAYOUT_BUDGET_MS = 8000;

/** What tests and the benchmark read from the page (no data in it that the page does not show). */
export interface ViewerHandle {
  ready: boolean;
  error: string | null;
  state: ViewState;
  renderer: Renderer | null;
  /** Node keys currently drawn (not hidden by filters). */
  visibleNodes(): string[];
  /** Node label boxes drawn in the last frame, in canvas pixels (tests check they do not overlap). */
  labelBoxes(): LabelBox[];
  /** False while nodes move to or from an ego view, or the camera moves. */
  settled(): boolean;
  /** "server" (slim payload, details on demand) or "file" (the whole graph.json). */
  mode: string;
  /** The whole graph the page shows (on a big graph sigma's own holds only the relations in focus). */
  graph: ViewerGraph | null;
}

declare global {
  interface Window {
    newsgraph?: ViewerHandle;
  }
}

function showMessage(title: string, lines: string[]): void {
  const box = byId("message");
  clear(box);
  box.append(el("h2", {}, [title]), ...lines.map((line) => el("p", {}, [line])));
  box.hidden = false;
}

async function start(): Promise<void> {
  const handle: ViewerHandle = {
    ready: false,
    error: null,
    state: fromHash(location.hash),
    renderer: null,
    visibleNodes: () => [],
    labelBoxes: () => [],
    settled: () => true,
    mode: "",
    graph: null,
  };
  window.newsgraph = handle;
  let loaded: LoadedView;
  try {
    loaded = await loadView();
  } catch (error) {
    handle.error = error instanceof GraphLoadError ? error.message : `Unexpected error: ${(error as Error).message}`;
    showMessage("This graph cannot be shown", [handle.error]);
    handle.ready = true;
    return;
  }
  performance.mark("newsgraph:graph-loaded");
  const { graph, details } = loaded;
  handle.mode = loaded.mode;
  handle.graph = graph;
  const docCount = graph.getAttribute("documents");
  byId("stats").textContent =
    `${graph.order} entities · ${graph.size} relations · ${docCount} article${docCount === 1 ? "" : "s"}`;
  if (graph.order === 0) {
    showMessage("No entities yet", [
      "This graph is empty: no article has been read into it.",
      "Build one from a folder of articles with `newsgraph build <folder> -o data/graph.json`, then run `newsgraph view data/graph.json`.",
    ]);
    handle.ready = true;
    return;
  }
  placeUnpositioned(graph, loaded.unpositioned);

  const state = handle.state;
  const pointer: Pointer = { hoveredNode: null, hoveredEdge: null };
  const big = isBigGraph(graph);
  const renderer = createRenderer(byId("sigma"), graph, state, pointer);
  handle.renderer = renderer;
  performance.mark("newsgraph:first-render");
  const sigma = renderer.sigma;
  const edgeShown = (edge: string): boolean => isEdgeShown(graph, edge, state);
  handle.visibleNodes = () => graph.filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden);
  handle.labelBoxes = () => renderer.labelBoxes();
  handle.settled = () => !renderer.isAnimating() && !sigma.getCamera().isAnimated();

  const panel = byId("panel");
  const drawer = byId("drawer");
  const filters = byId("filters");
  const context = { graph, details, edgeShown };

  // Every change goes through here: URL, canvas, panel and drawer follow the state.
  let lastHash = "";
  let shown = { node: state.node, edge: state.edge };
  const apply = (options: { centre?: boolean; redraw?: boolean } = {}): void => {
    if (state.node && !graph.hasNode(state.node)) state.node = null;
    if (state.edge && !graph.hasEdge(state.edge)) state.edge = null;
    lastHash = toHash(state);
    if (location.hash !== lastHash) {
      // A new selection is a step the back button can undo; a filter change only rewrites the address.
      const selectionChanged = shown.node !== state.node || shown.edge !== state.edge;
      const url = lastHash || location.pathname + location.search;
      if (selectionChanged) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    shown = { node: state.node, edge: state.edge };
    // The panel and drawer first: opening or closing the panel resizes the canvas, which clears it, so the canvas
    // is drawn after, at its new size, in one frame.
    renderPanel(panel, context, state.node, actions);
    renderDrawer(drawer, context, state.edge, { selectNode, close: () => selectEdge(null) });
    // A new selection redraws with its ego view; anything else redraws here.
    const redrawn = renderer.showEgo(state.node);
    if (!redrawn && options.redraw !== false) renderer.update();
  };
  const selectNode = (node: string | null, centre = false): void => {
    // The ego view moves nodes; ForceAtlas2 would move them under it.
    if (node && layout.isRunning()) layout.stop();
    state.node = node;
    state.edge = null;
    apply({ centre });
  };
  const selectEdge = (edge: string | null): void => {
    state.edge = edge;
    apply();
  };
  const actions = { selectNode: (node: string) => selectNode(node, true), selectEdge, close: () => selectNode(null) };

  renderFilters(filters, graph, state, () => apply(), big);
  performance.mark("newsgraph:filters");

  sigma.on("enterNode", ({ node }) => {
    pointer.hoveredNode = node;
    sigma.getContainer().style.cursor = "pointer";
    if (renderer.hoverFocus) renderer.scheduleUpdate();
  });
  sigma.on("leaveNode", () => {
    pointer.hoveredNode = null;
    sigma.getContainer().style.cursor = "";
    if (renderer.hoverFocus) renderer.scheduleUpdate();
  });
  sigma.on("enterEdge", ({ edge }) => {
    pointer.hoveredEdge = edge;
    sigma.getContainer().style.cursor = "pointer";
  });
  sigma.on("leaveEdge", () => {
    pointer.hoveredEdge = null;
    sigma.getContainer().style.cursor = "";
  });
  sigma.on("clickNode", ({ node }) => selectNode(node));
  sigma.on("clickEdge", ({ edge }) => selectEdge(edge));
  sigma.on("clickStage", () => {
    if (state.node || state.edge) selectNode(null);
  });

  // A big graph's index is built in the background: the page answers meanwhile with a plain scan.
  const search = createEntitySearch(graph, { background: big });
  performance.mark("newsgraph:search-index");
  attachSearchBox(byId<HTMLInputElement>("search"), byId<HTMLUListElement>("search-hits"), search, (id) =>
    selectNode(id, true),
  );

  const layoutButton = byId<HTMLButtonElement>("layout");
  const layout = createLayoutControl(graph, LAYOUT_BUDGET_MS, (running) => {
    layoutButton.textContent = running ? "Stop layout" : "Start layout";
    layoutButton.setAttribute("aria-pressed", String(running));
  });
  layoutButton.addEventListener("click", () => {
    if (layout.isRunning()) return layout.stop();
    // ForceAtlas2 moves every node: the ego view gives its nodes back to the global layout first.
    state.node = null;
    state.edge = null;
    apply();
    layout.start();
  });

  byId("export-png").addEventListener("click", () => void exportPng(sigma));
  // The page holds the slim view; the GEXF is the whole graph, as `newsgraph export gexf` writes it.
  byId("export-gexf").addEventListener("click", async () => {
    const full = await fetchGraph("graph.json");
    downloadText(toGexf(full.graph), "newsgraph.gexf", "application/gexf+xml");
  });

  // A pasted link or the back button: adopt the hash's state.
  window.addEventListener("hashchange", () => {
    if (location.hash === lastHash) return;
    Object.assign(state, fromHash(location.hash));
    renderFilters(filters, graph, state, () => apply(), big);
    apply({ centre: true });
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && (state.edge || state.node) && !(event.target instanceof HTMLInputElement)) {
      if (state.edge) selectEdge(null);
      else selectNode(null);
    }
  });

  // The renderer was created with this state already: no second reducer pass, only panels, hash and camera.
  const valid = (!state.node || graph.hasNode(state.node)) && (!state.edge || graph.hasEdge(state.edge));
  // A selection in the URL lays out its ego view from the drawn graph's frame: draw it once first.
  if (state.node) renderer.sigma.refresh();
  apply({ centre: true, redraw: !valid });
  handle.ready = true;
  // Read by `npm run bench:viewer`: time from navigation to a drawn graph, and to a page that answers search.
  performance.mark("newsgraph:interactive");
}

void start();
