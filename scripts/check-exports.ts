// Checks every export of a graph file the way the export tests do, on graphs too large for the tests (e.g. 500
// Reuters articles): each XML export validated by xmllint against tests/export/schemas, each export read back by
// NetworkX, rdflib and Python's csv, and the counts printed beside the graph's. Exits 1 when anything is invalid,
// merged or lost.
//   npx tsx scripts/check-exports.ts data/graph.json
import { CSV_ARRAY_DELIMITER, edgeKind, toCsv, toGexf, toGraphml, toTurtle } from "../src/export/index.js";
import { loadGraph } from "../src/model/index.js";
import { readWithPython, schemaErrors } from "../tests/export/independent.js";

const path = process.argv[2];
if (!path) {
  console.error("usage: tsx scripts/check-exports.ts GRAPH.json");
  process.exit(2);
}
const graph = loadGraph(path);
const want = `${graph.order} entities, ${graph.size} relations`;
let failures = 0;
function report(what: string, got: string, ok: boolean): void {
  if (!ok) failures++;
  console.log(`${ok ? "ok  " : "FAIL"} ${what}: ${got}`);
}

console.log(`${path}: ${want}`);
const gexf13 = toGexf(graph);
const gexf12 = toGexf(graph, { version: "1.2" });
const graphml = toGraphml(graph);
const yfiles = toGraphml(graph, { yfiles: true });
for (const [schema, text] of [["gexf-1.3", gexf13], ["gexf-1.2draft", gexf12], ["graphml", graphml], ["graphml-yfiles", yfiles]] as const) {
  const errors = schemaErrors(schema, text);
  report(`xmllint ${schema}`, errors.length ? `${errors.length} errors, first: ${errors[0]}` : "valid", errors.length === 0);
}
const kinds = new Set(graph.mapEdges((_e, a, s, t) => `${s}\u0000${t}\u0000${edgeKind({ predicate: a.predicate, negated: a.negated })}`));
report("GEXF 1.3 edges unique per (source, target, kind)", `${kinds.size} of ${graph.size}`, kinds.size === graph.size);
for (const [name, kind, file, text] of [
  ["NetworkX GEXF 1.3", "gexf", "g.gexf", gexf13],
  ["NetworkX GEXF 1.2draft", "gexf", "g.gexf", gexf12],
  ["NetworkX GraphML", "graphml", "g.graphml", graphml],
  ["NetworkX GraphML + yFiles", "graphml", "g.graphml", yfiles],
] as const) {
  const read = readWithPython(kind, { [file]: text });
  const nodes = Object.keys(read.nodes).length;
  report(name, `${nodes} entities, ${read.edges.length} relations`, nodes === graph.order && read.edges.length === graph.size);
}
const ttl = readWithPython("ttl", { "g.ttl": toTurtle(graph) });
const statements = Object.keys(ttl.relations).length;
report(
  "rdflib Turtle",
  `${ttl.triples} triples, ${ttl.entities} entities, ${statements} rdf:Statements, ${ttl.undeclared.length} undeclared terms`,
  ttl.entities === graph.order && statements === graph.size && ttl.undeclared.length === 0,
);
const { nodes, edges } = toCsv(graph);
const csv = readWithPython("csv", { "nodes.csv": nodes, "edges.csv": edges });
const aliases = csv.nodes.header.indexOf("aliases:string[]");
const items = csv.nodes.rows.reduce((sum: number, row: string[]) => sum + (row[aliases] ? row[aliases].split(CSV_ARRAY_DELIMITER).length : 0), 0);
const expectedItems = graph.reduceNodes((sum, _n, a) => sum + (a.aliases?.length ?? 0), 0);
report(
  "Python csv",
  `${csv.nodes.rows.length} node rows, ${csv.edges.rows.length} edge rows, ${items} aliases (graph: ${expectedItems})`,
  csv.nodes.rows.length === graph.order && csv.edges.rows.length === graph.size && items === expectedItems,
);
process.exit(failures ? 1 : 0);
