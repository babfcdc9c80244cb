// Parts `reuters` and `update`: a corpus through the real commands in child processes: a full build of all but the
// last 100 articles, `build --update` with those 100, `remove` of them again, and a full build of everything for
// comparison. Each stage prints wall and CPU seconds and peak RSS (all threads); the update and remove are also
// given as a fraction of the full build's CPU. `reuters` runs the real Reuters-21578 corpus
// (../shared/corpora/reuters-21578.jsonl, ~17k articles); `update` 10,100 synthetic articles (issue 9's "+100 to
// a 10k graph"), whose articles hold more relations than Reuters', so that the graph's share of the work is larger.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticArticles } from "./corpus.mjs";
import { newsgraph } from "./scale.mjs";
import { ROOT, ensureBuilt, figure, goal, heading, loadWarning, mb } from "./lib.mjs";

export const REUTERS = join(ROOT, "..", "shared", "corpora", "reuters-21578.jsonl");
const ADDED = 100;

export async function benchReuters({ corpus = REUTERS } = {}) {
  heading("reuters: the Reuters-21578 corpus through newsgraph build, build --update and remove (child processes)");
  if (!existsSync(corpus)) {
    console.log(`  skipped: ${corpus} not found (the shared corpora are not on this machine)`);
    return null;
  }
  return updateStages(readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim()));
}

export async function benchUpdate({ count = 10_000 } = {}) {
  heading(`update: ${count.toLocaleString("en-US")} synthetic articles + ${ADDED} through newsgraph build, build --update and remove (child processes)`);
  return updateStages([...syntheticArticles(count + ADDED)].map((article) => JSON.stringify(article)));
}

/** The stages on the articles of `lines` (JSONL lines), the last `ADDED` of them being the update. */
function updateStages(lines) {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-update-"));
  try {
    const corpus = join(dir, "all.jsonl");
    const base = join(dir, "base.jsonl");
    const added = join(dir, "added.jsonl");
    writeFileSync(corpus, lines.join("\n") + "\n");
    writeFileSync(base, lines.slice(0, -ADDED).join("\n") + "\n");
    writeFileSync(added, lines.slice(-ADDED).join("\n") + "\n");
    const addedIds = lines.slice(-ADDED).map((line) => JSON.parse(line).id);
    const graph = join(dir, "graph.json");
    const full = join(dir, "full.json");
    const stage = (label, args, file) => {
      const result = newsgraph(args, `${file}.rss`);
      const warning = loadWarning();
      if (warning) console.log(warning);
      figure(label, result.seconds, "s wall", `CPU ${result.cpu.toFixed(1)} s, peak RSS ${mb(result.rss).toFixed(0)} MB`);
      console.log(`    said: ${result.summary.replace(/^newsgraph \w+: /, "")}`);
      return result;
    };
    const whole = stage(`full build, ${lines.length} articles`, ["build", corpus, "-o", full], full);
    figure("  graph file", mb(statSync(full).size), "MB");
    stage(`build, ${lines.length - ADDED} articles`, ["build", base, "-o", graph], graph);
    const update = stage(`build --update +${ADDED}`, ["build", "--update", graph, base, added], graph);
    copyFileSync(graph, `${graph}.updated`);
    const removal = stage(`remove ${ADDED}`, ["remove", "--graph", graph, ...addedIds], graph);
    figure("--update CPU / full build CPU", update.cpu / whole.cpu, "×", goal(update.cpu / whole.cpu <= 0.15, "≤ 0.15×"));
    figure("remove CPU / full build CPU", removal.cpu / whole.cpu, "×", goal(removal.cpu / whole.cpu <= 0.15, "≤ 0.15×"));
    figure("--update peak RSS / full build's", update.rss / whole.rss, "×", goal(update.rss <= whole.rss, "≤ 1×"));
    figure("remove peak RSS / full build's", removal.rss / whole.rss, "×", goal(removal.rss <= whole.rss, "≤ 1×"));
    return { whole, update, removal };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
