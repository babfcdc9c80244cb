// Readability on a real graph of a few thousand entities: the first 1,000 Reuters-21578 articles built by
// `newsgraph build` (when ../shared/corpora is there; else a synthetic graph of the same size, and the test
// names say so). The overview leaves out entities without relations; a selection's neighbours are laid out so
// that no two of their labels overlap, checked on the label boxes the page actually drew (measured text).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ensureViewerBuilt, launchBrowser, openViewer, poll, ROOT, screenshot, serveGraph } from "./browser.js";
import { buildGraph } from "./build.js";

const REUTERS = join(ROOT, "..", "shared", "corpora", "reuters-21578.jsonl");
const ARTICLES = 1000;
const SOURCE = existsSync(REUTERS) ? `the first ${ARTICLES} Reuters articles` : "a synthetic graph";

/** Without the corpus: 3,000 entities, about half of them related, one hub with 60 neighbours, labels of all lengths. */
function syntheticJson(): string {
  const nodes = Array.from({ length: 3000 }, (_, i) => ({
    key: `e${i}`,
    attributes: {
      label: `${["Ann", "Bo", "Carl-Heinz", "Dmitri Ivanovich", "Eve"][i % 5]} ${"Q".repeat(1 + (i % 9))} ${i}`,
      type: ["PERSON", "ORG", "GPE"][i % 3],
      aliases: [],
      mentions: 1,
      docs: [`d${i % 50}`],
      degree: 0,
      pagerank: 0,
      community: i % 7,
      x: Math.cos(i) * (50 + (i % 400)),
      y: Math.sin(i) * (50 + (i % 400)),
      size: 4,
      color: "#999",
    },
  }));
  const edges = [];
  for (let i = 1; i <= 60; i++) edges.push(["e0", `e${i * 7}`, ["meets", "supports", "leads"][i % 3]]);
  for (let i = 1000; i < 2000; i++) edges.push([`e${i}`, `e${(i * 13) % 3000}`, "criticises"]);
  return JSON.stringify({
    attributes: { schemaVersion: 1, documents: [] },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes,
    edges: edges.map(([source, target, predicate], i) => ({
      key: `r${i}`,
      source,
      target,
      attributes: { predicate, label: predicate, category: "other", weight: 1, sources: 1, evidence: [] },
    })),
  });
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveGraph>>;
let dir = "";

beforeAll(async () => {
  ensureViewerBuilt();
  dir = mkdtempSync(join(tmpdir(), "newsgraph-labels-"));
  let json: string;
  if (existsSync(REUTERS)) {
    const input = join(dir, "reuters.jsonl");
    const lines = readFileSync(REUTERS, "utf8").split("\n").slice(0, ARTICLES);
    writeFileSync(input, lines.join("\n") + "\n");
    json = buildGraph([input], join(dir, "graph.json"));
  } else {
    json = syntheticJson();
  }
  browser = await launchBrowser();
  server = await serveGraph(json);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Box {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlappingPairs(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push(`${a.node} / ${b.node}`);
    }
  return pairs;
}

/** The entity with the most distinct neighbours, and those neighbours. */
async function busiestEntity(page: Page): Promise<{ node: string; neighbours: string[] }> {
  return page.evaluate(() => {
    const graph = window.newsgraph!.renderer!.sigma.getGraph();
    let best = { node: "", neighbours: [] as string[] };
    graph.forEachNode((node) => {
      const neighbours = graph.neighbors(node).filter((n) => n !== node);
      if (neighbours.length > best.neighbours.length) best = { node, neighbours };
    });
    return best;
  });
}

describe(`readability on ${SOURCE}`, () => {
  it("the overview leaves out entities without relations; min. relations 0 in the URL brings them back", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    expect(await page.evaluate(() => window.newsgraph!.mode)).toBe("server");
    const counts = await page.evaluate(() => {
      const graph = window.newsgraph!.renderer!.sigma.getGraph();
      return { all: graph.order, related: graph.filterNodes((n) => graph.degree(n) > 0).length };
    });
    // many entities on each side of the filter (real news: about two in three entities have no relation)
    expect(counts.related).toBeGreaterThan(100);
    expect(counts.all - counts.related).toBeGreaterThan(100);
    expect(await page.evaluate(() => window.newsgraph!.visibleNodes().length)).toBe(counts.related);
    await screenshot(page, "labels-overview");
    await page.evaluate(() => (location.hash = "#rel=0"));
    await poll(() => page.evaluate(() => window.newsgraph!.visibleNodes().length)).toBe(counts.all);
    expect(await page.inputValue("#min-relations")).toBe("0");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("labels in the overview do not overlap each other", async () => {
    const { page } = await openViewer(browser, server.url);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const boxes = await page.evaluate(() => window.newsgraph!.labelBoxes());
    expect(boxes.length).toBeGreaterThan(5);
    expect(overlappingPairs(boxes)).toEqual([]);
    await page.close();
  });

  it("selecting the busiest entity lays out its neighbours so that none of their labels overlap", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const { node, neighbours } = await busiestEntity(page);
    expect(neighbours.length).toBeGreaterThanOrEqual(10);
    // Positions before, to check that the neighbourhood really moved and comes back.
    const before = await page.evaluate(
      (keys) => keys.map((k) => window.newsgraph!.renderer!.sigma.getGraph().getNodeAttributes(k)),
      neighbours,
    );
    await page.mouse.move(5, 400); // off the canvas: no hover focus
    await page.evaluate((key) => (location.hash = `#node=${encodeURIComponent(key)}`), node);
    await poll(() => page.textContent("#panel h2")).toBeTruthy();
    await poll(() => page.evaluate(() => window.newsgraph!.settled())).toBe(true);
    // Then read what the last frame drew.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const boxes: Box[] = await page.evaluate(() => window.newsgraph!.labelBoxes());
    await screenshot(page, "labels-ego");
    const drawn = new Map(boxes.map((b) => [b.node, b]));
    const missing = [node, ...neighbours].filter((n) => !drawn.has(n));
    expect(missing).toEqual([]);
    const group = [node, ...neighbours].map((n) => drawn.get(n)!);
    expect(group.every((b) => b.width > 0 && b.height > 5)).toBe(true);
    expect(overlappingPairs(group)).toEqual([]);
    const moved = await page.evaluate(
      (keys) => keys.map((k) => window.newsgraph!.renderer!.sigma.getGraph().getNodeAttributes(k)),
      neighbours,
    );
    expect(moved.filter((m, i) => m.x !== before[i].x || m.y !== before[i].y).length).toBe(neighbours.length);
    // Closing the selection puts every neighbour back where the global layout had it.
    await page.keyboard.press("Escape");
    await poll(() => page.evaluate(() => window.newsgraph!.settled() && !window.newsgraph!.state.node)).toBe(true);
    const back = await page.evaluate(
      (keys) => keys.map((k) => window.newsgraph!.renderer!.sigma.getGraph().getNodeAttributes(k)),
      neighbours,
    );
    expect(back.map((b) => [b.x, b.y])).toEqual(before.map((b) => [b.x, b.y]));
    expect(errors).toEqual([]);
    await page.close();
  });
});
