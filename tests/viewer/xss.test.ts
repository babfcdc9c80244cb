// Article text is untrusted: an article carrying `<img onerror>` and `<script>` goes through the real build, and
// the page shows those characters as text and runs none of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { ensureViewerBuilt, launchBrowser, openViewer, screenshot, serveGraph } from "./browser.js";
import { buildGraph } from "./build.js";

const ARTICLE = [
  'Council row <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>',
  "",
  'Orchard Bank spokesman Paul Mendez <img src=x onerror="window.__xss=3"> said on Monday that the bank would not fund the plan.',
  "",
  "The European Union has provided Moldova <script>window.__xss=4</script> with billions worth of aid, Mendez said.",
  "",
].join("\n");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveGraph>>;
let dir = "";

beforeAll(async () => {
  ensureViewerBuilt();
  dir = mkdtempSync(join(tmpdir(), "newsgraph-xss-"));
  mkdirSync(join(dir, "articles"));
  writeFileSync(join(dir, "articles", "council-row.txt"), ARTICLE);
  const json = buildGraph([join(dir, "articles")], join(dir, "graph.json"));
  browser = await launchBrowser();
  server = await serveGraph(json);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("an article with HTML in it", () => {
  it("shows the markup as text in the panel and runs nothing", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const nodes = await page.evaluate(() => window.newsgraph!.visibleNodes());
    expect(nodes.length).toBeGreaterThan(0);
    const texts: string[] = [];
    for (const node of nodes) {
      await page.evaluate((key) => (location.hash = `#node=${encodeURIComponent(key)}`), node);
      await page.waitForFunction((key) => window.newsgraph!.state.node === key, node);
      // Expand every relation: the evidence sentences carry the article's text.
      for (const button of await page.locator("#panel button.relation").all()) await button.click();
      texts.push((await page.textContent("#panel")) ?? "");
    }
    const all = texts.join("\n");
    expect(all).toContain('<img src=x onerror="window.');
    expect(all).toContain("<script>window.");
    await screenshot(page, "viewer-xss");

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1); // the page's own module
    expect(errors).toEqual([]);
    await page.close();
  });
});
