// Part `query`: a synthetic graph of 100k nodes (3 edges per node, one evidence sentence each) saved as graph JSON,
// then loadGraph and neighbour queries (X's src/query) on it.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { random } from "./corpus.mjs";
import { dist, figure, goal, heading, loadWarning, mb, now, timed } from "./lib.mjs";

const TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"];
const PREDICATES = [
  ["meets", "cooperation"],
  ["aids", "support"],
  ["warns about", "conflict"],
  ["speaks for", "role"],
  ["member of", "membership"],
];

function syntheticGraph(createNewsGraph, nodes, edgesPerNode) {
  const rand = random(11);
  const graph = createNewsGraph();
  for (let i = 0; i < nodes; i++) {
    const label = `Entity ${i.toString(36)} ${["North", "Grand", "New", "Old"][i % 4]}`;
    graph.addNode(`entity-${i}`, {
      label,
      entityType: TYPES[i % TYPES.length],
      aliases: [label],
      mentions: 1 + (i % 7),
      docs: [`doc-${i % 20000}`],
      degree: 0,
      pagerank: 1 / nodes,
      community: i % 97,
      x: rand() * 1000,
      y: rand() * 1000,
      size: 3,
      color: "#888888",
    });
  }
  for (let i = 0; i < nodes; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      const j = Math.floor(rand() * nodes);
      if (j === i) continue;
      const [predicate, category] = PREDICATES[(i + k) % PREDICATES.length];
      const doc = `doc-${i % 20000}`;
      graph.addEdgeWithKey(`e${i}-${k}`, `entity-${i}`, `entity-${j}`, {
        predicate,
        label: predicate,
        category,
        negated: false,
        hedged: false,
        symmetric: false,
        // One relation in ten reported by a speaker, so that paths() has speakers to link.
        attributedTo: (i + k) % 10 === 0 ? [`entity-${(i * 7 + k) % nodes}`] : [],
        weight: 1,
        sources: 1,
        confidence: 0.7,
        evidence: [{ doc, start: 0, end: 60, text: `Entity ${i} ${predicate} entity ${j}, officials said on Monday.` }],
      });
    }
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, "degree", graph.degree(node)));
  return graph;
}

/** paths() between random entities: the first call indexes the speakers, later calls reuse the index. */
async function benchPaths(queryApi, graph, rand, nodes) {
  const pairs = Array.from({ length: 51 }, () => [`entity-${Math.floor(rand() * nodes)}`, `entity-${Math.floor(rand() * nodes)}`]);
  const options = { maxLength: 3, limit: 1 };
  let t = now();
  queryApi.paths(graph, ...pairs[0], options);
  figure("paths(a, b), max. 3 hops: first call", now() - t, "ms", "(indexes the speakers)");
  t = now();
  for (const [a, b] of pairs.slice(1)) queryApi.paths(graph, a, b, options);
  figure("paths(a, b): later calls, mean", (now() - t) / (pairs.length - 1), "ms");
}

/** findEntity by label: its first call builds a name index, measured on a smaller graph (it grows fast with size). */
async function benchFind(graphApi, queryApi, nodes) {
  const graph = syntheticGraph(graphApi.createNewsGraph, nodes, 1);
  const rand = random(9);
  const labels = Array.from({ length: 200 }, () => graph.getNodeAttribute(`entity-${Math.floor(rand() * nodes)}`, "label"));
  let t = now();
  queryApi.findEntity(graph, labels[0]);
  figure(`findEntity(label) on ${nodes.toLocaleString("en-US")} nodes, first call`, now() - t, "ms", "(builds its name index)");
  t = now();
  for (const label of labels) queryApi.findEntity(graph, label);
  figure("findEntity(label), later calls: mean", ((now() - t) / labels.length) * 1000, "µs");
}

export async function benchQuery({ nodes = 100_000, edgesPerNode = 3, queries = 2_000, findNodes = 10_000 } = {}) {
  heading(`query: graph JSON of ${nodes.toLocaleString("en-US")} nodes, ${edgesPerNode} edges per node`);
  const graphApi = await dist("model/index.js");
  const queryApi = await dist("query/index.js");
  if (!graphApi) return console.log("  skipped: dist/src/model/index.js not found");
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  try {
    const file = join(dir, "graph.json");
    let t = now();
    await graphApi.saveGraph(syntheticGraph(graphApi.createNewsGraph, nodes, edgesPerNode), file);
    figure("make + save", (now() - t) / 1000, "s", `${mb(statSync(file).size).toFixed(1)} MB`);
    const load = await timed(() => graphApi.loadGraph(file));
    const graph = load.value;
    figure("loadGraph (wall)", load.seconds, "s", `${graph.order} nodes, ${graph.size} edges`);
    figure("loadGraph (CPU)", load.cpu, "s", goal(load.cpu < 10, "a few seconds"));
    if (!queryApi?.neighbors) return console.log("  neighbors: skipped (src/query does not export neighbors yet)");
    const warning = loadWarning();
    if (warning) console.log(warning);
    const rand = random(5);
    const keys = Array.from({ length: queries }, () => `entity-${Math.floor(rand() * nodes)}`);
    queryApi.neighbors(graph, keys[0]); // first call outside the timing
    const times = [];
    let found = 0;
    for (const key of keys) {
      const s = now();
      found += queryApi.neighbors(graph, key).length;
      times.push(now() - s);
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    figure(`neighbors(key), ${queries} queries: mean`, mean * 1000, "µs", `${(found / queries).toFixed(1)} neighbours each; ` + goal(mean < 1, "< 1 ms"));
    figure("neighbors(key): p99", times[Math.floor(times.length * 0.99)] * 1000, "µs");
    await benchPaths(queryApi, graph, rand, nodes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (queryApi?.findEntity) await benchFind(graphApi, queryApi, findNodes);
}
