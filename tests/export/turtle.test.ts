// Turtle: parsed back by n3, and read by rdflib; denied and hedged relations are never asserted as direct triples;
// every relation an rdf:Statement of its triple; the vocabulary declared; dates typed; URLs IRIs.
import { Parser, type Quad } from "n3";
import { describe, expect, it } from "vitest";
import { DEFAULT_BASE_IRI, toTurtle, validateBaseIri } from "../../src/export/index.js";
import { NewsgraphError } from "../../src/errors.js";
import { fixtureGraph, HOSTILE_TEXT } from "../query/fixture.js";
import { readWithPython } from "./independent.js";

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

  it("is read by rdflib: same triples, relations and labels", () => {
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
