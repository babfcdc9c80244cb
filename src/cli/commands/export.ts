// `newsgraph export`: the graph in the format of the tool you work in: Gephi (gexf), yEd/Cytoscape (graphml),
// Neo4j or a spreadsheet (csv, cypher), RDF tools (ttl). To stdout, or to a file with -o (csv: a folder).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { NewsgraphError } from "../../errors.js";
import { DEFAULT_BASE_IRI, EXPORT_FORMATS, exportGraph, isExportFormat, validateBaseIri, type GexfVersion } from "../../export/index.js";
import { CliError, type CommandSpec } from "../table.js";
import { DEFAULT_GRAPH, openGraph } from "./query.js";

async function write(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text, "utf8");
  } catch (error) {
    throw new CliError(`export: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, "unwritable", 2);
  }
}

export const exportCommand: CommandSpec = {
  name: "export",
  args: "<format>",
  summary: `Write the graph as ${EXPORT_FORMATS.join(", ")}: gexf for Gephi and Gephi Lite (laid out and coloured), graphml for yEd, Cytoscape and NetworkX, csv (nodes.csv + edges.csv for \`neo4j-admin database import\` or a spreadsheet), cypher (MERGE statements for \`cypher-shell -f\`), ttl (RDF Turtle, relations reified with their evidence). Goes to stdout unless -o is given; csv needs -o DIR.`,
  options: [
    { flags: "-g, --graph <file>", description: "graph file written by `newsgraph build`", default: DEFAULT_GRAPH },
    { flags: "-o, --output <path>", description: "file to write (a folder for csv); stdout when absent" },
    { flags: "--gexf-version <version>", description: "gexf: 1.3, or 1.2 for older readers (NetworkX reads 1.2draft natively)", default: "1.3" },
    { flags: "--base <iri>", description: "ttl: base IRI of the entities, relations and vocabulary", default: DEFAULT_BASE_IRI },
  ],
  examples: [
    "newsgraph export gexf -o graph.gexf",
    "newsgraph export csv -o neo4j-import/",
    "newsgraph export cypher --graph data/graph.json > graph.cypher",
    "newsgraph export ttl --base https://news.example.org/kg/ -o graph.ttl",
  ],
  async run(args, options) {
    const [format] = args;
    if (!isExportFormat(format)) throw new CliError(`export: unknown format "${format}"; use one of ${EXPORT_FORMATS.join(", ")}`);
    const gexfVersion = String(options.gexfVersion ?? "1.3");
    if (gexfVersion !== "1.2" && gexfVersion !== "1.3") throw new CliError(`export: --gexf-version "${gexfVersion}" is not 1.2 or 1.3`);
    const base = String(options.base ?? DEFAULT_BASE_IRI);
    try {
      validateBaseIri(base);
    } catch (error) {
      if (error instanceof NewsgraphError) throw new CliError(error.message);
      throw error;
    }
    const output = options.output === undefined ? undefined : String(options.output);
    if (format === "csv" && output === undefined) {
      throw new CliError("export csv: writes two files (nodes.csv, edges.csv); give the folder with -o DIR");
    }
    const graph = openGraph("export", String(options.graph ?? DEFAULT_GRAPH));
    const exportOptions = { gexfVersion: gexfVersion as GexfVersion, base };
    const summary = `${graph.order} entities, ${graph.size} relations`;
    if (format === "csv") {
      const { nodes, edges } = exportGraph(graph, "csv");
      try {
        mkdirSync(output!, { recursive: true });
      } catch (error) {
        throw new CliError(`export csv: cannot create folder ${output} (${(error as NodeJS.ErrnoException).code})`, "unwritable", 2);
      }
      await write(join(output!, "nodes.csv"), nodes);
      await write(join(output!, "edges.csv"), edges);
      console.error(`newsgraph export: wrote ${join(output!, "nodes.csv")} and ${join(output!, "edges.csv")} (${summary})`);
      return 0;
    }
    const text = exportGraph(graph, format, exportOptions);
    if (output === undefined) {
      process.stdout.write(text);
      return 0;
    }
    await write(output, text);
    console.error(`newsgraph export: wrote ${output} (${summary})`);
    return 0;
  },
};
