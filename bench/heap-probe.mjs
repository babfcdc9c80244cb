// Child process of the `scale` part (run with --expose-gc): reads and extracts a corpus through the real pipeline and
// prints the heap in use after a full GC every `step` articles, as JSON. Flat numbers mean nothing piles up per article.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [root, corpus, step] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(root, "dist", "src", path)).href);
const { readDocuments } = await load("ingest/index.js");
const { extractAll } = await load("extract/index.js");
const marks = [];
let n = 0;
for await (const extraction of extractAll(readDocuments([corpus]), { workers: 1 })) {
  if (!extraction) throw new Error("missing extraction");
  if (++n % Number(step) === 0) {
    globalThis.gc();
    marks.push({ articles: n, heapMB: process.memoryUsage().heapUsed / 1048576 });
  }
}
console.log(JSON.stringify(marks));
