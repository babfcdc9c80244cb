// The viewer's slim payload: what it keeps (everything the page draws, searches and filters on), what it leaves
// for on-demand requests (evidence, article lists), and that the page rebuilds the same graph from it.
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/build/assemble.js";
import { defaultEdgeKey, edgeDetails, entityDetails, isViewPayload, toViewPayload } from "../../src/model/view.js";
import { fromViewPayload } from "../../viewer/src/view-graph.js";
import { viewerFixtureGraph } from "../viewer/fixture.js";

const full = viewerFixtureGraph();

describe("toViewPayload", () => {
  const payload = toViewPayload(full);
  const text = JSON.stringify(payload);

  it("leaves evidence sentences and article lists out", () => {
    const sentence = full.getEdgeAttribute("e-okafor-cormorant", "evidence")[0].text;
    expect(JSON.stringify(full.export())).toContain(sentence.slice(0, 40));
    expect(text).not.toContain(sentence.slice(0, 40));
    expect(isViewPayload(JSON.parse(text))).toBe(true);
    expect(isViewPayload({ ...payload, version: 99 })).toBe(false);
  });

  it("is rebuilt by the page into the same entities and relations", () => {
    const { graph, unpositioned } = fromViewPayload(JSON.parse(text));
    expect(unpositioned).toEqual([]);
    expect(graph.nodes()).toEqual(full.nodes());
    expect(graph.edges()).toEqual(full.edges());
    expect(graph.getAttribute("documents")).toBe(full.getAttribute("documents").length);
    full.forEachNode((node, attrs) => {
      const slim = graph.getNodeAttributes(node);
      expect([slim.label, slim.entityType, slim.mentions, slim.docCount]).toEqual([
        attrs.label,
        attrs.entityType,
        attrs.mentions,
        attrs.docs.length,
      ]);
      expect(slim.aliases).toEqual(attrs.aliases.filter((a) => a !== attrs.label));
      expect(slim.x).toBeCloseTo(attrs.x, 2);
      expect(slim.relations).toBe(full.degree(node));
    });
    full.forEachEdge((edge, attrs, source, target) => {
      const slim = graph.getEdgeAttributes(edge);
      expect(graph.extremities(edge)).toEqual([source, target]);
      const { predicate, category, negated, hedged, symmetric, attributedTo, weight, sources } = attrs;
      expect(slim).toMatchObject({ predicate, category, negated, hedged, symmetric, attributedTo, weight, sources });
    });
  });

  it("lists only the edge keys the page cannot derive, the builder's keys are derived", () => {
    expect(defaultEdgeKey("ana-duarte", "speaks for", "harbour-office", false)).toBe(
      edgeKey("ana-duarte", "speaks for", "harbour-office", false),
    );
    expect(defaultEdgeKey("x", "attacks", "y", true)).toBe(edgeKey("x", "attacks", "y", true));
    // The fixture's keys are hand-made (e-okafor-cormorant): all of them are listed.
    expect(payload.edges.keys.length).toBe(full.size);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(toViewPayload(viewerFixtureGraph()))).toBe(text);
  });
});

describe("details on demand", () => {
  it("gives an entity's articles with their titles", () => {
    const details = entityDetails(full, "vera-okafor")!;
    expect(details.documents.map((d) => d.id)).toEqual([...full.getNodeAttribute("vera-okafor", "docs")].sort());
    expect(details.documents.every((d) => typeof d.title === "string")).toBe(true);
    expect(entityDetails(full, "nobody")).toBeNull();
  });

  it("gives a relation's evidence and the articles it comes from", () => {
    const details = edgeDetails(full, "e-okafor-cormorant")!;
    expect(details.evidence).toEqual(full.getEdgeAttribute("e-okafor-cormorant", "evidence"));
    expect(details.documents.map((d) => d.id)).toEqual([...new Set(details.evidence.map((e) => e.doc))].sort());
    expect(edgeDetails(full, "no such edge")).toBeNull();
  });
});
