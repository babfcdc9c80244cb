// Display values: curvature for parallel relations, node sizes, edge labels.
import { describe, expect, it } from "vitest";
import { viewGraphOf } from "./view.js";
import { edgeLabel, nodeSizes, parallelCurvatures } from "../../viewer/src/display.js";
import { viewerFixtureJson } from "./fixture.js";

const graph = viewGraphOf(viewerFixtureJson());
const labelOf = (id: string) => graph.getNodeAttribute(id, "label");

describe("parallelCurvatures", () => {
  it("bends only edges that share both ends, to opposite sides", () => {
    const curvatures = parallelCurvatures(graph);
    expect([...curvatures.keys()].sort()).toEqual(["e-nfa-scotland-aid", "e-nfa-scotland-involved"]);
    expect(curvatures.get("e-nfa-scotland-aid")).toBeCloseTo(-0.175);
    expect(curvatures.get("e-nfa-scotland-involved")).toBeCloseTo(0.175);
  });

  it("keeps opposite-direction edges on separate sides", () => {
    const copy = graph.copy();
    copy.addEdgeWithKey("back", "scotland", "nfa", { ...graph.getEdgeAttributes("e-nfa-scotland-aid"), predicate: "thanks" });
    const curvatures = parallelCurvatures(copy);
    // Sorted keys back, e-nfa-scotland-aid, e-nfa-scotland-involved get offsets -1, 0, +1; "back" runs
    // scotland → nfa, against the pair's order, so its sign flips to stay on its own side.
    expect(curvatures.get("back")).toBeCloseTo(0.35);
    expect(curvatures.has("e-nfa-scotland-aid")).toBe(false);
    expect(curvatures.get("e-nfa-scotland-involved")).toBeCloseTo(0.35);
  });

  it("narrowed to one entity's edges, gives those edges the curvatures the whole graph gives them", () => {
    const whole = parallelCurvatures(graph);
    const around = parallelCurvatures(graph, graph.edges("scotland"));
    expect([...around]).toEqual([...whole].filter(([edge]) => graph.hasExtremity(edge, "scotland")));
    expect(around.size).toBe(2);
  });
});

describe("nodeSizes", () => {
  it("grows with the square root of the degree, the biggest hub at 18", () => {
    const { degree } = nodeSizes(graph);
    // NFA has 6 relations, the most; Cormorant 9 has 1.
    expect(degree.get("nfa")).toBeCloseTo(18);
    expect(degree.get("cormorant-9")).toBeCloseTo(4 + 14 * Math.sqrt(1 / 6));
  });
});

describe("edgeLabel", () => {
  it("names polarity and speaker", () => {
    expect(edgeLabel(graph.getEdgeAttributes("e-okafor-nfa-denied"), labelOf)).toBe("attacks (denied)");
    expect(edgeLabel(graph.getEdgeAttributes("e-nfa-baltic"), labelOf)).toBe("destabilizes (hedged) — per Ana Duarte");
    expect(edgeLabel(graph.getEdgeAttributes("e-okafor-cormorant"), labelOf)).toBe("warns about");
  });
});
