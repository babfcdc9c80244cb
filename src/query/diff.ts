// What changed between two graphs (two days of news): entities and relations added and removed, and relations
// whose evidence grew or shrank. A relation is identified by (subject, predicate, object, polarity), as in the builder.
import type { NewsGraph } from "../model/index.js";
import type { EdgeAttributes, EvidenceRecord, RelationCategory } from "../types.js";
import { summarize, type EntitySummary } from "./names.js";

export interface RelationSummary {
  /** `subject -[predicate]-> object`, `subject -[not predicate]-> object` when denied. */
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  predicate: string;
  category: RelationCategory;
  negated: boolean;
  hedged: boolean;
  weight: number;
  sources: number;
  evidence: EvidenceRecord[];
}

export interface RelationChange {
  relation: RelationSummary;
  addedEvidence: EvidenceRecord[];
  removedEvidence: EvidenceRecord[];
}

export interface GraphDiff {
  entities: { added: EntitySummary[]; removed: EntitySummary[] };
  relations: { added: RelationSummary[]; removed: RelationSummary[]; changed: RelationChange[] };
}

export function relationId(source: string, predicate: string, target: string, negated: boolean): string {
  return `${source} -[${negated ? "not " : ""}${predicate}]-> ${target}`;
}

function evidenceId(record: EvidenceRecord): string {
  return `${record.doc}\u0000${record.start}\u0000${record.end}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function relations(graph: NewsGraph): Map<string, RelationSummary> {
  const result = new Map<string, RelationSummary>();
  graph.forEachEdge((_key, attributes: EdgeAttributes, source, target) => {
    const id = relationId(source, attributes.predicate, target, attributes.negated === true);
    const evidence = attributes.evidence ?? [];
    const existing = result.get(id);
    if (existing) {
      // Two edges with one identity (not written by our builder, but possible in a hand-made file): merge them.
      existing.evidence = [...existing.evidence, ...evidence];
      existing.weight += attributes.weight ?? evidence.length;
      return;
    }
    result.set(id, {
      id,
      source,
      target,
      sourceLabel: String(graph.getNodeAttribute(source, "label") ?? source),
      targetLabel: String(graph.getNodeAttribute(target, "label") ?? target),
      predicate: attributes.predicate,
      category: attributes.category,
      negated: attributes.negated === true,
      hedged: attributes.hedged === true,
      weight: attributes.weight ?? evidence.length,
      sources: attributes.sources ?? new Set(evidence.map((r) => r.doc)).size,
      evidence,
    });
  });
  return result;
}

export function diffGraphs(before: NewsGraph, after: NewsGraph): GraphDiff {
  const keys = (graph: NewsGraph) => graph.nodes().sort(compare);
  const entities = {
    added: keys(after).filter((key) => !before.hasNode(key)).map((key) => summarize(after, key)),
    removed: keys(before).filter((key) => !after.hasNode(key)).map((key) => summarize(before, key)),
  };
  const old = relations(before);
  const now = relations(after);
  const ids = (map: Map<string, RelationSummary>) => [...map.keys()].sort(compare);
  const changed: RelationChange[] = [];
  for (const id of ids(now)) {
    const previous = old.get(id);
    if (!previous) continue;
    const current = now.get(id)!;
    const was = new Set(previous.evidence.map(evidenceId));
    const is = new Set(current.evidence.map(evidenceId));
    const addedEvidence = current.evidence.filter((record) => !was.has(evidenceId(record)));
    const removedEvidence = previous.evidence.filter((record) => !is.has(evidenceId(record)));
    if (addedEvidence.length || removedEvidence.length) changed.push({ relation: current, addedEvidence, removedEvidence });
  }
  return {
    entities,
    relations: {
      added: ids(now).filter((id) => !old.has(id)).map((id) => now.get(id)!),
      removed: ids(old).filter((id) => !now.has(id)).map((id) => old.get(id)!),
      changed,
    },
  };
}
