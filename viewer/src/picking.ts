// Which entity is under the pointer on a big graph, found in JavaScript from the entities' places rather than by
// sigma's picking pass. Sigma draws every node a second time, in colours that encode it, into a buffer it reads
// back at each pointer move; with software WebGL that second drawing of 50,000 points was 40 % of every frame
// (the first one included), and each read waited for the GPU process. Here the entities' places go into a grid of
// cells once, and a pointer move looks at the few cells around it.

/** Nodes' places (graph coordinates, by drawing order) bucketed into square cells. */
export interface NodeGrid {
  /**
   * The node drawn last (so on top) whose disc holds the point (`x`, `y`, graph coordinates), or null. `scale` is
   * the pixels per graph unit on screen; `radius(index)` a node's radius in pixels, or null when it is not drawn
   * or does not answer the pointer; `maxRadius` bounds them all.
   */
  pick(x: number, y: number, scale: number, maxRadius: number, radius: (index: number) => number | null): number | null;
}

/** A grid over the places `xs[i]`, `ys[i]` (a node with a non-finite place is left out). */
export function buildNodeGrid(xs: ArrayLike<number>, ys: ArrayLike<number>): NodeGrid {
  const count = xs.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    minX = Math.min(minX, xs[i]);
    maxX = Math.max(maxX, xs[i]);
    minY = Math.min(minY, ys[i]);
    maxY = Math.max(maxY, ys[i]);
  }
  // About one node per cell on average: sqrt(count) cells a side.
  const side = Math.max(1, Math.ceil(Math.sqrt(count)));
  const cellSize = Math.max(maxX - minX, maxY - minY, 1e-9) / side;
  const cellOf = (x: number, y: number): number => {
    const column = Math.min(side - 1, Math.floor((x - minX) / cellSize));
    const row = Math.min(side - 1, Math.floor((y - minY) / cellSize));
    return row * side + column;
  };
  // Nodes sorted by cell (counting sort), in drawing order within a cell: `items[starts[c]..starts[c + 1]]`.
  const starts = new Int32Array(side * side + 1);
  const cells = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    cells[i] = cellOf(xs[i], ys[i]);
    starts[cells[i] + 1]++;
  }
  for (let c = 0; c < side * side; c++) starts[c + 1] += starts[c];
  const items = new Int32Array(starts[side * side]);
  const filled = starts.slice(0, side * side);
  for (let i = 0; i < count; i++) if (cells[i] >= 0) items[filled[cells[i]]++] = i;

  return {
    pick(x, y, scale, maxRadius, radius) {
      if (items.length === 0 || !(scale > 0)) return null;
      const reach = maxRadius / scale;
      const clampCell = (value: number): number => Math.max(0, Math.min(side - 1, Math.floor(value / cellSize)));
      const [fromColumn, toColumn] = [clampCell(x - reach - minX), clampCell(x + reach - minX)];
      const [fromRow, toRow] = [clampCell(y - reach - minY), clampCell(y + reach - minY)];
      let best = -1;
      for (let row = fromRow; row <= toRow; row++) {
        for (let column = fromColumn; column <= toColumn; column++) {
          const cell = row * side + column;
          for (let k = starts[cell]; k < starts[cell + 1]; k++) {
            const i = items[k];
            if (i <= best) continue;
            const r = radius(i);
            if (r === null) continue;
            const dx = (xs[i] - x) * scale;
            const dy = (ys[i] - y) * scale;
            if (dx * dx + dy * dy <= r * r) best = i;
          }
        }
      }
      return best >= 0 ? best : null;
    },
  };
}
