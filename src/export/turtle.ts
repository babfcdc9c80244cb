// RDF Turtle, written by the n3 library: entities, documents, and each relation as a resource (reified) with its
// polarity, hedging, speakers and evidence sentences. Only plain relations (neither denied nor hedged) are also
// written as direct triples, so that an RDF reader never takes "X denied attacking Y" for "X attacks Y".
import { DataFactory, Writer, type Quad } from "n3";
import { NewsgraphError } from "../errors.js";
import type { NewsGraph } from "../model/index.js";
import type { EdgeAttributes, NodeAttributes } from "../types.js";
import { wellFormed } from "./flatten.js";
import { iriSlug, typeLabel } from "./names.js";

const { namedNode, literal, quad } = DataFactory;

export const DEFAULT_BASE_IRI = "https://example.org/newsgraph/";

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const SKOS = "http://www.w3.org/2004/02/skos/core#";
const DCTERMS = "http://purl.org/dc/terms/";

export interface TurtleOptions {
  /** Base of every IRI we mint (entities, documents, relations, vocabulary); must end with "/" or "#". */
  base?: string;
}

/** Checks a base IRI: absolute, no characters that IRIs forbid, ending with "/" or "#". */
export function validateBaseIri(base: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/i.test(base)) {
    throw new NewsgraphError(
      "invalid-argument",
      `export ttl: base IRI "${base}" is not an absolute IRI ending with "/" or "#" (e.g. ${DEFAULT_BASE_IRI})`,
    );
  }
  return base;
}

function text(value: unknown): string {
  return wellFormed(String(value ?? ""));
}

export function toTurtle(graph: NewsGraph, options: TurtleOptions = {}): string {
  const base = validateBaseIri(options.base ?? DEFAULT_BASE_IRI);
  const ng = (term: string) => namedNode(`${base}vocab#${term}`);
  const entity = (key: string) => namedNode(`${base}entity/${encodeURIComponent(key)}`);
  const doc = (id: string) => namedNode(`${base}doc/${encodeURIComponent(id)}`);
  const a = namedNode(`${RDF}type`);
  const integer = (value: unknown) => literal(String(Math.trunc(Number(value) || 0)), namedNode(`${XSD}integer`));
  const double = (value: unknown) => literal(String(Number.isFinite(Number(value)) ? Number(value) : 0), namedNode(`${XSD}double`));
  const boolean = (value: unknown) => literal(value === true ? "true" : "false", namedNode(`${XSD}boolean`));
  const quads: Quad[] = [];
  const add = (s: Quad["subject"], p: Quad["predicate"], o: Quad["object"]) => quads.push(quad(s, p, o));

  for (const info of graph.getAttribute("documents") ?? []) {
    const subject = doc(info.id);
    add(subject, a, ng("Document"));
    add(subject, namedNode(`${DCTERMS}identifier`), literal(text(info.id)));
    if (info.title) add(subject, namedNode(`${DCTERMS}title`), literal(text(info.title)));
    if (info.date) add(subject, namedNode(`${DCTERMS}date`), literal(text(info.date)));
    if (info.url) add(subject, ng("url"), literal(text(info.url), namedNode(`${XSD}anyURI`)));
    if (info.hash) add(subject, ng("contentHash"), literal(text(info.hash)));
  }

  graph.forEachNode((key, attributes: NodeAttributes) => {
    const subject = entity(key);
    add(subject, a, ng("Entity"));
    add(subject, a, ng(typeLabel(attributes.type)));
    add(subject, namedNode(`${RDFS}label`), literal(text(attributes.label ?? key)));
    add(subject, ng("entityType"), literal(text(attributes.type ?? "OTHER")));
    for (const alias of attributes.aliases ?? []) add(subject, namedNode(`${SKOS}altLabel`), literal(text(alias)));
    add(subject, ng("mentions"), integer(attributes.mentions));
    for (const id of attributes.docs ?? []) add(subject, ng("mentionedIn"), doc(id));
    add(subject, ng("degree"), integer(attributes.degree));
    add(subject, ng("pagerank"), double(attributes.pagerank));
    add(subject, ng("community"), integer(attributes.community));
  });

  graph.forEachEdge((key, attributes: EdgeAttributes, source, target) => {
    const relation = namedNode(`${base}relation/${encodeURIComponent(key)}`);
    const predicate = namedNode(`${base}predicate/${iriSlug(attributes.predicate)}`);
    if (!attributes.negated && !attributes.hedged) add(entity(source), predicate, entity(target));
    add(relation, a, ng("Relation"));
    add(relation, ng("subject"), entity(source));
    add(relation, ng("object"), entity(target));
    add(relation, ng("relationType"), predicate);
    add(relation, ng("predicate"), literal(text(attributes.predicate)));
    add(relation, namedNode(`${RDFS}label`), literal(text(attributes.label ?? attributes.predicate)));
    add(relation, ng("category"), literal(text(attributes.category)));
    add(relation, ng("negated"), boolean(attributes.negated));
    add(relation, ng("hedged"), boolean(attributes.hedged));
    add(relation, ng("symmetric"), boolean(attributes.symmetric));
    for (const speaker of attributes.attributedTo ?? []) add(relation, ng("attributedTo"), entity(speaker));
    add(relation, ng("weight"), integer(attributes.weight));
    add(relation, ng("sources"), integer(attributes.sources));
    add(relation, ng("confidence"), double(attributes.confidence));
    if (attributes.firstSeen) add(relation, ng("firstSeen"), literal(text(attributes.firstSeen)));
    if (attributes.lastSeen) add(relation, ng("lastSeen"), literal(text(attributes.lastSeen)));
    (attributes.evidence ?? []).forEach((record, i) => {
      const evidence = namedNode(`${relation.value}/evidence/${i + 1}`);
      add(relation, ng("evidence"), evidence);
      add(evidence, a, ng("Evidence"));
      add(evidence, ng("document"), doc(record.doc));
      add(evidence, ng("start"), integer(record.start));
      add(evidence, ng("end"), integer(record.end));
      add(evidence, ng("text"), literal(text(record.text)));
      if (record.attributedTo) add(evidence, ng("attributedTo"), entity(record.attributedTo));
    });
  });

  const writer = new Writer({
    prefixes: { ng: `${base}vocab#`, rdf: RDF, rdfs: RDFS, xsd: XSD, skos: SKOS, dcterms: DCTERMS },
  });
  writer.addQuads(quads);
  let output = "";
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
