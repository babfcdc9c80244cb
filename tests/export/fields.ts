// A small graph for the exports' field-by-field tests, written for them: every attribute of a node or an edge holds
// a value no other attribute holds, so that an export writing one field in the place of another, or dropping one,
// fails a test. A council story: Mayor Ines Brandt, Lakeside Council, the Harbour Trust, spokesman Tomas Weir.
import { createNewsGraph, type NewsGraph } from "../../src/model/index.js";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.js";

export const BRANDT: NodeAttributes = {
  label: "Ines Brandt",
  entityType: "PERSON",
  aliases: ["Brandt", "Ines Brandt"],
  mentions: 7,
  docs: ["d1", "d2"],
  degree: 3,
  pagerank: 0.125,
  community: 4,
  x: 12.5,
  y: -3.75,
  size: 6.5,
  color: "#1a2b3c",
};

export const TRUST: NodeAttributes = {
  label: "Harbour Trust",
  entityType: "ORG",
  aliases: ["Harbour Trust", "the Trust"],
  mentions: 2,
  docs: ["d2"],
  degree: 2,
  pagerank: 0.5,
  community: 1,
  x: -8,
  y: 9.25,
  size: 3,
  color: "#c0ffee",
};

const COUNCIL: NodeAttributes = { ...TRUST, label: "Lakeside Council", aliases: ["Lakeside Council"], mentions: 9, docs: ["d1"], degree: 1 };
const WEIR: NodeAttributes = { ...TRUST, label: "Tomas Weir", entityType: "PERSON", aliases: ["Tomas Weir"], mentions: 1, docs: ["d1"], degree: 0 };

export const FUNDS_KEY = "ines-brandt -[funds]-> harbour-trust";

/** Said three times in two articles, counted five times (two sentences left out by the cap), and only hedged. */
export const FUNDS: EdgeAttributes = {
  predicate: "funds",
  label: "funds",
  category: "support",
  negated: false,
  hedged: true,
  symmetric: false,
  attributedTo: ["tomas-weir"],
  weight: 5,
  sources: 2,
  confidence: 0.65,
  evidence: [
    { doc: "d1", start: 10, end: 52, text: "Brandt may fund the Harbour Trust, Weir said.", attributedTo: "tomas-weir" },
    { doc: "d1", start: 300, end: 340, text: "The trust could get money from Brandt." },
    { doc: "d2", start: 4, end: 40, text: "Brandt is expected to fund the trust." },
  ],
  firstSeen: "2025-01-02",
  lastSeen: "2025-02-03",
};

export const SUES_KEY = "lakeside-council -[not sues]-> harbour-trust";

/** Denied, stated plainly, symmetric, once; no speaker, no dates. Its label is its predicate, as the builder writes it. */
export const SUES: EdgeAttributes = {
  predicate: "sues",
  label: "sues",
  category: "conflict",
  negated: true,
  hedged: false,
  symmetric: true,
  attributedTo: [],
  weight: 1,
  sources: 1,
  confidence: 0.3,
  evidence: [{ doc: "d1", start: 500, end: 540, text: "The council will not sue the Harbour Trust." }],
};

export function fieldsGraph(): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({
    schemaVersion: 2,
    extractorVersion: "fields-1",
    layoutSeed: 17,
    maxEvidence: 20,
    documents: [
      { id: "d1", title: "Mayor backs the trust", date: "2025-01-02", url: "https://paper.example/d1", hash: "h1" },
      { id: "d2", title: "Trust funding", date: "2025-02-03T08:15:00Z", hash: "h2" },
    ],
    merges: [],
    aliasRules: { merge: {}, split: [] },
  });
  graph.addNode("ines-brandt", structuredClone(BRANDT));
  graph.addNode("harbour-trust", structuredClone(TRUST));
  graph.addNode("lakeside-council", structuredClone(COUNCIL));
  graph.addNode("tomas-weir", structuredClone(WEIR));
  graph.addDirectedEdgeWithKey(FUNDS_KEY, "ines-brandt", "harbour-trust", structuredClone(FUNDS));
  graph.addDirectedEdgeWithKey(SUES_KEY, "lakeside-council", "harbour-trust", structuredClone(SUES));
  return graph;
}
