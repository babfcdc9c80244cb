// Turns document records into the graph's nodes and edges: cross-document entity linking (the entity index plus
// the user's alias rules), then one edge per (subject, predicate, object, polarity) with its evidence.
// Documents are linked in id order and everything is inserted sorted by key, so the result does not depend on the
// order articles were read in.
import { createEntityIndex, isWrittenInCapitals, type EntityIndex } from "../entities/index.js";
import { ENTITY_TYPES } from "../types.js";
import type {
  AliasRules,
  DocumentInfo,
  EdgeAttributes,
  Entity,
  EntityOccurrence,
  EntityType,
  EvidenceRecord,
  MergeRecord,
  NodeAttributes,
  SelfRelationRecord,
} from "../types.js";
import { createAliasResolver, normalizeName } from "./aliases.js";
import { createNewsGraph, type NewsGraph } from "../model/index.js";
import { compareStrings, sortedUnique } from "../model/index.js";
import { colorOfType } from "../model/index.js";
import type { DocumentRecord, RelationRecord } from "./records.js";

/** The rule recorded when the user's aliases file forced a merge. */
export const ALIASES_FILE_RULE = "aliases-file";

export interface AssembleOptions {
  aliasRules: AliasRules;
  /** Makes the cross-document entity index (tests pass their own). */
  createIndex?: () => EntityIndex;
}

interface NodeDraft {
  id: string;
  forcedLabel: string | null;
  occurrences: EntityOccurrence[];
  /** Normalised names, for the split rules. */
  names: Set<string>;
  selfRelations: SelfRelationRecord[];
}

interface EdgeDraft {
  source: string;
  target: string;
  predicate: string;
  negated: boolean;
  evidence: EvidenceRecord[];
  hedged: boolean[];
  symmetric: boolean;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** A readable, stable edge key: `dmitry-peskov -[speaks for]-> kremlin`, `x -[not attacks]-> y` when negated. */
export function edgeKey(source: string, predicate: string, target: string, negated: boolean): string {
  return `${source} -[${negated ? "not " : ""}${predicate}]-> ${target}`;
}

/** A slug for a canonical name of the aliases file, the id of the node it forces. */
export function slugify(name: string): string {
  return normalizeName(name).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "entity";
}

/** Builds the graph's nodes, edges and graph attributes (metrics and layout come after, in `metrics.ts`). */
export function assembleGraph(records: Iterable<DocumentRecord>, options: AssembleOptions): NewsGraph {
  const sorted = [...records].sort((a, b) => compareStrings(a.info.id, b.info.id));
  const { nodes, nodeOf, merges } = linkEntities(sorted, options);
  const edges = new Map<string, EdgeDraft>();
  const dates = new Map<string, string>();
  for (const record of sorted) {
    if (record.info.date) dates.set(record.info.id, record.info.date);
    const local = nodeOf.get(record.info.id)!;
    for (const relation of record.relations) {
      const subject = local.get(relation.subject)!;
      const object = local.get(relation.object)!;
      const speaker = relation.attributedTo === null ? null : (local.get(relation.attributedTo) ?? null);
      const evidence = evidenceRecord(record.info.id, relation, speaker);
      if (subject === object) {
        nodes.get(subject)!.selfRelations.push({ predicate: relation.predicate, negated: relation.negated, evidence });
        continue;
      }
      // Symmetric predicates read the same both ways: one direction (by key order) collects both.
      const [source, target] = relation.symmetric && compareStrings(subject, object) > 0 ? [object, subject] : [subject, object];
      const key = edgeKey(source, relation.predicate, target, relation.negated);
      let draft = edges.get(key);
      if (!draft) {
        draft = { source, target, predicate: relation.predicate, negated: relation.negated, evidence: [], hedged: [], symmetric: false };
        edges.set(key, draft);
      }
      draft.evidence.push(evidence);
      draft.hedged.push(relation.hedged);
      draft.symmetric ||= relation.symmetric;
    }
  }

  const graph = createNewsGraph();
  for (const id of [...nodes.keys()].sort(compareStrings)) graph.addNode(id, nodeAttributes(nodes.get(id)!));
  for (const key of [...edges.keys()].sort(compareStrings)) {
    const draft = edges.get(key)!;
    graph.addDirectedEdgeWithKey(key, draft.source, draft.target, edgeAttributes(draft, dates));
  }
  for (const merge of merges) merge.forms = sortedUnique([...merge.forms, graph.getNodeAttribute(merge.entity, "label")]);
  graph.replaceAttributes({
    schemaVersion: 0, // set by the builder
    extractorVersion: "",
    layoutSeed: 0,
    maxEvidence: 0,
    documents: sorted.map((r) => documentAttribute(r.info)),
    merges,
    aliasRules: options.aliasRules,
  });
  return graph;
}

function linkEntities(records: DocumentRecord[], options: AssembleOptions) {
  const index = (options.createIndex ?? createEntityIndex)();
  const resolver = createAliasResolver(options.aliasRules);
  const nodes = new Map<string, NodeDraft>();
  const nodeOf = new Map<string, Map<string, string>>();
  const mergeForms = new Map<string, Set<string>>(); // `${entity}\n${rule}` → forms
  // Ids the linker hands out that the aliases file sent to another node, so that later links follow them.
  const redirect = new Map<string, string>();

  for (const record of records) {
    const local = new Map<string, string>();
    nodeOf.set(record.info.id, local);
    for (const entity of record.entities) {
      const names = [entity.label, ...entity.aliases];
      const link = index.link(entity);
      let target = redirect.get(link.id) ?? link.id;
      // Only links the index made by a rule are merges; a new entity may also get a fresh id (a taken id + type).
      let rule: string | null = link.rule !== null && target !== entity.id ? link.rule : null;
      const canonical = resolver.forcedCanonical(names);
      if (canonical !== null) {
        const forced = slugify(canonical);
        if (!nodes.has(link.id) || link.id === forced) redirect.set(link.id, forced);
        target = forced;
        rule = forced !== entity.id ? ALIASES_FILE_RULE : null;
      }
      const normalized = resolver.hasSplits ? new Set(names.map(normalizeName)) : NO_NAMES;
      const conflicts = (id: string) => {
        const node = nodes.get(id);
        return node !== undefined && resolver.mustStayApart(node.names, normalized);
      };
      if (conflicts(target)) {
        target = entity.id;
        rule = null;
        for (let n = 2; conflicts(target); n++) target = `${entity.id}~${n}`;
      }
      local.set(entity.id, target);
      let node = nodes.get(target);
      if (!node) {
        node = { id: target, forcedLabel: null, occurrences: [], names: new Set(), selfRelations: [] };
        nodes.set(target, node);
      }
      if (canonical !== null && target === slugify(canonical)) node.forcedLabel = canonical;
      node.occurrences.push(occurrence(record.info.id, entity));
      for (const name of normalized) node.names.add(name);
      if (rule !== null) {
        const key = `${target}\n${rule}`;
        const forms = mergeForms.get(key) ?? new Set<string>();
        for (const name of names) forms.add(name);
        mergeForms.set(key, forms);
      }
    }
  }
  const merges: MergeRecord[] = [...mergeForms.keys()].sort(compareStrings).map((key) => {
    const [entity, rule] = key.split("\n");
    return { entity, forms: sortedUnique(mergeForms.get(key)!), rule };
  });
  return { nodes, nodeOf, merges };
}

function occurrence(doc: string, entity: Entity): EntityOccurrence {
  return { doc, entity: entity.id, label: entity.label, type: entity.type, aliases: [...entity.aliases], mentions: entity.mentions };
}

function evidenceRecord(doc: string, r: RelationRecord, speaker: string | null): EvidenceRecord {
  const evidence: EvidenceRecord = { doc, start: r.start, end: r.end, text: r.text, attributedTo: speaker };
  if (r.subjectSpan) evidence.subject = { ...r.subjectSpan };
  if (r.objectSpan) evidence.object = { ...r.objectSpan };
  if (r.triggerSpan) evidence.trigger = { ...r.triggerSpan };
  evidence.extracted = {
    subject: r.subject,
    object: r.object,
    attributedTo: r.attributedTo,
    category: r.category,
    hedged: r.hedged,
    symmetric: r.symmetric,
    confidence: r.confidence,
  };
  if (r.omitted) evidence.extracted.omitted = r.omitted;
  return evidence;
}

function nodeAttributes(node: NodeDraft): NodeAttributes {
  const occurrences = node.occurrences.sort((a, b) => compareStrings(a.doc, b.doc) || compareStrings(a.entity, b.entity));
  const type = voteType(occurrences);
  const attributes: NodeAttributes = {
    label: node.forcedLabel ?? voteLabel(occurrences),
    entityType: type,
    aliases: sortedUnique([...occurrences.flatMap((o) => [o.label, ...o.aliases]), ...(node.forcedLabel ? [node.forcedLabel] : [])]),
    mentions: occurrences.reduce((sum, o) => sum + o.mentions, 0),
    docs: sortedUnique(occurrences.map((o) => o.doc)),
    degree: 0,
    pagerank: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 1,
    color: colorOfType(type),
    occurrences,
  };
  if (node.selfRelations.length) attributes.selfRelations = node.selfRelations;
  return attributes;
}

/** The type most documents give; ties go to more mentions, then to the more specific type (OTHER last). */
function voteType(occurrences: EntityOccurrence[]): EntityType {
  const docs = new Map<EntityType, Set<string>>();
  const mentions = new Map<EntityType, number>();
  for (const o of occurrences) {
    docs.set(o.type, (docs.get(o.type) ?? new Set()).add(o.doc));
    mentions.set(o.type, (mentions.get(o.type) ?? 0) + o.mentions);
  }
  const rank = (t: EntityType) => (ENTITY_TYPES.indexOf(t) < 0 ? ENTITY_TYPES.length : ENTITY_TYPES.indexOf(t));
  return [...docs.keys()].sort(
    (a, b) => docs.get(b)!.size - docs.get(a)!.size || mentions.get(b)! - mentions.get(a)! || rank(a) - rank(b) || compareStrings(a, b),
  )[0];
}

/**
 * The label most documents use, written as sentences write it: a headline's capitals ("TELXON CORP") only when no
 * document writes it otherwise; ties go to the fuller name (a leading "the" does not count), then code-point order.
 */
function voteLabel(occurrences: EntityOccurrence[]): string {
  const docs = new Map<string, Set<string>>();
  for (const o of occurrences) docs.set(o.label, (docs.get(o.label) ?? new Set()).add(o.doc));
  const length = (label: string) => label.replace(/^the\s+/i, "").length;
  const capitals = (label: string) => (isWrittenInCapitals(label) ? 1 : 0);
  return [...docs.keys()].sort(
    (a, b) => capitals(a) - capitals(b) || docs.get(b)!.size - docs.get(a)!.size || length(b) - length(a) || compareStrings(a, b),
  )[0];
}

function edgeAttributes(draft: EdgeDraft, dates: Map<string, string>): EdgeAttributes {
  const evidence = draft.evidence;
  const docs = sortedUnique(evidence.map((e) => e.doc));
  const seen = docs.map((d) => dates.get(d)).filter((d): d is string => d !== undefined).sort(compareStrings);
  const attributes: EdgeAttributes = {
    predicate: draft.predicate,
    label: draft.predicate,
    category: evidence[0].extracted!.category,
    negated: draft.negated,
    // Hedged only when every sentence hedges it: one plain statement makes it a stated fact.
    hedged: draft.hedged.every(Boolean),
    symmetric: draft.symmetric,
    attributedTo: sortedUnique(evidence.map((e) => e.attributedTo).filter((s): s is string => typeof s === "string")),
    // Every sentence counts, the ones not stored too (`omitted`, at most `--max-evidence` kept per article).
    weight: evidence.reduce((sum, e) => sum + 1 + (e.extracted!.omitted ?? 0), 0),
    sources: docs.length,
    confidence: evidence.reduce((max, e) => Math.max(max, e.extracted!.confidence), 0),
    evidence,
  };
  if (seen.length) {
    attributes.firstSeen = seen[0];
    attributes.lastSeen = seen[seen.length - 1];
  }
  return attributes;
}

function documentAttribute(info: DocumentInfo): DocumentInfo {
  const out: DocumentInfo = { id: info.id } as DocumentInfo;
  if (info.title !== undefined) out.title = info.title;
  if (info.url !== undefined) out.url = info.url;
  if (info.date !== undefined) out.date = info.date;
  out.hash = info.hash;
  return out;
}
