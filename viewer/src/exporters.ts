// Exports: the current view as a PNG (what the canvas shows, reducers included) and the whole graph as GEXF
// for Gephi, written in the browser.
import { downloadAsPNG } from "@sigma/export-image";
import gexf from "graphology-gexf/browser/index.js";
import type Sigma from "sigma";
import { cjsDefault } from "../../src/model/cjs.js";
import type { ViewerGraph } from "./data.js";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.js";
import { TYPE_COLORS } from "./palette.js";
import type { NewsSigma } from "./renderer.js";

export async function exportPng(renderer: NewsSigma): Promise<void> {
  await downloadAsPNG(renderer as unknown as Sigma, { fileName: "newsgraph", backgroundColor: "#ffffff" });
}

/** GEXF keeps flat attributes only: lists are joined, evidence is reduced to its sentences. */
export function toGexf(graph: ViewerGraph): string {
  return cjsDefault(gexf).write<NodeAttributes, EdgeAttributes>(graph, {
    formatNode: (_key, attrs) => ({
      label: attrs.label,
      attributes: {
        type: attrs.type,
        aliases: attrs.aliases.join(" | "),
        mentions: attrs.mentions,
        docs: attrs.docs.join(" | "),
        degree: attrs.degree,
        pagerank: attrs.pagerank,
        community: attrs.community,
      },
      viz: { x: attrs.x, y: attrs.y, size: attrs.size, color: TYPE_COLORS[attrs.type] },
    }),
    formatEdge: (_key, attrs) => ({
      label: attrs.predicate,
      weight: attrs.weight,
      attributes: {
        predicate: attrs.predicate,
        category: attrs.category,
        negated: attrs.negated,
        hedged: attrs.hedged,
        symmetric: attrs.symmetric,
        attributedTo: attrs.attributedTo.join(" | "),
        sources: attrs.sources,
        confidence: attrs.confidence,
        evidence: attrs.evidence.map((e) => e.text).join(" | "),
      },
    }),
  });
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
