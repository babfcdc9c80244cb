// RDF Turtle, written by the n3 library, with its vocabulary declared in the file itself:
// - classes (ng:Entity, one per entity type, ng:Document) and properties are declared with RDFS/OWL terms, each
//   entity type a subclass of its schema.org type, and every entity also typed with that schema.org type;
// - each relation is an rdf:Statement (rdf:subject / rdf:predicate / rdf:object: the direct triple it describes)
//   carrying polarity, hedging, speakers and evidence sentences. Only plain relations (neither denied nor hedged)
//   are also asserted as the direct triple, so an RDF reader never takes "X denied attacking Y" for "X attacks Y".
//   (Standard reification rather than RDF 1.2's rdf:reifies: rdflib, Debian's included, reads only RDF 1.1.)
// - dates are xsd:date / xsd:dateTime, counts xsd:integer, article URLs IRIs.
import { DataFactory, Writer, type Quad } from "n3";
import { NewsgraphError } from "../errors.js";
import type { NewsGraph } from "../model/index.js";
import type { EdgeAttributes, NodeAttributes } from "../types.js";
import { isoDay, wellFormed } from "./flatten.js";
import { iriSlug, schemaOrgType, TYPE_LABELS, typeLabel } from "./names.js";

const { namedNode, literal, quad } = DataFactory;

export const DEFAULT_BASE_IRI = "https://example.org/newsgraph/";

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const OWL = "http://www.w3.org/2002/07/owl#";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const SKOS = "http://www.w3.org/2004/02/skos/core#";
const DCTERMS = "http://purl.org/dc/terms/";
const SCHEMA = "https://schema.org/";

export interface TurtleOptions {
  /** Base of every IRI we mint (entities, documents, relations, vocabulary); must end with "/" or "#". */
  base?: string;
}

// An absolute IRI with none of the characters IRIs forbid.
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;

/** Checks a base IRI: absolute, no characters that IRIs forbid, ending with "/" or "#". */
export function validateBaseIri(base: string): string {
  if (!ABSOLUTE_IRI.test(base) || !/[/#]$/.test(base)) {
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

/** The properties of our vocabulary: [name, kind, range, label]. Ranges name XSD datatypes or our classes. */
const DATATYPE_PROPERTIES: [string, string, string][] = [
  ["entityType", "string", "entity type (PERSON, ORG, GPE, ...)"],
  ["mentions", "integer", "mentions over all articles"],
  ["degree", "integer", "relations in the graph"],
  ["pagerank", "double", "PageRank in the graph"],
  ["community", "integer", "Louvain community"],
  ["predicateText", "string", "predicate as the extractor reads it"],
  ["category", "string", "category of the relation"],
  ["negated", "boolean", "the articles deny it"],
  ["hedged", "boolean", "every article only hedges it"],
  ["symmetric", "boolean", "reads the same both ways"],
  ["weight", "integer", "evidence sentences"],
  ["sources", "integer", "distinct articles"],
  ["confidence", "double", "highest extraction confidence"],
  ["firstSeen", "dateTime", "date of the first article saying it"],
  ["lastSeen", "dateTime", "date of the last article saying it"],
  ["start", "integer", "character offset where the sentence starts"],
  ["end", "integer", "character offset where the sentence ends"],
  ["text", "string", "the evidence sentence"],
  ["contentHash", "string", "sha256 of the article text"],
];

const OBJECT_PROPERTIES: [string, string, string][] = [
  ["mentionedIn", "Document", "article that names the entity"],
  ["attributedTo", "Entity", "speaker the evidence attributes the relation to"],
  ["evidence", "Evidence", "sentence behind the relation"],
  ["document", "Document", "article the sentence is from"],
  ["relatedTo", "Entity", "any relation extracted between two entities"],
];

/** A date literal typed as xsd:date or xsd:dateTime when it is one, else a plain string (kept, never dropped). */
function dateLiteral(value: string) {
  if (isoDay(value) !== undefined) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return literal(value, namedNode(`${XSD}date`));
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/.test(value)) return literal(value, namedNode(`${XSD}dateTime`));
  }
  return literal(value);
}

export function toTurtle(graph: NewsGraph, options: TurtleOptions = {}): string {
  const base = validateBaseIri(options.base ?? DEFAULT_BASE_IRI);
  const ng = (term: string) => namedNode(`${base}vocab#${term}`);
  const entity = (key: string) => namedNode(`${base}entity/${encodeURIComponent(key)}`);
  const doc = (id: string) => namedNode(`${base}doc/${encodeURIComponent(id)}`);
  const predicateIri = (predicate: string) => namedNode(`${base}predicate/${iriSlug(predicate)}`);
  const a = namedNode(`${RDF}type`);
  const label = namedNode(`${RDFS}label`);
  const integer = (value: unknown) => literal(String(Math.trunc(Number(value) || 0)), namedNode(`${XSD}integer`));
  const double = (value: unknown) => literal(String(Number.isFinite(Number(value)) ? Number(value) : 0), namedNode(`${XSD}double`));
  const boolean = (value: unknown) => literal(value === true ? "true" : "false", namedNode(`${XSD}boolean`));
  const quads: Quad[] = [];
  const add = (s: Quad["subject"], p: Quad["predicate"], o: Quad["object"]) => quads.push(quad(s, p, o));

  // The vocabulary: classes, then properties, then one property per predicate the graph uses.
  const vocabulary = namedNode(`${base}vocab`);
  add(vocabulary, a, namedNode(`${OWL}Ontology`));
  add(vocabulary, label, literal("newsgraph vocabulary: entities and relations extracted from news articles"));
  const declareClass = (name: string, text: string, parents: string[]) => {
    add(ng(name), a, namedNode(`${OWL}Class`));
    add(ng(name), label, literal(text));
    for (const parent of parents) add(ng(name), namedNode(`${RDFS}subClassOf`), namedNode(parent));
  };
  declareClass("Entity", "entity named in news articles", [`${SCHEMA}Thing`]);
  declareClass("Document", "news article", [`${SCHEMA}NewsArticle`]);
  declareClass("Evidence", "sentence of an article behind a relation", []);
  for (const [type, name] of Object.entries(TYPE_LABELS)) {
    declareClass(name, `${type} entity`, [`${base}vocab#Entity`, `${SCHEMA}${schemaOrgType(type)}`]);
  }
  for (const [name, range, text] of DATATYPE_PROPERTIES) {
    add(ng(name), a, namedNode(`${OWL}DatatypeProperty`));
    add(ng(name), label, literal(text));
    // firstSeen/lastSeen hold xsd:date or xsd:dateTime: declare no narrower range than the literal they take.
    if (range !== "dateTime") add(ng(name), namedNode(`${RDFS}range`), namedNode(`${XSD}${range}`));
  }
  for (const [name, range, text] of OBJECT_PROPERTIES) {
    add(ng(name), a, namedNode(`${OWL}ObjectProperty`));
    add(ng(name), label, literal(text));
    add(ng(name), namedNode(`${RDFS}range`), ng(range));
  }
  const predicates = new Map<string, { text: string; category: string }>();
  graph.forEachEdge((_key, attributes: EdgeAttributes) => {
    const slug = iriSlug(attributes.predicate);
    if (!predicates.has(slug)) predicates.set(slug, { text: text(attributes.predicate), category: text(attributes.category) });
  });
  for (const [slug, { text: predicateText, category }] of [...predicates].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const property = namedNode(`${base}predicate/${slug}`);
    add(property, a, namedNode(`${OWL}ObjectProperty`));
    add(property, label, literal(predicateText));
    add(property, namedNode(`${RDFS}subPropertyOf`), ng("relatedTo"));
    add(property, ng("category"), literal(category));
  }

  for (const info of graph.getAttribute("documents") ?? []) {
    const subject = doc(info.id);
    add(subject, a, ng("Document"));
    add(subject, a, namedNode(`${SCHEMA}NewsArticle`));
    add(subject, namedNode(`${DCTERMS}identifier`), literal(text(info.id)));
    if (info.title) add(subject, namedNode(`${DCTERMS}title`), literal(text(info.title)));
    if (info.date) add(subject, namedNode(`${DCTERMS}date`), dateLiteral(text(info.date)));
    if (info.url) {
      const url = text(info.url);
      // An IRI when it is one; a string otherwise (a malformed URL would make the whole file unreadable).
      add(subject, namedNode(`${SCHEMA}url`), ABSOLUTE_IRI.test(url) ? namedNode(url) : literal(url));
    }
    if (info.hash) add(subject, ng("contentHash"), literal(text(info.hash)));
  }

  graph.forEachNode((key, attributes: NodeAttributes) => {
    const subject = entity(key);
    add(subject, a, ng("Entity"));
    add(subject, a, ng(typeLabel(attributes.entityType)));
    add(subject, a, namedNode(`${SCHEMA}${schemaOrgType(attributes.entityType)}`));
    add(subject, label, literal(text(attributes.label ?? key)));
    add(subject, ng("entityType"), literal(text(attributes.entityType ?? "OTHER")));
    for (const alias of attributes.aliases ?? []) add(subject, namedNode(`${SKOS}altLabel`), literal(text(alias)));
    add(subject, ng("mentions"), integer(attributes.mentions));
    for (const id of attributes.docs ?? []) add(subject, ng("mentionedIn"), doc(id));
    add(subject, ng("degree"), integer(attributes.degree));
    add(subject, ng("pagerank"), double(attributes.pagerank));
    add(subject, ng("community"), integer(attributes.community));
  });

  graph.forEachEdge((key, attributes: EdgeAttributes, source, target) => {
    const relation = namedNode(`${base}relation/${encodeURIComponent(key)}`);
    const predicate = predicateIri(attributes.predicate);
    if (!attributes.negated && !attributes.hedged) add(entity(source), predicate, entity(target));
    add(relation, a, namedNode(`${RDF}Statement`));
    add(relation, namedNode(`${RDF}subject`), entity(source));
    add(relation, namedNode(`${RDF}predicate`), predicate);
    add(relation, namedNode(`${RDF}object`), entity(target));
    add(relation, label, literal(text(`${attributes.negated ? "not " : ""}${attributes.label ?? attributes.predicate}`)));
    add(relation, ng("predicateText"), literal(text(attributes.predicate)));
    add(relation, ng("category"), literal(text(attributes.category)));
    add(relation, ng("negated"), boolean(attributes.negated));
    add(relation, ng("hedged"), boolean(attributes.hedged));
    add(relation, ng("symmetric"), boolean(attributes.symmetric));
    for (const speaker of attributes.attributedTo ?? []) add(relation, ng("attributedTo"), entity(speaker));
    add(relation, ng("weight"), integer(attributes.weight));
    add(relation, ng("sources"), integer(attributes.sources));
    add(relation, ng("confidence"), double(attributes.confidence));
    if (attributes.firstSeen) add(relation, ng("firstSeen"), dateLiteral(text(attributes.firstSeen)));
    if (attributes.lastSeen) add(relation, ng("lastSeen"), dateLiteral(text(attributes.lastSeen)));
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
    prefixes: { ng: `${base}vocab#`, rdf: RDF, rdfs: RDFS, owl: OWL, xsd: XSD, skos: SKOS, dcterms: DCTERMS, schema: SCHEMA },
  });
  writer.addQuads(quads);
  let output = "";
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
