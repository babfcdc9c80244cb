// Sigma set-up: programs (straight and curved arrows), and the reducers that turn the view state (filters,
// hover, selection, sizing) into display data. The graph itself is never edited for display.
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeDoubleArrowProgram, type EdgeProgramType } from "sigma/rendering";
import { EdgeCurvedArrowProgram, EdgeCurvedDoubleArrowProgram } from "@sigma/edge-curve";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/types.js";
import type { ViewerGraph } from "./data.js";
import { edgeLabel, nodeSizes, parallelCurvatures } from "./display.js";
import { EDGE_COLORS, FADED_NODE, TYPE_COLORS } from "./palette.js";
import { filterKey, type ViewState } from "./state.js";
import { isEdgeShown, isNodeVisible } from "./visibility.js";

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
  kill(): void;
}

export function createRenderer(
  container: HTMLElement,
  graph: ViewerGraph,
  state: ViewState,
  pointer: Pointer,
): Renderer {
  const curvatures = parallelCurvatures(graph);
  const sizes = nodeSizes(graph);
  const labelOf = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);

  // Edges the filters hide, recomputed only when the filters change: hovering re-runs the reducers on every edge.
  let filteredOut = new Set<string>();
  let filtersSeen: string | null = null;
  const edgeShown = (edge: string): boolean => !filteredOut.has(edge);

  // The entity in focus (hovered, else selected) and its visible neighbours; recomputed once per reducer pass.
  let focus: string | null = null;
  let neighbours = new Set<string>();
  const computeFocus = (): void => {
    const filters = filterKey(state);
    if (filters !== filtersSeen) {
      filtersSeen = filters;
      filteredOut = new Set(graph.filterEdges((edge) => !isEdgeShown(graph, edge, state)));
    }
    const next = pointer.hoveredNode ?? state.node;
    focus = next && graph.hasNode(next) ? next : null;
    neighbours = new Set();
    if (!focus) return;
    graph.forEachEdge(focus, (edge, attrs, source, target) => {
      if (edgeShown(edge)) neighbours.add(source === focus ? target : source);
    });
  };

  const nodeReducer = (node: string, attrs: NodeAttributes): Partial<NodeDisplayData> => {
    const sizeMap = state.sizeBy === "pagerank" ? sizes.pagerank : sizes.degree;
    const display: Partial<NodeDisplayData> = {
      x: attrs.x,
      y: attrs.y,
      label: attrs.label,
      size: sizeMap.get(node) ?? 5,
      color: TYPE_COLORS[attrs.entityType],
      zIndex: 1,
    };
    if (!isNodeVisible(attrs, state)) return { ...display, hidden: true };
    if (focus) {
      if (node === focus || node === state.node) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 3;
      } else if (neighbours.has(node)) {
        display.forceLabel = true;
        display.zIndex = 2;
      } else {
        display.color = FADED_NODE;
        display.label = "";
        display.zIndex = 0;
      }
    }
    return display;
  };

  const edgeReducer = (edge: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> => {
    if (filteredOut.has(edge)) return { hidden: true };
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (focus && edge !== state.edge && source !== focus && target !== focus) return { hidden: true };
    const curvature = curvatures.get(edge);
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      // Symmetric predicates ("meets", "confronts") read both ways: arrowheads at both ends.
      type: curvature ? (attrs.symmetric ? "curvedDouble" : "curved") : attrs.symmetric ? "double" : "arrow",
      curvature,
      size: Math.min(1 + Math.log2(attrs.weight || 1), 4),
      color: attrs.negated ? EDGE_COLORS.negated : attrs.hedged ? EDGE_COLORS.hedged : EDGE_COLORS.plain,
      label: null,
      zIndex: 1,
    };
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
    if (state.node && (source === state.node || target === state.node)) {
      display.label = edgeLabel(attrs, labelOf);
      display.forceLabel = true;
    }
    return display;
  };

  computeFocus();
  const renderer: NewsSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    renderEdgeLabels: true,
    zIndex: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: {
      arrow: typed(EdgeArrowProgram),
      double: typed(EdgeDoubleArrowProgram),
      curved: typed(EdgeCurvedArrowProgram),
      curvedDouble: typed(EdgeCurvedDoubleArrowProgram),
    },
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "600",
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
    hideEdgesOnMove: graph.size > 20_000,
    nodeReducer,
    edgeReducer,
  });
  // The panel opening or closing changes the canvas' width; sigma only watches the window.
  const observer = new ResizeObserver(() => renderer.resize());
  observer.observe(container);
  let killed = false;
  let frame: number | undefined;
  const update = (): void => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    if (killed) return;
    // Reducers run per item; the focus set is computed once before their pass.
    computeFocus();
    renderer.refresh({ skipIndexation: true });
  };
  return {
    sigma: renderer,
    update,
    scheduleUpdate(): void {
      if (frame === undefined && !killed) frame = requestAnimationFrame(update);
    },
    kill(): void {
      if (killed) return;
      killed = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
      observer.disconnect();
      renderer.kill();
    },
  };
}

/** Sigma's programs are typed for any attributes; ours are narrower, which is fine for drawing. */
function typed(program: EdgeProgramType): EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes> {
  return program as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
}

/**
 * Moves the camera so that a node and its visible neighbours fill the view (sigma's framed coordinates run
 * from 0 to 1 across the whole graph, and a camera ratio of 1 shows all of it).
 */
export function centreOn(renderer: NewsSigma, node: string): void {
  const display = renderer.getNodeDisplayData(node);
  if (!display) return;
  const points = [display];
  renderer.getGraph().forEachNeighbor(node, (neighbour) => {
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
  void renderer.getCamera().animate({ x, y, ratio }, { duration: 400 });
}
