// subgraph() on the hand-made fixture: cuts by article, by type and by weight.
import { describe, expect, it } from "vitest";
import { subgraph } from "../../src/query/index.js";
import { fixtureGraph } from "./fixture.js";

const graph = fixtureGraph();

describe("subgraph", () => {
  it("keeps one article's entities and relations, with that article's evidence only", () => {
    const cut = subgraph(graph, { docs: ["b"] });
    expect(cut.nodes().sort()).toEqual(["jose-alvarez", "nato", "russia", "ukraine", "vladimir-putin", "volodymyr-zelenskyy"]);
    expect(cut.edges().sort()).toEqual([
      "nato -[aids]-> ukraine",
      "russia -[attacks]-> ukraine",
      "vladimir-putin -[meets]-> volodymyr-zelenskyy",
      "volodymyr-zelenskyy -[president of]-> ukraine",
    ]);
    const aid = cut.getEdgeAttributes("nato -[aids]-> ukraine");
    expect(aid.evidence.map((e) => e.text)).toEqual(["NATO sent more aid to Kyiv."]);
    expect([aid.weight, aid.sources]).toEqual([1, 1]);
    expect(aid.firstSeen).toBe("2024-05-02");
    expect(cut.getNodeAttribute("russia", "docs")).toEqual(["b"]);
    expect(cut.getAttribute("documents").map((d) => d.id)).toEqual(["b"]);
    // The source graph is untouched.
    expect(graph.getEdgeAttribute("nato -[aids]-> ukraine", "weight")).toBe(2);
  });

  it("keeps entities of some types and the relations between them", () => {
    const cut = subgraph(graph, { types: ["GPE", "ORG"] });
    expect(cut.nodes().sort()).toEqual(["kremlin", "nato", "russia", "ukraine"]);
    expect(cut.size).toBe(5);
    expect(cut.getNodeAttribute("kremlin", "degree")).toBe(1);
  });

  it("keeps relations with enough evidence and the entities they join", () => {
    const cut = subgraph(graph, { minWeight: 2 });
    expect(cut.edges().sort()).toEqual(["dmitry-peskov -[speaks for]-> kremlin", "nato -[aids]-> ukraine"]);
    expect(cut.nodes().sort()).toEqual(["dmitry-peskov", "kremlin", "nato", "ukraine"]);
  });

  it("can drop denied relations", () => {
    expect(subgraph(graph, { includeNegated: false }).hasEdge("russia -[not attacks]-> nato")).toBe(false);
    expect(subgraph(graph, {}).hasEdge("russia -[not attacks]-> nato")).toBe(true);
  });
});
