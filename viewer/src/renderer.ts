// Sigma set-up: programs (straight and curved arrows), and the reducers that turn the view state (filters,
// hover, selection, sizing) into display data. The graph itself is never edited for display.
import Sigma from "sigma";
import {
  EdgeArrowProgram,
  EdgeDoubleArrowProgram,
  EdgeLineProgram,
  NodeCircleProgram,
  type EdgeProgramType,
  type NodeHoverDrawingFunction,
  type NodeProgramType,
} from "sigma/rendering";
import { EdgeCurvedArrowProgram, EdgeCurvedDoubleArrowProgram } from "@sigma/edge-curve";
import type { Settings } from "sigma/settings";
import type { Coordinates, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { animateNodes } from "sigma/utils";
import type {
  ViewEdge as EdgeAttributes,
  ViewGraphAttributes as GraphAttributes,
  ViewNode as NodeAttributes,
} from "./view-graph.js";
import type { ViewerGraph } from "./view-graph.js";
import { edgeLabel, NODE_SIZE_MAX, nodeSizes, parallelCurvatures } from "./display.js";
import { EDGE_COLORS, FADED_NODE, TYPE_COLORS } from "./palette.js";
import { egoLayout, type EgoItem } from "./ego.js";
import { createLabelLayer, type LabelBox, type LabelSide } from "./labels.js";
import { CATEGORIES } from "./data.js";
import { filterKey, type ViewState } from "./state.js";
import { isEdgeShown, isNodeVisible } from "./visibility.js";
import { buildNodeGrid, type NodeGrid } from "./picking.js";
import { pickEdge, type EdgeOnScreen } from "./edge-picking.js";
import { visibleEdgesOnly } from "./visible-only.js";
import {
  bigGraphPrograms,
  type FocusEdgeData,
  type FocusEdgeType,
  type FocusLayer,
} from "./big-graph.js";

export type NewsSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Display state that is not part of the shareable view: what the pointer is over. */
export interface Pointer {
  hoveredNode: string | null;
  hoveredEdge: string | null;
}

export interface Renderer {
  sigma: NewsSigma;
  /** Re-runs the reducers after the view state or the pointer changed (the graph itself did not). */
  update(): void;
  /** The same, at the next frame: pointer events can come several per frame, one pass is enough. */
  scheduleUpdate(): void;
  /**
   * Whether hovering an entity focuses it (fading the rest). On big graphs it does not: re-running the reducers
   * over every item on each hover costs seconds there; sigma still draws the hovered entity and its label.
   */
  hoverFocus: boolean;
  /**
   * Lays the selected entity's neighbours out around it (or puts them back when `node` is null), animated,
   * and moves the camera there. Does nothing when the selection and filters did not change; true when it
   * redrew.
   */
  showEgo(node: string | null): boolean;
  /** Whether nodes are on their way to or from an ego view. */
  isAnimating(): boolean;
  /** The node label boxes drawn in the last frame (screen pixels). */
  labelBoxes(): LabelBox[];
  kill(): void;
}

/**
 * A big graph has more entities or relations than these. There sigma draws the entities as points and only the
 * relations in focus (the selection's, the hovered entity's), unless the reader asks for all of them (drawn as
 * plain lines, big-graph.ts); a selection redraws only its neighbourhood and fades the rest with a uniform,
 * hovering does not refocus the view, and the ego view's nodes jump instead of moving.
 */
export const BIG_GRAPH_ENTITIES = 20_000;
export const BIG_GRAPH_RELATIONS = 40_000;

export function isBigGraph(graph: ViewerGraph): boolean {
  return graph.order > BIG_GRAPH_ENTITIES || graph.size > BIG_GRAPH_RELATIONS;
}
/** Camera zoom of the ego view: the layout is computed in pixels for this ratio. */
const EGO_RATIO = 0.5;
/** Size of a neighbour's disc in the ego view (sigma's size units; rows are one label apart). */
const EGO_NODE_SIZE = 5;
const EGO_ROW_HEIGHT = 22;
/** Above this many neighbours, predicates on the edges would cross each other: the panel lists them. */
const EGO_EDGE_LABELS_MAX = 8;
/** At most this many of a hovered entity's relations are drawn on a big graph (a hub's thousands would be a blot). */
const HOVER_EDGES_MAX = 400;
/** Opacity of a big graph's nodes canvas while a neighbourhood is shown over it (see `setFade`). */
const FADED_NODES_OPACITY = 0.35;
/**
 * Above this many milliseconds a frame (from sigma starting to draw it to the frame after it on screen), the ego
 * view's nodes and camera jump instead of moving: its 450 ms animation would show two or three frames at most, each
 * a whole frame late (software WebGL drew 5,000 circles and 15,000 arrows in 0.35-0.4 s a frame).
 */
const SLOW_FRAME_MS = 100;
const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LABEL_SIZE = 13;
const LABEL_WEIGHT = "600";

export function createRenderer(
  container: HTMLElement,
  graph: ViewerGraph,
  state: ViewState,
  pointer: Pointer,
): Renderer {
  const big = isBigGraph(graph);
  const hoverFocus = !big;
  // On a big graph sigma does not get the 150,000 relations unless asked ("Show all relations"): indexing them took
  // 3-4 s of its constructor and drawing them 0.6 s a frame, for a hairball nobody reads. It draws a graph of its
  // own holding the entities (the same attribute objects: positions written into `graph` are sigma's too) and the
  // relations in focus, added as they come into focus and hidden, not dropped, when they leave it (sigma answers a
  // dropped edge by re-running the reducers over the whole graph). Search, panel, filters and exports keep reading
  // the full `graph`.
  const focusGraph: ViewerGraph | null = big ? nodesOnly(graph) : null;
  let allRelations = !big || state.allRelations;
  // On a big graph only the neighbourhood's edges are drawn with curves: their curvatures are found around the
  // focus (parallel edges share both ends, so they all meet there) instead of over every edge at start.
  let curvatures = big ? new Map<string, number>() : parallelCurvatures(graph);
  const focusLayer: FocusLayer = { fade: false };
  const sizes = nodeSizes(graph);
  const labelOf = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);

  // Whether the filters let an edge through, remembered until they change: hovering re-runs the reducers on every
  // edge of a small graph. Asked per edge, so that a big graph's start does not pass over all 150,000.
  let shownCache = new Map<string, boolean>();
  let filtersSeen: string | null = null;
  const edgeShown = (edge: string): boolean => {
    let shown = shownCache.get(edge);
    if (shown === undefined) shownCache.set(edge, (shown = isEdgeShown(graph, edge, state)));
    return shown;
  };

  // The entity in focus (hovered, else selected) and its visible neighbours; recomputed once per reducer pass.
  let focus: string | null = null;
  let neighbours = new Set<string>();
  /** The focus' shown edges and the selected edge: on a big graph, what is drawn on top of the faded overview. */
  let focusEdges = new Set<string>();
  const computeFocus = (): void => {
    const filters = filterKey(state);
    if (filters !== filtersSeen) {
      filtersSeen = filters;
      shownCache = new Map();
    }
    const next = (hoverFocus ? pointer.hoveredNode : null) ?? state.node;
    focus = next && graph.hasNode(next) ? next : null;
    neighbours = new Set();
    focusEdges = new Set();
    const edgeInFocus = state.edge && graph.hasEdge(state.edge) ? state.edge : null;
    if (edgeInFocus) focusEdges.add(edgeInFocus);
    if (!focus) {
      if (big && edgeInFocus) curvatures = parallelCurvatures(graph, graph.edges(graph.source(edgeInFocus)));
      return;
    }
    graph.forEachEdge(focus, (edge, attrs, source, target) => {
      if (!edgeShown(edge)) return;
      neighbours.add(source === focus ? target : source);
      focusEdges.add(edge);
    });
    if (big) curvatures = parallelCurvatures(graph, graph.edges(focus));
  };

  // The ego view in place: its centre and, per neighbour, the side its label goes to.
  let egoCentre: string | null = null;
  let egoSides = new Map<string, "left" | "right">();
  // On a big graph the ego view's positions go through the reducer (graph coordinates), not into the graph: moving
  // nodes in the graph makes sigma index all 200,000 items again.
  let egoPositions = new Map<string, { x: number; y: number }>();

  const nodeReducer = (node: string, attrs: NodeAttributes): Partial<NodeDisplayData> => {
    const sizeMap = state.sizeBy === "pagerank" ? sizes.pagerank : sizes.degree;
    const moved = egoPositions.get(node);
    const display: Partial<NodeDisplayData> & { quietHover?: boolean } = {
      x: moved?.x ?? attrs.x,
      y: moved?.y ?? attrs.y,
      label: attrs.label,
      size: sizeMap.get(node) ?? 5,
      color: TYPE_COLORS[attrs.entityType],
      zIndex: 1,
    };
    // The selected entity shows even when the filters would leave it out (it was found by search).
    if (!isNodeVisible(attrs, state) && node !== state.node) return { ...display, hidden: true };
    if (egoCentre && focus === egoCentre) {
      const side = egoSides.get(node);
      if (node === egoCentre) (display as { labelSide?: LabelSide }).labelSide = "above";
      else if (side) {
        (display as { labelSide?: LabelSide }).labelSide = side;
        display.size = EGO_NODE_SIZE;
      }
    }
    if (focus) {
      if (node === focus || node === state.node) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 3;
      } else if (neighbours.has(node)) {
        display.forceLabel = true;
        display.zIndex = 2;
        // On a big graph the neighbours are drawn in sigma's layer of highlighted nodes, above the faded ones
        // (big-graph.ts), without the hover box: their labels are drawn already.
        if (big) {
          display.highlighted = true;
          display.quietHover = true;
        }
      } else if (!big) {
        // On a big graph the fade is the point program's (big-graph.ts): the other nodes are not touched.
        display.color = FADED_NODE;
        display.label = "";
        display.zIndex = 0;
      }
    }
    return display;
  };

  const edgeReducer = (edge: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> => {
    const curvature = curvatures.get(edge);
    // Symmetric predicates ("meets", "confronts") read both ways: arrowheads at both ends.
    const arrowType: FocusEdgeType = curvature
      ? attrs.symmetric
        ? "curvedDouble"
        : "curved"
      : attrs.symmetric
        ? "double"
        : "arrow";
    // On a big graph every edge stays in the line program (a change of program makes sigma index everything
    // again); the neighbourhood's edges are drawn on top with their arrows (big-graph.ts). The type is set even on
    // hidden edges: a redraw without re-indexing keeps each edge in the program it was indexed in.
    const type = big ? "line" : arrowType;
    if (!edgeShown(edge)) return { type, hidden: true };
    const inFocus = focusEdges.has(edge);
    if (focus && !inFocus && !big) return { type, hidden: true };
    // A big graph's overview without all relations: an edge out of focus stays in sigma's graph, undrawn.
    if (big && !inFocus && !allRelations) return { type, hidden: true };
    const source = graph.source(edge);
    const target = graph.target(edge);
    const display: Partial<EdgeDisplayData> & { curvature?: number } & FocusEdgeData = {
      type,
      curvature,
      size: Math.min(1 + Math.log2(attrs.weight || 1), 4),
      color: attrs.negated ? EDGE_COLORS.negated : attrs.hedged ? EDGE_COLORS.hedged : EDGE_COLORS.plain,
      label: null,
      zIndex: 1,
    };
    if (big && !inFocus) return display;
    if (big) display.focusType = arrowType;
    if (edge === state.edge) {
      return {
        ...display,
        color: EDGE_COLORS.selected,
        size: display.size! + 2,
        label: edgeLabel(attrs, labelOf),
        forceLabel: true,
        zIndex: 3,
      };
    }
    if (focus) {
      if (!attrs.negated && !attrs.hedged) display.color = EDGE_COLORS.focus;
      display.zIndex = 2;
    }
    // Predicates are shown for the selected entity's neighbourhood only: on the whole graph they would be noise.
    const fewNeighbours = egoCentre !== state.node || egoSides.size <= EGO_EDGE_LABELS_MAX;
    if (state.node && fewNeighbours && (source === state.node || target === state.node)) {
      display.label = edgeLabel(attrs, labelOf);
      display.forceLabel = true;
    }
    return display;
  };

  // On a big graph, the items drawn on top of the faded overview (the focus, its neighbours, their edges) as of the
  // last redraw: the next one refreshes these and the new ones, nothing else.
  const neighbourhood = (): { nodes: Set<string>; edges: Set<string> } => {
    const nodes = new Set([...neighbours, ...egoPositions.keys()]);
    if (focus) nodes.add(focus);
    if (state.node && graph.hasNode(state.node)) nodes.add(state.node);
    return { nodes, edges: new Set(focusEdges) };
  };

  // The focus' relations into sigma's graph of a big graph; true when some were added (sigma then indexes again).
  const addFocusEdges = (): boolean => {
    if (!focusGraph) return false;
    let added = false;
    for (const edge of focusEdges) {
      if (focusGraph.hasEdge(edge)) continue;
      focusGraph.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
      added = true;
    }
    return added;
  };

  computeFocus();
  addFocusEdges();
  let drawnFocus = neighbourhood();
  performance.mark("newsgraph:display-values");
  const labels = createLabelLayer();
  // The fade of a big graph: the point program's colour (big-graph.ts), the labels of the rest left out, and the
  // nodes' canvas dimmed so that the neighbourhood's edges and their labels, drawn under it, show through.
  const setFade = (fade: boolean): void => {
    focusLayer.fade = fade;
    labels.setFocusOnly(fade);
    const nodesCanvas = renderer.getCanvases().nodes;
    if (nodesCanvas) nodesCanvas.style.opacity = fade ? String(FADED_NODES_OPACITY) : "";
  };
  const programs: Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> = big
    ? (bigGraphPrograms(focusLayer, FADED_NODE) as unknown as Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>>)
    : {
        // No picking passes: the entity and the relation under the pointer are found from their places on screen
        // (`pickNode`, `pickEdgeAt`). Drawing every circle and arrow a second time for picking doubled each frame
        // (0.7-0.8 s at 5,000 entities / 15,000 relations in software WebGL).
        nodeProgramClasses: { circle: withoutPicking(NodeCircleProgram as unknown as NodeProgramType) },
        // Only the drawn edges reach WebGL (visible-only.ts): a hover or a selection hides all but a few.
        edgeProgramClasses: {
          arrow: smallGraphEdges(EdgeArrowProgram),
          double: smallGraphEdges(EdgeDoubleArrowProgram),
          curved: smallGraphEdges(EdgeCurvedArrowProgram as unknown as EdgeProgramType),
          curvedDouble: smallGraphEdges(EdgeCurvedDoubleArrowProgram as unknown as EdgeProgramType),
          line: smallGraphEdges(EdgeLineProgram),
        },
      };
  type NewsSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;
  // A big graph's overview draws no relation: the hovered entity's are drawn with its halo, on sigma's hover canvas
  // (a few 2D lines; a WebGL frame of 50,000 points costs 0.3 s in software WebGL). Not over a selection, which
  // shows its own relations, nor when all relations are drawn.
  const drawHoverWithEdges: NodeHoverDrawingFunction = (context, data, settings) => {
    const node = data.key;
    if (node === pointer.hoveredNode && !allRelations && !focusLayer.fade && graph.hasNode(node)) {
      context.save();
      context.strokeStyle = EDGE_COLORS.focus;
      context.globalAlpha = 0.7;
      context.lineWidth = 1;
      context.beginPath();
      let drawn = 0;
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (drawn >= HOVER_EDGES_MAX || !edgeShown(edge)) return;
        const other = renderer.getNodeDisplayData(source === node ? target : source);
        if (!other || other.hidden) return;
        const end = renderer.framedGraphToViewport(other);
        context.moveTo(data.x, data.y);
        context.lineTo(end.x, end.y);
        drawn++;
      });
      context.stroke();
      context.restore();
    }
    labels.drawHover(context, data, settings);
  };
  const sigmaGraph = (): ViewerGraph => (allRelations || !focusGraph ? graph : focusGraph);
  const renderer: NewsSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(sigmaGraph(), container, {
    defaultDrawNodeLabel: labels.draw as NewsSettings["defaultDrawNodeLabel"],
    defaultDrawNodeHover: (big ? drawHoverWithEdges : labels.drawHover) as NewsSettings["defaultDrawNodeHover"],
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    renderEdgeLabels: true,
    // A big graph draws its neighbourhood in layers of its own (big-graph.ts), so the order of the rest does not
    // matter; without zIndex sigma does not sort 50,000 entities at each indexation (a new selection's relations).
    zIndex: !big,
    defaultEdgeType: big ? "line" : "arrow",
    ...programs,
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    labelColor: { color: "#1f2430" },
    edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    edgeLabelSize: 12,
    edgeLabelWeight: "500",
    edgeLabelColor: { color: "#3a4252" },
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 4,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 40,
    // Big graphs: drawing tens of thousands of edges on every camera frame makes panning stutter.
    hideEdgesOnMove: big || graph.size > 20_000,
    nodeReducer,
    edgeReducer,
  });
  labels.attach(renderer as unknown as Sigma);
  // How long the last frame took to reach the screen, or null before the first one: the ego view animates only
  // when frames are quick (`SLOW_FRAME_MS`). Two animation frames after sigma started drawing, the browser has put
  // that frame on screen (with software WebGL it waits for the GPU process to finish it).
  let lastFrameMs: number | null = null;
  let timingFrame = false;
  renderer.on("beforeRender", () => {
    if (timingFrame) return;
    timingFrame = true;
    const started = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        lastFrameMs = performance.now() - started;
        timingFrame = false;
      }),
    );
  });
  const framesAreSlow = (): boolean => lastFrameMs === null || lastFrameMs > SLOW_FRAME_MS;
  setFade(big && focus !== null);
  // The entity under the pointer is found from the entities' places (picking.ts on big graphs, the drawn discs on
  // small ones); the nodes are drawn without sigma's picking pass. On small graphs the relations too (`pickEdgeAt`);
  // a big graph's neighbourhood keeps sigma's picking for its relations (big-graph.ts).
  const internals = renderer as unknown as {
    getNodeAtPosition?: (position: Coordinates) => string | null;
    getEdgeAtPoint?: (x: number, y: number) => string | null;
  };
  if (typeof internals.getNodeAtPosition === "function") internals.getNodeAtPosition = pickNode;
  if (!big && typeof internals.getEdgeAtPoint === "function") internals.getEdgeAtPoint = pickEdgeAt;
  // A full indexation (a resize, new filters) puts every node back at its place in the graph: the ego view's
  // neighbours on a big graph get their places in it back before the frame is drawn.
  // Positions written into the full graph (the layout button's ForceAtlas2) reach sigma through its own graph.
  const forwarded = (["nodeAttributesUpdated", "eachNodeAttributesUpdated"] as const).map((event) => {
    const listener = (payload: unknown): void => {
      if (focusGraph && renderer.getGraph() === focusGraph) focusGraph.emit(event, payload as never);
    };
    graph.on(event, listener);
    return () => graph.removeListener(event, listener);
  });
  renderer.on("afterProcess", () => {
    if (!big || egoPositions.size === 0) return;
    const nodes = [...egoPositions.keys()];
    renderer.refresh({ partialGraph: { nodes, edges: [...focusEdges] }, skipIndexation: true, schedule: true });
    // This runs inside sigma's render, before it draws: the frame being drawn shows these places already, and the
    // render the refresh scheduled would draw the same again (a whole frame, most of a second in software WebGL).
    cancelScheduledRender(renderer);
  });
  // The entity under the pointer. On a big graph, from a grid of places built at the first pointer move and again
  // after the layout moved nodes; visibility and sizes are read at each move, so filters need no new grid. On a
  // small graph, from every drawn disc (a few milliseconds a move at 5,000 entities).
  const order = graph.nodes();
  const drawnAt = new Map(order.map((node, i) => [node, i]));
  let grid: NodeGrid | null = null;
  const gridListeners = (["nodeAttributesUpdated", "eachNodeAttributesUpdated"] as const).map((event) => {
    const listener = (): void => {
      grid = null;
    };
    graph.on(event, listener);
    return () => graph.removeListener(event, listener);
  });
  function pickNode(position: Coordinates): string | null {
    const at = renderer.viewportToGraph(position);
    const pixelsPerUnit = Math.hypot(
      ...((): [number, number] => {
        const a = renderer.graphToViewport(at);
        const b = renderer.graphToViewport({ x: at.x + 1, y: at.y });
        return [b.x - a.x, b.y - a.y];
      })(),
    );
    // Sigma draws a node's disc with a radius of its size times this, in pixels; its outermost pixel is the
    // antialiased edge, which sigma's own picking left out too.
    const sizeScale = renderer.scaleSize();
    const discRadius = (size: number): number => Math.max(size * sizeScale - 1, 0.5);
    let best: string | null = null;
    let bestRank = -1;
    // A small graph: every drawn disc, the one drawn last winning (sigma draws by zIndex, then in graph order).
    // While a big graph's neighbourhood is shown over the faded rest, only its entities answer (drawn on top).
    if (!big || focusLayer.fade) {
      for (const node of big ? drawnFocus.nodes : order) {
        const data = renderer.getNodeDisplayData(node);
        if (!data || data.hidden) continue;
        const p = renderer.framedGraphToViewport(data);
        const r = discRadius(data.size);
        const rank = (big ? 0 : (data.zIndex ?? 0) * order.length) + (drawnAt.get(node) ?? -1);
        if ((p.x - position.x) ** 2 + (p.y - position.y) ** 2 <= r * r && rank > bestRank) {
          best = node;
          bestRank = rank;
        }
      }
      return best;
    }
    if (!grid) {
      const xs = new Float64Array(order.length);
      const ys = new Float64Array(order.length);
      order.forEach((node, i) => {
        const attrs = graph.getNodeAttributes(node);
        xs[i] = attrs.x;
        ys[i] = attrs.y;
      });
      grid = buildNodeGrid(xs, ys);
    }
    const sizeMap = state.sizeBy === "pagerank" ? sizes.pagerank : sizes.degree;
    const radius = (i: number): number | null => {
      const node = order[i];
      if (node !== state.node && !isNodeVisible(graph.getNodeAttributes(node), state)) return null;
      return discRadius(sizeMap.get(node) ?? 5);
    };
    const picked = grid.pick(at.x, at.y, pixelsPerUnit, discRadius(NODE_SIZE_MAX), radius);
    return picked === null ? null : order[picked];
  }

  // The relation under the pointer on a small graph: each drawn edge's distance to it, on screen.
  const edgeOrder = big ? [] : graph.edges();
  function* edgesOnScreen(): Generator<{ key: string; rank: number; edge: EdgeOnScreen }> {
    for (let i = 0; i < edgeOrder.length; i++) {
      const key = edgeOrder[i];
      const data = renderer.getEdgeDisplayData(key) as (EdgeDisplayData & { curvature?: number }) | undefined;
      if (!data || data.hidden) continue;
      const source = renderer.getNodeDisplayData(graph.source(key));
      const target = renderer.getNodeDisplayData(graph.target(key));
      if (!source || !target || source.hidden || target.hidden) continue;
      yield {
        key,
        rank: (data.zIndex ?? 0) * edgeOrder.length + i,
        edge: {
          source: renderer.framedGraphToViewport(source),
          target: renderer.framedGraphToViewport(target),
          thickness: renderer.scaleSize(data.size),
          curvature: data.curvature,
        },
      };
    }
  }
  function pickEdgeAt(x: number, y: number): string | null {
    return pickEdge(x, y, edgesOnScreen());
  }

  // The panel opening or closing changes the canvas' width; sigma only watches the window. Resizing a canvas clears
  // it, and the label grid is laid out for a size: a new size needs an indexation and a frame, unless one was drawn
  // at that size already (a selection draws after the panel opened, `showEgo`).
  const observer = new ResizeObserver(() => {
    const before = renderer.getDimensions();
    renderer.resize();
    const after = renderer.getDimensions();
    if (before.width !== after.width || before.height !== after.height) {
      renderer.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    }
  });
  observer.observe(container);
  let killed = false;
  let frame: number | undefined;
  // What sigma's indexation (label grid, draw order, program sizes) depends on besides positions: while it
  // stays the same, a redraw re-runs the reducers and rewrites the programs without re-indexing everything.
  // (On a big graph the constructor's indexation is the one for the current filters and sizes.)
  let indexedFor: string | null = big ? `${filterKey(state)}|${state.sizeBy}` : null;
  let allItems: { nodes: string[]; edges: string[] } | null = null;
  const update = (): void => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    if (killed) return;
    // Reducers run per item; the focus set is computed once before their pass.
    computeFocus();
    setFade(big && focus !== null);
    if (big && state.allRelations !== allRelations) {
      // "Show all relations" turned on or off: sigma swaps graphs and indexes the new one whole (seconds, with all
      // relations).
      allRelations = state.allRelations;
      addFocusEdges();
      indexedFor = `${filterKey(state)}|${state.sizeBy}`;
      drawnFocus = neighbourhood();
      renderer.setGraph(sigmaGraph());
      return;
    }
    // New relations in sigma's graph need their places in its programs: an indexation, instead of a repaint.
    const added = !allRelations && addFocusEdges();
    // Small graphs: edge types (arrows) and draw order follow the selection, so a new selection re-indexes. Big
    // graphs keep every item where it was indexed and refresh only the old and new neighbourhoods.
    const indexKey = big
      ? `${filterKey(state)}|${state.sizeBy}`
      : `${filterKey(state)}|${state.sizeBy}|${egoKey ?? ""}|${state.node ?? ""}`;
    const next = big ? neighbourhood() : null;
    if (indexKey !== indexedFor) {
      indexedFor = indexKey;
      renderer.refresh({ skipIndexation: true });
    } else if (next) {
      const nodes = [...new Set([...drawnFocus.nodes, ...next.nodes])];
      const edges = [...new Set([...drawnFocus.edges, ...next.edges])];
      renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: !added });
    } else {
      allItems ??= { nodes: graph.nodes(), edges: graph.edges() };
      renderer.refresh({ partialGraph: allItems, skipIndexation: true });
    }
    if (next) drawnFocus = next;
  };

  // Ego view. Moving nodes means editing their x/y in the graph (sigma reads positions from the graph, not from
  // the reducers): `home` keeps where every moved node belongs, and the bounding box is frozen meanwhile so that
  // moved nodes do not rescale the whole picture.
  const home = new Map<string, { x: number; y: number }>();
  let egoKey: string | null = null;
  let stopAnimation: (() => void) | null = null;
  let animating = false;
  const measure = document.createElement("canvas").getContext("2d");
  const labelWidth = (text: string): number => {
    if (!measure) return text.length * LABEL_SIZE * 0.6;
    measure.font = `${LABEL_WEIGHT} ${LABEL_SIZE}px ${LABEL_FONT}`;
    return measure.measureText(text).width;
  };
  const positionOf = (node: string): { x: number; y: number } =>
    home.get(node) ?? { x: graph.getNodeAttribute(node, "x"), y: graph.getNodeAttribute(node, "y") };
  const showEgo = (node: string | null): boolean => {
    const key = node && graph.hasNode(node) ? `${node}\u0000${filterKey(state)}` : null;
    if (key === egoKey) return false;
    egoKey = key;
    stopAnimation?.();
    // The panel may have just opened or closed: the layout below is for the canvas' size now.
    renderer.resize();
    computeFocus();
    const targets: Record<string, { x: number; y: number }> = {};
    for (const [moved, position] of home) targets[moved] = { ...position };
    egoCentre = null;
    egoSides = new Map();
    egoPositions = new Map();
    let camera: { x: number; y: number; ratio: number; angle: number } | null = null;
    if (node && key) {
      const group = new Map<string, number>();
      graph.forEachEdge(node, (edge, attrs, source, target) => {
        const other = source === node ? target : source;
        if (other === node || !edgeShown(edge) || !isNodeVisible(graph.getNodeAttributes(other), state)) return;
        const category = CATEGORIES.indexOf(attrs.category);
        group.set(other, Math.min(group.get(other) ?? Infinity, category));
      });
      if (group.size > 0) {
        if (!big && home.size === 0) renderer.setCustomBBox(renderer.getBBox());
        const centre = positionOf(node);
        const framed = renderer.viewportToFramedGraph(renderer.graphToViewport(centre));
        camera = { x: framed.x, y: framed.y, ratio: EGO_RATIO, angle: 0 };
        const { width, height } = renderer.getDimensions();
        const scale = 1 / Math.sqrt(EGO_RATIO); // sigma's default zoomToSizeRatioFunction
        const items: EgoItem[] = [...group].map(([other, g]) => {
          const label = graph.getNodeAttribute(other, "label");
          return { node: other, group: g, label, width: labelWidth(label) };
        });
        // A few neighbours get more room than one label height: their edges and predicates stay apart.
        const rowHeight = Math.max(EGO_ROW_HEIGHT, Math.min(72, (height - 80) / Math.ceil(items.length / 2)));
        const placements = egoLayout(items, {
          rowHeight,
          maxRows: Math.max(3, Math.floor((height - 80) / rowHeight)),
          nodeRadius: EGO_NODE_SIZE * scale,
          centreRadius: (renderer.getNodeDisplayData(node)?.size ?? 10) * scale,
          centreLabelWidth: labelWidth(graph.getNodeAttribute(node, "label")),
        });
        for (const [other, place] of placements) {
          const target = renderer.viewportToGraph(
            { x: width / 2 + place.dx, y: height / 2 + place.dy },
            { cameraState: camera },
          );
          if (big) egoPositions.set(other, target);
          else {
            if (!home.has(other)) home.set(other, positionOf(other));
            targets[other] = target;
          }
          egoSides.set(other, place.side);
        }
        // The centre stays where the global layout put it (it may have been someone else's neighbour).
        if (!big) {
          if (!home.has(node)) home.set(node, centre);
          targets[node] = centre;
        }
        egoCentre = node;
      }
    }
    const settle = (redraw: boolean): void => {
      animating = false;
      stopAnimation = null;
      for (const moved of [...home.keys()]) if (moved !== egoCentre && !egoSides.has(moved)) home.delete(moved);
      if (egoCentre === null) home.clear();
      if (home.size === 0) renderer.setCustomBBox(null);
      if (redraw) update();
    };
    // Big graphs would redraw everything on each animation frame: there the nodes jump instead, as they do on any
    // graph whose frames are slow (or not drawn yet: a selection from the URL at load).
    const jump = big || framesAreSlow();
    const duration = jump ? 0 : 450;
    if (Object.keys(targets).length === 0) settle(false);
    else if (duration === 0) {
      for (const [moved, position] of Object.entries(targets)) graph.mergeNodeAttributes(moved, position);
      settle(false);
    } else {
      animating = true;
      stopAnimation = animateNodes(graph, targets, { duration, easing: "quadraticInOut" }, () => settle(true));
    }
    // When the nodes jump the camera jumps too: each frame of an animated move costs a full software-WebGL frame (the
    // 300 ms move drew two or three of them before the ego view settled). The jump comes before `update()`, whose
    // frame then shows the ego view where it ends.
    if (camera) {
      if (jump) renderer.getCamera().setState(camera);
      else void renderer.getCamera().animate(camera, { duration: Math.max(duration, 300) });
    } else if (node && graph.hasNode(node)) centreOn(renderer, node, graph, jump ? 0 : 400);
    update();
    return true;
  };

  return {
    sigma: renderer,
    showEgo,
    hoverFocus,
    isAnimating: () => animating,
    labelBoxes: () => labels.boxes(),
    update,
    scheduleUpdate(): void {
      if (frame === undefined && !killed) frame = requestAnimationFrame(update);
    },
    kill(): void {
      if (killed) return;
      killed = true;
      stopAnimation?.();
      if (frame !== undefined) cancelAnimationFrame(frame);
      observer.disconnect();
      for (const remove of [...forwarded, ...gridListeners]) remove();
      renderer.kill();
    },
  };
}

/** Drops the render sigma scheduled (its `renderFrame` is private; if a sigma version renames it, nothing happens). */
function cancelScheduledRender(renderer: NewsSigma): void {
  const internals = renderer as unknown as { renderFrame?: number | null };
  if (typeof internals.renderFrame !== "number") return;
  cancelAnimationFrame(internals.renderFrame);
  internals.renderFrame = null;
}

/** A graph with the same entities (the same attribute objects) and no relations: what sigma draws on a big graph. */
function nodesOnly(graph: ViewerGraph): ViewerGraph {
  const copy = graph.nullCopy() as ViewerGraph;
  graph.forEachNode((node, attrs) => copy.addNode(node, attrs));
  return copy;
}

/** A sigma program that draws without its picking pass (no picking buffer, so no picking shaders either). */
function withoutPicking<P extends NodeProgramType | EdgeProgramType>(Program: P): P {
  const Base = Program as unknown as new (gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: unknown) => object;
  class WithoutPicking extends Base {
    constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: unknown) {
      super(gl, null, renderer);
    }
  }
  return WithoutPicking as unknown as P;
}

/** A small graph's edge program: no picking pass, and only the drawn edges handed to WebGL. */
function smallGraphEdges(Program: EdgeProgramType): EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes> {
  return typed(visibleEdgesOnly(withoutPicking(Program)));
}

/** Sigma's programs are typed for any attributes; ours are narrower, which is fine for drawing. */
function typed(program: EdgeProgramType): EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes> {
  return program as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
}

/**
 * Moves the camera so that a node and its visible neighbours fill the view (sigma's framed coordinates run
 * from 0 to 1 across the whole graph, and a camera ratio of 1 shows all of it).
 */
export function centreOn(
  renderer: NewsSigma,
  node: string,
  graph: ViewerGraph = renderer.getGraph(),
  /** 0 jumps there. */
  duration = 400,
): void {
  const display = renderer.getNodeDisplayData(node);
  if (!display) return;
  const points = [display];
  // The full graph: sigma's own may hold none of a big graph's relations.
  graph.forEachNeighbor(node, (neighbour) => {
    const data = renderer.getNodeDisplayData(neighbour);
    if (data && !data.hidden) points.push(data);
  });
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  // Room around the group for labels, which are drawn to the right of their nodes.
  const ratio = Math.min(Math.max(Math.max(width, height) * 1.4, 0.08), 1);
  const x = (Math.max(...xs) + Math.min(...xs)) / 2;
  const y = (Math.max(...ys) + Math.min(...ys)) / 2;
  if (duration === 0) renderer.getCamera().setState({ x, y, ratio });
  else void renderer.getCamera().animate({ x, y, ratio }, { duration });
}
