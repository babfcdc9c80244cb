// Viewer benchmark (`npm run bench:viewer`): synthetic graphs of 5k and 50k entities (3 relations each: 50k
// entities, 150k relations) served by `newsgraph view`'s server and opened in headless Chromium; reports the
// payload's size (graph file, slim payload raw / brotli / gzip), time to first render, time until the page
// answers search, hover and select, and frame times while the pointer hovers entities. Figures only, no
// pass/fail. Targets (issue 9): 50k entities interactive within 3 s of load, first payload <= 15 MB compressed.
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

async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  // As on a static copy of the page: no view.json, the page reads graph.json whole.
  if (FILE_MODE) await page.route("**/view.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(url);
  await page.waitForFunction(() => window.newsgraph?.ready === true, undefined, { timeout: 300_000 });
  // Time to interactive, as a user meets it: right after the page says it is ready, type a query, then point at an
  // entity, then click it. Each answer is stamped from navigation start, so work the page left queued (frames still
  // being drawn, indexes built later) delays it as it would delay the user.
  const answers = await page.evaluate(async () => {
    const input = document.getElementById("search");
    const list = document.getElementById("search-hits");
    input.value = "entity 42";
    input.dispatchEvent(new Event("input"));
    const search = list.querySelectorAll("[role=option]").length > 0 ? performance.now() : NaN;
    input.value = "";
    input.dispatchEvent(new Event("input"));
    return { search };
  });
  // An entity to point at: the last one drawn on screen (with relations), which no other entity covers.
  const target = await page.evaluate(() => {
    const sigma = window.newsgraph.renderer.sigma;
    const { width, height } = sigma.getDimensions();
    // The whole graph: on a big one sigma's own holds only the relations in focus.
    const graph = window.newsgraph.graph ?? sigma.getGraph();
    const nodes = graph.nodes();
    let alone = null;
    for (let i = nodes.length - 1; i >= 0 && !alone; i--) {
      const data = sigma.getNodeDisplayData(nodes[i]);
      if (!data || data.hidden || graph.degree(nodes[i]) < 3) continue;
      const p = sigma.framedGraphToViewport(data);
      if (p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20) alone = { node: nodes[i], ...p };
    }
    window.__entered = [];
    sigma.on("enterNode", ({ node }) => window.__entered.push({ node, at: performance.now() }));
    return alone;
  });
  if (!target) console.log("bench:viewer: no entity on screen to point at");
  if (target) {
    const canvas = await page.locator("#sigma").boundingBox();
    await page.mouse.move(canvas.x + target.x, canvas.y + target.y);
    const hovered = await page
      .waitForFunction((node) => window.__entered.find((e) => e.node === node)?.at, target.node, { timeout: 120_000 })
      .then((h) => h.jsonValue())
      .catch(() => NaN);
    answers.hover = hovered;
    await page.mouse.down();
    const clicked = await page.evaluate(() => performance.now());
    await page.mouse.up();
    answers.select = await page.evaluate(async (node) => {
      const handle = window.newsgraph;
      await new Promise((done) => {
        const wait = () => (handle.state.node === node && handle.settled() ? done() : requestAnimationFrame(wait));
        requestAnimationFrame(wait);
      });
      // The frame that shows the ego view.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now();
    }, target.node);
    answers.clickToSelect = answers.select - clicked;
    await page.keyboard.press("Escape");
    await page.evaluate(async () => {
      const handle = window.newsgraph;
      await new Promise((done) => {
        const wait = () => (!handle.state.node && handle.settled() ? done() : requestAnimationFrame(wait));
        requestAnimationFrame(wait);
      });
    });
  }

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
  await page.close();
  return { marks, answers, search, frames, reducer, select, hovered: points.length };
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
    let sizes = "";
    try {
      const mb = (bytes) => (bytes / 1e6).toFixed(1);
      const [raw, br, gzip] = await Promise.all([
        wireBytes(server.port, "/view.json"),
        wireBytes(server.port, "/view.json", "br"),
        wireBytes(server.port, "/view.json", "gzip"),
      ]);
      sizes = `${mb(raw)} / ${mb(br)} / ${mb(gzip)}`;
      for (let r = 0; r < RUNS; r++) {
        const browser = await launch();
        try {
          runs.push(await measure(browser, server.url));
        } finally {
          await browser.close();
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
    const a = (f) => `${m((r) => f(r.answers) ?? NaN).toFixed(0)} ms`;
    answerRows.push(
      [
        String(order).padStart(8),
        `${m((r) => r.marks.interactive).toFixed(0)} ms`.padStart(10),
        a((x) => x.search).padStart(14),
        a((x) => x.hover).padStart(13),
        a((x) => x.select).padStart(15),
        a((x) => x.clickToSelect).padStart(17),
      ].join("  "),
    );
  }
  console.log("\nanswers, from navigation start (the bench acts as soon as the page says it is ready):");
  console.log("entities     ready  answers search  answers hover  click settled  click to ego view");
  for (const row of answerRows) console.log(row);
  rmSync(dir, { recursive: true, force: true });
  console.log(
    "\nTimes from navigation start. Hover frames: requestAnimationFrame intervals while the pointer crosses 20 entities.",
  );
  console.log(
    "answers: search = the query's suggestions listed; hover = sigma reports the entity under the pointer; click settled = that entity clicked, its ego view in place and drawn.",
  );
  console.log(
    "select: from setting #node= to the ego view in place. reducer pass: setting the selection and re-running the reducers (refresh with skipIndexation), JavaScript time.",
  );
}

await main();
