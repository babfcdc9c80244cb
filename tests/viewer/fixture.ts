// A small hand-checked graph in the builder's schema, written with graphology from the two seed articles'
// real sentences (offsets found in the files): the viewer's tests run on it while the extractor matures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createNewsGraph, serializeGraph, type NewsGraph } from "../../src/model/index.js";
import type { EdgeAttributes, EntityType, EvidenceRecord, NodeAttributes, RelationCategory } from "../../src/types.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DOC_A = "000_c974ad76943d9b07";
const DOC_B = "002_737a7b2d851a72cd";

function seedText(doc: string): string {
  return readFileSync(join(ROOT, "seeds", `${doc}.txt`), "utf8");
}

/** The evidence record of `sentence` in `doc`, with the spans of `subject` and `object` inside it. */
function evidence(
  doc: string,
  sentence: string,
  subject: string,
  object: string,
  attributedTo: string | null = null,
): EvidenceRecord {
  const text = seedText(doc);
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: sentence not found in ${doc}: ${sentence}`);
  const span = (part: string) => {
    const at = sentence.indexOf(part);
    if (at < 0) throw new Error(`fixture: "${part}" not in sentence`);
    return { start: start + at, end: start + at + part.length };
  };
  return {
    doc,
    start,
    end: start + sentence.length,
    text: sentence,
    attributedTo,
    subject: span(subject),
    object: span(object),
  };
}

function node(
  type: EntityType,
  label: string,
  aliases: string[],
  mentions: number,
  docs: string[],
  x: number,
  y: number,
): NodeAttributes {
  return {
    label,
    entityType: type,
    aliases: [...new Set([label, ...aliases])].sort(),
    mentions,
    docs,
    degree: 0,
    pagerank: 0,
    community: 0,
    x,
    y,
    size: 5,
    color: "#999",
  };
}

interface EdgeSpec {
  predicate: string;
  category: RelationCategory;
  negated?: boolean;
  hedged?: boolean;
  symmetric?: boolean;
  attributedTo?: string[];
  evidence: EvidenceRecord[];
}

function edge(spec: EdgeSpec): EdgeAttributes {
  return {
    predicate: spec.predicate,
    label: spec.predicate,
    category: spec.category,
    negated: spec.negated ?? false,
    hedged: spec.hedged ?? false,
    symmetric: spec.symmetric ?? false,
    attributedTo: spec.attributedTo ?? [],
    weight: spec.evidence.length,
    sources: new Set(spec.evidence.map((e) => e.doc)).size,
    confidence: 0.8,
    evidence: spec.evidence,
  };
}

/** The seeds' facts: Putin warns about F-16 and is president of Russia, Peskov speaks for the Kremlin, etc. */
export function seedFixtureGraph(): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({
    schemaVersion: 2,
    extractorVersion: "fixture",
    layoutSeed: 1,
    documents: [
      {
        id: DOC_A,
        title: "Russia and NATO already in ‘direct confrontation’ – Kremlin",
        url: "https://example.org/news/russia-nato",
        hash: "a",
      },
      { id: DOC_B, title: "Kremlin says Russia and NATO are in direct confrontation", hash: "b" },
    ],
    merges: [],
  });
  graph.addNode("dmitry-peskov", node("PERSON", "Dmitry Peskov", ["Peskov"], 6, [DOC_A, DOC_B], -40, 30));
  graph.addNode("europe", node("LOC", "Europe", [], 2, [DOC_A], 10, 60));
  graph.addNode("f-16", node("PRODUCT", "F-16", ["F-16 fighters"], 1, [DOC_B], 70, -50));
  graph.addNode("kremlin", node("ORG", "Kremlin", ["the Kremlin"], 3, [DOC_A, DOC_B], -80, -10));
  graph.addNode(
    "nato",
    node("ORG", "NATO", ["North Atlantic Treaty Organization", "the bloc"], 12, [DOC_A, DOC_B], 30, 10),
  );
  graph.addNode("russia", node("GPE", "Russia", ["Moscow", "Russian"], 9, [DOC_A, DOC_B], -10, -40));
  graph.addNode("ukraine", node("GPE", "Ukraine", ["Kiev"], 6, [DOC_A, DOC_B], 80, 40));
  graph.addNode("united-states", node("GPE", "United States", ["US"], 2, [DOC_A], 40, 80));
  graph.addNode("vladimir-putin", node("PERSON", "Vladimir Putin", ["Putin"], 4, [DOC_A, DOC_B], 20, -80));

  graph.addEdgeWithKey(
    "e-peskov-kremlin",
    "dmitry-peskov",
    "kremlin",
    edge({
      predicate: "speaks for",
      category: "role",
      evidence: [
        evidence(
          DOC_A,
          "The current state of relations between Russia and NATO can be described as a “direct confrontation,” Kremlin spokesman Dmitry Peskov has said.",
          "Dmitry Peskov",
          "Kremlin",
        ),
        evidence(
          DOC_B,
          "What Happened: The Kremlin’s spokesman, Dmitry Peskov, made this remark on Thursday, reported Reuters.",
          "Dmitry Peskov",
          "Kremlin",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-putin-f16",
    "vladimir-putin",
    "f-16",
    edge({
      predicate: "warns about",
      category: "statement",
      evidence: [
        evidence(
          DOC_B,
          "However, he has issued a stern warning about deploying F-16 fighters in Ukraine.",
          "he",
          "F-16 fighters",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-putin-russia",
    "vladimir-putin",
    "russia",
    edge({
      predicate: "president of",
      category: "role",
      evidence: [
        evidence(
          DOC_A,
          "Russian President Vladimir Putin said last month that talk of a potential Russian attack on NATO countries is simply propaganda",
          "Vladimir Putin",
          "Russian",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-putin-nato-denied",
    "vladimir-putin",
    "nato",
    edge({
      predicate: "attacks",
      category: "conflict",
      negated: true,
      evidence: [
        evidence(
          DOC_B,
          "Despite this, Russian President Vladimir Putin has denied plans to attack NATO countries.",
          "Vladimir Putin",
          "NATO",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-nato-ukraine-aid",
    "nato",
    "ukraine",
    edge({
      predicate: "aids",
      category: "support",
      evidence: [
        evidence(
          DOC_A,
          "Since the start of the Ukraine conflict, NATO has provided Kiev with billions worth of military aid and weaponry",
          "NATO",
          "Kiev",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-nato-ukraine-involved",
    "nato",
    "ukraine",
    edge({
      predicate: "involved in",
      category: "conflict",
      attributedTo: ["dmitry-peskov"],
      evidence: [
        {
          ...evidence(DOC_A, "“The bloc itself is already involved in the Ukraine conflict.", "bloc", "Ukraine"),
          attributedTo: "dmitry-peskov",
        },
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-russia-nato",
    "russia",
    "nato",
    edge({
      predicate: "confronts",
      category: "conflict",
      symmetric: true,
      attributedTo: ["dmitry-peskov"],
      evidence: [
        {
          ...evidence(
            DOC_A,
            "The current state of relations between Russia and NATO can be described as a “direct confrontation,”",
            "Russia",
            "NATO",
          ),
          attributedTo: "dmitry-peskov",
        },
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-nato-europe",
    "nato",
    "europe",
    edge({
      predicate: "destabilizes",
      category: "conflict",
      hedged: true,
      attributedTo: ["dmitry-peskov"],
      evidence: [
        {
          ...evidence(
            DOC_A,
            "He claimed that the US-led military bloc has been a destabilizing force in Europe",
            "military bloc",
            "Europe",
          ),
          attributedTo: "dmitry-peskov",
        },
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-us-nato",
    "united-states",
    "nato",
    edge({
      predicate: "leads",
      category: "role",
      evidence: [
        evidence(
          DOC_A,
          "He claimed that the US-led military bloc has been a destabilizing force in Europe",
          "US",
          "military bloc",
        ),
      ],
    }),
  );
  graph.forEachNode((key) => graph.setNodeAttribute(key, "degree", graph.degree(key)));
  return graph;
}

export function seedFixtureJson(): string {
  return serializeGraph(seedFixtureGraph());
}
