// `npm run bench`: prints speed and memory figures with their goals; never asserts times.
// Usage: node bench/run.mjs [extract|parser|workers|scale|update|reuters|query|startup ...] [--no-build]   (no part named: all of them)
import { availableParallelism, cpus, totalmem } from "node:os";
import { benchExtract, benchCorpus } from "./extract.mjs";
import { benchWorkers } from "./workers.mjs";
import { benchScale } from "./scale.mjs";
import { benchQuery } from "./query.mjs";
import { benchParser } from "./parser.mjs";
import { benchReuters, benchUpdate } from "./reuters.mjs";
import { benchStartup } from "./startup.mjs";
import { ensureBuilt, now } from "./lib.mjs";

const PARTS = ["extract", "parser", "workers", "scale", "update", "reuters", "query", "startup"];
const asked = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const unknown = asked.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`bench: unknown part "${unknown[0]}": choose among ${PARTS.join(", ")}`);
  process.exit(2);
}
const parts = asked.length ? asked : PARTS;

console.log(`newsgraph benchmark — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB`);
const started = now();
ensureBuilt();
let corpus;
for (const part of parts) {
  if (part === "extract") corpus = (await benchExtract()) ?? corpus;
  if (part === "parser") await benchParser();
  if (part === "workers") await benchWorkers({ corpus: corpus ?? benchCorpus() });
  if (part === "scale") await benchScale();
  if (part === "update") await benchUpdate();
  if (part === "reuters") await benchReuters();
  if (part === "query") await benchQuery();
  if (part === "startup") await benchStartup();
}
console.log(`\nbenchmark done in ${((now() - started) / 1000).toFixed(0)} s`);
