// What the builder keeps of each document: its metadata, its entities and its relations with document-local ids.
// The graph is a pure function of these records, and the records can be read back from a saved graph, which is
// what makes `build --update` and `remove` equal a full rebuild.
import type { DocumentInfo, Entity, EvidenceRecord, Extraction, RelationCategory, Span } from "../types.js";
import type { NewsGraph } from "../model/index.js";
import { compareStrings, sortedUnique } from "../model/index.js";

export interface RelationRecord {
  /** Document-local entity ids. */
  subject: string;
  object: string;
  attributedTo: string | null;
  predicate: string;
  category: RelationCategory;
  negated: boolean;
  hedged: boolean;
  symmetric: boolean;
  confidence: number;
  start: number;
  end: number;
  text: string;
  subjectSpan?: Span;
  objectSpan?: Span;
  triggerSpan?: Span;
  /** Further sentences of this document stating the same relation that were not kept (see `capEvidence`). */
  omitted?: number;
}

export interface DocumentRecord {
  info: DocumentInfo;
  /** Sorted by id. */
  entities: Entity[];
  /** Sorted by `compareRelations`. */
  relations: RelationRecord[];
}

/**
 * Evidence sentences kept per relation and article (`build --max-evidence`). An article that repeats one statement
 * thousands of times (a feed glitch, a spam page) would otherwise put thousands of sentences on one edge.
 */
export const DEFAULT_MAX_EVIDENCE = 20;

/**
 * Keeps what the graph needs of an extraction; drops relations whose ends are not entities of the document, and
 * keeps at most `maxEvidence` sentences of each relation (the rest are counted, see `capEvidence`).
 */
export function toDocumentRecord(extraction: Extraction, maxEvidence = DEFAULT_MAX_EVIDENCE): DocumentRecord {
  const entities = new Map<string, Entity>();
  for (const entity of extraction.entities) {
    const previous = entities.get(entity.id);
    // Two entities with one id should not happen; if it does, keep one deterministic union rather than fail.
    entities.set(entity.id, {
      id: entity.id,
      label: previous && compareStrings(previous.label, entity.label) < 0 ? previous.label : entity.label,
      type: previous && compareStrings(previous.type, entity.type) < 0 ? previous.type : entity.type,
      aliases: sortedUnique([...(previous?.aliases ?? []), ...entity.aliases, entity.label]),
      mentions: (previous?.mentions ?? 0) + entity.mentions,
    });
  }
  const relations: RelationRecord[] = [];
  for (const r of extraction.relations) {
    if (!entities.has(r.subject) || !entities.has(r.object)) continue;
    const record: RelationRecord = {
      subject: r.subject,
      object: r.object,
      attributedTo: r.attributedTo !== null && entities.has(r.attributedTo) ? r.attributedTo : null,
      predicate: r.predicate,
      category: r.category,
      negated: r.negated,
      hedged: r.hedged,
      symmetric: r.symmetric ?? false,
      confidence: r.confidence,
      start: r.evidence.start,
      end: r.evidence.end,
      text: r.evidence.text,
    };
    if (r.evidence.subject) record.subjectSpan = { start: r.evidence.subject.start, end: r.evidence.subject.end };
    if (r.evidence.object) record.objectSpan = { start: r.evidence.object.start, end: r.evidence.object.end };
    if (r.evidence.trigger) record.triggerSpan = { start: r.evidence.trigger.start, end: r.evidence.trigger.end };
    relations.push(record);
  }
  return {
    info: { ...extraction.doc },
    entities: [...entities.values()].sort((a, b) => compareStrings(a.id, b.id)),
    relations: capEvidence(dedupeRelations(relations.sort(compareRelations)), maxEvidence),
  };
}

/**
 * At most `max` sentences of one relation (same local subject, predicate, object and polarity) in one document:
 * first the first sentence of each distinct wording, in text order, then the repeats, in text order. The count of
 * the others goes to the first sentence kept (`omitted`), so the edge's weight still counts every sentence.
 * A function of the document alone (so of the set of articles, never of the order they were added), and capping
 * again with a smaller `max` gives what capping once with it gives, which lets `--update` re-cap saved articles.
 * `relations` must be sorted by `compareRelations`; the result is too.
 */
export function capEvidence(relations: RelationRecord[], max: number): RelationRecord[] {
  const groups = new Map<string, RelationRecord[]>();
  for (const r of relations) {
    const key = `${r.subject}\n${r.predicate}\n${r.object}\n${r.negated}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  if ([...groups.values()].every((group) => group.length <= max)) return relations;
  const dropped = new Set<RelationRecord>();
  const counted = new Map<RelationRecord, number>();
  for (const group of groups.values()) {
    if (group.length <= max) continue;
    const seen = new Set<string>();
    const firsts: RelationRecord[] = [];
    const repeats: RelationRecord[] = [];
    for (const r of group) {
      (seen.has(r.text) ? repeats : firsts).push(r);
      seen.add(r.text);
    }
    const kept = new Set([...firsts, ...repeats].slice(0, max));
    let omitted = 0;
    for (const r of group) {
      if (kept.has(r)) continue;
      dropped.add(r);
      omitted += 1 + (r.omitted ?? 0);
    }
    // The group's first sentence is always kept (it is the first of its wording), and carries the count.
    counted.set(group[0], (group[0].omitted ?? 0) + omitted);
  }
  return relations.filter((r) => !dropped.has(r)).map((r) => (counted.has(r) ? { ...r, omitted: counted.get(r) } : r));
}

/** A total order on relations, so that evidence lists and their first element do not depend on input order. */
export function compareRelations(a: RelationRecord, b: RelationRecord): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareStrings(a.predicate, b.predicate) ||
    compareStrings(a.subject, b.subject) ||
    compareStrings(a.object, b.object) ||
    Number(a.negated) - Number(b.negated) ||
    compareStrings(a.attributedTo ?? "", b.attributedTo ?? "") ||
    Number(a.hedged) - Number(b.hedged) ||
    b.confidence - a.confidence ||
    compareStrings(a.category, b.category) ||
    Number(a.symmetric) - Number(b.symmetric)
  );
}

/** The same relation found twice in one sentence counts once: the first in `compareRelations` order is kept. */
function dedupeRelations(sorted: RelationRecord[]): RelationRecord[] {
  const seen = new Set<string>();
  return sorted.filter((r) => {
    const key = `${r.start}:${r.end}:${r.predicate}:${r.subject}:${r.object}:${r.negated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads the document records back from a graph written by the builder. */
export function recordsFromGraph(graph: NewsGraph): Map<string, DocumentRecord> {
  const records = new Map<string, DocumentRecord>();
  for (const info of graph.getAttribute("documents") ?? []) records.set(info.id, { info: { ...info }, entities: [], relations: [] });
  const recordOf = (doc: string): DocumentRecord | undefined => records.get(doc);
  graph.forEachNode((_node, attributes) => {
    for (const o of attributes.occurrences ?? []) {
      recordOf(o.doc)?.entities.push({ id: o.entity, label: o.label, type: o.type, aliases: [...o.aliases], mentions: o.mentions });
    }
    for (const self of attributes.selfRelations ?? []) {
      const relation = relationFromEvidence(self.predicate, self.negated, self.evidence);
      if (relation) recordOf(self.evidence.doc)?.relations.push(relation);
    }
  });
  graph.forEachEdge((_edge, attributes) => {
    for (const evidence of attributes.evidence) {
      const relation = relationFromEvidence(attributes.predicate, attributes.negated, evidence);
      if (relation) recordOf(evidence.doc)?.relations.push(relation);
    }
  });
  for (const record of records.values()) {
    record.entities.sort((a, b) => compareStrings(a.id, b.id));
    record.relations.sort(compareRelations);
  }
  return records;
}

function relationFromEvidence(predicate: string, negated: boolean, evidence: EvidenceRecord): RelationRecord | null {
  const x = evidence.extracted;
  if (!x) return null; // a graph from another tool: nothing to rebuild this evidence from
  const relation: RelationRecord = {
    subject: x.subject,
    object: x.object,
    attributedTo: x.attributedTo,
    predicate,
    category: x.category,
    negated,
    hedged: x.hedged,
    symmetric: x.symmetric,
    confidence: x.confidence,
    start: evidence.start,
    end: evidence.end,
    text: evidence.text,
  };
  if (evidence.subject) relation.subjectSpan = { ...evidence.subject };
  if (evidence.object) relation.objectSpan = { ...evidence.object };
  if (evidence.trigger) relation.triggerSpan = { ...evidence.trigger };
  if (x.omitted) relation.omitted = x.omitted;
  return relation;
}
