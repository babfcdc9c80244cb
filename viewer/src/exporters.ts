// Exports: the current view as a PNG (what the canvas shows, reducers included), and any text (the GEXF the
// page offers is written by the project's own exporter, src/export/gexf.ts, the same as `newsgraph export gexf`).
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import type { NewsSigma } from "./renderer.js";

export async function exportPng(renderer: NewsSigma): Promise<void> {
  await downloadAsPNG(renderer as unknown as Sigma, { fileName: "newsgraph", backgroundColor: "#ffffff" });
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
