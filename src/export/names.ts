// Names that the graph databases take as identifiers (Neo4j labels and relationship types, RDF classes and
// properties): built from a fixed table or sanitised to [A-Za-z0-9_], since they cannot be quoted parameters.
import type { EntityType } from "../types.js";

/** Neo4j label / RDF class of each entity type (every entity also gets the label `Entity`). */
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: "Person",
  ORG: "Organization",
  GPE: "GeopoliticalEntity",
  LOC: "Location",
  FAC: "Facility",
  NORP: "Group",
  EVENT: "Event",
  PRODUCT: "Product",
  WORK_OF_ART: "WorkOfArt",
  LAW: "Law",
  OTHER: "Other",
};

/** The schema.org type each entity type is an instance of (NORP, OTHER: no closer match than Thing). */
export const SCHEMA_ORG_TYPES: Readonly<Record<EntityType, string>> = {
  PERSON: "Person",
  ORG: "Organization",
  GPE: "AdministrativeArea",
  LOC: "Place",
  FAC: "Place",
  NORP: "Thing",
  EVENT: "Event",
  PRODUCT: "Product",
  WORK_OF_ART: "CreativeWork",
  LAW: "Legislation",
  OTHER: "Thing",
};

export function schemaOrgType(type: string): string {
  return Object.hasOwn(SCHEMA_ORG_TYPES, type) ? SCHEMA_ORG_TYPES[type as EntityType] : SCHEMA_ORG_TYPES.OTHER;
}

export function typeLabel(type: string): string {
  return Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type as EntityType] : TYPE_LABELS.OTHER;
}

function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "");
}

/** A Neo4j relationship type from a predicate: "speaks for" → SPEAKS_FOR, a denied one → NOT_SPEAKS_FOR. */
export function relationshipType(predicate: string, negated: boolean): string {
  const base = words(predicate).join("_").toUpperCase() || "RELATED_TO";
  const type = /^[0-9]/.test(base) ? `REL_${base}` : base;
  return negated ? `NOT_${type}` : type;
}

/** A lower-kebab slug for IRIs: "speaks for" → speaks-for (never empty). */
export function iriSlug(text: string): string {
  return words(text).join("-").toLowerCase() || "related-to";
}

/** The relation's kind (GEXF `kind`, GraphML `interaction`): its predicate, prefixed with "not" when denied (a token: single spaces only). */
export function edgeKind(edge: { predicate: string; negated: boolean }): string {
  const predicate = edge.predicate || "related to";
  return edge.negated ? `not ${predicate}` : predicate;
}
