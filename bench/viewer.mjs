// Viewer benchmark (`npm run bench:viewer`): synthetic graphs of 5k and 50k entities (3 relations each: 50k
// entities, 150k relations) served by `newsgraph view`'s server and opened in headless Chromium; reports the
// payload's size (graph file, slim payload raw / brotli / gzip), time to first render, and the first answers a
// reader gets from a fresh page (a typed query, the pointer over an entity, a click on it), each on a page of its
// own and timed from navigation to the frame that shows it; then frame times while the pointer hovers entities and
// the time a selection takes. Medians; figures only, no pass/fail. Targets (issue 9): 50k entities interactive
// within 3 s of load, first payload <= 15 MB compressed.
// BENCH_SIZES=5000 BENCH_RUNS=3 BENCH_EDGES=5 narrow or change it; BENCH_MODE=file makes the page read the whole
// graph.json (as on a static copy, and as the page did before the slim payload).
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { random } from "./corpus.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? "5000,50000").split(",").map(Number);
const EDGES_PER_NODE = Number(process.env.BENCH_EDGES ?? 3);
const FILE_MODE = process.env.BENCH_MODE === "file";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The first thing a reader does on a fresh page; each is timed on a page of its own (`firstAnswer`). */
const ACTIONS = ["search", "hover", "click"];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES = ["PERSON", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "NORP"];
const PREDICATES = [
  ["meets", "cooperation"],
  ["criticises", "conflict"],
  ["supports", "support"],
  ["leads", "role"],
  ["member of", "membership"],
];

/** A graph in the builder's JSON schema: clustered positions, hub-heavy degrees, one evidence sentence per edge. */
function syntheticGraph(order) {
  const rand = random(order);
  const communities = Math.max(4, Math.round(Math.sqrt(order) / 2));
  const centres = Array.from({ length: communities }, () => [rand() * 2000 - 1000, rand() * 2000 - 1000]);
  const nodes = [];
  for (let i = 0; i < order; i++) {
    const community = i % communities;
    const [cx, cy] = centres[community];
    const angle = rand() * 2 * Math.PI;
    const radius = Math.sqrt(rand()) * 180;
    const label = `Entity ${i} ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}lund`;
    nodes.push({
      key: `entity-${i}`,
      attributes: {
        label,
        entityType: TYPES[i % TYPES.length],
        aliases: [label, `E${i}`],
        mentions: 1 + Math.floor(rand() * 20),
        docs: [`doc-${i % 500}`],
        degree: 0,
        pagerank: rand() / order,
        community,
        x: cx + radius * Math.cos(angle),
        y: cy + radius * Math.sin(angle),
        size: 5,
        color: "#999",
      },
    });
  }
  const edges = [];
  for (let i = 0; i < order; i++) {
    for (let k = 0; k < EDGES_PER_NODE; k++) {
      // Mostly within the community, some hubs: closer to what news graphs look like than uniform noise.
      let j =
        rand() < 0.8 ? (i + communities * (1 + Math.floor(rand() * 20))) % order : Math.floor(rand() ** 3 * order);
      if (j === i) j = (i + 1) % order;
      const [predicate, category] = PREDICATES[(i + k) % PREDICATES.length];
      const text = `${nodes[i].attributes.label} ${predicate} ${nodes[j].attributes.label}, officials said on Monday.`;
      edges.push({
        // The builder's key format: the page derives such keys instead of downloading them.
        key: `${nodes[i].key} -[${k === 4 && i % 10 === 0 ? "not " : ""}${predicate}]-> ${nodes[j].key}`,
        source: nodes[i].key,
        target: nodes[j].key,
        attributes: {
          predicate,
          label: predicate,
          category,
          negated: k === 4 && i % 10 === 0,
          hedged: k === 3 && i % 7 === 0,
          symmetric: predicate === "meets",
          attributedTo: [],
          weight: 1,
          sources: 1,
          confidence: 0.7,
          evidence: [{ doc: `doc-${i % 500}`, start: 0, end: text.length, text }],
        },
      });
      nodes[i].attributes.degree++;
      nodes[j].attributes.degree++;
    }
  }
  const documents = Array.from({ length: 500 }, (_, d) => ({ id: `doc-${d}`, title: `Article ${d}`, hash: String(d) }));
  return {
    attributes: { schemaVersion: 2, extractorVersion: "bench", layoutSeed: 1, documents, merges: [] },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : NaN;
}

/** Bytes on the wire for `path` with the given Accept-Encoding. */
function wireBytes(port, path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {};
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk) => (bytes += chunk.length));
      res.on("end", () => resolve(bytes));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The query the bench types, and the label its first suggestion must start with (the synthetic graph's entity 42). */
const QUERY = "entity 42";
const EXPECTED_HIT = "Entity 42 ";

/** Opens the page; with `FILE_MODE` it gets no view.json, as on a static copy, and reads graph.json whole. */
async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  if (FILE_MODE) await page.route("**/view.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(url, { waitUntil: "commit" });
  return page;
}

/**
 * Waits until the page says it is ready, and gives it `__nextFrame()`: resolves with the time of the first frame
 * that starts after the current one, when what was drawn is on screen.
 */
async function waitReady(page) {
  await page.waitForFunction(() => window.newsgraph?.ready === true, undefined, { timeout: 300_000, polling: 10 });
  await page.evaluate(() => {
    window.__nextFrame = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))));
  });
}

/**
 * An entity to point at: the last one drawn on screen with three relations or more (no later entity is drawn over
 * it). Its place is read from sigma, in the canvas' pixels.
 */
async function targetEntity(page) {
  const target = await page.evaluate(() => {
    const sigma = window.newsgraph.renderer.sigma;
    const { width, height } = sigma.getDimensions();
    // The whole graph: on a big one sigma's own holds only the relations in focus.
    const graph = window.newsgraph.graph ?? sigma.getGraph();
    const nodes = graph.nodes();
    for (let i = nodes.length - 1; i >= 0; i--) {
      const data = sigma.getNodeDisplayData(nodes[i]);
      if (!data || data.hidden || graph.degree(nodes[i]) < 3) continue;
      const p = sigma.framedGraphToViewport(data);
      if (p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20) return { node: nodes[i], ...p };
    }
    return null;
  });
  if (!target) throw new Error("no entity on screen to point at");
  const canvas = await page.locator("#sigma").boundingBox();
  return { node: target.node, x: canvas.x + target.x, y: canvas.y + target.y };
}

/**
 * Time to the first answer, as a user meets it: a fresh page, and as soon as it says it is ready, one action, timed
 * from navigation start to the frame that shows the answer. Work the page left queued (frames still being drawn,
 * indexes built in the background) delays the answer as it would delay the user.
 * - "search": the query typed into the search box key by key; answered when its suggestions, the expected entity
 *   first, are on screen;
 * - "hover": the pointer moved onto an entity; answered when sigma reports it under the pointer and the next frame
 *   (its halo, label and relations) is drawn;
 * - "click": the pointer moved onto an entity and clicked; answered when the entity is selected, its ego view in
 *   place and drawn.
 */
async function firstAnswer(page, action) {
  await waitReady(page);
  if (action === "search") {
    await page.evaluate(
      ({ query, expected }) => {
        const input = document.getElementById("search");
        const list = document.getElementById("search-hits");
        window.__answered = new Promise((done) => {
          const observer = new MutationObserver(() => {
            const first = list.querySelector("[role=option] .hit-label");
            if (input.value !== query || !first?.textContent.startsWith(expected)) return;
            observer.disconnect();
            done(window.__nextFrame());
          });
          observer.observe(list, { childList: true, subtree: true });
        });
      },
      { query: QUERY, expected: EXPECTED_HIT },
    );
    await page.focus("#search");
    await page.keyboard.type(QUERY);
    const at = await page.evaluate(() => window.__answered);
    await page.keyboard.press("Escape");
    return { at };
  }
  const target = await targetEntity(page);
  if (action === "hover") {
    await page.evaluate(
      (node) => {
        window.__answered = new Promise((done) => {
          window.newsgraph.renderer.sigma.on("enterNode", (event) => {
            if (event.node === node) done(window.__nextFrame());
          });
        });
      },
      target.node,
    );
    await page.mouse.move(target.x, target.y);
    return { at: await page.evaluate(() => window.__answered) };
  }
  await page.mouse.move(target.x, target.y);
  const clicked = await page.evaluate(() => performance.now());
  await page.mouse.down();
  await page.mouse.up();
  const at = await page.evaluate(
    async (node) => {
      const handle = window.newsgraph;
      await new Promise((done) => {
        const wait = () => (handle.state.node === node && handle.settled() ? done() : requestAnimationFrame(wait));
        requestAnimationFrame(wait);
      });
      return window.__nextFrame();
    },
    target.node,
  );
  await page.keyboard.press("Escape");
  await page.evaluate(async () => {
    const handle = window.newsgraph;
    await new Promise((done) => {
      const wait = () => (!handle.state.node && handle.settled() ? done() : requestAnimationFrame(wait));
      requestAnimationFrame(wait);
    });
  });
  return { at, clickToSelect: at - clicked };
}

/** The steady-state figures, on a page that has answered a first search. */
async function measure(page) {
  // Let the first frame after "interactive" reach the screen.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      loaded: at("newsgraph:graph-loaded"),
      render: at("newsgraph:first-render"),
      interactive: at("newsgraph:interactive"),
    };
  });

  // Search: type a query and time until the first suggestion shows.
  const search = await page.evaluate(async () => {
    const input = document.getElementById("search");
    const list = document.getElementById("search-hits");
    const start = performance.now();
    input.value = "entity 42";
    input.dispatchEvent(new Event("input"));
    const ms = performance.now() - start; // the handler runs synchronously
    return { ms, hits: list.querySelectorAll("[role=option]").length };
  });
  await page.keyboard.press("Escape");

  // Hover: move the pointer across many entities and record frame-to-frame times, and the cost of the reducer pass.
  const points = await page.evaluate(() => {
    const sigma = window.newsgraph.renderer.sigma;
    const { width, height } = sigma.getDimensions();
    const out = [];
    sigma.getGraph().forEachNode((node, attrs) => {
      const p = sigma.graphToViewport({ x: attrs.x, y: attrs.y });
      if (p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20 && out.length < 20) out.push(p);
    });
    return out;
  });
  const box = await page.locator("#sigma").boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__frames.length < 100000) window.__raf = requestAnimationFrame(tick);
    };
    window.__raf = requestAnimationFrame(tick);
  });
  for (const p of points) {
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.waitForTimeout(50);
  }
  const frames = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    return window.__frames.slice(2);
  });
  // Select: an entity with neighbours chosen through the URL, until its ego view has settled.
  const select = await page.evaluate(async () => {
    const handle = window.newsgraph;
    const graph = handle.graph ?? handle.renderer.sigma.getGraph();
    const node = graph.findNode((n) => graph.degree(n) >= 5);
    const start = performance.now();
    location.hash = `#node=${encodeURIComponent(node)}`;
    await new Promise((done) => {
      const wait = () => (handle.state.node === node && handle.settled() ? done() : requestAnimationFrame(wait));
      requestAnimationFrame(wait);
    });
    const ms = performance.now() - start;
    location.hash = "";
    await new Promise((done) => {
      const wait = () => (!handle.state.node && handle.settled() ? done() : requestAnimationFrame(wait));
      requestAnimationFrame(wait);
    });
    return ms;
  });
  const reducer = await page.evaluate((nodes) => {
    const handle = window.newsgraph;
    const times = [];
    const keys = handle.renderer.sigma.getGraph().nodes().slice(0, nodes);
    for (const key of keys) {
      const start = performance.now();
      handle.state.node = key;
      handle.renderer.update();
      times.push(performance.now() - start);
    }
    handle.state.node = null;
    handle.renderer.update();
    return times;
  }, 15);
  return { marks, search, frames, reducer, select, hovered: points.length };
}

async function main() {
  const serveModule = join(ROOT, "dist", "src", "cli", "serve.js");
  if (!existsSync(serveModule) || !existsSync(join(ROOT, "viewer", "dist", "index.html"))) {
    console.log("bench:viewer: building first (npm run build)…");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  const { startServer } = await import(serveModule);
  // A fresh browser for every load: software WebGL keeps finishing a closed page's frames for a while, which
  // would bill one graph's hover frames to the next graph's load.
  const launch = () =>
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  const probe = await launch();
  const version = probe.version();
  await probe.close();
  console.log(
    `viewer benchmark: Chromium ${version}, headless, software WebGL (--disable-gpu); median of ${RUNS} load(s)`,
  );
  // Software WebGL shares the CPU with everything else: the machine's load says how far to trust the frame times.
  console.log(
    `machine: ${cpus().length} CPU(s), load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}\n`,
  );
  console.log(`page reads: ${FILE_MODE ? "the whole graph.json (BENCH_MODE=file)" : "the slim view payload (view.json)"}\n`);
  console.log(
    "entities  relations  graph.json MB  view.json MB raw / br / gzip  graph loaded  first render  interactive  search  hover frame p50/p95  select (ego settled)  reducer pass",
  );
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  // A private copy of the page: a rebuild of viewer/dist during the run would otherwise swap the assets.
  const page = join(dir, "page");
  cpSync(join(ROOT, "viewer", "dist"), page, { recursive: true });
  const answerRows = [];
  for (const order of SIZES) {
    const json = JSON.stringify(syntheticGraph(order));
    const graphPath = join(dir, `graph-${order}.json`);
    writeFileSync(graphPath, json);
    const server = await startServer({ root: page, graphPath, port: 0 });
    const runs = [];
    const answers = [];
    let sizes = "";
    try {
      const mb = (bytes) => (bytes / 1e6).toFixed(1);
      const [raw, br, gzip] = await Promise.all([
        wireBytes(server.port, "/view.json"),
        wireBytes(server.port, "/view.json", "br"),
        wireBytes(server.port, "/view.json", "gzip"),
      ]);
      sizes = `${mb(raw)} / ${mb(br)} / ${mb(gzip)}`;
      // Each run opens the page three times, once per first action, each in a fresh browser.
      for (let r = 0; r < RUNS; r++) {
        for (const action of ACTIONS) {
          const browser = await launch();
          try {
            const page = await openPage(browser, server.url);
            const answer = await firstAnswer(page, action);
            const ready = await page.evaluate(() => performance.getEntriesByName("newsgraph:interactive")[0]?.startTime);
            answers.push({ action, ready, ...answer });
            // The other figures come from the page that answered a search first.
            if (action === "search") runs.push(await measure(page));
          } finally {
            await browser.close();
          }
        }
      }
    } catch (error) {
      console.log(`${String(order).padStart(8)}  failed: ${error.message.split("\n")[0]}`);
      continue;
    } finally {
      await server.close();
    }
    const m = (f) => median(runs.map(f));
    const frames = runs.flatMap((r) => r.frames);
    const reducer = runs.flatMap((r) => r.reducer);
    const row = [
      String(order).padStart(8),
      String(order * EDGES_PER_NODE).padStart(9),
      (json.length / 1e6).toFixed(1).padStart(13),
      sizes.padStart(29),
      `${m((r) => r.marks.loaded).toFixed(0)} ms`.padStart(12),
      `${m((r) => r.marks.render).toFixed(0)} ms`.padStart(12),
      `${m((r) => r.marks.interactive).toFixed(0)} ms`.padStart(11),
      `${m((r) => r.search.ms).toFixed(1)} ms`.padStart(7),
      `${median(frames).toFixed(1)} / ${percentile(frames, 95).toFixed(1)} ms`.padStart(20),
      `${m((r) => r.select).toFixed(0)} ms`.padStart(20),
      `${median(reducer).toFixed(1)} ms`.padStart(12),
    ];
    console.log(row.join("  "));
    const ms = (values) => `${median(values).toFixed(0)} ms`;
    const of = (action, f) => answers.filter((a) => a.action === action).map(f);
    answerRows.push(
      [
        String(order).padStart(8),
        ms(answers.map((a) => a.ready)).padStart(10),
        ms(of("search", (a) => a.at)).padStart(13),
        ms(of("hover", (a) => a.at)).padStart(12),
        ms(of("click", (a) => a.at)).padStart(12),
        ms(of("click", (a) => a.clickToSelect)).padStart(17),
      ].join("  "),
    );
  }
  console.log(
    `\nfirst answers, from navigation start (a fresh page per action, acting as soon as the page says it is ready; median of ${RUNS}):`,
  );
  console.log("entities     ready  typed query  hover drawn  click drawn  click to ego view");
  for (const row of answerRows) console.log(row);
  console.log(
    `load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  rmSync(dir, { recursive: true, force: true });
  console.log(
    "\nTimes from navigation start. Hover frames: requestAnimationFrame intervals while the pointer crosses 20 entities.",
  );
  console.log(
    `first answers: typed query = "${QUERY}" typed key by key, its suggestions (the expected entity first) on screen; hover drawn = the pointer moved onto an entity, the frame after sigma reports it; click drawn = an entity clicked, its ego view in place and drawn (ready: the page's own mark, median over all loads).`,
  );
  console.log(
    "select: from setting #node= to the ego view in place. reducer pass: setting the selection and re-running the reducers (refresh with skipIndexation), JavaScript time.",
  );
}

await main();
