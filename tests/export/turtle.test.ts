// Turtle: parsed back by n3, and read by rdflib; denied and hedged relations are never asserted as direct triples.
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
const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);

describe("toTurtle", () => {
  it("parses back with n3: entities with types, labels and aliases", () => {
    expect(quads.length).toBeGreaterThan(100);
    const putin = `${B}entity/vladimir-putin`;
    expect(has(putin, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", `${B}vocab#Person`)).toBe(true);
    expect(has(putin, "http://www.w3.org/2000/01/rdf-schema#label", "Vladimir Putin")).toBe(true);
    expect(has(putin, "http://www.w3.org/2004/02/skos/core#altLabel", "Putin")).toBe(true);
    expect(has(putin, `${B}vocab#mentionedIn`, `${B}doc/a`)).toBe(true);
  });

  it("writes plain relations as direct triples, and every relation reified with its evidence", () => {
    expect(has(`${B}entity/dmitry-peskov`, `${B}predicate/speaks-for`, `${B}entity/kremlin`)).toBe(true);
    const relation = `${B}relation/${encodeURIComponent("dmitry-peskov -[speaks for]-> kremlin")}`;
    expect(has(relation, `${B}vocab#subject`, `${B}entity/dmitry-peskov`)).toBe(true);
    expect(has(relation, `${B}vocab#evidence`, `${relation}/evidence/2`)).toBe(true);
    expect(has(`${relation}/evidence/2`, `${B}vocab#text`, "Peskov, speaking for the Kremlin, declined to comment.")).toBe(true);
  });

  it("never asserts a denied or hedged relation as a fact", () => {
    expect(quads.some((q) => q.subject.value === `${B}entity/russia` && q.object.value === `${B}entity/nato`)).toBe(false);
    expect(quads.some((q) => q.subject.value === `${B}entity/vladimir-putin` && q.predicate.value === `${B}predicate/meets`)).toBe(false);
    const denied = `${B}relation/${encodeURIComponent("russia -[not attacks]-> nato")}`;
    expect(quads.find((q) => q.subject.value === denied && q.predicate.value === `${B}vocab#negated`)?.object.value).toBe("true");
  });

  it("keeps hostile text exactly, as a literal", () => {
    expect(quads.some((q) => q.object.termType === "Literal" && q.object.value === HOSTILE_TEXT)).toBe(true);
  });

  it("is read by rdflib: same triples, relations and labels", () => {
    const read = readWithPython("ttl", { "graph.ttl": text });
    expect(read.triples).toBe(quads.length);
    expect(Object.keys(read.relations)).toHaveLength(graph.size);
    const aid = read.relations[`${B}relation/${encodeURIComponent("nato -[aids]-> ukraine")}`];
    expect(aid).toEqual({
      subject: `${B}entity/nato`,
      object: `${B}entity/ukraine`,
      predicate: "aids",
      negated: false,
      evidence: ["NATO has provided Kiev with billions worth of military aid.", "NATO sent more aid to Kyiv."],
    });
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
