// Finding the relation under the pointer from the edges' places on screen (viewer/src/edge-picking.ts).
import { describe, expect, it } from "vitest";
import { distanceToEdge, EDGE_PICK_SLACK, pickEdge } from "../../viewer/src/edge-picking.js";

describe("distanceToEdge", () => {
  const straight = { source: { x: 0, y: 0 }, target: { x: 100, y: 0 }, thickness: 2 };

  it("measures to the segment, its ends included", () => {
    expect(distanceToEdge(50, 4, straight)).toBeCloseTo(4);
    expect(distanceToEdge(-3, 4, straight)).toBeCloseTo(5);
    expect(distanceToEdge(106, 0, straight)).toBeCloseTo(6);
  });

  it("measures to the curve of a curved edge, which bends to the right of its direction on screen", () => {
    // From (0,0) to (100,0), curvature 0.25: control point (50, -25), the curve's middle at (50, -12.5).
    const curved = { ...straight, curvature: 0.25 };
    expect(distanceToEdge(50, -12.5, curved)).toBeLessThan(0.5);
    expect(distanceToEdge(50, 0, curved)).toBeGreaterThan(10);
    // The same ends the other way round bend the other way.
    const back = { ...curved, source: straight.target, target: straight.source };
    expect(distanceToEdge(50, 12.5, back)).toBeLessThan(0.5);
  });
});

describe("pickEdge", () => {
  const line = (y: number) => ({ source: { x: 0, y }, target: { x: 100, y }, thickness: 2 });

  it("answers the edge drawn last among those the point is on, within the slack", () => {
    const edges = [
      { key: "a", rank: 0, edge: line(0) },
      { key: "b", rank: 5, edge: line(2) },
      { key: "c", rank: 1, edge: line(30) },
    ];
    expect(pickEdge(50, 1, edges)).toBe("b");
    expect(pickEdge(50, -3, edges)).toBe("a");
    expect(pickEdge(50, 30 + 1 + EDGE_PICK_SLACK - 0.1, edges)).toBe("c");
    expect(pickEdge(50, 30 + 1 + EDGE_PICK_SLACK + 0.5, edges)).toBeNull();
    expect(pickEdge(50, 1, [])).toBeNull();
  });
});
