// The export formats and their defaults, apart from the writers so that the CLI can list them in `--help` without
// loading the writers' libraries (n3, graphology-gexf).

export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "cypher", "ttl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Base IRI of the Turtle export's entities, relations and vocabulary when none is given. */
export const DEFAULT_BASE_IRI = "https://example.org/newsgraph/";
