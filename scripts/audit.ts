// npm run audit -- <corpus>: builds a corpus the way `newsgraph build` does (or reads a graph file) and prints the
// figures a self-audit needs — relations per article, articles with a relation, edges ending on a single common word,
// the predicates used — and a seeded random sample of edges with their sentence, numbered for a person to judge.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { NewsgraphError } from "../src/errors.js";
import { defaultWorkers, extractAll } from "../src/extract/index.js";
import { loadGraph, saveGraph, type NewsGraph } from "../src/model/index.js";
import { createGraphBuilder } from "../src/build/index.js";
import { seededRandom } from "../src/build/random.js";
import { readDocuments } from "../src/ingest/index.js";
import { wordClass } from "../src/nlp/index.js";
import type { Document, EdgeAttributes } from "../src/types.js";

const USAGE =
  "usage: npm run audit -- <corpus> [--limit N] [--sample N] [--seed S] [--workers N] [-o graph.json] [--json]\n" +
  "       npm run audit -- --graph graph.json [<corpus>] [--sample N] [--seed S] [--json]";

export interface AuditSettings {
  /** Files or folders of articles, anything `newsgraph build` reads. With `graph`, only read for their words. */
  corpus: string[];
  /** Audit this graph file instead of building one. */
  graph?: string;
  /** Only the first N articles of the corpus (all when undefined). */
  limit?: number;
  /** Edges in the sample. */
  sample: number;
  /** Seed of the sample's generator. */
  seed: number;
  /** Extraction threads (default: as `newsgraph build`). */
  workers?: number;
  /** Save the built graph here (to audit it again with `--graph` and another seed). */
  output?: string;
  json: boolean;
}

export const DEFAULT_SETTINGS = { sample: 50, seed: 1, json: false } as const;

/** What the audit found; `--json` prints it as is. */
export interface AuditSummary {
  source: string;
  articles: number;
  entities: number;
  /** Edges: one per (subject, predicate, object, polarity) over the whole graph. */
  relations: number;
  evidenceSentences: number;
  /** Relations whose two ends merged into one entity: kept on the node, not counted as edges. */
  selfRelations: number;
  /** Mean over articles of the distinct edges with evidence in the article. */
  relationsPerArticle: number;
  articlesWithRelation: number;
  shareArticlesWithRelation: number;
  /** Articles by their number of distinct edges: "0", "1", "2", "3-5", "6+". */
  articlesByRelations: Record<string, number>;
  entitiesWithoutEdge: number;
  shareEntitiesWithoutEdge: number;
  /** Where the lowercase words of the single-common-word test came from. */
  commonWordsFrom: string;
  edgesWithCommonWordEnd: number;
  shareEdgesWithCommonWordEnd: number;
  /** Single-common-word labels at an edge end, by the number of edges they end. */
  topCommonWordLabels: { label: string; type: string; edges: number }[];
  predicates: { predicate: string; edges: number; evidence: number }[];
  seed: number;
  sample: SampledEdge[];
}

export interface SampledEdge {
  edge: string;
  subject: string;
  subjectType: string;
  predicate: string;
  object: string;
  objectType: string;
  negated: boolean;
  hedged: boolean;
  attributedTo: string[];
  weight: number;
  /** The first evidence sentence by document order. */
  doc: string;
  sentence: string;
}

// ---------------------------------------------------------------------------------------------------
// Figures

/**
 * A label is a single common word when it is one word (no white space) and its lowercase form is a common word: it
 * occurs as a lowercase word at least twice in the corpus ("Union", "Treasury", "Farm", "CREDITORS"; twice, so that
 * one slip such as "opec" does not count), or wink's part of speech of the lone lowercase word is a closed class
 * (ADP, AUX, CCONJ, DET, PART, PRON, SCONJ, INTJ: "TO", "HAS"). Open classes are no test on their own: wink calls
 * nearly every lone lowercase word a NOUN ("japan", "texaco") and some names a VERB or ADJ ("fed", "beijing").
 */
export function isSingleCommonWord(label: string, lowercaseCounts: ReadonlyMap<string, number>): boolean {
  if (/\s/.test(label) || !/\p{L}/u.test(label)) return false;
  const lower = label.toLowerCase();
  return (lowercaseCounts.get(lower) ?? 0) >= 2 || CLOSED_CLASSES.has(wordClass(lower));
}

const CLOSED_CLASSES = new Set(["ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "INTJ"]);
const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

/** Counts the words of `text` written wholly in lowercase into `into`. */
export function countLowercaseWords(text: string, into: Map<string, number>): void {
  for (const [word] of text.matchAll(WORD))
    if (word === word.toLowerCase() && word !== word.toUpperCase()) into.set(word, (into.get(word) ?? 0) + 1);
}

export function auditGraph(
  graph: NewsGraph,
  options: { sample: number; seed: number; lowercaseCounts: ReadonlyMap<string, number>; commonWordsFrom: string; source: string },
): AuditSummary {
  const documents = graph.getAttribute("documents");
  const edgesPerDoc = new Map<string, number>(documents.map((d) => [d.id, 0]));
  const predicates = new Map<string, { edges: number; evidence: number }>();
  const commonLabels = new Map<string, { label: string; type: string; edges: number }>();
  const isCommon = new Map<string, boolean>(); // node → single common word
  const common = (node: string) => {
    let known = isCommon.get(node);
    if (known === undefined) {
      known = isSingleCommonWord(graph.getNodeAttribute(node, "label"), options.lowercaseCounts);
      isCommon.set(node, known);
    }
    return known;
  };
  let evidenceSentences = 0;
  let edgesWithCommonWordEnd = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    evidenceSentences += attributes.evidence.length;
    for (const doc of new Set(attributes.evidence.map((e) => e.doc))) edgesPerDoc.set(doc, (edgesPerDoc.get(doc) ?? 0) + 1);
    const p = predicates.get(attributes.predicate) ?? { edges: 0, evidence: 0 };
    p.edges++;
    p.evidence += attributes.evidence.length;
    predicates.set(attributes.predicate, p);
    const ends = [...new Set([source, target])].filter(common);
    if (ends.length) edgesWithCommonWordEnd++;
    for (const node of ends) {
      const entry = commonLabels.get(node) ?? {
        label: graph.getNodeAttribute(node, "label"),
        type: graph.getNodeAttribute(node, "entityType"),
        edges: 0,
      };
      entry.edges++;
      commonLabels.set(node, entry);
    }
  });

  const counts = [...edgesPerDoc.values()];
  const articles = documents.length;
  const withRelation = counts.filter((n) => n > 0).length;
  const bucket = (n: number) => (n <= 2 ? String(n) : n <= 5 ? "3-5" : "6+");
  const articlesByRelations: Record<string, number> = { "0": 0, "1": 0, "2": 0, "3-5": 0, "6+": 0 };
  for (const n of counts) articlesByRelations[bucket(n)]++;
  const withoutEdge = graph.filterNodes((node) => graph.degree(node) === 0).length;
  let selfRelations = 0;
  graph.forEachNode((_, attributes) => (selfRelations += attributes.selfRelations?.length ?? 0));

  return {
    source: options.source,
    articles,
    entities: graph.order,
    relations: graph.size,
    evidenceSentences,
    selfRelations,
    relationsPerArticle: round(articles ? sum(counts) / articles : 0),
    articlesWithRelation: withRelation,
    shareArticlesWithRelation: round(articles ? withRelation / articles : 0),
    articlesByRelations,
    entitiesWithoutEdge: withoutEdge,
    shareEntitiesWithoutEdge: round(graph.order ? withoutEdge / graph.order : 0),
    commonWordsFrom: options.commonWordsFrom,
    edgesWithCommonWordEnd,
    shareEdgesWithCommonWordEnd: round(graph.size ? edgesWithCommonWordEnd / graph.size : 0),
    topCommonWordLabels: [...commonLabels.values()].sort((a, b) => b.edges - a.edges || compare(a.label, b.label)).slice(0, 20),
    predicates: [...predicates]
      .map(([predicate, p]) => ({ predicate, ...p }))
      .sort((a, b) => b.edges - a.edges || b.evidence - a.evidence || compare(a.predicate, b.predicate))
      .slice(0, 25),
    seed: options.seed,
    sample: sampleEdges(graph, options.sample, options.seed),
  };
}

/** N edges drawn without replacement by a seeded partial Fisher–Yates shuffle over the edge keys in code-point order. */
export function sampleEdges(graph: NewsGraph, n: number, seed: number): SampledEdge[] {
  const keys = graph.edges().sort(compare);
  const random = seededRandom(seed);
  const count = Math.min(n, keys.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (keys.length - i));
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  return keys.slice(0, count).map((edge) => {
    const a: EdgeAttributes = graph.getEdgeAttributes(edge);
    const first = a.evidence[0];
    return {
      edge,
      subject: label(graph.source(edge)),
      subjectType: graph.getNodeAttribute(graph.source(edge), "entityType"),
      predicate: a.predicate,
      object: label(graph.target(edge)),
      objectType: graph.getNodeAttribute(graph.target(edge), "entityType"),
      negated: a.negated,
      hedged: a.hedged,
      attributedTo: a.attributedTo.map((node) => (graph.hasNode(node) ? label(node) : node)),
      weight: a.weight,
      doc: first?.doc ?? "",
      sentence: (first?.text ?? "").replace(/\s+/g, " ").trim(),
    };
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------------
// Text report

export function renderAudit(s: AuditSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (name: string, value: string | number, note = "") =>
    `  ${name.padEnd(36)} ${String(value).padStart(8)}${note ? `  ${note}` : ""}`;
  const lines = [
    `newsgraph audit: ${s.source}`,
    "",
    row("articles", s.articles),
    row("entities", s.entities),
    row("relations (edges)", s.relations, "one per (subject, predicate, object, polarity)"),
    row("evidence sentences", s.evidenceSentences),
    row("relations kept on one node", s.selfRelations, "both ends merged into one entity; not edges"),
    row(
      "relations per article",
      s.relationsPerArticle.toFixed(2),
      "mean over articles of the distinct edges with evidence in the article",
    ),
    row("articles with a relation", pct(s.shareArticlesWithRelation), `${s.articlesWithRelation} of ${s.articles}`),
    row(
      "articles by relations",
      "",
      Object.entries(s.articlesByRelations)
        .map(([k, v]) => `${k}: ${v}`)
        .join(", "),
    ),
    row("entities with no edge", pct(s.shareEntitiesWithoutEdge), `${s.entitiesWithoutEdge} of ${s.entities}`),
    row(
      "edges with a single-common-word end",
      pct(s.shareEdgesWithCommonWordEnd),
      `${s.edgesWithCommonWordEnd} of ${s.relations} (lowercase words from ${s.commonWordsFrom})`,
    ),
    "",
    `Single common words at an edge end (one-word label whose lowercase form is a lowercase word at least twice in`,
    `${s.commonWordsFrom}, or a function word for wink), top ${s.topCommonWordLabels.length}:`,
    ...s.topCommonWordLabels.map((l) => `  ${String(l.edges).padStart(5)}  ${l.label} [${l.type}]`),
    "",
    `Predicates, top ${s.predicates.length} (edges, evidence sentences):`,
    ...s.predicates.map((p) => `  ${String(p.edges).padStart(5)} ${String(p.evidence).padStart(5)}  ${p.predicate}`),
    "",
    `Sample of ${s.sample.length} edges (seed ${s.seed}), with their first sentence. Mark each box: x correct, ~ right pair`,
    "but odd predicate or argument, - wrong.",
  ];
  s.sample.forEach((e, i) => {
    const flags = [
      e.negated && "negated",
      e.hedged && "hedged",
      e.attributedTo.length && `attributed to ${e.attributedTo.join(", ")}`,
    ];
    const extra = [...flags.filter(Boolean), e.weight > 1 && `${e.weight} sentences`].filter(Boolean);
    lines.push(
      "",
      `${String(i + 1).padStart(3)}. [ ] ${e.subject} [${e.subjectType}] -${e.predicate}-> ${e.object} [${e.objectType}]` +
        (extra.length ? `  (${extra.join("; ")})` : ""),
      `       ${e.doc}: ${e.sentence}`,
    );
  });
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------
// Command line

class UsageError extends Error {}

export function parseSettings(argv: string[]): AuditSettings {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      limit: { type: "string" },
      sample: { type: "string" },
      seed: { type: "string" },
      graph: { type: "string" },
      workers: { type: "string" },
      output: { type: "string", short: "o" },
      json: { type: "boolean", default: false },
    },
  });
  const integer = (flag: string, value: string | undefined, min: number) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag} expects a whole number ≥ ${min}, got "${value}"`);
    return n;
  };
  const settings: AuditSettings = {
    corpus: positionals,
    graph: values.graph,
    limit: integer("limit", values.limit, 1),
    sample: integer("sample", values.sample, 0) ?? DEFAULT_SETTINGS.sample,
    seed: integer("seed", values.seed, 0) ?? DEFAULT_SETTINGS.seed,
    workers: integer("workers", values.workers, 1),
    output: values.output,
    json: values.json ?? DEFAULT_SETTINGS.json,
  };
  if (settings.corpus.length === 0 && settings.graph === undefined) throw new UsageError(`no corpus given\n${USAGE}`);
  if (settings.graph !== undefined && settings.output !== undefined)
    throw new UsageError("-o saves a graph the audit builds; with --graph there is none");
  for (const path of settings.corpus) if (!existsSync(path)) throw new UsageError(`corpus path ${path} not found`);
  if (settings.graph !== undefined && !existsSync(settings.graph)) throw new UsageError(`graph file ${settings.graph} not found`);
  return settings;
}

/** The corpus's first `limit` articles, counting them and the lowercase words of each as they go by. */
async function* firstArticles(
  settings: AuditSettings,
  read: { articles: number; words: Map<string, number> },
  skipped: string[],
): AsyncGenerator<Document> {
  const onProblem = (p: { source: string; line?: number; reason: string }) =>
    skipped.push(`${p.source}${p.line === undefined ? "" : `:${p.line}`}: ${p.reason}`);
  for await (const doc of readDocuments(settings.corpus, { onProblem })) {
    if (settings.limit !== undefined && read.articles >= settings.limit) return;
    read.articles++;
    countLowercaseWords(doc.text, read.words);
    yield doc;
  }
}

export async function runAudit(settings: AuditSettings): Promise<AuditSummary> {
  const started = performance.now();
  const read = { articles: 0, words: new Map<string, number>() };
  const skipped: string[] = [];
  let graph: NewsGraph;
  let source: string;
  let commonWordsFrom: string;
  if (settings.graph !== undefined) {
    graph = loadGraph(settings.graph);
    // The corpus, when given, lends its words; otherwise only the evidence sentences are at hand.
    if (settings.corpus.length) {
      for await (const _ of firstArticles(settings, read, skipped));
      commonWordsFrom = `the corpus (${read.articles} articles)`;
    } else {
      const seen = new Set<string>(); // a sentence behind several edges counts once
      graph.forEachEdge((_, a) => {
        for (const e of a.evidence) {
          const key = `${e.doc}:${e.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          countLowercaseWords(e.text, read.words);
        }
      });
      commonWordsFrom = "the evidence sentences (no corpus given)";
    }
    source = settings.graph;
  } else {
    const workers = settings.workers ?? defaultWorkers();
    const builder = createGraphBuilder();
    const onProblem = (p: { source: string; reason: string }) => skipped.push(`${p.source}: ${p.reason}`);
    for await (const extraction of extractAll(firstArticles(settings, read, skipped), { workers, onProblem })) builder.add(extraction);
    graph = builder.build();
    if (graph.getAttribute("documents").length === 0) throw new UsageError(`no articles read from ${settings.corpus.join(", ")}`);
    if (settings.output !== undefined) await saveGraph(graph, settings.output);
    const seconds = (performance.now() - started) / 1000;
    source =
      `${settings.corpus.join(", ")}${settings.limit === undefined ? "" : ` (first ${settings.limit} articles)`}, ` +
      `built in ${seconds.toFixed(1)} s with ${workers} worker${workers === 1 ? "" : "s"}`;
    commonWordsFrom = `the corpus (${read.articles} articles)`;
  }
  for (const s of skipped) console.error(`newsgraph audit: skipped ${s}`);
  return auditGraph(graph, { sample: settings.sample, seed: settings.seed, lowercaseCounts: read.words, commonWordsFrom, source });
}

/** Runs the audit on command-line arguments and prints it; returns the exit code (2: usage error, missing path). */
export async function main(argv: string[]): Promise<number> {
  let settings: AuditSettings;
  try {
    settings = parseSettings(argv);
    const summary = await runAudit(settings);
    console.log(settings.json ? JSON.stringify(summary, null, 2) : renderAudit(summary));
    return 0;
  } catch (error) {
    const parseError = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (error instanceof UsageError || error instanceof NewsgraphError || parseError) {
      console.error(`newsgraph audit: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = await main(process.argv.slice(2));
