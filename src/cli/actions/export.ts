// What `newsgraph export` does (declared in ../commands/export.ts, which loads this module, and the writers'
// libraries, only when the command runs): cuts the graph as asked and writes it in the chosen format.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { NewsgraphError } from "../../errors.js";
import { DEFAULT_BASE_IRI, EXPORT_FORMATS, exportGraph, isExportFormat, validateBaseIri, type GexfVersion } from "../../export/index.js";
import type { NewsGraph } from "../../model/index.js";
import { subgraph, type SubgraphOptions } from "../../query/index.js";
import { ENTITY_TYPES, type EntityType } from "../../types.js";
import { integerOption, prepareOutputFile } from "../options.js";
import { CliError } from "../table.js";
import { DEFAULT_GRAPH, openGraph } from "../commands/query.js";

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

export async function runExport(args: string[], options: Record<string, unknown>): Promise<number> {
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
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way; csv needs a folder" : code;
      throw new CliError(`export csv: cannot create folder ${output} (${reason})`, "unwritable", 2);
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
  prepareOutputFile("export", "-o", output);
  await write(output, text);
  console.error(`newsgraph export: wrote ${output} (${summary})`);
  return 0;
}
