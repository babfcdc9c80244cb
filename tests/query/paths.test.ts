// paths() on the hand-made fixture: Peskov → Kremlin → Russia → Ukraine is the only short chain.
import { describe, expect, it } from "vitest";
import { paths } from "../../src/query/index.js";
import { fixtureGraph } from "./fixture.js";

const graph = fixtureGraph();
const route = (found: ReturnType<typeof paths>) => found.map((p) => p.nodes.map((n) => n.key));

describe("paths", () => {
  it("finds the shortest chain, reading relations either way, with the best sentence per hop", () => {
    const found = paths(graph, "Peskov", "Ukraine");
    expect(route(found)).toEqual([["dmitry-peskov", "kremlin", "russia", "ukraine"]]);
    const [first, second, third] = found[0].hops;
    expect(first.best.predicate).toBe("speaks for");
    expect(first.evidence?.text).toBe("Kremlin spokesman Dmitry Peskov said talks had stalled.");
    expect(second).toMatchObject({ from: "kremlin", to: "russia" });
    expect(second.evidence?.text).toBe("The Kremlin in Moscow issued a statement.");
    // Two relations join Russia and Ukraine; both are listed, the strongest chosen by weight then confidence.
    expect(third.edges.map((e) => e.predicate).sort()).toEqual(["attacks", "threatens"]);
    expect(third.best.predicate).toBe("threatens");
    expect(third.evidence?.text).toBe("Moscow threatened Kyiv with new strikes.");
  });

  it("goes against the direction of relations (Ukraine → Peskov gives the same chain reversed)", () => {
    expect(route(paths(graph, "Ukraine", "Peskov"))).toEqual([["ukraine", "russia", "kremlin", "dmitry-peskov"]]);
  });

  it("returns every shortest path, in a stable order", () => {
    // Putin reaches Ukraine in two hops through Russia and through Zelenskyy (the hedged meeting).
    expect(route(paths(graph, "Putin", "Ukraine"))).toEqual([
      ["vladimir-putin", "russia", "ukraine"],
      ["vladimir-putin", "volodymyr-zelenskyy", "ukraine"],
    ]);
    expect(route(paths(graph, "Putin", "Ukraine", { limit: 1 }))).toHaveLength(1);
    expect(route(paths(graph, "Putin", "Ukraine", { includeHedged: false }))).toEqual([["vladimir-putin", "russia", "ukraine"]]);
  });

  it("prefers the article's own statement to one it attributes to a speaker, whatever the weights", () => {
    const g = fixtureGraph();
    g.addDirectedEdgeWithKey("nato -[involved in]-> ukraine", "nato", "ukraine", {
      ...g.getEdgeAttributes("nato -[aids]-> ukraine"),
      predicate: "involved in",
      label: "involved in",
      attributedTo: ["vladimir-putin"],
      weight: 5,
    });
    const [hop] = paths(g, "NATO", "Ukraine")[0].hops;
    expect(hop.edges.map((e) => e.predicate)).toEqual(["involved in", "aids"]);
    expect(hop.best.predicate).toBe("aids");
  });

  it("links a speaker to the entities of what they said, as a statement hop with the speaker's sentence", () => {
    const g = fixtureGraph();
    g.addDirectedEdgeWithKey("nato -[expands toward]-> russia", "nato", "russia", {
      ...g.getEdgeAttributes("nato -[aids]-> ukraine"),
      predicate: "expands toward",
      label: "expands toward",
      category: "conflict",
      attributedTo: ["dmitry-peskov"],
      evidence: [{ doc: "a", start: 1000, end: 1040, text: "NATO keeps moving toward our borders, Peskov said.", attributedTo: "dmitry-peskov" }],
    });
    const found = paths(g, "Peskov", "NATO");
    expect(route(found)).toEqual([["dmitry-peskov", "nato"]]);
    const [hop] = found[0].hops;
    expect(hop).toMatchObject({ kind: "statement", from: "dmitry-peskov", to: "nato" });
    expect(hop.best.predicate).toBe("expands toward");
    expect(hop.evidence?.text).toBe("NATO keeps moving toward our borders, Peskov said.");
    // Without speaker links, the chain goes through the Kremlin and Russia.
    expect(route(paths(g, "Peskov", "NATO", { speakers: false }))).toEqual([["dmitry-peskov", "kremlin", "russia", "nato"]]);
    expect(paths(g, "Peskov", "Kremlin")[0].hops[0].kind).toBe("relation");
  });

  it("sees speakers added or taken away after an earlier query, and filters their statements per query", () => {
    const g = fixtureGraph();
    expect(route(paths(g, "Peskov", "NATO"))).toEqual([["dmitry-peskov", "kremlin", "russia", "ukraine", "nato"]]);
    g.addDirectedEdgeWithKey("nato -[expands toward]-> russia", "nato", "russia", {
      ...g.getEdgeAttributes("nato -[aids]-> ukraine"),
      predicate: "expands toward",
      label: "expands toward",
      category: "conflict",
      attributedTo: ["dmitry-peskov"],
    });
    expect(route(paths(g, "Peskov", "NATO"))).toEqual([["dmitry-peskov", "nato"]]);
    expect(route(paths(g, "Peskov", "NATO", { category: ["support", "role", "location", "statement"] }))).not.toContainEqual(["dmitry-peskov", "nato"]);
    g.setEdgeAttribute("nato -[expands toward]-> russia", "attributedTo", []);
    expect(route(paths(g, "Peskov", "NATO"))).toEqual([["dmitry-peskov", "kremlin", "russia", "nato"]]);
  });

  it("respects maxLength", () => {
    expect(paths(graph, "Peskov", "Ukraine", { maxLength: 2 })).toEqual([]);
  });

  it("does not walk denied relations unless asked", () => {
    // Russia —[not attacks]→ NATO is the only link from Russia to NATO; without it NATO is 2 hops away via Ukraine.
    expect(route(paths(graph, "Russia", "NATO"))).toEqual([["russia", "ukraine", "nato"]]);
    expect(route(paths(graph, "Russia", "NATO", { includeNegated: true }))).toEqual([["russia", "nato"]]);
  });

  it("finds nothing to an isolated entity, and a one-node path to itself", () => {
    expect(paths(graph, "Putin", "José Álvarez")).toEqual([]);
    expect(route(paths(graph, "Putin", "Putin"))).toEqual([["vladimir-putin"]]);
  });

  it("refuses a bad maxLength", () => {
    expect(() => paths(graph, "Putin", "Ukraine", { maxLength: 0 })).toThrow(/maxLength 0/);
  });
});
