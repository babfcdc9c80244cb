// Cross-article linking through the real extractor and the builder's own entity index (no stand-in linker): a
// person named in full in one article and by surname in another is one node, whichever article comes first, in
// a full build and when the second article is added to a saved graph.
import { describe, expect, it } from "vitest";
import { addExtractions, buildGraph } from "../../src/build/index.js";
import { extractDocument } from "../../src/extract/index.js";
import { parseGraph, serializeGraph, type NewsGraph } from "../../src/model/index.js";
import type { Extraction } from "../../src/types.js";

const FULL_NAME = "Finance minister Helena Marquardt presented the budget on Tuesday in Berlin.";
const SURNAME = "Ms. Marquardt met Bundesbank president Karl Lindqvist on Wednesday.";

/** The graph's JSON without node positions. */
function withoutLayout(graph: NewsGraph): unknown {
  const data = JSON.parse(serializeGraph(graph)) as { nodes: { attributes: Record<string, unknown> }[] };
  for (const node of data.nodes) {
    delete node.attributes.x;
    delete node.attributes.y;
  }
  return data;
}

const extract = (id: string, text: string): Extraction => extractDocument({ id, text });

/** The nodes whose label or aliases name Marquardt. */
function marquardtNodes(graph: NewsGraph): string[] {
  return graph.filterNodes((_id, a) => a.aliases.some((alias) => alias.includes("Marquardt")));
}

function expectOneMarquardt(graph: NewsGraph, fullDoc: string, surnameDoc: string): void {
  const nodes = marquardtNodes(graph);
  expect(nodes).toHaveLength(1);
  const node = graph.getNodeAttributes(nodes[0]);
  expect(node.label).toBe("Helena Marquardt");
  expect(node.entityType).toBe("PERSON");
  expect(node.aliases).toEqual(["Helena Marquardt", "Marquardt"]);
  expect(node.docs).toEqual([fullDoc, surnameDoc].sort());
  // The relation read in the surname's article reaches the merged person.
  expect(graph.neighbors(nodes[0])).toEqual(["karl-lindqvist"]);
  expect(graph.getAttribute("merges")).toContainEqual({ entity: nodes[0], forms: expect.arrayContaining(["Helena Marquardt"]), rule: "surname" });
}

describe("linking across articles with the extractor's own index", () => {
  it("makes one person of a full name in one article and the bare surname in another", () => {
    // Each article alone knows one form only.
    expect(extract("x", FULL_NAME).entities.find((e) => e.type === "PERSON")?.aliases).toEqual(["Helena Marquardt"]);
    expect(extract("y", SURNAME).entities.find((e) => e.label === "Marquardt")?.type).toBe("PERSON");

    expectOneMarquardt(buildGraph([extract("a", FULL_NAME), extract("b", SURNAME)]), "a", "b");
    // The surname's article first (articles are linked in id order).
    expectOneMarquardt(buildGraph([extract("b", FULL_NAME), extract("a", SURNAME)]), "b", "a");
  });

  it("links the surname of an article added to a saved graph, as a full build does", () => {
    const full = buildGraph([extract("a", FULL_NAME), extract("b", SURNAME)]);
    const saved = parseGraph(serializeGraph(buildGraph([extract("a", FULL_NAME)])));
    const updated = addExtractions(saved, [extract("b", SURNAME)]);
    expectOneMarquardt(updated, "a", "b");
    // --update keeps the saved layout (only new entities move): everything else equals the full build.
    expect(withoutLayout(updated)).toEqual(withoutLayout(full));
  });
});
