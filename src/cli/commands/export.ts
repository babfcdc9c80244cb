// `newsgraph export`: the graph in the format of the tool you work in: Gephi (gexf), yEd/Cytoscape (graphml),
// Neo4j or a spreadsheet (csv, cypher), RDF tools (ttl). To stdout, or to a file with -o (csv: a folder).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { NewsgraphError } from "../../errors.js";
import { DEFAULT_BASE_IRI, EXPORT_FORMATS, exportGraph, isExportFormat, validateBaseIri, type GexfVersion } from "../../export/index.js";
import type { NewsGraph } from "../../model/index.js";
import { subgraph, type SubgraphOptions } from "../../query/index.js";
import { ENTITY_TYPES, type EntityType } from "../../types.js";
import { CliError, type CommandSpec } from "../table.js";
import { DEFAULT_GRAPH, integerOption, openGraph } from "./query.js";

async function write(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text, "utf8");
  } catch (error) {
    throw new CliError(`export: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, "unwritable", 2);
  }
}

/** The cut asked for with --types / --docs / --min-weight, or the whole graph. */
function cut(graph: NewsGraph, options: Record<string, unknown>): NewsGraph {
  const filter: SubgraphOptions = {};
  const list = (value: unknown) => String(value).split(",").map((item) => item.trim()).filter(Boolean);
  if (options.types !== undefined) {
    const types = list(options.types).map((type) => type.toUpperCase());
    const bad = types.filter((type) => !ENTITY_TYPES.includes(type as EntityType));
    if (bad.length) throw new CliError(`export: --types "${bad.join(",")}" is not one of ${ENTITY_TYPES.join(", ")}`);
    filter.types = types as EntityType[];
  }
  if (options.docs !== undefined) {
    const known = new Set((graph.getAttribute("documents") ?? []).map((doc) => doc.id));
    const docs = list(options.docs);
    const unknown = docs.filter((doc) => !known.has(doc));
    if (unknown.length) {
      const some = [...known].sort().slice(0, 10);
      throw new CliError(`export: --docs: the graph has no article "${unknown.join('", "')}"; its articles: ${some.join(", ")}${known.size > 10 ? ", …" : ""}`);
    }
    filter.docs = docs;
  }
  if (options.minWeight !== undefined) filter.minWeight = integerOption("export", "--min-weight", options.minWeight, 1, Number.MAX_SAFE_INTEGER);
  return Object.keys(filter).length ? subgraph(graph, filter) : graph;
}

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
    const graph = cut(openGraph("export", String(options.graph ?? DEFAULT_GRAPH)), options);
    const exportOptions = { gexfVersion: gexfVersion as GexfVersion, base, yfiles: options.yfiles === true };
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
