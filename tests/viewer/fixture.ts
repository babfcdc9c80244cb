// A small hand-checked graph in the builder's schema, written with graphology from two short articles written for
// the tests (a fishing quarrel between an invented country and an alliance), with the evidence offsets found in
// their text: the viewer's tests run on it while the extractor matures.
import { createNewsGraph, serializeGraph, type NewsGraph } from "../../src/model/index.js";
import type { EdgeAttributes, EntityType, EvidenceRecord, NodeAttributes, RelationCategory } from "../../src/types.js";

const DOC_A = "fish-001";
const DOC_B = "fish-002";

const ARTICLES: Record<string, string> = {
  [DOC_A]: [
    "Orvania and fishing alliance in ‘open quarrel’ – Harbour Office",
    "",
    "Relations between Orvania and the NFA are now an “open quarrel,” Harbour Office spokeswoman Ana Duarte has said. " +
      "She claimed that the Swedish-led alliance has been a disruptive force in the Baltic Sea rather than a guardian of its fish.",
    "",
    "Since the quota talks collapsed, the NFA has given Edinburgh millions in patrol funding and two survey boats.",
    "",
    "“The alliance itself is already involved in the Scotland quarrel. Its trawlers keep coming closer to our coast,” Duarte told reporters at the quay.",
    "",
    "Orvanian President Vera Okafor said last week that talk of a fishing ban is only a bargaining move by the alliance’s members.",
    "",
  ].join("\n"),
  [DOC_B]: [
    "The Harbour Office’s spokeswoman, Ana Duarte, repeated the charge on Friday at a briefing in Port Aster.",
    "Still, Orvanian President Vera Okafor has denied plans to attack NFA trawlers.",
    "She also cautioned fleets against fitting Cormorant 9 nets before the spring season.",
    "",
  ].join("\n"),
};

/** The evidence record of `sentence` in `doc`, with the spans of `subject` and `object` inside it. */
function evidence(
  doc: string,
  sentence: string,
  subject: string,
  object: string,
  attributedTo: string | null = null,
): EvidenceRecord {
  const text = ARTICLES[doc];
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

/** The articles' facts: Okafor warns about the Cormorant 9 nets and is president of Orvania, Duarte speaks for the
 * Harbour Office, the NFA aids Scotland (twice over, so two parallel relations), etc. */
export function viewerFixtureGraph(): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({
    schemaVersion: 2,
    extractorVersion: "fixture",
    layoutSeed: 1,
    documents: [
      {
        id: DOC_A,
        title: "Orvania and fishing alliance in ‘open quarrel’ – Harbour Office",
        url: "https://example.org/news/orvania-nfa",
        hash: "a",
      },
      { id: DOC_B, title: "Harbour Office says Orvania and the alliance are in an open quarrel", hash: "b" },
    ],
    merges: [],
  });
  graph.addNode("ana-duarte", node("PERSON", "Ana Duarte", ["Duarte"], 6, [DOC_A, DOC_B], -40, 30));
  graph.addNode("baltic-sea", node("LOC", "Baltic Sea", [], 2, [DOC_A], 10, 60));
  graph.addNode("cormorant-9", node("PRODUCT", "Cormorant 9", ["Cormorant 9 nets"], 1, [DOC_B], 70, -50));
  graph.addNode("harbour-office", node("ORG", "Harbour Office", ["the Harbour Office"], 3, [DOC_A, DOC_B], -80, -10));
  graph.addNode("nfa", node("ORG", "NFA", ["Nordic Fisheries Alliance", "the alliance"], 12, [DOC_A, DOC_B], 30, 10));
  graph.addNode("orvania", node("GPE", "Orvania", ["Port Aster", "Orvanian"], 9, [DOC_A, DOC_B], -10, -40));
  graph.addNode("scotland", node("GPE", "Scotland", ["Edinburgh"], 6, [DOC_A, DOC_B], 80, 40));
  graph.addNode("sweden", node("GPE", "Sweden", ["Swedish"], 2, [DOC_A], 40, 80));
  graph.addNode("vera-okafor", node("PERSON", "Vera Okafor", ["Okafor"], 4, [DOC_A, DOC_B], 20, -80));

  graph.addEdgeWithKey(
    "e-duarte-harbour",
    "ana-duarte",
    "harbour-office",
    edge({
      predicate: "speaks for",
      category: "role",
      evidence: [
        evidence(
          DOC_A,
          "Relations between Orvania and the NFA are now an “open quarrel,” Harbour Office spokeswoman Ana Duarte has said.",
          "Ana Duarte",
          "Harbour Office",
        ),
        evidence(
          DOC_B,
          "The Harbour Office’s spokeswoman, Ana Duarte, repeated the charge on Friday at a briefing in Port Aster.",
          "Ana Duarte",
          "Harbour Office",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-okafor-cormorant",
    "vera-okafor",
    "cormorant-9",
    edge({
      predicate: "warns about",
      category: "statement",
      evidence: [
        evidence(DOC_B, "She also cautioned fleets against fitting Cormorant 9 nets before the spring season.", "She", "Cormorant 9 nets"),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-okafor-orvania",
    "vera-okafor",
    "orvania",
    edge({
      predicate: "president of",
      category: "role",
      evidence: [
        evidence(
          DOC_A,
          "Orvanian President Vera Okafor said last week that talk of a fishing ban is only a bargaining move",
          "Vera Okafor",
          "Orvanian",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-okafor-nfa-denied",
    "vera-okafor",
    "nfa",
    edge({
      predicate: "attacks",
      category: "conflict",
      negated: true,
      evidence: [
        evidence(DOC_B, "Still, Orvanian President Vera Okafor has denied plans to attack NFA trawlers.", "Vera Okafor", "NFA"),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-nfa-scotland-aid",
    "nfa",
    "scotland",
    edge({
      predicate: "aids",
      category: "support",
      evidence: [
        evidence(
          DOC_A,
          "Since the quota talks collapsed, the NFA has given Edinburgh millions in patrol funding and two survey boats",
          "NFA",
          "Edinburgh",
        ),
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-nfa-scotland-involved",
    "nfa",
    "scotland",
    edge({
      predicate: "involved in",
      category: "conflict",
      attributedTo: ["ana-duarte"],
      evidence: [
        {
          ...evidence(DOC_A, "“The alliance itself is already involved in the Scotland quarrel.", "alliance", "Scotland"),
          attributedTo: "ana-duarte",
        },
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-orvania-nfa",
    "orvania",
    "nfa",
    edge({
      predicate: "confronts",
      category: "conflict",
      symmetric: true,
      attributedTo: ["ana-duarte"],
      evidence: [
        {
          ...evidence(DOC_A, "Relations between Orvania and the NFA are now an “open quarrel,”", "Orvania", "NFA"),
          attributedTo: "ana-duarte",
        },
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-nfa-baltic",
    "nfa",
    "baltic-sea",
    edge({
      predicate: "destabilizes",
      category: "conflict",
      hedged: true,
      attributedTo: ["ana-duarte"],
      evidence: [
        {
          ...evidence(
            DOC_A,
            "She claimed that the Swedish-led alliance has been a disruptive force in the Baltic Sea",
            "alliance",
            "Baltic Sea",
          ),
          attributedTo: "ana-duarte",
        },
      ],
    }),
  );
  graph.addEdgeWithKey(
    "e-sweden-nfa",
    "sweden",
    "nfa",
    edge({
      predicate: "leads",
      category: "role",
      evidence: [
        evidence(
          DOC_A,
          "She claimed that the Swedish-led alliance has been a disruptive force in the Baltic Sea",
          "Swedish",
          "alliance",
        ),
      ],
    }),
  );
  graph.forEachNode((key) => graph.setNodeAttribute(key, "degree", graph.degree(key)));
  return graph;
}

export function viewerFixtureJson(): string {
  return serializeGraph(viewerFixtureGraph());
}
