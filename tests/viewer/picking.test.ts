// The grid that finds the entity under the pointer on a big graph (viewer/src/picking.ts).
import { describe, expect, it } from "vitest";
import { buildNodeGrid } from "../../viewer/src/picking.js";

describe("buildNodeGrid", () => {
  // Three overlapping discs around the origin and one far away; one unit is one pixel.
  const xs = [0, 3, 6, 100];
  const ys = [0, 0, 0, 100];
  const grid = buildNodeGrid(xs, ys);
  const radius = (r: number[]) => (i: number) => r[i] ?? null;

  it("answers the disc drawn last among those holding the point", () => {
    expect(grid.pick(2, 0, 1, 5, radius([5, 5, 5, 5]))).toBe(2);
    expect(grid.pick(-4, 0, 1, 5, radius([5, 5, 5, 5]))).toBe(0);
    expect(grid.pick(100, 103, 1, 5, radius([5, 5, 5, 5]))).toBe(3);
  });

  it("measures the radius in pixels, at the scale given", () => {
    // 10 units away: outside a 5-pixel disc at 1 pixel a unit, inside it at 0.4.
    expect(grid.pick(90, 100, 1, 5, radius([5, 5, 5, 5]))).toBeNull();
    expect(grid.pick(90, 100, 0.4, 5, radius([5, 5, 5, 5]))).toBe(3);
  });

  it("skips the nodes that do not answer, and places outside every disc", () => {
    const noTop = (i: number) => (i === 2 ? null : 5);
    expect(grid.pick(2, 0, 1, 5, noTop)).toBe(1);
    expect(grid.pick(50, 50, 1, 5, radius([5, 5, 5, 5]))).toBeNull();
    expect(grid.pick(-1000, 1000, 1, 5, radius([5, 5, 5, 5]))).toBeNull();
  });

  it("leaves out nodes without a place, and answers nothing on an empty graph", () => {
    const partial = buildNodeGrid([0, NaN], [0, 0]);
    expect(partial.pick(0, 0, 1, 5, () => 5)).toBe(0);
    expect(buildNodeGrid([], []).pick(0, 0, 1, 5, () => 5)).toBeNull();
    expect(buildNodeGrid([NaN], [NaN]).pick(0, 0, 1, 5, () => 5)).toBeNull();
  });
});
