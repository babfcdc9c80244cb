// neighbors() on the hand-made fixture: every expected list below can be read off tests/query/fixture.ts.
import { describe, expect, it } from "vitest";
import { neighbors } from "../../src/query/index.js";
import { NewsgraphError } from "../../src/errors.js";
import { fixtureGraph } from "./fixture.js";

const graph = fixtureGraph();
const keys = (list: ReturnType<typeof neighbors>) => list.map((n) => n.entity.key);

describe("neighbors", () => {
  it("lists both directions by default, strongest first, with the connecting edges and evidence", () => {
    const result = neighbors(graph, "Vladimir Putin");
    expect(keys(result).sort()).toEqual(["f-16", "russia", "volodymyr-zelenskyy"]);
    const russia = result.find((n) => n.entity.key === "russia")!;
    expect(russia.depth).toBe(1);
    expect(russia.via).toEqual(["vladimir-putin"]);
    expect(russia.edges).toHaveLength(1);
    expect(russia.edges[0]).toMatchObject({ predicate: "president of", direction: "out", source: "vladimir-putin", target: "russia" });
    expect(russia.edges[0].evidence[0].text).toBe("Russian President Vladimir Putin spoke on Tuesday.");
  });

  it("keeps every parallel edge to one neighbour", () => {
    const ukraine = neighbors(graph, "russia", { direction: "out" }).find((n) => n.entity.key === "ukraine")!;
    expect(ukraine.edges.map((e) => e.predicate).sort()).toEqual(["attacks", "threatens"]);
  });

  it("follows the direction asked for", () => {
    expect(keys(neighbors(graph, "ukraine", { direction: "in" })).sort()).toEqual(["nato", "russia", "volodymyr-zelenskyy"]);
    expect(keys(neighbors(graph, "ukraine", { direction: "out" }))).toEqual([]);
    expect(keys(neighbors(graph, "kremlin", { direction: "out" }))).toEqual(["russia"]);
    expect(keys(neighbors(graph, "kremlin", { direction: "in" })).sort()).toEqual(["dmitry-peskov", "o-brien"]);
  });

  it("reads a symmetric relation both ways", () => {
    // "Putin may meet Zelenskyy" is stored Putin → Zelenskyy but is symmetric.
    expect(keys(neighbors(graph, "Zelenskyy", { direction: "out" })).sort()).toEqual(["ukraine", "vladimir-putin"]);
  });

  it("filters by predicate and category", () => {
    expect(keys(neighbors(graph, "ukraine", { predicate: "President Of" }))).toEqual(["volodymyr-zelenskyy"]);
    expect(keys(neighbors(graph, "ukraine", { category: "support" }))).toEqual(["nato"]);
    expect(keys(neighbors(graph, "ukraine", { category: ["support", "role"] })).sort()).toEqual(["nato", "volodymyr-zelenskyy"]);
  });

  it("leaves denied relations out unless asked", () => {
    expect(keys(neighbors(graph, "nato"))).toEqual(["ukraine"]);
    const withDenied = neighbors(graph, "nato", { includeNegated: true });
    expect(keys(withDenied).sort()).toEqual(["russia", "ukraine"]);
    const russia = withDenied.find((n) => n.entity.key === "russia")!;
    expect(russia.edges[0]).toMatchObject({ negated: true, attributedTo: ["vladimir-putin"], attributedToLabels: ["Vladimir Putin"] });
  });

  it("can leave hedged relations out", () => {
    expect(keys(neighbors(graph, "Putin", { includeHedged: false })).sort()).toEqual(["f-16", "russia"]);
  });

  it("filters neighbours by type", () => {
    expect(keys(neighbors(graph, "Putin", { types: ["PERSON", "PRODUCT"] })).sort()).toEqual(["f-16", "volodymyr-zelenskyy"]);
  });

  it("walks two hops, each neighbour once at its smallest depth, with the edges from the layer before", () => {
    const result = neighbors(graph, "Peskov", { depth: 2 });
    expect(result.map((n) => [n.entity.key, n.depth])).toEqual([
      ["kremlin", 1],
      ["o-brien", 2],
      ["russia", 2],
    ]);
    const russia = result.find((n) => n.entity.key === "russia")!;
    expect(russia.via).toEqual(["kremlin"]);
    expect(russia.edges.map((e) => e.key)).toEqual(["kremlin -[based in]-> russia"]);

    // Ukraine is two hops from Putin through both Russia and Zelenskyy; NATO only through a denied relation.
    const fromPutin = neighbors(graph, "Putin", { depth: 2 });
    const ukraine = fromPutin.find((n) => n.entity.key === "ukraine")!;
    expect(ukraine.depth).toBe(2);
    expect(ukraine.via).toEqual(["russia", "volodymyr-zelenskyy"]);
    expect(ukraine.edges).toHaveLength(3);
    expect(keys(fromPutin)).not.toContain("nato");
  });

  it("refuses bad options and unknown names", () => {
    expect(() => neighbors(graph, "Putin", { depth: 0 })).toThrow(NewsgraphError);
    expect(() => neighbors(graph, "Putin", { direction: "up" as never })).toThrow(/direction "up"/);
    expect(() => neighbors(graph, "Putn")).toThrow(/did you mean: Vladimir Putin/);
  });

  it("returns an isolated entity's empty list", () => {
    expect(neighbors(graph, "José Álvarez")).toEqual([]);
  });
});
