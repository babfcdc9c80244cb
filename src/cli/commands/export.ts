// `newsgraph export`: the graph in the format of the tool you work in: Gephi (gexf), yEd/Cytoscape (graphml),
// Neo4j or a spreadsheet (csv, cypher), RDF tools (ttl). To stdout, or to a file with -o (csv: a folder). The work
// is in ../actions/export.ts, loaded when the command runs.
import { DEFAULT_BASE_IRI, EXPORT_FORMATS } from "../../export/formats.js";
import type { CommandSpec } from "../table.js";
import { DEFAULT_GRAPH } from "./query.js";

export const exportCommand: CommandSpec = {
  name: "export",
  args: "<format>",
  summary: `Write the graph as ${EXPORT_FORMATS.join(", ")}: gexf for Gephi and Gephi Lite (laid out and coloured), graphml for yEd, Cytoscape and NetworkX, csv (nodes.csv + edges.csv for \`neo4j-admin database import --array-delimiter=U+001F\`), cypher (MERGE statements for \`cypher-shell -f\`), ttl (RDF Turtle, relations reified with their evidence). Goes to stdout unless -o is given; csv needs -o DIR.`,
  options: [
    { flags: "-g, --graph <file>", description: "graph file written by `newsgraph build`", default: DEFAULT_GRAPH },
    { flags: "-o, --output <path>", description: "file to write (a folder for csv); stdout when absent" },
    { flags: "--gexf-version <version>", description: "gexf: 1.3, or 1.2 for older readers (NetworkX reads 1.2draft natively)", default: "1.3" },
    { flags: "--yfiles", description: "graphml: add yFiles graphics, so that yEd shows labels, colours and positions", default: false },
    { flags: "--base <iri>", description: "ttl: base IRI of the entities, relations and vocabulary", default: DEFAULT_BASE_IRI },
    { flags: "-t, --types <list>", description: "export only entities of these types (comma-separated) and the relations between them" },
    { flags: "--docs <list>", description: "export only what these articles say (comma-separated ids): their entities, relations and evidence" },
    { flags: "--min-weight <n>", description: "export only relations with at least n evidence sentences, and the entities they join" },
  ],
  examples: [
    "newsgraph export gexf -o graph.gexf",
    "newsgraph export csv -o neo4j-import/",
    "newsgraph export graphml --yfiles -o graph.graphml",
    "newsgraph export cypher --graph data/graph.json > graph.cypher",
    "newsgraph export ttl --base https://news.example.org/kg/ -o graph.ttl",
    "newsgraph export gexf --types PERSON,ORG --min-weight 2 -o people-and-organisations.gexf",
  ],
  run: async (args, options) => (await import("../actions/export.js")).runExport(args, options),
};
