// The page on a big graph (over 20,000 entities: renderer.ts's big-graph mode, big-graph.ts): the overview draws no
// relation until one comes into focus, or all of them once "Show all relations" is ticked (kept in the URL); a
// selection shows its neighbours' labels laid out without overlaps and its relations as arrows that answer the
// pointer, refreshes only the neighbourhood (the rest of the graph keeps its display data and fades as a whole),
// never moves nodes in the graph itself, and puts everything back when closed; search answers while its index is
// still being built.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ensureViewerBuilt, launchBrowser, openViewer, poll, screenshot, serveGraph } from "./browser.js";

const ENTITIES = 21_000;
const HUB = "e0";
/** The hub's relations: two parallel ones to e7 (drawn curved), a symmetric one (arrowheads both ways), two more. */
const HUB_EDGES: [string, string, string, string][] = [
  ["h1", HUB, "e7", "supports"],
  ["h2", HUB, "e7", "criticises"],
  ["h3", HUB, "e14", "meets"],
  ["h4", "e21", HUB, "leads"],
  ["h5", HUB, "e28", "supports"],
];

function bigGraphJson(): string {
  const side = Math.ceil(Math.sqrt(ENTITIES));
  const nodes = Array.from({ length: ENTITIES }, (_, i) => ({
    key: `e${i}`,
    attributes: {
      label: `Entity ${i}`,
      type: ["PERSON", "ORG", "GPE"][i % 3],
      aliases: [],
      mentions: 1,
      docs: [],
      degree: 0,
      pagerank: 0,
      community: 0,
      x: (i % side) * 10,
      y: Math.floor(i / side) * 10,
      size: 4,
      color: "#999",
    },
  }));
  const edges: [string, string, string, string][] = [...HUB_EDGES];
  // Everyone else in a ring of relations between far-apart entities (none touching the hub's neighbourhood).
  for (let i = 100; i < ENTITIES; i++) edges.push([`r${i}`, `e${i}`, `e${100 + ((i * 7919) % (ENTITIES - 100))}`, "meets"]);
  return JSON.stringify({
    attributes: { schemaVersion: 1, documents: [] },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes,
    edges: edges.map(([key, source, target, predicate]) => ({
      key,
      source,
      target,
      attributes: {
        predicate,
        label: predicate,
        category: "other",
        symmetric: predicate === "meets",
        weight: 1,
        sources: 1,
        evidence: [],
      },
    })),
  });
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveGraph>>;

beforeAll(async () => {
  ensureViewerBuilt();
  browser = await launchBrowser();
  server = await serveGraph(bigGraphJson());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Display positions (sigma's framed coordinates) and graph positions of some nodes. */
async function positions(page: Page, keys: string[]) {
  return page.evaluate((keys) => {
    const sigma = window.newsgraph!.renderer!.sigma;
    return keys.map((key) => {
      const data = sigma.getNodeDisplayData(key)!;
      const attrs = sigma.getGraph().getNodeAttributes(key);
      return { display: [data.x, data.y], graph: [attrs.x, attrs.y] };
    });
  }, keys);
}

function overlapping(boxes: { node: string; x: number; y: number; width: number; height: number }[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push(`${a.node} / ${b.node}`);
    }
  return pairs;
}

/** Pixels of the canvas' screenshot that differ from its background (its top-left corner): 0 when nothing is drawn. */
async function inkedPixels(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const png = (await page.locator("#sigma").screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) inked++;
    return inked;
  }, png);
}

describe(`the viewer on a big graph (${ENTITIES} entities)`, () => {
  it("selecting the hub shows only its neighbourhood's labels, laid out apart, and its relations with arrows", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const neighbours = ["e7", "e14", "e21", "e28"];
    const before = await positions(page, [HUB, ...neighbours]);
    // Count the node reducer's calls: a selection re-runs it on the neighbourhood only, not on 21,000 entities.
    await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      const reducer = sigma.getSetting("nodeReducer")!;
      (window as any).__reduced = new Set<string>();
      sigma.setSetting("nodeReducer", (node, attrs) => ((window as any).__reduced.add(node), reducer(node, attrs)));
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.evaluate(() => (window as any).__reduced.clear());
    await page.mouse.move(5, 400);
    await page.evaluate((key) => (location.hash = `#node=${key}`), HUB);
    await poll(() => page.textContent("#panel h2")).toBe("Entity 0");
    await poll(() => page.evaluate(() => window.newsgraph!.settled())).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await screenshot(page, "big-graph-ego");

    const boxes = await page.evaluate(() => window.newsgraph!.labelBoxes());
    expect(boxes.map((b) => b.node).sort()).toEqual([HUB, ...neighbours].sort());
    expect(overlapping(boxes)).toEqual([]);

    const state = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      const types = Object.fromEntries(
        ["h1", "h2", "h3", "h4", "h5", "r100"].map((e) => [e, (sigma.getEdgeDisplayData(e) as any)?.focusType ?? null]),
      );
      return {
        types,
        reduced: [...(window as any).__reduced].sort(),
        nodesOpacity: sigma.getCanvases().nodes.style.opacity,
      };
    });
    // Parallel relations curve, a symmetric one has heads at both ends; relations elsewhere are not on top.
    expect(state.types).toEqual({ h1: "curved", h2: "curved", h3: "double", h4: "arrow", h5: "arrow", r100: null });
    expect(state.reduced).toEqual([HUB, ...neighbours].sort());
    expect(Number(state.nodesOpacity)).toBeLessThan(1);

    // The neighbours moved on screen only: the graph keeps the global layout.
    const moved = await positions(page, [HUB, ...neighbours]);
    expect(moved.map((m) => m.graph)).toEqual(before.map((b) => b.graph));
    expect(moved.slice(1).every((m, i) => m.display.join() !== before[i + 1].display.join())).toBe(true);

    // The relation to e28 answers the pointer: moved along it (a thin line: the pointer may need a pixel or two),
    // the pointer enters it, and a click there opens its drawer.
    const ends = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      (window as any).__edges = [];
      sigma.on("enterEdge", ({ edge }) => (window as any).__edges.push(edge));
      return [sigma.getNodeDisplayData("e0")!, sigma.getNodeDisplayData("e28")!].map((d) => sigma.framedGraphToViewport(d));
    });
    const canvas = (await page.locator("#sigma").boundingBox())!;
    let onEdge: { x: number; y: number } | null = null;
    for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
      for (const dy of [0, -1, 1]) {
        const point = { x: canvas.x + ends[0].x + (ends[1].x - ends[0].x) * t, y: canvas.y + ends[0].y + (ends[1].y - ends[0].y) * t + dy };
        await page.mouse.move(point.x, point.y);
        if ((await page.evaluate(() => (window as any).__edges.at(-1))) === "h5") onEdge = point;
        if (onEdge) break;
      }
      if (onEdge) break;
    }
    expect(onEdge).not.toBeNull();
    await page.mouse.click(onEdge!.x, onEdge!.y);
    await poll(() => page.evaluate(() => window.newsgraph!.state.edge)).toBe("h5");
    await poll(() => page.locator("#drawer").isVisible()).toBe(true);

    // Closing puts every neighbour back and the overview unfaded.
    await page.evaluate(() => (location.hash = ""));
    await poll(() => page.evaluate(() => window.newsgraph!.settled() && !window.newsgraph!.state.node)).toBe(true);
    const back = await positions(page, [HUB, ...neighbours]);
    expect(back.map((b) => b.display)).toEqual(before.map((b) => b.display));
    expect(await page.evaluate(() => window.newsgraph!.renderer!.sigma.getCanvases().nodes.style.opacity)).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a selection's camera jumps to the ego view instead of moving there frame by frame", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    // Read in the same task as the selection: an animated move would only have started.
    const camera = await page.evaluate(
      (key) =>
        new Promise<{ animated: boolean; ratio: number }>((done) => {
          window.addEventListener(
            "hashchange",
            () => {
              const state = window.newsgraph!.renderer!.sigma.getCamera();
              done({ animated: state.isAnimated(), ratio: state.getState().ratio });
            },
            { once: true },
          );
          location.hash = `#node=${key}`;
        }),
      HUB,
    );
    expect(camera).toEqual({ animated: false, ratio: 0.5 });
    expect(await page.evaluate(() => window.newsgraph!.settled())).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the graph drawn when a selection opens and closes the panel (which resizes the canvas)", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const overview = await inkedPixels(page);
    expect(overview).toBeGreaterThan(1000);
    await page.evaluate((key) => (location.hash = `#node=${key}`), HUB);
    await poll(() => page.evaluate(() => window.newsgraph!.settled() && !!window.newsgraph!.state.node)).toBe(true);
    expect(await page.locator("#panel").isVisible()).toBe(true);
    expect(await inkedPixels(page)).toBeGreaterThan(1000);
    await page.evaluate(() => (location.hash = ""));
    await poll(() => page.evaluate(() => window.newsgraph!.settled() && !window.newsgraph!.state.node)).toBe(true);
    expect(await page.locator("#panel").isVisible()).toBe(false);
    expect(await inkedPixels(page)).toBeGreaterThan(overview / 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the entities without a picking pass, and the pointer still finds them (only the neighbourhood's while one is shown)", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    // Draws into a framebuffer (sigma's picking buffers) and onto the canvas, on the nodes' context, for one frame.
    const draws = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      const canvas = sigma.getCanvases().nodes;
      const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext;
      const counts = { picking: 0, screen: 0 };
      const drawArrays = gl.drawArrays.bind(gl);
      gl.drawArrays = (mode: number, first: number, count: number) => {
        if (gl.getParameter(gl.FRAMEBUFFER_BINDING)) counts.picking++;
        else counts.screen++;
        drawArrays(mode, first, count);
      };
      sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      gl.drawArrays = drawArrays;
      return counts;
    });
    expect(draws).toEqual({ picking: 0, screen: 1 });

    // The pointer over an entity of the overview, then over empty space.
    const canvas = (await page.locator("#sigma").boundingBox())!;
    const at = (key: string) =>
      page.evaluate((key) => {
        const sigma = window.newsgraph!.renderer!.sigma;
        return sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      }, key);
    await page.evaluate(() => {
      (window as any).__entered = [];
      window.newsgraph!.renderer!.sigma.on("enterNode", ({ node }) => (window as any).__entered.push(node));
    });
    const entered = () => page.evaluate(() => (window as any).__entered.slice());
    // The entity drawn last, so on top of any it overlaps; a pixel off its centre.
    const last = await at("e20999");
    await page.mouse.move(canvas.x + last.x + 1, canvas.y + last.y - 1);
    await poll(entered).toEqual(["e20999"]);
    await page.mouse.move(canvas.x + 5, canvas.y + canvas.height - 5);
    await poll(() => page.evaluate(() => window.newsgraph!.renderer!.sigma.getContainer().style.cursor)).toBe("");

    // With the hub's neighbourhood shown, a faded entity away from it does not answer; a neighbour does.
    await page.evaluate((key) => (location.hash = `#node=${key}`), HUB);
    await poll(() => page.evaluate(() => window.newsgraph!.settled() && !!window.newsgraph!.state.node)).toBe(true);
    const faded = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      const { width, height } = sigma.getDimensions();
      const near = ["e0", "e7", "e14", "e21", "e28"].map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!));
      for (let i = 100; i < 21_000; i++) {
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(`e${i}`)!);
        const inside = p.x > 40 && p.y > 40 && p.x < width - 40 && p.y < height - 40;
        if (inside && near.every((q) => Math.hypot(p.x - q.x, p.y - q.y) > 60)) return { key: `e${i}`, ...p };
      }
      return null;
    });
    expect(faded).not.toBeNull();
    await page.evaluate(() => ((window as any).__entered = []));
    await page.mouse.move(canvas.x + faded!.x, canvas.y + faded!.y);
    const e28 = await at("e28");
    await page.mouse.move(canvas.x + e28.x, canvas.y + e28.y);
    await poll(entered).toEqual(["e28"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws no relation until one is in focus, and all of them on request, kept in the URL", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    /** Relations sigma holds and those it draws (not hidden), and the size of the page's whole graph. */
    const drawn = () =>
      page.evaluate(() => {
        const handle = window.newsgraph!;
        const sigma = handle.renderer!.sigma;
        const edges = sigma.getGraph().edges();
        return {
          held: edges.length,
          drawn: edges.filter((e) => !sigma.getEdgeDisplayData(e)?.hidden).sort(),
          whole: handle.graph!.size,
          entities: sigma.getGraph().order,
        };
      });
    const start = await drawn();
    expect(start).toEqual({ held: 0, drawn: [], whole: HUB_EDGES.length + ENTITIES - 100, entities: ENTITIES });
    expect(await page.isChecked("#all-relations")).toBe(false);

    // A selection brings its relations in; closing it leaves them undrawn.
    await page.evaluate((key) => (location.hash = `#node=${key}`), HUB);
    await poll(() => page.textContent("#panel h2")).toBe("Entity 0");
    await poll(async () => (await drawn()).drawn).toEqual(["h1", "h2", "h3", "h4", "h5"]);
    await page.evaluate(() => (location.hash = ""));
    await poll(() => page.evaluate(() => window.newsgraph!.settled() && !window.newsgraph!.state.node)).toBe(true);
    await poll(async () => (await drawn()).drawn).toEqual([]);

    // "Show all relations": every relation drawn, and in the URL.
    await page.check("#all-relations");
    await poll(async () => (await drawn()).drawn.length).toBe(start.whole);
    expect(await page.evaluate(() => location.hash)).toBe("#edges=all");

    // A reload keeps it; unticking takes them away again.
    await page.reload();
    await page.waitForFunction(() => window.newsgraph?.ready === true, undefined, { timeout: 60_000 });
    expect(await page.isChecked("#all-relations")).toBe(true);
    expect((await drawn()).drawn.length).toBe(start.whole);
    await page.uncheck("#all-relations");
    await poll(async () => (await drawn()).drawn).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws a hovered entity's relations on the hover layer, and nothing once the pointer leaves", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    // e7 and e0 are neighbours (h1, h2): a point between them is on the line drawn while either is hovered.
    const [a, b] = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      return ["e0", "e7"].map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!));
    });
    const inked = () =>
      page.evaluate(
        ({ a, b }) => {
          const canvas = window.newsgraph!.renderer!.sigma.getCanvases().hovers;
          const ratio = canvas.width / canvas.clientWidth;
          const context = canvas.getContext("2d")!;
          // A small square around the middle of the segment (its ends are under the discs and labels).
          const x = Math.round(((a.x + b.x) / 2) * ratio);
          const y = Math.round(((a.y + b.y) / 2) * ratio);
          const pixels = context.getImageData(x - 3, y - 3, 7, 7).data;
          return pixels.some((value, i) => i % 4 === 3 && value > 0);
        },
        { a, b },
      );
    const canvas = (await page.locator("#sigma").boundingBox())!;
    expect(await inked()).toBe(false);
    await page.mouse.move(canvas.x + b.x, canvas.y + b.y);
    await poll(inked).toBe(true);
    await page.mouse.move(canvas.x + 5, canvas.y + 5);
    await poll(inked).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("search answers at once, while its index is still being built, and after", async () => {
    const { page } = await openViewer(browser, server.url);
    const first = await page.evaluate(() => {
      const input = document.getElementById("search") as HTMLInputElement;
      input.value = "entity 20999";
      input.dispatchEvent(new Event("input"));
      return [...document.querySelectorAll("#search-hits [role=option] .hit-label")].map((e) => e.textContent);
    });
    expect(first[0]).toBe("Entity 20999");
    await page.waitForTimeout(3000);
    await page.fill("#search", "");
    await page.fill("#search", "entity 20999");
    await page.locator("#search-hits [role=option]").first().waitFor();
    expect(await page.locator("#search-hits [role=option] .hit-label").first().textContent()).toBe("Entity 20999");
    await page.close();
  });
});
