// Node labels without collisions, by importance. Sigma picks label candidates per grid cell; here they are drawn
// biggest node first (forced labels, the focus and its neighbours, before all), and a label that would overlap
// one already drawn in this frame is skipped. Forced labels are always drawn. The boxes drawn in the last frame
// are kept (measured with the canvas' own measureText) for the tests to check.
import type Sigma from "sigma";
import { drawDiscNodeHover, type NodeHoverDrawingFunction, type NodeLabelDrawingFunction } from "sigma/rendering";
import { LABEL_GAP } from "./ego.js";

export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Extra display data the reducers may set: which side of the disc the label goes ("above" for an ego centre). */
export type LabelSide = "left" | "right" | "above";

const MARGIN = 2;

function overlaps(a: LabelBox, b: LabelBox, margin: number): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

export interface LabelLayer {
  draw: NodeLabelDrawingFunction;
  /** Sigma's hover halo; without its label box where the label is drawn above (the ego view's centre). */
  drawHover: NodeHoverDrawingFunction;
  /** Follows the frames of the sigma that draws with `draw`, and orders its labels by importance. */
  attach(sigma: Sigma): void;
  /** The label boxes of the last frame drawn. */
  boxes(): LabelBox[];
  /**
   * Whether only forced labels (the focus and its neighbours) are drawn: a big graph fades the rest of the view
   * without running the reducers over it (big-graph.ts), so their labels are left out here.
   */
  setFocusOnly(focusOnly: boolean): void;
}

interface SigmaInternals {
  labelGrid?: { getLabelsToDisplay?: (ratio: number, density: number) => string[] };
  nodesWithForcedLabels?: Set<string>;
  nodeDataCache?: Record<string, { size: number; zIndex: number }>;
  renderLabels?: () => void;
}

/** The sigma whose labels are being ordered (one per page). */
let current: SigmaInternals = {};

/**
 * The drawing functions exist before the sigma that uses them, so that they go in its constructor's settings:
 * setting them afterwards makes sigma index and draw the whole graph a second time (2.4 s at 50,000 entities).
 */
export function createLabelLayer(): LabelLayer {
  let frame: LabelBox[] = [];
  let last: LabelBox[] = [];
  let focusOnly = false;
  const attach = (sigma: Sigma): void => {
    sigma.on("beforeRender", () => {
      frame = [];
    });
    sigma.on("afterRender", () => {
      last = frame;
    });
    orderLabelsByImportance(sigma);
    // The constructor drew the first frame before this layer followed it: its labels are drawn again, in order.
    // Only the label canvas: a whole frame costs a big graph's software WebGL most of a second.
    const redrawLabels = (sigma as unknown as SigmaInternals).renderLabels;
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (!redrawLabels || !context) {
      sigma.scheduleRender();
      return;
    }
    frame = [];
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
    redrawLabels.call(sigma);
    last = frame;
  };
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label || (focusOnly && !data.forceLabel)) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const metrics = context.measureText(data.label);
    const width = metrics.width;
    const side = ((data as unknown as { labelSide?: LabelSide }).labelSide ?? "right") as LabelSide;
    let x = data.x + data.size + LABEL_GAP;
    let baseline = data.y + size / 3;
    if (side === "left") x = data.x - data.size - LABEL_GAP - width;
    if (side === "above") {
      x = data.x - width / 2;
      baseline = data.y - data.size - 6;
    }
    const ascent = metrics.actualBoundingBoxAscent || size * 0.75;
    const descent = metrics.actualBoundingBoxDescent || size * 0.25;
    const box: LabelBox = { node: data.key, x, y: baseline - ascent, width, height: ascent + descent };
    if (!data.forceLabel && frame.some((other) => overlaps(box, other, MARGIN))) return;
    frame.push(box);
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.fillText(data.label, x, baseline);
  };
  const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
    // A big graph's neighbours are highlighted only to be drawn above the faded rest (renderer.ts).
    if ((data as unknown as { quietHover?: boolean }).quietHover) return;
    const side = (data as unknown as { labelSide?: LabelSide }).labelSide;
    drawDiscNodeHover(context, side === "above" ? { ...data, label: null } : data, settings);
  };
  return {
    draw,
    drawHover,
    attach,
    boxes: () => last,
    setFocusOnly: (value) => {
      focusOnly = value;
    },
  };
}

/**
 * Sigma draws the label candidates cell by cell; drawing them by node size instead (forced labels first) lets
 * the collision check above keep the important ones. Sigma has no setting for the order, so its label grid's
 * method is wrapped; if a sigma version lacks it, labels keep sigma's own order.
 */
function orderLabelsByImportance(sigma: Sigma): void {
  current = sigma as unknown as SigmaInternals;
  const grid = current.labelGrid;
  const proto = grid ? (Object.getPrototypeOf(grid) as typeof grid) : undefined;
  const original = proto?.getLabelsToDisplay;
  if (!proto || !original || (original as { ordered?: boolean }).ordered) return;
  const ordered = function (this: unknown, ratio: number, density: number): string[] {
    const labels = original.call(this, ratio, density);
    const cache = current.nodeDataCache ?? {};
    const forced = [...(current.nodesWithForcedLabels ?? [])];
    const weight = (node: string): number => cache[node]?.size ?? 0;
    forced.sort((a, b) => (cache[b]?.zIndex ?? 0) - (cache[a]?.zIndex ?? 0) || weight(b) - weight(a));
    labels.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1));
    return [...forced, ...labels];
  };
  (ordered as { ordered?: boolean }).ordered = true;
  proto.getLabelsToDisplay = ordered;
}
