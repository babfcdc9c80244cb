// The page on the real thing: the two seed articles built by `newsgraph build`, then explored as a reader would
// (issue 4's acceptance checks). The fixture-based tests in page.test.ts cover the page's details.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ensureViewerBuilt, launchBrowser, openViewer, poll, ROOT, screenshot, serveGraph } from "./browser.js";
import { buildGraph } from "./build.js";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveGraph>>;
let dir = "";
// The seed articles' text: an evidence sentence shown by the page must be quoted from it.
const seedText = readdirSync(join(ROOT, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(join(ROOT, "seeds", name), "utf8"))
  .join("\n");
const quoted = (sentence: string) => sentence.length > 20 && seedText.includes(sentence);

beforeAll(async () => {
  ensureViewerBuilt();
  dir = mkdtempSync(join(tmpdir(), "newsgraph-seeds-"));
  const json = buildGraph([join(ROOT, "seeds")], join(dir, "graph.json"));
  browser = await launchBrowser();
  server = await serveGraph(json);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function searchAndChoose(page: Page, query: string): Promise<void> {
  await page.fill("#search", query);
  await page.locator("#search-hits [role=option]").first().waitFor();
  await page.press("#search", "Enter");
}

describe("viewer on the seeds, built for real", () => {
  it("loads with a canvas and no console errors", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    expect(await page.locator("#sigma canvas").count()).toBeGreaterThan(0);
    expect(await page.textContent("#stats")).toMatch(/^\d+ entities · \d+ relations · 2 articles$/);
    await page.waitForTimeout(300);
    await screenshot(page, "seeds-loaded");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searching Putin selects Vladimir Putin; the panel shows warns about → F-16 with its sentence", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await searchAndChoose(page, "Putin");
    await poll(() => page.textContent("#panel h2")).toBe("Vladimir Putin");
    const relation = page.getByRole("button", { name: "warns about → F-16" });
    await relation.click();
    const body = page.locator(`#${await relation.getAttribute("aria-controls")}`);
    await body.locator("blockquote.sentence").first().waitFor(); // evidence is fetched when a relation opens
    const sentences = await body.locator("blockquote.sentence").allTextContents();
    expect(sentences.some((s) => s.includes("F-16 fighters") && quoted(s))).toBe(true);
    expect(await page.locator("#panel").textContent()).toContain("president of → Russia");
    await page.waitForTimeout(500);
    await screenshot(page, "seeds-putin");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("clicking speaks for on Peskov shows the Kremlin sentence", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await searchAndChoose(page, "Peskov");
    await poll(() => page.textContent("#panel h2")).toBe("Dmitry Peskov");
    const relation = page.getByRole("button", { name: "speaks for → Kremlin" });
    await relation.click();
    await page.locator(`#${await relation.getAttribute("aria-controls")} blockquote.sentence`).first().waitFor();
    const sentences = await page
      .locator(`#${await relation.getAttribute("aria-controls")} blockquote.sentence`)
      .allTextContents();
    expect(sentences.some((s) => s.includes("Kremlin") && s.includes("Dmitry Peskov") && quoted(s))).toBe(true);
    await screenshot(page, "seeds-peskov");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("turning off PERSON hides people", async () => {
    const { page } = await openViewer(browser, server.url);
    const people = await page.evaluate(() =>
      window.newsgraph!.renderer!.sigma.getGraph().filterNodes((_n, a) => a.entityType === "PERSON"),
    );
    expect(people).toContain("vladimir-putin");
    await page.uncheck("#type-PERSON");
    const visible = await page.evaluate(() => window.newsgraph!.visibleNodes());
    expect(visible.filter((n) => people.includes(n))).toEqual([]);
    expect(visible.length).toBeGreaterThan(0);
    await page.close();
  });

  it("the URL of a selection reopens it", async () => {
    const first = await openViewer(browser, server.url);
    await searchAndChoose(first.page, "Peskov");
    await poll(() => first.page.textContent("#panel h2")).toBe("Dmitry Peskov");
    const url = first.page.url();
    await first.page.close();
    const { page } = await openViewer(browser, url);
    expect(await page.textContent("#panel h2")).toBe("Dmitry Peskov");
    expect(await page.evaluate(() => window.newsgraph!.state.node)).toBe("dmitry-peskov");
    await page.close();
  });
});
