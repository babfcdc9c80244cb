// diffGraphs(): two versions of the fixture differing by known edits.
import { describe, expect, it } from "vitest";
import { diffGraphs } from "../../src/query/index.js";
import { fixtureGraph } from "./fixture.js";

describe("diffGraphs", () => {
  it("finds nothing between equal graphs", () => {
    const diff = diffGraphs(fixtureGraph(), fixtureGraph());
    expect(diff).toEqual({ entities: { added: [], removed: [] }, relations: { added: [], removed: [], changed: [] } });
  });

  it("lists added and removed entities and relations, and evidence that changed", () => {
    const before = fixtureGraph();
    const after = fixtureGraph();
    after.dropNode("f-16"); // removes Putin -[warns about]-> F-16 too
    after.addNode("joe-biden", { ...after.getNodeAttributes("nato"), label: "Joe Biden", entityType: "PERSON", aliases: ["Joe Biden"] });
    after.addDirectedEdgeWithKey("joe-biden -[visits]-> ukraine", "joe-biden", "ukraine", {
      ...after.getEdgeAttributes("russia -[attacks]-> ukraine"),
      predicate: "visits",
      category: "cooperation",
      evidence: [{ doc: "d", start: 0, end: 21, text: "Biden visited Kyiv." }],
    });
    const extra = { doc: "d", start: 30, end: 52, text: "Russia attacked again." };
    after.updateEdgeAttribute("russia -[attacks]-> ukraine", "evidence", (evidence) => [...evidence!, extra]);

    const diff = diffGraphs(before, after);
    expect(diff.entities.added.map((e) => e.key)).toEqual(["joe-biden"]);
    expect(diff.entities.removed.map((e) => e.key)).toEqual(["f-16"]);
    expect(diff.relations.added.map((r) => r.id)).toEqual(["joe-biden -[visits]-> ukraine"]);
    expect(diff.relations.added[0].evidence[0].text).toBe("Biden visited Kyiv.");
    expect(diff.relations.removed.map((r) => r.id)).toEqual(["vladimir-putin -[warns about]-> f-16"]);
    expect(diff.relations.changed).toHaveLength(1);
    expect(diff.relations.changed[0].relation.id).toBe("russia -[attacks]-> ukraine");
    expect(diff.relations.changed[0].addedEvidence).toEqual([extra]);
    expect(diff.relations.changed[0].removedEvidence).toEqual([]);
  });

  it("tells a relation from its denial (polarity is part of its identity)", () => {
    const before = fixtureGraph();
    const after = fixtureGraph();
    const attributes = after.getEdgeAttributes("russia -[not attacks]-> nato");
    after.dropEdge("russia -[not attacks]-> nato");
    after.addDirectedEdgeWithKey("russia -[attacks]-> nato", "russia", "nato", { ...attributes, negated: false, label: "attacks" });
    const diff = diffGraphs(before, after);
    expect(diff.relations.added.map((r) => r.id)).toEqual(["russia -[attacks]-> nato"]);
    expect(diff.relations.removed.map((r) => r.id)).toEqual(["russia -[not attacks]-> nato"]);
  });
});
