// Our graph.json in a stock Sigma v3 and graphology, with no code of ours: `new Sigma(Graph.from(json), el)` renders
// the seeds' graph in Chromium without an error. A version-1 file (entity type in `type`, which Sigma reads as its
// renderer's name) is the counter-example: stock Sigma refuses it, so the test can tell the two apart.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraph, serializeGraph } from "../../src/model/index.js";
import { launchBrowser, ROOT } from "./browser.js";

const V1_TEXT = readFileSync(join(ROOT, "tests", "model", "fixtures", "seeds-v1.json"), "utf8");

let browser: Browser;
let page: Page;
let out: string;
const errors: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "newsgraph-stock-sigma-"));
  // Bundle the stock page with Vite (graphology and sigma from node_modules, as any app would get them).
  const result = await build({
    root: join(ROOT, "tests", "viewer", "stock-sigma"),
    configFile: false,
    logLevel: "silent",
    build: { outDir: out, emptyOutDir: true, write: false, rollupOptions: { input: join(ROOT, "tests", "viewer", "stock-sigma", "stock.js") } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r: any) => r.output);
  const script = outputs.find((o: any) => o.type === "chunk" && o.isEntry).code as string;
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.setContent('<div id="container" style="width: 800px; height: 600px"></div>');
  await page.addScriptTag({ content: script, type: "module" });
  await page.waitForFunction(() => typeof (window as any).renderStock === "function");
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe("graph.json in a stock Sigma", () => {
  it("renders the seeds' graph (schema version 2) without an error", async () => {
    const graph = parseGraph(V1_TEXT, "seeds-v1.json");
    const json = JSON.parse(serializeGraph(graph));
    expect(json.attributes.schemaVersion).toBe(2);
    const result = await page.evaluate((data) => (window as any).renderStock(data), json);
    expect(result).toEqual({ order: graph.order, size: graph.size, drawn: graph.order, edges: graph.size });
    expect(errors).toEqual([]);
  });

  it("refuses a version-1 file as it is: the entity type in `type` is taken for a renderer", async () => {
    const thrown = await page.evaluate((data) => {
      try {
        (window as any).renderStock(data);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    }, JSON.parse(V1_TEXT));
    expect(thrown).toMatch(/could not find a suitable program for node type "?[A-Z_]+"?/);
  });
});
