// exportGraph, the one entry point the CLI and the library use: each format reaches its writer with its options.
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportGraph, isExportFormat, toCsv, toCypher, toGexf, toGraphml, toTurtle, type ExportFormat } from "../../src/export/index.js";
import { fieldsGraph } from "./fields.js";

describe("exportGraph", () => {
  it("hands each format to its writer, with its options", () => {
    const graph = fieldsGraph();
    expect(exportGraph(graph, "gexf")).toBe(toGexf(graph));
    expect(exportGraph(graph, "gexf", { gexfVersion: "1.2" })).toBe(toGexf(graph, { version: "1.2" }));
    expect(exportGraph(graph, "graphml", { yfiles: true })).toBe(toGraphml(graph, { yfiles: true }));
    expect(exportGraph(graph, "graphml")).toBe(toGraphml(graph));
    expect(exportGraph(graph, "csv")).toEqual(toCsv(graph));
    expect(exportGraph(graph, "cypher")).toBe(toCypher(graph));
    expect(exportGraph(graph, "ttl", { base: "https://council.example/kg/" })).toBe(toTurtle(graph, { base: "https://council.example/kg/" }));
  });

  it("refuses an unknown format, naming the ones it knows", () => {
    expect(() => exportGraph(fieldsGraph(), "pdf" as ExportFormat)).toThrow(
      expect.objectContaining({ code: "invalid-argument", message: 'export: unknown format "pdf"; use one of gexf, graphml, csv, cypher, ttl' }),
    );
  });

  it("knows its formats", () => {
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(isExportFormat("pdf")).toBe(false);
    expect(isExportFormat("toString")).toBe(false);
  });
});
