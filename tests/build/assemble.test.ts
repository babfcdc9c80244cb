// Assembly details a reader of the graph relies on: article metadata kept, relation dates from dated articles only,
// every span of an evidence sentence kept, speakers that are entities of the article, no merge recorded when
// nothing merged, and the aliases file's merge followed by the articles after it.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build/index.js";
import { entity, extraction, idIndex, relation } from "./fixtures.js";

// A cup run written for the test: the same match reported by three papers, one of them undated.
const rovers = () => entity("rovers", "Rovers", "ORG");
const harbour = () => entity("harbour-city", "Harbour City", "ORG");
function report(id: string, date?: string, start = 0) {
  return extraction(id, [rovers(), harbour(), entity("ana-reis", "Ana Reis", "PERSON")], [relation(id, "rovers", "beats", "harbour-city", { start })], date);
}

describe("assembleGraph: articles and dates", () => {
  it("dates a relation by its dated articles only, and keeps each article's title, url and date", () => {
    const first = report("p1", "2025-02-10");
    first.doc.title = "Rovers through to the final";
    first.doc.url = "https://paper.example/rovers";
    const graph = buildGraph([report("p3"), first, report("p2", "2025-01-30")], { createIndex: idIndex });
    const edge = graph.getEdgeAttributes("rovers -[beats]-> harbour-city");
    expect([edge.firstSeen, edge.lastSeen, edge.sources]).toEqual(["2025-01-30", "2025-02-10", 3]);
    expect(graph.getAttribute("documents")).toEqual([
      { id: "p1", title: "Rovers through to the final", url: "https://paper.example/rovers", date: "2025-02-10", hash: first.doc.hash },
      { id: "p2", date: "2025-01-30", hash: report("p2", "2025-01-30").doc.hash },
      { id: "p3", hash: report("p3").doc.hash },
    ]);
    expect(graph.getAttribute("merges")).toEqual([]);
  });
});

describe("assembleGraph: evidence", () => {
  it("keeps the subject's, the object's and the trigger's spans, and the speaker only when it is an entity of the article", () => {
    const said = relation("q", "rovers", "beats", "harbour-city", { attributedTo: "ana-reis" });
    said.evidence.object = { start: 13, end: 25 };
    said.evidence.trigger = { start: 7, end: 12 };
    const unknownSpeaker = relation("q", "harbour-city", "hosts", "rovers", { attributedTo: "someone-else", start: 40 });
    const graph = buildGraph([extraction("q", [rovers(), harbour(), entity("ana-reis", "Ana Reis", "PERSON")], [said, unknownSpeaker])], {
      createIndex: idIndex,
    });
    const [record] = graph.getEdgeAttribute("rovers -[beats]-> harbour-city", "evidence");
    expect([record.subject, record.object, record.trigger, record.attributedTo]).toEqual([
      { start: 0, end: 6 },
      { start: 13, end: 25 },
      { start: 7, end: 12 },
      "ana-reis",
    ]);
    expect(graph.getEdgeAttribute("rovers -[beats]-> harbour-city", "attributedTo")).toEqual(["ana-reis"]);
    const hosted = graph.getEdgeAttributes("harbour-city -[hosts]-> rovers");
    expect([hosted.attributedTo, hosted.evidence[0].attributedTo, hosted.evidence[0].extracted!.attributedTo]).toEqual([[], null, null]);
  });
});

describe("assembleGraph: the aliases file", () => {
  it("sends every article's form of a forced merge to one node, before and after the canonical name appears", () => {
    const short = (id: string) => extraction(id, [entity("reis", "Reis", "PERSON"), rovers()], [relation(id, "reis", "coaches", "rovers")]);
    const full = extraction("m2", [entity("ana-reis", "Ana Reis", "PERSON"), rovers()], [relation("m2", "ana-reis", "coaches", "rovers")]);
    const aliasRules = { merge: { "Ana Reis": ["Reis", "A. Reis"] }, split: [] as [string, string][] };
    const graph = buildGraph([short("m1"), full, short("m3")], { aliasRules, createIndex: idIndex });
    expect(graph.hasNode("reis")).toBe(false);
    expect(graph.getNodeAttributes("ana-reis")).toMatchObject({ label: "Ana Reis", docs: ["m1", "m2", "m3"], mentions: 3 });
    expect(graph.getEdgeAttribute("ana-reis -[coaches]-> rovers", "weight")).toBe(3);
    expect(graph.getAttribute("merges")).toEqual([{ entity: "ana-reis", forms: ["Ana Reis", "Reis"], rule: "aliases-file" }]);
    // The canonical name need not occur in any article: the node is named after it all the same.
    const onlyShort = buildGraph([short("m1"), short("m3")], { aliasRules, createIndex: idIndex });
    expect(onlyShort.nodes().sort()).toEqual(["ana-reis", "rovers"]);
    expect(onlyShort.getNodeAttributes("ana-reis")).toMatchObject({ label: "Ana Reis", aliases: ["Ana Reis", "Reis"] });
  });
});
