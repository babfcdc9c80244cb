// Which relation is under the pointer, found in JavaScript from the edges' ends on screen rather than by sigma's
// picking pass. Sigma draws every edge a second time, in colours that encode it, into a buffer it reads back at
// each pointer move; with software WebGL that second drawing cost as much as the first (0.3 s a frame at 15,000
// arrows), and each read waited for the GPU process. A pointer move instead measures its distance to each drawn
// edge: a segment, or the quadratic curve @sigma/edge-curve draws for parallel edges.

/** A drawn edge, in screen pixels (sigma's viewport: y downwards). */
export interface EdgeOnScreen {
  source: { x: number; y: number };
  target: { x: number; y: number };
  /** Drawn thickness in pixels. */
  thickness: number;
  /** @sigma/edge-curve's curvature; 0 or absent for a straight edge. */
  curvature?: number;
}

/** Pixels of slack around an edge's stroke: a thin line is hard to hit exactly. */
export const EDGE_PICK_SLACK = 3;

/** Distance from (px, py) to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Segments a curve is cut into to measure the distance to it (a few pixels off at most on screen). */
const CURVE_STEPS = 16;

/**
 * Distance from a point to an edge as drawn. A curved edge is the quadratic Bézier curve whose control point lies
 * off the middle of the chord by `curvature` times its length, to its right on screen (as @sigma/edge-curve's
 * labels and shader place it).
 */
export function distanceToEdge(x: number, y: number, edge: EdgeOnScreen): number {
  const { source: s, target: t } = edge;
  const curvature = edge.curvature ?? 0;
  if (!curvature) return segmentDistance(x, y, s.x, s.y, t.x, t.y);
  const controlX = (s.x + t.x) / 2 + (t.y - s.y) * curvature;
  const controlY = (s.y + t.y) / 2 - (t.x - s.x) * curvature;
  let best = Infinity;
  let previousX = s.x;
  let previousY = s.y;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const k = i / CURVE_STEPS;
    const a = (1 - k) * (1 - k);
    const b = 2 * (1 - k) * k;
    const c = k * k;
    const nextX = a * s.x + b * controlX + c * t.x;
    const nextY = a * s.y + b * controlY + c * t.y;
    best = Math.min(best, segmentDistance(x, y, previousX, previousY, nextX, nextY));
    previousX = nextX;
    previousY = nextY;
  }
  return best;
}

/**
 * The edge under the point (x, y): of those whose stroke (plus `EDGE_PICK_SLACK`) holds it, the one drawn last
 * (the highest `rank`, as sigma draws edges in rank order), else null. `edges` yields each drawn edge once.
 */
export function pickEdge<K>(
  x: number,
  y: number,
  edges: Iterable<{ key: K; rank: number; edge: EdgeOnScreen }>,
): K | null {
  let best: K | null = null;
  let bestRank = -Infinity;
  for (const { key, rank, edge } of edges) {
    if (rank < bestRank) continue;
    const reach = Math.max(edge.thickness, 1) / 2 + EDGE_PICK_SLACK;
    // Cheap rejection: outside the box around both ends and the curve's control point.
    const bulge = Math.abs(edge.curvature ?? 0) * Math.hypot(edge.target.x - edge.source.x, edge.target.y - edge.source.y);
    const margin = reach + bulge;
    if (x < Math.min(edge.source.x, edge.target.x) - margin || x > Math.max(edge.source.x, edge.target.x) + margin) continue;
    if (y < Math.min(edge.source.y, edge.target.y) - margin || y > Math.max(edge.source.y, edge.target.y) + margin) continue;
    if (distanceToEdge(x, y, edge) <= reach) {
      best = key;
      bestRank = rank;
    }
  }
  return best;
}
