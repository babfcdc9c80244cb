// The graph builder: collects document records (from extractions, or read back from a saved graph), and builds
// the final graph from all of them: linking, edges, metrics, layout. Adding, replacing or removing an article
// and building again gives exactly the graph a full build of the same articles gives.
import { EXTRACTOR_VERSION } from "../extract/index.js";
import type { EntityIndex } from "../entities/index.js";
import { NewsgraphError } from "../errors.js";
import type { AliasRules, DocumentInfo, Extraction } from "../types.js";
import { EMPTY_ALIAS_RULES, validateAliasRules } from "./aliases.js";
import { assembleGraph } from "./assemble.js";
import { SCHEMA_VERSION, type NewsGraph } from "../model/index.js";
import { assignMetricsAndLayout, type Position } from "./metrics.js";
import { capEvidence, DEFAULT_MAX_EVIDENCE, recordsFromGraph, toDocumentRecord, type DocumentRecord } from "./records.js";

export const DEFAULT_LAYOUT_SEED = 1;

export interface BuildOptions {
  /** Forced merges and splits (`--aliases`); a graph read back keeps its own unless these are given. */
  aliasRules?: AliasRules;
  /** Seed of the layout's starting positions and of Louvain. */
  layoutSeed?: number;
  /** Evidence sentences kept per relation and article (default `DEFAULT_MAX_EVIDENCE`, or the saved graph's);
   *  the others are counted in the edge's weight. */
  maxEvidence?: number;
  /** Lay the whole graph out again on `--update` and `remove` (default: keep the saved positions, place new nodes). */
  relayout?: boolean;
  /** ForceAtlas2 iterations (default: fewer as the graph grows). */
  layoutIterations?: number;
  /** Makes the cross-document entity index (default: `createEntityIndex` of `src/entities`). */
  createIndex?: () => EntityIndex;
}

export interface GraphBuilder {
  /** Adds an article's extraction, replacing an earlier version of the same article id. */
  add(extraction: Extraction): void;
  /** Removes an article; false when it was not there. */
  remove(docId: string): boolean;
  /** The metadata (with content hash) of an article already held. */
  document(docId: string): DocumentInfo | undefined;
  /** Number of articles held. */
  readonly size: number;
  /** Builds the graph of every article held. */
  build(): NewsGraph;
}

export function createGraphBuilder(options: BuildOptions = {}): GraphBuilder {
  return builderOf(new Map(), options);
}

/** A builder that starts from the articles of a graph saved by `build` (for `build --update` and `remove`). */
export function graphBuilderFrom(graph: NewsGraph, options: BuildOptions = {}): GraphBuilder {
  checkRebuildable(graph);
  const saved = graph.getAttribute("aliasRules");
  const layoutSeed = graph.getAttribute("layoutSeed");
  const savedMax = graph.getAttribute("maxEvidence");
  const maxEvidence = validateMaxEvidence(options.maxEvidence ?? (typeof savedMax === "number" ? savedMax : DEFAULT_MAX_EVIDENCE));
  const records = recordsFromGraph(graph);
  // A smaller cap than the graph's applies to the saved articles too (a larger one cannot bring back what was dropped).
  for (const record of records.values()) record.relations = capEvidence(record.relations, maxEvidence);
  // The saved layout is kept: nodes that stay keep their places, new ones are placed near their neighbours.
  const keep = new Map<string, Position>();
  if (!options.relayout) graph.forEachNode((node, { x, y }) => void (Number.isFinite(x) && Number.isFinite(y) && keep.set(node, { x, y })));
  return builderOf(records, {
    ...options,
    keep,
    aliasRules: options.aliasRules ?? (saved ? validateAliasRules(saved, "graph aliasRules") : undefined),
    layoutSeed: options.layoutSeed ?? (typeof layoutSeed === "number" ? layoutSeed : undefined),
    maxEvidence,
  });
}

/** A graph can be updated only if it carries the per-article data the builder writes (`occurrences`, `extracted`). */
function checkRebuildable(graph: NewsGraph): void {
  const version = graph.getAttribute("schemaVersion");
  const fail = (why: string): never => {
    throw new NewsgraphError("invalid-graph", `${why}; build it again from the articles, without --update`);
  };
  if (version !== SCHEMA_VERSION) fail(`the graph has schema version ${version ?? "(none)"}, not ${SCHEMA_VERSION}`);
  if (!Array.isArray(graph.getAttribute("documents"))) fail("the graph lists no documents");
  const node = graph.findNode((_n, attributes) => !Array.isArray(attributes.occurrences));
  if (node !== undefined) fail(`node "${node}" lacks its per-article occurrences`);
  const edge = graph.findEdge((_e, attributes) => !Array.isArray(attributes.evidence) || attributes.evidence.some((e) => !e.extracted));
  if (edge !== undefined) fail(`edge "${edge}" lacks its per-article evidence`);
}

function builderOf(records: Map<string, DocumentRecord>, options: BuildOptions & { keep?: ReadonlyMap<string, Position> }): GraphBuilder {
  const maxEvidence = validateMaxEvidence(options.maxEvidence ?? DEFAULT_MAX_EVIDENCE);
  return {
    add(extraction) {
      records.set(extraction.doc.id, toDocumentRecord(extraction, maxEvidence));
    },
    remove(docId) {
      return records.delete(docId);
    },
    document(docId) {
      return records.get(docId)?.info;
    },
    get size() {
      return records.size;
    },
    build() {
      const aliasRules = options.aliasRules ?? EMPTY_ALIAS_RULES;
      const layoutSeed = options.layoutSeed ?? DEFAULT_LAYOUT_SEED;
      const graph = assembleGraph(records.values(), { aliasRules, createIndex: options.createIndex });
      graph.setAttribute("schemaVersion", SCHEMA_VERSION);
      graph.setAttribute("extractorVersion", EXTRACTOR_VERSION);
      graph.setAttribute("layoutSeed", layoutSeed);
      graph.setAttribute("maxEvidence", maxEvidence);
      assignMetricsAndLayout(graph, { seed: layoutSeed, iterations: options.layoutIterations, keep: options.keep });
      return graph;
    },
  };
}

function validateMaxEvidence(max: number): number {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`graph builder: "maxEvidence" must be a whole number of at least 1, got ${String(max)}`);
  }
  return max;
}

/** Builds the graph of a set of extractions. */
export function buildGraph(extractions: Iterable<Extraction>, options: BuildOptions = {}): NewsGraph {
  const builder = createGraphBuilder(options);
  for (const extraction of extractions) builder.add(extraction);
  return builder.build();
}

/** The graph with these extractions added (an article already in it is replaced). */
export function addExtractions(graph: NewsGraph, extractions: Iterable<Extraction>, options: BuildOptions = {}): NewsGraph {
  const builder = graphBuilderFrom(graph, options);
  for (const extraction of extractions) builder.add(extraction);
  return builder.build();
}

/** The graph without these articles (their evidence, then edges and entities left without any), and the ids not found. */
export function removeDocuments(
  graph: NewsGraph,
  docIds: Iterable<string>,
  options: BuildOptions = {},
): { graph: NewsGraph; removed: string[]; unknown: string[] } {
  const builder = graphBuilderFrom(graph, options);
  const removed: string[] = [];
  const unknown: string[] = [];
  for (const id of docIds) (builder.remove(id) ? removed : unknown).push(id);
  return { graph: builder.build(), removed, unknown };
}
