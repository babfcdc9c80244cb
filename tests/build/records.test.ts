// What the builder keeps of each article, and reads back from a saved graph: `build --update` and `remove` are only
// as right as these records. A council story written for the tests: Mayor Ines Brandt, Lakeside Council, the
// Harbour Trust, and a spokesman, Tomas Weir.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build/index.js";
import { capEvidence, compareRelations, recordsFromGraph, toDocumentRecord, type RelationRecord } from "../../src/build/records.js";
import type { Relation } from "../../src/types.js";
import { entity, extraction, idIndex, relation } from "./fixtures.js";

const brandt = () => entity("ines-brandt", "Ines Brandt", "PERSON", 3, ["Brandt"]);
const council = () => entity("lakeside-council", "Lakeside Council", "ORG", 2);
const trust = () => entity("harbour-trust", "Harbour Trust", "ORG");
const weir = () => entity("tomas-weir", "Tomas Weir", "PERSON");

/** A relation whose evidence carries the object's and the trigger's spans as well as the subject's. */
function spanned(doc: string, subject: string, predicate: string, object: string, start: number): Relation {
  const r = relation(doc, subject, predicate, object, { start });
  r.evidence.object = { start: start + 20, end: start + 30 };
  r.evidence.trigger = { start: start + 12, end: start + 18 };
  return r;
}

describe("toDocumentRecord", () => {
  it("keeps an article's metadata, its entities sorted by id, and every field of its relations", () => {
    const said = relation("s1", "ines-brandt", "leads", "lakeside-council", { start: 50, category: "role", attributedTo: "tomas-weir", hedged: true, confidence: 0.7 });
    const x = extraction("s1", [weir(), council(), brandt()], [said, spanned("s1", "lakeside-council", "funds", "harbour-trust", 0)], "2025-03-04");
    x.entities.push(trust());
    x.doc.title = "Council funds the Harbour Trust";
    const record = toDocumentRecord(x);
    expect(record.info).toEqual(x.doc);
    expect(record.info).not.toBe(x.doc);
    expect(record.entities.map((e) => e.id)).toEqual(["harbour-trust", "ines-brandt", "lakeside-council", "tomas-weir"]);
    expect(record.relations).toEqual([
      {
        subject: "lakeside-council",
        object: "harbour-trust",
        attributedTo: null,
        predicate: "funds",
        category: "other",
        negated: false,
        hedged: false,
        symmetric: false,
        confidence: 0.8,
        start: 0,
        end: "lakeside-council funds harbour-trust.".length,
        text: "lakeside-council funds harbour-trust.",
        subjectSpan: { start: 0, end: 16 },
        objectSpan: { start: 20, end: 30 },
        triggerSpan: { start: 12, end: 18 },
      },
      {
        subject: "ines-brandt",
        object: "lakeside-council",
        attributedTo: "tomas-weir",
        predicate: "leads",
        category: "role",
        negated: false,
        hedged: true,
        symmetric: false,
        confidence: 0.7,
        start: 50,
        end: 50 + said.evidence.text.length,
        text: said.evidence.text,
        subjectSpan: { start: 50, end: 61 },
      },
    ]);
  });

  it("keeps a symmetric relation symmetric, and reads a missing flag as not symmetric", () => {
    const met = relation("s2", "ines-brandt", "meets", "tomas-weir", { symmetric: true });
    const plain = relation("s2", "ines-brandt", "thanks", "tomas-weir", { start: 40 });
    delete plain.symmetric;
    const record = toDocumentRecord(extraction("s2", [brandt(), weir()], [met, plain]));
    expect(record.relations.map((r) => [r.predicate, r.symmetric])).toEqual([
      ["meets", true],
      ["thanks", false],
    ]);
  });

  it("drops a relation either end of which is no entity of the article, and a speaker who is none", () => {
    const x = extraction("s3", [brandt(), council()], [
      relation("s3", "ines-brandt", "leads", "lakeside-council", { attributedTo: "someone" }),
      relation("s3", "ghost", "leads", "lakeside-council", { start: 40 }),
      relation("s3", "ines-brandt", "leads", "ghost", { start: 80 }),
    ]);
    const record = toDocumentRecord(x);
    expect(record.relations).toHaveLength(1);
    expect(record.relations[0]).toMatchObject({ subject: "ines-brandt", object: "lakeside-council", attributedTo: null });
  });

  it("joins two entities given one id into one, whatever their order: first label and type in code-point order", () => {
    const one = entity("council", "the Council", "ORG", 2, ["Council"]);
    const two = entity("council", "Lakeside Council", "GPE", 5);
    for (const entities of [
      [one, two],
      [two, one],
    ]) {
      expect(toDocumentRecord(extraction("s4", entities)).entities).toEqual([
        { id: "council", label: "Lakeside Council", type: "GPE", aliases: ["Council", "Lakeside Council", "the Council"], mentions: 7 },
      ]);
    }
  });

  it("counts the same relation found twice in one sentence once, keeping the more confident reading", () => {
    const x = extraction("s5", [brandt(), council()], [
      relation("s5", "ines-brandt", "leads", "lakeside-council", { confidence: 0.4 }),
      relation("s5", "ines-brandt", "leads", "lakeside-council", { confidence: 0.9 }),
      relation("s5", "ines-brandt", "leads", "lakeside-council", { negated: true }),
    ]);
    const relations = toDocumentRecord(x).relations;
    expect(relations.map((r) => [r.negated, r.confidence])).toEqual([
      [false, 0.9],
      [true, 0.8],
    ]);
  });

  it("caps a relation's sentences at the given number, counting the others", () => {
    const repeated = Array.from({ length: 4 }, (_, i) => relation("s6", "ines-brandt", "leads", "lakeside-council", { start: i * 60 }));
    const record = toDocumentRecord(extraction("s6", [brandt(), council()], repeated), 2);
    expect(record.relations.map((r) => [r.start, r.omitted])).toEqual([
      [0, 2],
      [60, undefined],
    ]);
  });
});

/** A record of Brandt leading the council, with one field changed. */
function leads(change: Partial<RelationRecord> = {}): RelationRecord {
  return {
    subject: "ines-brandt",
    object: "lakeside-council",
    attributedTo: null,
    predicate: "leads",
    category: "role",
    negated: false,
    hedged: false,
    symmetric: false,
    confidence: 0.8,
    start: 10,
    end: 50,
    text: "Ines Brandt leads Lakeside Council.",
    ...change,
  };
}

describe("compareRelations", () => {
  it("orders by offsets, predicate, ends, polarity, speaker, hedging, confidence (higher first), category, symmetry", () => {
    // Each pair differs in one field: the first of the pair comes first.
    const pairs: [Partial<RelationRecord>, Partial<RelationRecord>][] = [
      [{ start: 9 }, { start: 10 }],
      [{ end: 49 }, { end: 50 }],
      [{ predicate: "heads" }, { predicate: "leads" }],
      [{ subject: "harbour-trust" }, { subject: "ines-brandt" }],
      [{ object: "harbour-trust" }, { object: "lakeside-council" }],
      [{ negated: false }, { negated: true }],
      [{ attributedTo: null }, { attributedTo: "tomas-weir" }],
      [{ attributedTo: "ines-brandt" }, { attributedTo: "tomas-weir" }],
      [{ hedged: false }, { hedged: true }],
      [{ confidence: 0.9 }, { confidence: 0.8 }],
      [{ category: "conflict" }, { category: "role" }],
      [{ symmetric: false }, { symmetric: true }],
    ];
    for (const [first, second] of pairs) {
      expect(compareRelations(leads(first), leads(second)), JSON.stringify(first)).toBeLessThan(0);
      expect(compareRelations(leads(second), leads(first)), JSON.stringify(first)).toBeGreaterThan(0);
    }
    expect(compareRelations(leads(), leads())).toBe(0);
  });

  it("lets an earlier field decide over every later one", () => {
    const later = { predicate: "aids", subject: "a", object: "a", negated: false, attributedTo: null, hedged: false, confidence: 1, category: "conflict", symmetric: false } as const;
    expect(compareRelations(leads({ start: 9 }), leads({ ...later, start: 10, end: 0 }))).toBeLessThan(0);
    expect(compareRelations(leads({ end: 49 }), leads({ ...later, end: 50 }))).toBeLessThan(0);
    expect(compareRelations(leads({ negated: false, confidence: 0.1 }), leads({ negated: true, confidence: 0.9 }))).toBeLessThan(0);
  });
});

describe("capEvidence", () => {
  const sentence = (start: number, text: string, change: Partial<RelationRecord> = {}) => leads({ start, end: start + text.length, text, ...change });

  it("caps each relation and polarity of an article on its own", () => {
    const said = [0, 100, 200].map((start) => sentence(start, "Brandt leads the council."));
    const denied = [50, 150].map((start) => sentence(start, "Brandt does not lead the council.", { negated: true }));
    const capped = capEvidence([...said, ...denied].sort(compareRelations), 2);
    expect(capped.map((r) => [r.start, r.negated, r.omitted])).toEqual([
      [0, false, 1],
      [50, true, undefined],
      [100, false, undefined],
      [150, true, undefined],
    ]);
  });

  it("returns the list itself when nothing is over the cap", () => {
    const said = [sentence(0, "Brandt leads the council."), sentence(100, "Brandt leads the council.")];
    expect(capEvidence(said, 2)).toBe(said);
  });

  it("gives, capped again with a smaller number, what capping once with it gives", () => {
    const said = [0, 100, 200, 300, 400, 500].map((start, i) => sentence(start, `Brandt leads the council (${i % 2}).`));
    const once = capEvidence(said, 2);
    expect(capEvidence(capEvidence(said, 4), 2)).toEqual(once);
    expect(once.map((r) => [r.start, r.omitted])).toEqual([
      [0, 4],
      [100, undefined],
    ]);
  });
});

describe("recordsFromGraph", () => {
  const first = extraction("r1", [brandt(), council(), weir()], [
    relation("r1", "ines-brandt", "leads", "lakeside-council", { attributedTo: "tomas-weir", category: "role", hedged: true }),
    spanned("r1", "tomas-weir", "criticises", "lakeside-council", 80),
    relation("r1", "ines-brandt", "praises", "ines-brandt", { start: 160 }),
  ], "2025-03-04");
  const second = extraction("r2", [entity("brandt", "Brandt", "PERSON"), trust()], [relation("r2", "brandt", "funds", "harbour-trust", { negated: true, confidence: 0.6, symmetric: true })]);

  it("reads back from the built graph exactly the records the articles gave, self-relations and spans included", () => {
    const graph = buildGraph([first, second], { createIndex: idIndex, maxEvidence: 20 });
    const records = recordsFromGraph(graph);
    expect([...records.keys()]).toEqual(["r1", "r2"]);
    expect(records.get("r1")).toEqual(toDocumentRecord(first));
    expect(records.get("r2")).toEqual(toDocumentRecord(second));
  });

  it("reads back the count of sentences the cap left out", () => {
    const repeated = Array.from({ length: 5 }, (_, i) => relation("r3", "ines-brandt", "leads", "lakeside-council", { start: i * 60 }));
    const x = extraction("r3", [brandt(), council()], repeated);
    const records = recordsFromGraph(buildGraph([x], { createIndex: idIndex, maxEvidence: 2 }));
    expect(records.get("r3")!.relations.map((r) => r.omitted)).toEqual([3, undefined]);
  });

  it("skips evidence another tool wrote without the extracted relation, and evidence of an article it does not list", () => {
    const graph = buildGraph([first], { createIndex: idIndex });
    const key = "tomas-weir -[criticises]-> lakeside-council";
    const [evidence] = graph.getEdgeAttribute(key, "evidence");
    graph.setEdgeAttribute(key, "evidence", [{ ...evidence, extracted: undefined }, { ...evidence, doc: "unlisted" }]);
    const records = recordsFromGraph(graph);
    expect(records.get("r1")!.relations.map((r) => r.predicate)).toEqual(["leads", "praises"]);
    expect(records.has("unlisted")).toBe(false);
  });
});
