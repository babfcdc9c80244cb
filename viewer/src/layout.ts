// Positions: nodes that arrive without x/y get one (sigma throws on missing coordinates), and the reader can
// run ForceAtlas2 in its web worker from a Start/Stop button; it stops by itself after a time budget.
import FA2LayoutModule from "graphology-layout-forceatlas2/worker.js";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import { cjsDefault } from "../../src/model/cjs.js";
import type { ViewerGraph } from "./data.js";

const FA2Layout = cjsDefault(FA2LayoutModule);
const forceAtlas2 = cjsDefault(forceAtlas2Module);

/**
 * Gives positions to `missing` nodes: on a circle around the positioned ones (or a plain circle when none has
 * a position). When no node had one and the graph is small, 100 synchronous ForceAtlas2 passes untangle it.
 */
export function placeUnpositioned(graph: ViewerGraph, missing: string[]): void {
  if (missing.length === 0) return;
  const missingSet = new Set(missing);
  let cx = 0;
  let cy = 0;
  let radius = 0;
  const placed: Array<[number, number]> = [];
  graph.forEachNode((node, attrs) => {
    if (!missingSet.has(node)) placed.push([attrs.x, attrs.y]);
  });
  if (placed.length) {
    cx = placed.reduce((sum, p) => sum + p[0], 0) / placed.length;
    cy = placed.reduce((sum, p) => sum + p[1], 0) / placed.length;
    radius = placed.reduce((max, [x, y]) => Math.max(max, Math.hypot(x - cx, y - cy)), 0);
  }
  radius = Math.max(radius * 1.1, 10);
  missing.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / missing.length;
    graph.mergeNodeAttributes(node, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
  if (missing.length === graph.order && graph.order <= 2000 && graph.size > 0) {
    forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
  }
}

export interface LayoutControl {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  kill(): void;
}

/** Wraps the FA2 worker: `onChange` is told when it starts or stops (by the button, or the budget running out). */
export function createLayoutControl(
  graph: ViewerGraph,
  budgetMs: number,
  onChange: (running: boolean) => void,
): LayoutControl {
  let worker: InstanceType<typeof FA2Layout> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (worker?.isRunning()) {
      worker.stop();
      onChange(false);
    }
  };
  return {
    isRunning: () => worker?.isRunning() ?? false,
    start(): void {
      worker ??= new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
      if (worker.isRunning()) return;
      worker.start();
      onChange(true);
      timer = setTimeout(stop, budgetMs);
    },
    stop,
    kill(): void {
      stop();
      worker?.kill();
      worker = null;
    },
  };
}
