// The viewer in a real browser (Debian's Chromium via playwright-core) on a small written graph (./fixture.ts):
// loading, search, panel and evidence, filters, shareable URLs, and bad input.
import { readFileSync, unlinkSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { ensureViewerBuilt, launchBrowser, openViewer, poll, screenshot, serveGraph } from "./browser.js";
import { viewerFixtureJson } from "./fixture.js";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveGraph>>;

beforeAll(async () => {
  ensureViewerBuilt();
  browser = await launchBrowser();
  server = await serveGraph(viewerFixtureJson());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("viewer on the fixture graph", () => {
  it("loads with a canvas, the counts, and no console errors", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    expect(await page.locator("#sigma canvas").count()).toBeGreaterThan(0);
    await poll(() => page.textContent("#stats")).toBe("9 entities · 9 relations · 2 articles");
    await screenshot(page, "viewer-loaded");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searching Okafor selects Vera Okafor and shows warns about → Cormorant 9 with its sentence", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await page.fill("#search", "okafor");
    await page.locator("#search-hits [role=option]").first().waitFor();
    expect(await page.locator("#search-hits [role=option]").first().textContent()).toContain("Vera Okafor");
    await page.press("#search", "Enter");
    await poll(() => page.textContent("#panel h2")).toBe("Vera Okafor");
    expect(await page.evaluate(() => location.hash)).toBe("#node=vera-okafor");

    const relation = page.getByRole("button", { name: "warns about → Cormorant 9" });
    await relation.click();
    expect(await relation.getAttribute("aria-expanded")).toBe("true");
    const sentence = page.locator("#panel blockquote.sentence").first();
    expect(await sentence.textContent()).toBe(
      "She also cautioned fleets against fitting Cormorant 9 nets before the spring season.",
    );
    expect(await sentence.locator("mark").allTextContents()).toEqual(["She", "Cormorant 9 nets"]);
    await poll(() => page.locator("#panel").textContent()).toContain("president of → Orvania");
    expect(await page.locator("#panel").textContent()).toContain("denied");
    await page.waitForTimeout(500); // the camera's move onto the entity
    await screenshot(page, "viewer-okafor");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers a query typed before the graph has loaded, once it has", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // The graph's payload is held back until the query is in the box.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route("**/view.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url, { waitUntil: "domcontentloaded" });
    await page.type("#search", "okafor");
    expect(await page.evaluate(() => window.newsgraph?.ready ?? false)).toBe(false);
    release();
    await page.waitForFunction(() => window.newsgraph?.ready === true, undefined, { timeout: 60_000 });
    await page.locator("#search-hits [role=option]").first().waitFor();
    expect(await page.locator("#search-hits [role=option]").first().textContent()).toContain("Vera Okafor");
    await page.close();
  });

  it("accent- and case-insensitive search finds aliases", async () => {
    const { page } = await openViewer(browser, server.url);
    await page.fill("#search", "ÉDINBURGH");
    await page.locator("#search-hits [role=option]").first().waitFor();
    expect(await page.locator("#search-hits [role=option]").first().textContent()).toContain("Scotland");
    await page.close();
  });

  it("clicking speaks for on Duarte shows the Harbour Office sentence, and the drawer shows the edge", async () => {
    const { page, errors } = await openViewer(browser, `${server.url}#node=ana-duarte`);
    await poll(() => page.textContent("#panel h2")).toBe("Ana Duarte");
    await page.getByRole("button", { name: "speaks for → Harbour Office" }).click();
    // Evidence is fetched when a relation opens.
    await page.locator("#panel blockquote.sentence").first().waitFor();
    const sentences = await page.locator("#panel blockquote.sentence").allTextContents();
    expect(sentences).toContain(
      "Relations between Orvania and the NFA are now an “open quarrel,” Harbour Office spokeswoman Ana Duarte has said.",
    );
    expect(await page.locator("#panel .source a").first().getAttribute("href")).toBe(
      "https://example.org/news/orvania-nfa",
    );
    await page.getByRole("button", { name: "Show on graph" }).first().click();
    await poll(() => page.locator("#drawer").isVisible()).toBe(true);
    expect(await page.locator("#drawer h2").textContent()).toBe("Ana Duarte speaks for → Harbour Office");
    expect(await page.evaluate(() => location.hash)).toBe("#edge=e-duarte-harbour&node=ana-duarte");
    await screenshot(page, "viewer-peskov-drawer");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the relation list is reachable with the keyboard", async () => {
    const { page } = await openViewer(browser, `${server.url}#node=ana-duarte`);
    await page.locator("#panel button.close").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab"); // past the Articles summary
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("speaks for → Harbour Office");
    await page.keyboard.press("Enter");
    // The evidence is fetched on demand.
    await poll(() => page.locator("#panel blockquote.sentence").count()).toBe(2);
    await page.close();
  });

  it("turning off PERSON hides people, and the URL keeps the filter", async () => {
    const { page } = await openViewer(browser, server.url);
    const visible = () => page.evaluate(() => window.newsgraph!.visibleNodes().sort());
    expect(await visible()).toContain("vera-okafor");
    await page.uncheck("#type-PERSON");
    expect(await visible()).toEqual(["baltic-sea", "cormorant-9", "harbour-office", "nfa", "orvania", "scotland", "sweden"]);
    expect(await page.evaluate(() => location.hash)).toBe("#hide=PERSON");
    await screenshot(page, "viewer-no-people");
    await page.close();
  });

  it("the back button returns to the previous selection", async () => {
    const { page } = await openViewer(browser, `${server.url}#node=vera-okafor`);
    await page.getByRole("button", { name: "attacks → NFA" }).click();
    await page.getByRole("button", { name: "Go to NFA" }).click();
    await poll(() => page.textContent("#panel h2")).toBe("NFA");
    await page.goBack();
    await poll(() => page.textContent("#panel h2")).toBe("Vera Okafor");
    expect(await page.evaluate(() => window.newsgraph!.state.node)).toBe("vera-okafor");
    await page.close();
  });

  it("a copied URL reopens the same selection and filters", async () => {
    const first = await openViewer(browser, server.url);
    await first.page.fill("#search", "Duarte");
    await first.page.locator("#search-hits [role=option]").first().waitFor();
    await first.page.press("#search", "Enter");
    await first.page.check("#hide-hedged");
    const url = first.page.url();
    expect(url).toContain("#hedged=0&node=ana-duarte");
    await first.page.close();

    const { page } = await openViewer(browser, url);
    expect(await page.textContent("#panel h2")).toBe("Ana Duarte");
    expect(await page.isChecked("#hide-hedged")).toBe(true);
    const hidden = await page.evaluate(
      () => window.newsgraph!.renderer!.sigma.getEdgeDisplayData("e-nfa-baltic")?.hidden,
    );
    expect(hidden).toBe(true);
    await page.close();
  });
});

describe("viewer interactions on the canvas", () => {
  /** Viewport position of a node, in page coordinates. */
  async function nodePoint(page: import("playwright-core").Page, node: string): Promise<{ x: number; y: number }> {
    const box = (await page.locator("#sigma").boundingBox())!;
    const p = await page.evaluate((key) => {
      // Where sigma draws the node now (the ego view moves neighbours), not its saved position.
      const sigma = window.newsgraph!.renderer!.sigma;
      return sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
    }, node);
    return { x: box.x + p.x, y: box.y + p.y };
  }

  it("hovering an entity keeps it and its neighbours bright and fades the rest", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const okafor = await nodePoint(page, "vera-okafor");
    await page.mouse.move(okafor.x, okafor.y);
    await page.waitForFunction(
      () => window.newsgraph!.renderer!.sigma.getNodeDisplayData("harbour-office")!.color === "#e3e6ea",
    );
    const colours = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      return ["vera-okafor", "cormorant-9", "orvania", "nfa", "harbour-office", "ana-duarte"].map(
        (n) => sigma.getNodeDisplayData(n)!.color,
      );
    });
    expect(colours.slice(0, 4).every((c) => c !== "#e3e6ea")).toBe(true);
    expect(colours.slice(4)).toEqual(["#e3e6ea", "#e3e6ea"]);
    await screenshot(page, "viewer-hover");
    // The graph is not touched by display state: no colour written into it.
    expect(
      await page.evaluate(() => window.newsgraph!.renderer!.sigma.getGraph().getNodeAttributes("harbour-office")),
    ).not.toHaveProperty("color");
    await page.mouse.move(5, 400);
    await page.waitForFunction(
      () => window.newsgraph!.renderer!.sigma.getNodeDisplayData("harbour-office")!.color !== "#e3e6ea",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws without sigma's picking passes and still finds the relation under the pointer, curved ones too", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // Count the draws into a framebuffer of sigma's own (its picking passes) as opposed to the canvas.
    await page.addInitScript(() => {
      (window as any).__pickingDraws = 0;
      for (const Context of [WebGL2RenderingContext, WebGLRenderingContext]) {
        const proto = Context.prototype as any;
        const bind = proto.bindFramebuffer;
        proto.bindFramebuffer = function (this: any, target: number, buffer: unknown) {
          this.__framebuffer = buffer;
          return bind.call(this, target, buffer);
        };
        for (const name of ["drawArrays", "drawArraysInstanced"]) {
          const draw = proto[name];
          proto[name] = function (this: any, ...args: unknown[]) {
            if (this.__framebuffer) (window as any).__pickingDraws++;
            return draw.apply(this, args);
          };
        }
      }
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.newsgraph?.ready === true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // A curved edge of the overview (parallel edges), pointed at in the middle of its curve.
    const target = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      const graph = sigma.getGraph();
      (window as any).__edges = [];
      sigma.on("enterEdge", ({ edge }) => (window as any).__edges.push(edge));
      for (const edge of graph.edges()) {
        const data = sigma.getEdgeDisplayData(edge) as { curvature?: number; hidden?: boolean } | undefined;
        if (!data?.curvature || data.hidden) continue;
        const s = sigma.framedGraphToViewport(sigma.getNodeDisplayData(graph.source(edge))!);
        const t = sigma.framedGraphToViewport(sigma.getNodeDisplayData(graph.target(edge))!);
        const k = data.curvature;
        // The curve's middle: halfway from the chord's middle to the control point, right of the direction on screen.
        return { edge, x: (s.x + t.x) / 2 + ((t.y - s.y) * k) / 2, y: (s.y + t.y) / 2 - ((t.x - s.x) * k) / 2 };
      }
      return null;
    });
    expect(target).not.toBeNull();
    const canvas = (await page.locator("#sigma").boundingBox())!;
    await page.mouse.move(canvas.x + target!.x, canvas.y + target!.y);
    await poll(() => page.evaluate(() => (window as any).__edges.at(-1))).toBe(target!.edge);
    // An entity is found under the pointer as well (no picking pass for nodes either).
    const okafor = await nodePoint(page, "vera-okafor");
    await page.mouse.move(okafor.x, okafor.y);
    await poll(() => page.evaluate(() => window.newsgraph!.renderer!.sigma.getNodeDisplayData("vera-okafor")!.highlighted)).toBe(true);
    expect(await page.evaluate(() => (window as any).__pickingDraws)).toBe(0);
    await page.close();
  });

  it("when frames are slow, a selection's nodes and camera jump to the ego view instead of moving there", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    // Every frame made slow: sigma's draw is held 150 ms, as software WebGL holds a big one.
    await page.evaluate(async () => {
      const sigma = window.newsgraph!.renderer!.sigma;
      sigma.on("beforeRender", () => {
        const until = performance.now() + 150;
        while (performance.now() < until);
      });
      sigma.refresh();
      for (let i = 0; i < 4; i++) await new Promise((done) => requestAnimationFrame(done));
    });
    // Read in the same task as the selection: an animated move would only have started.
    const after = await page.evaluate(
      () =>
        new Promise<{ moving: boolean; cameraMoving: boolean }>((done) => {
          window.addEventListener(
            "hashchange",
            () =>
              done({
                moving: window.newsgraph!.renderer!.isAnimating(),
                cameraMoving: window.newsgraph!.renderer!.sigma.getCamera().isAnimated(),
              }),
            { once: true },
          );
          location.hash = "#node=vera-okafor";
        }),
    );
    expect(after).toEqual({ moving: false, cameraMoving: false });
    expect(await page.evaluate(() => window.newsgraph!.settled())).toBe(true);
    // The ego view is in place: the centre's label above it, its neighbours beside it.
    expect(await page.evaluate(() => (window.newsgraph!.renderer!.sigma.getNodeDisplayData("vera-okafor") as { labelSide?: string }).labelSide)).toBe("above");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("clicking an edge opens its evidence drawer; denied edges are labelled", async () => {
    const { page, errors } = await openViewer(browser, `${server.url}#node=vera-okafor`);
    // The ego view: neighbours and camera move, then stay.
    await poll(() => page.evaluate(() => window.newsgraph!.settled())).toBe(true);
    const a = await nodePoint(page, "vera-okafor");
    const b = await nodePoint(page, "cormorant-9");
    // On the edge, just outside Cormorant 9's disc: the ego view may draw the two discs close, and a click inside a disc
    // selects that entity, not the edge.
    const radius = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      return sigma.scaleSize(sigma.getNodeDisplayData("cormorant-9")!.size);
    });
    const length = Math.hypot(a.x - b.x, a.y - b.y);
    const t = Math.min(0.5, (radius + 4) / length);
    await page.mouse.click(b.x + (a.x - b.x) * t, b.y + (a.y - b.y) * t);
    await poll(() => page.locator("#drawer h2").textContent()).toBe("Vera Okafor warns about → Cormorant 9");
    expect(await page.evaluate(() => location.hash)).toBe("#edge=e-okafor-cormorant&node=vera-okafor");
    const denied = await page.evaluate(() =>
      window.newsgraph!.renderer!.sigma.getEdgeDisplayData("e-okafor-nfa-denied"),
    );
    expect(denied!.label).toBe("attacks (denied)");
    await page.evaluate(() => (location.hash = "#node=nfa"));
    await page.waitForFunction(() => window.newsgraph!.state.node === "nfa");
    const parallel = await page.evaluate(() =>
      ["e-nfa-scotland-aid", "e-nfa-scotland-involved", "e-orvania-nfa"].map((e) =>
        window.newsgraph!.renderer!.sigma.getEdgeDisplayData(e)!,
      ),
    );
    // Two relations NFA → Scotland: curved apart; "confronts" reads both ways: arrowheads at both ends.
    expect(parallel.map((d) => d.type)).toEqual(["curved", "curved", "double"]);
    expect(parallel[1].label).toBe("involved in — per Ana Duarte");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the layout button starts and stops ForceAtlas2 in its worker", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const before = await page.evaluate(() =>
      window.newsgraph!.renderer!.sigma.getGraph().getNodeAttribute("nfa", "x"),
    );
    await page.click("#layout");
    expect(await page.textContent("#layout")).toBe("Stop layout");
    await page.waitForFunction(
      (x) => window.newsgraph!.renderer!.sigma.getGraph().getNodeAttribute("nfa", "x") !== x,
      before,
    );
    await page.click("#layout");
    expect(await page.textContent("#layout")).toBe("Start layout");
    expect(await page.getAttribute("#layout", "aria-pressed")).toBe("false");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the layout stops by itself when its time budget runs out", async () => {
    const { page } = await openViewer(browser, server.url);
    await page.click("#layout");
    expect(await page.textContent("#layout")).toBe("Stop layout");
    // The budget is 8 s (LAYOUT_BUDGET_MS in viewer/src/main.ts); nobody clicks again.
    await page.waitForFunction(() => document.getElementById("layout")!.textContent === "Start layout", undefined, {
      timeout: 30_000,
    });
    expect(await page.getAttribute("#layout", "aria-pressed")).toBe("false");
    await page.close();
  });

  it("exports the graph as GEXF and the view as PNG", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    expect(gexf.suggestedFilename()).toBe("newsgraph.gexf");
    const text = readFileSync((await gexf.path())!, "utf8");
    expect(text).toContain("<gexf");
    expect(text).toContain('label="Vera Okafor"');
    expect(text).toContain('label="warns about"');
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    expect(png.suggestedFilename()).toBe("newsgraph.png");
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("viewer on bad input", () => {
  const cases: Array<[string, string, string]> = [
    ["not JSON", "{ this is not json", "is not JSON"],
    ["not a graph", JSON.stringify({ hello: "world" }), "is not a newsgraph graph"],
    [
      "an empty graph",
      JSON.stringify({ attributes: {}, options: { type: "directed", multi: true }, nodes: [], edges: [] }),
      "No entities yet",
    ],
  ];
  for (const [name, json, message] of cases) {
    it(`shows a clear message for ${name}`, async () => {
      const bad = await serveGraph(json);
      const { page, errors } = await openViewer(browser, bad.url);
      expect(await page.locator("#message").isVisible()).toBe(true);
      expect(await page.textContent("#message")).toContain(message);
      if (name === "an empty graph") expect(await page.textContent("#message")).toContain("newsgraph build <folder>");
      expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
      await page.close();
      await bad.close();
    });
  }

  it("says so when the graph file disappeared after the server started", async () => {
    const gone = await serveGraph(viewerFixtureJson());
    unlinkSync(gone.graphPath);
    const { page } = await openViewer(browser, gone.url);
    expect(await page.textContent("#message")).toContain(
      "No graph file at graph.json. Build one with `newsgraph build <folder>`",
    );
    await page.close();
    await gone.close();
  });

  it("lays out nodes that come without positions instead of failing", async () => {
    const graph = JSON.parse(viewerFixtureJson());
    for (const node of graph.nodes) {
      delete node.attributes.x;
      delete node.attributes.y;
    }
    const bare = await serveGraph(JSON.stringify(graph));
    const { page, errors } = await openViewer(browser, bare.url);
    expect(await page.locator("#message").isHidden()).toBe(true);
    const positions = await page.evaluate(() => {
      const sigma = window.newsgraph!.renderer!.sigma;
      return sigma.getGraph().mapNodes((_n, a) => [a.x, a.y]);
    });
    expect(positions.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await bare.close();
  });
});
