// Assembly details a reader of the graph relies on: article metadata kept, relation dates from dated articles only,
// every span of an evidence sentence kept, speakers that are entities of the article, no merge recorded when
// nothing merged, and the aliases file's merge followed by the articles after it.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build/index.js";
import type { EntityIndex } from "../../src/entities/index.js";
import type { Entity, EntityType } from "../../src/types.js";
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
    // Strictly: a field an article lacks is absent, not present and undefined.
    expect(graph.getAttribute("documents")).toStrictEqual([
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
    // A sentence without object and trigger spans has no such fields (not empty ones), nor a count of left-out ones.
    expect(Object.keys(hosted.evidence[0]).sort()).toEqual(["attributedTo", "doc", "end", "extracted", "start", "subject", "text"]);
    expect(Object.keys(hosted.evidence[0].extracted!)).not.toContain("omitted");
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

// A linker like the extractor's: a name whose last word was seen before links to the entity first seen with it.
function surnameIndex(): EntityIndex {
  const seen = new Map<string, string>();
  return {
    link(e: Entity) {
      const surname = e.label.split(" ").at(-1)!.toLowerCase();
      const known = seen.get(surname);
      if (known && known !== e.id) return { id: known, rule: "surname" };
      if (!known) seen.set(surname, e.id);
      return { id: e.id, rule: null };
    },
  };
}

const person = (id: string, label: string) => entity(id, label, "PERSON");

describe("assembleGraph: the aliases file and the linker together", () => {
  it("sends the later articles' names the linker ties to a forced name to the forced node too", () => {
    // "Reis" is forced into "Ana Reis"; the linker then ties "R. Reis" to the id it gave "Reis".
    const aliasRules = { merge: { "Ana Reis": ["Reis"] }, split: [] as [string, string][] };
    const graph = buildGraph([extraction("k1", [person("reis", "Reis")]), extraction("k2", [person("r-reis", "R. Reis")])], {
      aliasRules,
      createIndex: surnameIndex,
    });
    expect(graph.nodes()).toEqual(["ana-reis"]);
    expect(graph.getNodeAttribute("ana-reis", "docs")).toEqual(["k1", "k2"]);
    // One record per rule: the aliases file's and the linker's, each with the forms it merged and the label.
    expect(graph.getAttribute("merges")).toEqual([
      { entity: "ana-reis", forms: ["Ana Reis", "Reis"], rule: "aliases-file" },
      { entity: "ana-reis", forms: ["Ana Reis", "R. Reis"], rule: "surname" },
    ]);
  });

  it("leaves on its node what the linker had put there before a forced name was taken away from it", () => {
    // "Reis" (k1) is a node of its own; "Ana Reis" (k2), which the linker ties to it, is forced to her own node;
    // the plain "Reis" of k3 stays with k1's, which the aliases file does not name.
    const aliasRules = { merge: { "Ana Reis": [] }, split: [] as [string, string][] };
    const graph = buildGraph(
      [extraction("k1", [person("reis", "Reis")]), extraction("k2", [person("ana-reis", "Ana Reis")]), extraction("k3", [person("reis", "Reis")])],
      { aliasRules, createIndex: surnameIndex },
    );
    expect(graph.getNodeAttribute("reis", "docs")).toEqual(["k1", "k3"]);
    expect(graph.getNodeAttribute("ana-reis", "docs")).toEqual(["k2"]);
    expect(graph.getAttribute("merges")).toEqual([]);
  });

  it("records no merge when only the canonical name itself occurs", () => {
    const aliasRules = { merge: { "Ana Reis": ["Reis"] }, split: [] as [string, string][] };
    const graph = buildGraph([extraction("k1", [person("ana-reis", "Ana Reis")])], { aliasRules, createIndex: idIndex });
    expect(graph.getNodeAttribute("ana-reis", "label")).toBe("Ana Reis");
    expect(graph.getAttribute("merges")).toEqual([]);
  });

  it("numbers on until an id is free of conflicts", () => {
    const names = ["Jens Lund", "Joana Lund", "Jonas Lund"];
    const aliasRules = { merge: {}, split: [[names[0], names[1]], [names[0], names[2]], [names[1], names[2]]] as [string, string][] };
    const graph = buildGraph(
      names.map((name, i) => extraction(`k${i + 1}`, [person("lund", name)])),
      { aliasRules, createIndex: idIndex },
    );
    expect(graph.nodes().map((id) => `${id} ${graph.getNodeAttribute(id, "label")}`).sort()).toEqual(["lund Jens Lund", "lund~2 Joana Lund", "lund~3 Jonas Lund"]);
  });

  it("names a forced node by its canonical name's slug, one hyphen for a run of other characters", () => {
    const aliasRules = { merge: { "Reis & Filhos": ["Reis"], "???": ["Lind"] }, split: [] as [string, string][] };
    const graph = buildGraph([extraction("k1", [entity("reis", "Reis", "ORG"), person("lind", "Lind")])], { aliasRules, createIndex: idIndex });
    expect(graph.nodes().sort()).toEqual(["entity", "reis-filhos"]);
  });

  it("lists the merges by entity, whatever article they came from", () => {
    const aliasRules = { merge: { "Zora Lind": ["Lind"], "Ana Reis": ["Reis"] }, split: [] as [string, string][] };
    const graph = buildGraph([extraction("k1", [person("lind", "Lind")]), extraction("k2", [person("reis", "Reis")])], { aliasRules, createIndex: idIndex });
    expect(graph.getAttribute("merges").map((m) => m.entity)).toEqual(["ana-reis", "zora-lind"]);
  });

  it("gives a split name whose own id is taken a numbered id, and no merge", () => {
    // Both papers' extractors called their Lund "lund"; the split rule keeps the two apart.
    const aliasRules = { merge: {}, split: [["Joana Lund", "Jonas Lund"]] as [string, string][] };
    const graph = buildGraph(
      [extraction("k1", [person("lund", "Joana Lund")]), extraction("k2", [person("lund", "Jonas Lund")]), extraction("k3", [person("lund", "Jonas Lund")])],
      { aliasRules, createIndex: idIndex },
    );
    expect(graph.nodes().sort()).toEqual(["lund", "lund~2"]);
    expect(graph.getNodeAttributes("lund")).toMatchObject({ label: "Joana Lund", docs: ["k1"] });
    // The third article's Jonas Lund joins the second's.
    expect(graph.getNodeAttributes("lund~2")).toMatchObject({ label: "Jonas Lund", docs: ["k2", "k3"] });
    expect(graph.getAttribute("merges")).toEqual([]);
  });

  it("does not label a node with a canonical name when a split rule kept the entity off the forced node", () => {
    const aliasRules = { merge: { "Ana Reis": ["Reis"] }, split: [["Ana Reis", "Rui Reis"]] as [string, string][] };
    // k2's "Reis" is also called "Rui Reis": forced towards Ana Reis, but the split rule keeps it apart.
    const rui = entity("reis", "Reis", "PERSON", 1, ["Rui Reis"]);
    const graph = buildGraph([extraction("k1", [person("ana-reis", "Ana Reis")]), extraction("k2", [rui])], { aliasRules, createIndex: idIndex });
    expect(graph.getNodeAttributes("reis")).toMatchObject({ label: "Reis", docs: ["k2"] });
    expect(graph.getNodeAttributes("ana-reis")).toMatchObject({ label: "Ana Reis", docs: ["k1"] });
    expect(graph.getAttribute("merges")).toEqual([]);
  });
});

describe("assembleGraph: the type and the label of a node", () => {
  const club = (id: string, label: string, type: EntityType = "ORG", mentions = 1) => extraction(id, [entity("rovers", label, type, mentions)]);

  it("takes the type most articles give, then the one with more mentions, then the more specific one", () => {
    const typeOf = (...docs: ReturnType<typeof club>[]) => buildGraph(docs, { createIndex: idIndex }).getNodeAttribute("rovers", "entityType");
    expect(typeOf(club("t1", "Rovers", "ORG"), club("t2", "Rovers", "GPE", 5), club("t3", "Rovers", "ORG"))).toBe("ORG");
    expect(typeOf(club("t1", "Rovers", "ORG"), club("t2", "Rovers", "GPE", 3))).toBe("GPE");
    expect(typeOf(club("t1", "Rovers", "GPE", 3), club("t2", "Rovers", "ORG"))).toBe("GPE");
    // One article and one mention each: ORG is before GPE in ENTITY_TYPES, OTHER is last.
    expect(typeOf(club("t1", "Rovers", "GPE"), club("t2", "Rovers", "ORG"))).toBe("ORG");
    expect(typeOf(club("t1", "Rovers", "OTHER"), club("t2", "Rovers", "LAW"))).toBe("LAW");
    expect(typeOf(club("t1", "Rovers", "GPE"), club("t2", "Rovers", "PERSON"))).toBe("PERSON");
    // A type this version does not know (from an older graph) comes after every known one.
    expect(typeOf(club("t1", "Rovers", "TEAM" as EntityType), club("t2", "Rovers", "OTHER"))).toBe("OTHER");
  });

  it("takes the label most articles use, then the longer one (a leading 'the' in any case not counting), then code-point order", () => {
    const labelOf = (...docs: ReturnType<typeof club>[]) => buildGraph(docs, { createIndex: idIndex }).getNodeAttribute("rovers", "label");
    expect(labelOf(club("t1", "Rovers"), club("t2", "Harbour Rovers FC"), club("t3", "Rovers"))).toBe("Rovers");
    expect(labelOf(club("t1", "Rovers FC"), club("t2", "The Rovers"))).toBe("Rovers FC");
    expect(labelOf(club("t1", "the Rovers"), club("t2", "Rovers FC"))).toBe("Rovers FC");
    expect(labelOf(club("t1", "Rovers XI"), club("t2", "Rovers FC"))).toBe("Rovers FC");
    // Only a leading "the" does not count.
    expect(labelOf(club("t1", "Bank of the Isles"), club("t2", "Bank of Isles Co"))).toBe("Bank of the Isles");
  });
});

describe("assembleGraph: labels", () => {
  it("labels an entity as some article's sentences write it, even when more headlines write it in capitals", () => {
    const shouted = (id: string) => extraction(id, [entity("westbury-stores-inc", "WESTBURY STORES INC", "ORG")], []);
    const written = extraction("c", [entity("westbury-stores-inc", "Westbury Stores Inc", "ORG")], []);
    const graph = buildGraph([shouted("a"), shouted("b"), written], { createIndex: idIndex });
    expect(graph.getNodeAttribute("westbury-stores-inc", "label")).toBe("Westbury Stores Inc");
    // an acronym is no headline's capitals: the label most articles use wins, as before
    const acronym = (id: string, label: string) => extraction(id, [entity("nato", label, "ORG")], []);
    const nato = buildGraph([acronym("a", "NATO"), acronym("b", "NATO"), acronym("c", "Nato")], { createIndex: idIndex });
    expect(nato.getNodeAttribute("nato", "label")).toBe("NATO");
  });
});
