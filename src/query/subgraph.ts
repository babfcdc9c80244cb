// A smaller graph cut from a bigger one: some articles' relations, some entity types, or the relations with
// enough evidence. The result is a new graph with the same attributes, ready to save, view or export.
import { NewsgraphError } from "../errors.js";
import { createNewsGraph, type NewsGraph } from "../model/index.js";
import type { EdgeAttributes, EntityType, NodeAttributes } from "../types.js";

export interface SubgraphOptions {
  /** Keep what these articles say: their entities, and relations with their evidence only (weight recounted). */
  docs?: string[];
  /** Keep entities of these types, and the relations between them. */
  types?: EntityType[];
  /** Keep relations with at least this much evidence, and the entities they connect. */
  minWeight?: number;
  /** Keep denied relations (default true: a subgraph is a cut of the data, not a reading of it). */
  includeNegated?: boolean;
}

export function subgraph(graph: NewsGraph, options: SubgraphOptions): NewsGraph {
  const { docs, types, minWeight } = options;
  if (minWeight !== undefined && !(Number.isFinite(minWeight) && minWeight >= 0)) {
    throw new NewsgraphError("invalid-argument", `subgraph: minWeight ${minWeight} is not a number ≥ 0`);
  }
  const docSet = docs ? new Set(docs) : null;
  const typeSet = types ? new Set<string>(types) : null;
  const result = createNewsGraph();
  const attributes = structuredClone(graph.getAttributes());
  if (docSet && Array.isArray(attributes.documents)) attributes.documents = attributes.documents.filter((d) => docSet.has(d.id));
  result.replaceAttributes(attributes);
  const dates = new Map((graph.getAttribute("documents") ?? []).filter((d) => d.date).map((d) => [d.id, d.date!]));

  graph.forEachNode((key, node: NodeAttributes) => {
    if (typeSet && !typeSet.has(node.entityType)) return;
    if (docSet && !(node.docs ?? []).some((doc) => docSet.has(doc))) return;
    const copy = structuredClone(node);
    if (docSet) {
      copy.docs = (node.docs ?? []).filter((doc) => docSet.has(doc));
      if (node.occurrences) {
        copy.occurrences = node.occurrences.filter((o) => docSet.has(o.doc));
        copy.mentions = copy.occurrences.reduce((sum, o) => sum + o.mentions, 0);
      }
      if (node.selfRelations) copy.selfRelations = node.selfRelations.filter((r) => docSet.has(r.evidence.doc));
    }
    result.addNode(key, copy);
  });

  graph.forEachEdge((key, edge: EdgeAttributes, source, target) => {
    if (!result.hasNode(source) || !result.hasNode(target)) return;
    if (options.includeNegated === false && edge.negated) return;
    const copy = structuredClone(edge);
    if (docSet) {
      copy.evidence = edge.evidence.filter((record) => docSet.has(record.doc));
      if (copy.evidence.length === 0) return;
      copy.weight = copy.evidence.length;
      copy.sources = new Set(copy.evidence.map((record) => record.doc)).size;
      const seen = copy.evidence.map((record) => dates.get(record.doc)).filter((date): date is string => !!date).sort();
      delete copy.firstSeen;
      delete copy.lastSeen;
      if (seen.length) {
        copy.firstSeen = seen[0];
        copy.lastSeen = seen[seen.length - 1];
      }
    }
    if (minWeight !== undefined && copy.weight < minWeight) return;
    result.addDirectedEdgeWithKey(key, source, target, copy);
  });

  if (minWeight !== undefined) {
    for (const key of result.filterNodes((node) => result.degree(node) === 0)) result.dropNode(key);
  }
  result.forEachNode((key) => result.setNodeAttribute(key, "degree", result.degree(key)));
  return result;
}
