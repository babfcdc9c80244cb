// Display values: curvature for parallel relations, node sizes, edge labels.
import { describe, expect, it } from "vitest";
import { viewGraphOf } from "./view.js";
import { edgeLabel, nodeSizes, parallelCurvatures } from "../../viewer/src/display.js";
import { seedFixtureJson } from "./fixture.js";

const graph = viewGraphOf(seedFixtureJson());
const labelOf = (id: string) => graph.getNodeAttribute(id, "label");

describe("parallelCurvatures", () => {
  it("bends only edges that share both ends, to opposite sides", () => {
    const curvatures = parallelCurvatures(graph);
    expect([...curvatures.keys()].sort()).toEqual(["e-nato-ukraine-aid", "e-nato-ukraine-involved"]);
    expect(curvatures.get("e-nato-ukraine-aid")).toBeCloseTo(-0.175);
    expect(curvatures.get("e-nato-ukraine-involved")).toBeCloseTo(0.175);
  });

  it("keeps opposite-direction edges on separate sides", () => {
    const copy = graph.copy();
    copy.addEdgeWithKey("back", "ukraine", "nato", { ...graph.getEdgeAttributes("e-nato-ukraine-aid"), predicate: "thanks" });
    const curvatures = parallelCurvatures(copy);
    // Sorted keys back, e-nato-ukraine-aid, e-nato-ukraine-involved get offsets -1, 0, +1; "back" runs
    // ukraine → nato, against the pair's order, so its sign flips to stay on its own side.
    expect(curvatures.get("back")).toBeCloseTo(0.35);
    expect(curvatures.has("e-nato-ukraine-aid")).toBe(false);
    expect(curvatures.get("e-nato-ukraine-involved")).toBeCloseTo(0.35);
  });
});

describe("nodeSizes", () => {
  it("grows with the square root of the degree, the biggest hub at 18", () => {
    const { degree } = nodeSizes(graph);
    // NATO has 6 relations, the most; F-16 has 1.
    expect(degree.get("nato")).toBeCloseTo(18);
    expect(degree.get("f-16")).toBeCloseTo(4 + 14 * Math.sqrt(1 / 6));
  });
});

describe("edgeLabel", () => {
  it("names polarity and speaker", () => {
    expect(edgeLabel(graph.getEdgeAttributes("e-putin-nato-denied"), labelOf)).toBe("attacks (denied)");
    expect(edgeLabel(graph.getEdgeAttributes("e-nato-europe"), labelOf)).toBe("destabilizes (hedged) — per Dmitry Peskov");
    expect(edgeLabel(graph.getEdgeAttributes("e-putin-f16"), labelOf)).toBe("warns about");
  });
});
