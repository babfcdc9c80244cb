// Part `parser`: what the tagger and the dependency parser add to wink-nlp's cost, on real newswire (Reuters-21578).
// Prints tokens per CPU second of wink-nlp's readDoc alone, of analyze() without and with them, and of the tagger
// and the parser alone on the same tokens, side by side: medians of alternating repeats, since the machine is shared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ROOT, dist, figure, heading, loadWarning, timed } from "./lib.mjs";

const nlp = winkNLP(model);

/** The first Reuters articles up to about `tokens` wink tokens. */
function reuters(tokens) {
  const lines = readFileSync(join(ROOT, "..", "shared", "corpora", "reuters-21578.jsonl"), "utf8").split("\n");
  const texts = [];
  let total = 0;
  for (const line of lines) {
    if (!line.trim() || total >= tokens) continue;
    const { text } = JSON.parse(line);
    texts.push(text);
    total += nlp.readDoc(text).tokens().length();
  }
  return { texts, tokens: total };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchParser({ tokens = 300_000, repeats = 5 } = {}) {
  const size = tokens.toLocaleString("en-US");
  heading(`parser: Reuters-21578, first articles up to ~${size} tokens, median of ${repeats} runs`);
  const { analyze, defaultParser, defaultTagger } = await dist("nlp/index.js");
  const parser = defaultParser();
  const tagger = defaultTagger();
  const { texts, tokens: n } = reuters(tokens);
  // analyze()'s tokens, kept to time the tagger and the parser alone on exactly the tokens it hands them.
  const analyzed = texts.map((t) => analyze(t, { parser: false }));
  const parsedTokens = analyzed.reduce((sum, a) => sum + a.tokens.length, 0);
  const runs = { readDoc: [], analyze: [], analyzeParse: [], tagger: [], parser: [] };
  for (let r = 0; r <= repeats; r++) {
    const readDoc = await timed(() => texts.forEach((t) => nlp.readDoc(t)));
    const plain = await timed(() => texts.forEach((t) => analyze(t, { parser: false, tagger: false })));
    const parsed = await timed(() => texts.forEach((t) => analyze(t)));
    const tagging = await timed(() => {
      for (const a of analyzed) for (const s of a.sentences) tagger.tag(a.tokens, s.from, s.to);
    });
    const alone = await timed(() => {
      for (const a of analyzed) for (const s of a.sentences) parser.parse(a.tokens, s.from, s.to);
    });
    if (r === 0) continue; // warm-up
    runs.readDoc.push(n / readDoc.cpu);
    runs.analyze.push(n / plain.cpu);
    runs.analyzeParse.push(n / parsed.cpu);
    runs.tagger.push(parsedTokens / tagging.cpu);
    runs.parser.push(parsedTokens / alone.cpu);
  }
  const warning = loadWarning();
  if (warning) console.log(warning);
  figure("articles / wink tokens / parsed tokens", `${texts.length} / ${n} / ${parsedTokens}`);
  figure("wink-nlp readDoc, per CPU second", median(runs.readDoc), "tokens/s");
  figure("analyze() without tagger and parser, per CPU second", median(runs.analyze), "tokens/s");
  figure("analyze() with tagger and parser, per CPU second", median(runs.analyzeParse), "tokens/s");
  figure("tagger alone, per token", 1e6 / median(runs.tagger), "µs");
  figure("parser alone, per token", 1e6 / median(runs.parser), "µs");
  figure("tagger + parser, per token", 1e6 / median(runs.tagger) + 1e6 / median(runs.parser), "µs", "goal ≤ 2");
  figure("ratio analyze+tagger+parser / readDoc (CPU)", median(runs.analyzeParse) / median(runs.readDoc));
  return runs;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchParser();
