// The data that crosses stages: documents in, mentions/entities/relations out, and the attributes of the
// saved graph. Shared by the extractor, the graph builder, the query API and the viewer.

/** Entity types, OntoNotes-style (the names the GUM scorer and Gephi users expect). */
export type EntityType =
  | "PERSON"
  | "ORG"
  | "GPE"
  | "LOC"
  | "FAC"
  | "NORP"
  | "EVENT"
  | "PRODUCT"
  | "WORK_OF_ART"
  | "LAW"
  | "OTHER";

export const ENTITY_TYPES: readonly EntityType[] = [
  "PERSON",
  "ORG",
  "GPE",
  "LOC",
  "FAC",
  "NORP",
  "EVENT",
  "PRODUCT",
  "WORK_OF_ART",
  "LAW",
  "OTHER",
];

/** Relation categories; each predicate in `data/predicates.json` belongs to one. */
export type RelationCategory =
  | "statement"
  | "support"
  | "conflict"
  | "cooperation"
  | "role"
  | "membership"
  | "ownership"
  | "location"
  | "other";

export const RELATION_CATEGORIES: readonly RelationCategory[] = [
  "statement",
  "support",
  "conflict",
  "cooperation",
  "role",
  "membership",
  "ownership",
  "location",
  "other",
];

/** One article, as read by `src/ingest`. `text` is the main text; offsets everywhere refer to it. */
export interface Document {
  id: string;
  text: string;
  title?: string;
  date?: string; // ISO 8601 date or date-time, when the source gives one
  url?: string;
  /** Where it came from (file path, or `file.jsonl:LINE`), for messages. */
  source?: string;
}

/** A character span of a document's text, `end` exclusive: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One occurrence of an entity in a document. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Id of the entity this mention refers to (see `Entity.id`). */
  entity: string;
  /** How the mention was found: a name, an alias resolved to another name, a pronoun... */
  kind?: "name" | "alias" | "pronoun" | "demonym";
}

/** An entity named in a document (after within-document resolution). */
export interface Entity {
  /** Stable readable slug of the canonical name and type, e.g. `vladimir-putin`, `kremlin`. */
  id: string;
  label: string;
  type: EntityType;
  /** Every surface form that referred to it, canonical label included, sorted. */
  aliases: string[];
  /** Number of mentions in the document. */
  mentions: number;
}

/** The sentence (or clause) behind a relation, with the spans of its parts. */
export interface Evidence extends Span {
  doc: string;
  text: string;
  subject?: Span;
  object?: Span;
  trigger?: Span;
}

/** A typed, directed statement between two entities, as the text gives it. */
export interface Relation {
  subject: string; // entity id
  /** Readable predicate, e.g. "speaks for", "aids", "warns about". */
  predicate: string;
  category: RelationCategory;
  object: string; // entity id
  /** The text denies it ("denied plans to attack", "did not meet"). */
  negated: boolean;
  /** The text only hedges it ("may attack", "reportedly", "plans to"). */
  hedged: boolean;
  /** Entity id of whoever the text attributes the statement to ("X said ..."), or null. */
  attributedTo: string | null;
  /** True for predicates that read the same both ways ("confronts", "meets"). */
  symmetric?: boolean;
  /** 0..1, from visible features: pattern reliability, distance, hedging. */
  confidence: number;
  evidence: Evidence;
}

/** What the extractor returns for one document. */
export interface Extraction {
  doc: DocumentInfo;
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
}

/** A document's metadata, as kept in the graph. */
export interface DocumentInfo {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  /** sha256 of the text, hex: tells changed articles apart in incremental builds. */
  hash: string;
}

// ---------------------------------------------------------------------------------------------------
// The saved graph (graphology JSON): attributes of nodes, edges and the graph itself.

export interface EvidenceRecord extends Span {
  doc: string;
  text: string;
  attributedTo?: string | null;
  /** Spans of the subject, object and trigger in the document's text (as the extractor gave them). */
  subject?: Span;
  object?: Span;
  trigger?: Span;
  /** The relation as extracted from this document, with the document's own entity ids: kept so that incremental
   *  builds (`build --update`, `remove`) can redo cross-document linking and equal a full rebuild. */
  extracted?: ExtractedRelation;
}

export interface ExtractedRelation {
  subject: string;
  object: string;
  attributedTo: string | null;
  category: RelationCategory;
  hedged: boolean;
  symmetric: boolean;
  confidence: number;
  /** Further sentences of the article stating this relation, counted in the edge's weight but not stored
   *  (`build --max-evidence`); absent when none. */
  omitted?: number;
}

/** One document's entity that a graph node stands for (kept for incremental builds and for review). */
export interface EntityOccurrence {
  doc: string;
  /** The entity's id in that document's extraction. */
  entity: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

/** A relation whose two ends merged into one entity: kept off the edges, on the node, so nothing is lost. */
export interface SelfRelationRecord {
  predicate: string;
  negated: boolean;
  evidence: EvidenceRecord;
}

/** A user's `--aliases` file: forced merges (canonical name → other names) and forced splits (pairs of names). */
export interface AliasRules {
  merge: Record<string, string[]>;
  split: [string, string][];
}

export interface NodeAttributes {
  label: string;
  /** The entity's type. Not `type`: Sigma and other graphology tools read a node's `type` as its renderer. */
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  degree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The per-document entities merged into this node, sorted by document then entity id. */
  occurrences?: EntityOccurrence[];
  /** Relations from this entity to itself (dropped from the edges), when any. */
  selfRelations?: SelfRelationRecord[];
}

export interface EdgeAttributes {
  predicate: string;
  label: string;
  category: RelationCategory;
  negated: boolean;
  hedged: boolean;
  symmetric: boolean;
  /** Entity ids of the speakers the evidence attributes the relation to (empty when stated by the article). */
  attributedTo: string[];
  /** Number of evidence sentences. */
  weight: number;
  /** Distinct articles. */
  sources: number;
  confidence: number;
  evidence: EvidenceRecord[];
  firstSeen?: string;
  lastSeen?: string;
}

export interface MergeRecord {
  entity: string;
  forms: string[];
  rule: string;
}

export interface GraphAttributes {
  schemaVersion: number;
  extractorVersion: string;
  layoutSeed: number;
  /** Evidence sentences kept per relation and article (`build --max-evidence`); absent in older graphs. */
  maxEvidence?: number;
  documents: DocumentInfo[];
  merges: MergeRecord[];
  /** The `--aliases` rules the graph was built with (reused by `build --update`). */
  aliasRules?: AliasRules;
}
