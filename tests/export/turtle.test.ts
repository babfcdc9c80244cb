// Turtle: parsed back by n3, and read by rdflib; denied and hedged relations are never asserted as direct triples;
// every relation an rdf:Statement of its triple; the vocabulary declared; dates typed; URLs IRIs.
import { Parser, type Quad } from "n3";
import { describe, expect, it } from "vitest";
import { DEFAULT_BASE_IRI, toTurtle, validateBaseIri } from "../../src/export/index.js";
import { NewsgraphError } from "../../src/errors.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { fieldsGraph, FUNDS, FUNDS_KEY, SUES, SUES_KEY } from "./fields.js";
import { itExternal, readWithPython } from "./independent.js";

const graph = fixtureGraph();
const text = toTurtle(graph);
const quads: Quad[] = new Parser().parse(text);
const B = DEFAULT_BASE_IRI;
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const OWL = "http://www.w3.org/2002/07/owl#";
const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);

describe("toTurtle", () => {
  it("parses back with n3: entities with types, labels and aliases", () => {
    expect(quads.length).toBeGreaterThan(100);
    const putin = `${B}entity/vladimir-putin`;
    expect(has(putin, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", `${B}vocab#Person`)).toBe(true);
    expect(has(putin, "http://www.w3.org/2000/01/rdf-schema#label", "Vladimir Putin")).toBe(true);
    expect(has(putin, "http://www.w3.org/2004/02/skos/core#altLabel", "Putin")).toBe(true);
    expect(has(putin, `${B}vocab#mentionedIn`, `${B}doc/a`)).toBe(true);
    expect(has(putin, `${RDF}type`, "https://schema.org/Person")).toBe(true);
    expect(has(`${B}entity/ukraine`, `${RDF}type`, "https://schema.org/AdministrativeArea")).toBe(true);
  });

  it("declares its vocabulary: classes under schema.org types, properties, one property per predicate", () => {
    expect(has(`${B}vocab#Person`, `${RDF}type`, `${OWL}Class`)).toBe(true);
    expect(has(`${B}vocab#Person`, "http://www.w3.org/2000/01/rdf-schema#subClassOf", "https://schema.org/Person")).toBe(true);
    expect(has(`${B}vocab#mentions`, `${RDF}type`, `${OWL}DatatypeProperty`)).toBe(true);
    expect(has(`${B}predicate/speaks-for`, `${RDF}type`, `${OWL}ObjectProperty`)).toBe(true);
    expect(has(`${B}predicate/speaks-for`, "http://www.w3.org/2000/01/rdf-schema#label", "speaks for")).toBe(true);
  });

  it("types dates and writes article URLs as IRIs", () => {
    const date = quads.find((q) => q.subject.value === `${B}doc/a` && q.predicate.value === "http://purl.org/dc/terms/date");
    expect(date?.object).toMatchObject({ value: "2024-05-01", datatype: { value: "http://www.w3.org/2001/XMLSchema#date" } });
    const url = quads.find((q) => q.subject.value === `${B}doc/a` && q.predicate.value === "https://schema.org/url");
    expect(url?.object).toMatchObject({ termType: "NamedNode", value: "https://example.com/a" });
    const dated = fixtureGraph();
    dated.mergeEdgeAttributes("nato -[aids]-> ukraine", { firstSeen: "2024-05-01", lastSeen: "2024-05-02T09:30:00Z" });
    dated.setAttribute("documents", [{ id: "x", hash: "h", url: "not a url <script>", date: "last week" }]);
    const back = new Parser().parse(toTurtle(dated));
    const seen = back.filter((q) => q.predicate.value.endsWith("vocab#lastSeen")).map((q) => (q.object as any).datatype.value);
    expect(seen).toEqual(["http://www.w3.org/2001/XMLSchema#dateTime"]);
    // What is no URL or no date stays a plain string: kept, and the file still parses.
    expect(back.find((q) => q.predicate.value === "https://schema.org/url")?.object.termType).toBe("Literal");
  });

  it("writes plain relations as direct triples, and every relation as an rdf:Statement of that triple, with its evidence", () => {
    expect(has(`${B}entity/dmitry-peskov`, `${B}predicate/speaks-for`, `${B}entity/kremlin`)).toBe(true);
    const relation = `${B}relation/${encodeURIComponent("dmitry-peskov -[speaks for]-> kremlin")}`;
    expect(has(relation, `${RDF}type`, `${RDF}Statement`)).toBe(true);
    expect(has(relation, `${RDF}subject`, `${B}entity/dmitry-peskov`)).toBe(true);
    expect(has(relation, `${RDF}predicate`, `${B}predicate/speaks-for`)).toBe(true);
    expect(has(relation, `${RDF}object`, `${B}entity/kremlin`)).toBe(true);
    expect(has(relation, `${B}vocab#evidence`, `${relation}/evidence/2`)).toBe(true);
    expect(has(`${relation}/evidence/2`, `${B}vocab#text`, "Peskov, speaking for the Kremlin, declined to comment.")).toBe(true);
  });

  it("never asserts a denied or hedged relation as a fact", () => {
    expect(quads.some((q) => q.subject.value === `${B}entity/russia` && q.object.value === `${B}entity/nato`)).toBe(false);
    expect(quads.some((q) => q.subject.value === `${B}entity/vladimir-putin` && q.predicate.value === `${B}predicate/meets`)).toBe(false);
    const denied = `${B}relation/${encodeURIComponent("russia -[not attacks]-> nato")}`;
    expect(quads.find((q) => q.subject.value === denied && q.predicate.value === `${B}vocab#negated`)?.object.value).toBe("true");
    expect(has(denied, `${RDF}predicate`, `${B}predicate/attacks`)).toBe(true);
  });

  it("keeps hostile text exactly, as a literal", () => {
    expect(quads.some((q) => q.object.termType === "Literal" && q.object.value === HOSTILE_TEXT)).toBe(true);
  });

  itExternal("is read by rdflib: same triples, relations and labels", () => {
    const read = readWithPython("ttl", { "graph.ttl": text });
    expect(read.triples).toBe(quads.length);
    expect(Object.keys(read.relations)).toHaveLength(graph.size);
    const aid = read.relations[`${B}relation/${encodeURIComponent("nato -[aids]-> ukraine")}`];
    expect(aid).toMatchObject({
      subject: `${B}entity/nato`,
      predicate: `${B}predicate/aids`,
      object: `${B}entity/ukraine`,
      predicateText: "aids",
      negated: false,
      asserted: true,
      evidence: ["NATO delivered radar parts to Kiev in the spring.", "NATO sent more aid to Kyiv."],
    });
    expect(read.undeclared).toEqual([]);
    expect(read.urls).toEqual(["URIRef"]);
    expect(read.dateTypes).toEqual(["http://www.w3.org/2001/XMLSchema#date"]);
    expect(read.labels[`${B}entity/jose-alvarez`]).toBe("José Álvarez");
    const hostile = read.relations[`${B}relation/${encodeURIComponent("o-brien -[criticizes]-> kremlin")}`];
    expect(hostile.evidence).toEqual([HOSTILE_TEXT]);
  });

  it("uses the base IRI given, and refuses one that is not absolute", () => {
    const custom = new Parser().parse(toTurtle(graph, { base: "https://news.example.org/kg/" }));
    expect(custom.some((q) => q.subject.value === "https://news.example.org/kg/entity/kremlin")).toBe(true);
    expect(() => validateBaseIri("not an iri")).toThrow(NewsgraphError);
    expect(() => validateBaseIri("https://example.org/no-slash")).toThrow(/ending with/);
  });

  it("is deterministic", () => {
    expect(toTurtle(fixtureGraph())).toBe(text);
  });
});

describe("toTurtle, field by field", () => {
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const V = `${B}vocab#`;
  /** Every statement about a subject, as "predicate object" lines (a typed literal as "value^^type"), sorted. */
  function about(quads: Quad[], subject: string): string[] {
    return quads
      .filter((q) => q.subject.value === subject)
      .map((q) => {
        const o = q.object;
        const value = o.termType === "Literal" && o.datatype.value !== `${XSD}string` ? `${o.value}^^${o.datatype.value.replace(XSD, "xsd:")}` : o.value;
        return `${q.predicate.value.replace(V, "ng:").replace(RDF, "rdf:")} ${value.replace(B, "")}`;
      })
      .sort();
  }
  const parsed = () => new Parser().parse(toTurtle(fieldsGraph()));

  it("states every attribute of an entity", () => {
    expect(about(parsed(), `${B}entity/ines-brandt`)).toEqual(
      [
        "rdf:type vocab#Entity",
        "rdf:type vocab#Person",
        "rdf:type https://schema.org/Person",
        "http://www.w3.org/2000/01/rdf-schema#label Ines Brandt",
        "ng:entityType PERSON",
        "http://www.w3.org/2004/02/skos/core#altLabel Brandt",
        "http://www.w3.org/2004/02/skos/core#altLabel Ines Brandt",
        "ng:mentions 7^^xsd:integer",
        "ng:mentionedIn doc/d1",
        "ng:mentionedIn doc/d2",
        "ng:degree 3^^xsd:integer",
        "ng:pagerank 0.125^^xsd:double",
        "ng:community 4^^xsd:integer",
      ].sort(),
    );
  });

  it("states every attribute of a relation and of each of its evidence sentences", () => {
    const quads = parsed();
    const relation = `${B}relation/${encodeURIComponent(FUNDS_KEY)}`;
    expect(about(quads, relation)).toEqual(
      [
        "rdf:type http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement",
        "rdf:subject entity/ines-brandt",
        "rdf:predicate predicate/funds",
        "rdf:object entity/harbour-trust",
        "http://www.w3.org/2000/01/rdf-schema#label funds",
        "ng:predicateText funds",
        "ng:category support",
        "ng:negated false^^xsd:boolean",
        "ng:hedged true^^xsd:boolean",
        "ng:symmetric false^^xsd:boolean",
        "ng:attributedTo entity/tomas-weir",
        "ng:weight 5^^xsd:integer",
        "ng:sources 2^^xsd:integer",
        "ng:confidence 0.65^^xsd:double",
        "ng:firstSeen 2025-01-02^^xsd:date",
        "ng:lastSeen 2025-02-03^^xsd:date",
        `ng:evidence relation/${encodeURIComponent(FUNDS_KEY)}/evidence/1`,
        `ng:evidence relation/${encodeURIComponent(FUNDS_KEY)}/evidence/2`,
        `ng:evidence relation/${encodeURIComponent(FUNDS_KEY)}/evidence/3`,
      ].sort(),
    );
    expect(about(quads, `${relation}/evidence/1`)).toEqual(
      [
        "rdf:type vocab#Evidence",
        "ng:document doc/d1",
        "ng:start 10^^xsd:integer",
        "ng:end 52^^xsd:integer",
        `ng:text ${FUNDS.evidence[0].text}`,
        "ng:attributedTo entity/tomas-weir",
      ].sort(),
    );
    // A hedged relation is no fact; the denied one is labelled as denied.
    expect(quads.some((q) => q.subject.value === `${B}entity/ines-brandt` && q.predicate.value === `${B}predicate/funds`)).toBe(false);
    expect(about(quads, `${B}relation/${encodeURIComponent(SUES_KEY)}`)).toContain("http://www.w3.org/2000/01/rdf-schema#label not sues");
  });

  it("states every attribute of an article, a date-time typed as one", () => {
    const quads = parsed();
    expect(about(quads, `${B}doc/d1`)).toEqual(
      [
        "rdf:type vocab#Document",
        "rdf:type https://schema.org/NewsArticle",
        "http://purl.org/dc/terms/identifier d1",
        "http://purl.org/dc/terms/title Mayor backs the trust",
        "http://purl.org/dc/terms/date 2025-01-02^^xsd:date",
        "https://schema.org/url https://paper.example/d1",
        "ng:contentHash h1",
      ].sort(),
    );
    expect(about(quads, `${B}doc/d2`)).toContain("http://purl.org/dc/terms/date 2025-02-03T08:15:00Z^^xsd:dateTime");
  });

  it("declares each predicate the graph uses once, with its text and category", () => {
    const graph = fieldsGraph();
    // A second relation with the same predicate slug does not declare it again.
    graph.addDirectedEdgeWithKey("lakeside-council -[funds]-> harbour-trust", "lakeside-council", "harbour-trust", { ...FUNDS, category: "role" });
    const quads = new Parser().parse(toTurtle(graph));
    expect(about(quads, `${B}predicate/funds`)).toEqual(
      [
        "rdf:type http://www.w3.org/2002/07/owl#ObjectProperty",
        "http://www.w3.org/2000/01/rdf-schema#label funds",
        "http://www.w3.org/2000/01/rdf-schema#subPropertyOf vocab#relatedTo",
        "ng:category support",
      ].sort(),
    );
    expect(about(quads, `${V}weight`)).toEqual(
      [
        "rdf:type http://www.w3.org/2002/07/owl#DatatypeProperty",
        "http://www.w3.org/2000/01/rdf-schema#label evidence sentences",
        "http://www.w3.org/2000/01/rdf-schema#range http://www.w3.org/2001/XMLSchema#integer",
      ].sort(),
    );
    // Dates take xsd:date or xsd:dateTime: no range is declared for them.
    expect(about(quads, `${V}firstSeen`).some((line) => line.includes("#range"))).toBe(false);
    expect(about(quads, `${V}attributedTo`)).toContain("http://www.w3.org/2000/01/rdf-schema#range vocab#Entity");
  });

  it("writes numbers that are none as 0, and whole numbers of a double as doubles", () => {
    const graph = fieldsGraph();
    graph.setNodeAttribute("ines-brandt", "mentions", Number.NaN);
    graph.setNodeAttribute("ines-brandt", "pagerank", Number.POSITIVE_INFINITY);
    graph.setNodeAttribute("ines-brandt", "degree", 2.7);
    const lines = about(new Parser().parse(toTurtle(graph)), `${B}entity/ines-brandt`);
    expect(lines).toEqual(expect.arrayContaining(["ng:mentions 0^^xsd:integer", "ng:pagerank 0^^xsd:double", "ng:degree 2^^xsd:integer"]));
  });
});

describe("toTurtle: dates, sparse entities and the order of declarations", () => {
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const DATE = "http://purl.org/dc/terms/date";

  it("types an xsd:date or an xsd:dateTime only what is one, and keeps anything else as a plain string", () => {
    const cases: [string, string][] = [
      ["2025-01-02", `${XSD}date`],
      ["2025-01-02T08:15:00", `${XSD}dateTime`],
      ["2025-01-02T08:15:00Z", `${XSD}dateTime`],
      ["2025-01-02T08:15:00.25Z", `${XSD}dateTime`],
      ["2025-01-02T08:15:00+01:00", `${XSD}dateTime`],
      ["2025-01-02T08:15:00-05:30", `${XSD}dateTime`],
      ["2025-01-02T08:15Z", `${XSD}string`],
      ["2025-01-02T08:15:00+0100", `${XSD}string`],
      ["2025-01-02T08:15:00.Z", `${XSD}string`],
      ["2025-01-02T08:15:00Zjunk", `${XSD}string`],
      ["2025-02-30", `${XSD}string`],
      ["2025-01-02T2025-01-02", `${XSD}string`],
      ["2025-01-02T2025-01-02T08:15:00Z", `${XSD}string`],
    ];
    const graph = fieldsGraph();
    graph.setAttribute(
      "documents",
      cases.map(([date], i) => ({ id: `t${i}`, date, hash: `h${i}` })),
    );
    const quads = new Parser().parse(toTurtle(graph));
    const typed = cases.map(([date], i) => {
      const found = quads.find((q) => q.subject.value === `${B}doc/t${i}` && q.predicate.value === DATE)!.object as any;
      return [found.value, found.datatype.value];
    });
    expect(typed).toEqual(cases);
  });

  it("writes nothing for what an entity, a relation or an article lacks, and OTHER for a missing type", () => {
    const graph = fieldsGraph();
    graph.clear();
    graph.addNode("bare", { label: "Bare" } as never);
    graph.addDirectedEdgeWithKey("bare -[x]-> bare", "bare", "bare", { predicate: "x" } as never);
    graph.setAttribute("documents", [{ id: "d9" } as never]);
    const quads = new Parser().parse(toTurtle(graph));
    const lines = (subject: string) => quads.filter((q) => q.subject.value === subject).map((q) => q.predicate.value.replace(`${B}vocab#`, "ng:"));
    const entity = lines(`${B}entity/bare`);
    expect(entity).not.toContain("http://www.w3.org/2004/02/skos/core#altLabel");
    expect(entity).not.toContain("ng:mentionedIn");
    expect(quads.find((q) => q.subject.value === `${B}entity/bare` && q.predicate.value === `${B}vocab#entityType`)?.object.value).toBe("OTHER");
    const relation = lines(`${B}relation/${encodeURIComponent("bare -[x]-> bare")}`);
    expect(relation).not.toContain("ng:attributedTo");
    expect(relation).not.toContain("ng:evidence");
    expect(quads.find((q) => q.predicate.value === `${B}vocab#category` && q.subject.value.includes("/relation/"))?.object.value).toBe("");
    expect(lines(`${B}doc/d9`).sort()).toEqual(["http://purl.org/dc/terms/identifier", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]);
  });

  it("declares the predicates in code-point order, whatever order the graph holds them in", () => {
    const graph = fieldsGraph();
    // With funds and sues already there: shuffled, neither in order nor in reverse order.
    for (const predicate of ["warns", "aids", "backs"]) graph.addDirectedEdgeWithKey(predicate, "ines-brandt", "tomas-weir", { ...SUES, predicate });
    const declared = new Parser()
      .parse(toTurtle(graph))
      .filter((q) => q.subject.value.startsWith(`${B}predicate/`) && q.object.value === `${OWL}ObjectProperty`)
      .map((q) => q.subject.value.slice(`${B}predicate/`.length));
    expect(declared).toEqual(["aids", "backs", "funds", "sues", "warns"]);
  });

  it("refuses a base IRI with the code of a bad argument", () => {
    expect(() => toTurtle(fieldsGraph(), { base: "https://example.org/kg" })).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });
});
