// Part `extract`: single-thread extraction throughput on ~1M tokens of real news, next to wink-nlp's own readDoc on
// the same text (with the dependency parser in analyze(), the extractor should stay at ratio ≥ 0.35), with a per-stage split.
import nlpCompromise from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { realArticles, repeatToTokens } from "./corpus.mjs";
import { dist, figure, goal, heading, loadWarning, now, timed } from "./lib.mjs";

const nlp = winkNLP(model);

export function countTokens(text) {
  return nlp.readDoc(text).tokens().length();
}

/** The real corpus repeated to about `tokens` tokens (counted by wink-nlp). */
export function benchCorpus(tokens = 1_000_000) {
  return repeatToTokens(realArticles(), tokens, countTokens);
}

export async function benchExtract({ tokens = 1_000_000 } = {}) {
  heading(`extract: single thread, GUM dev articles + seeds repeated to ~${tokens.toLocaleString("en-US")} tokens`);
  const { extractDocument } = await dist("extract/index.js");
  const { analyze, defaultParser, defaultTagger } = await dist("nlp/index.js");
  const { findEntities } = await dist("entities/index.js");
  const { findRelations } = await dist("relations/index.js");
  const corpus = benchCorpus(tokens);
  const docs = corpus.docs;
  // Warm-up: lexicons load and the JIT settles before anything is timed.
  for (const doc of realArticles()) {
    extractDocument(doc);
    nlp.readDoc(doc.text);
  }

  const raw = await timed(() => {
    for (const doc of docs) nlp.readDoc(doc.text);
  });
  const extracted = await timed(() => {
    let mentions = 0;
    let relations = 0;
    for (const doc of docs) {
      const x = extractDocument(doc);
      mentions += x.mentions.length;
      relations += x.relations.length;
    }
    return { mentions, relations };
  });

  // The `compromise` baseline (people, places, organisations; no relations) on the first tenth of the same articles:
  // it is much slower, and a rate in tokens per CPU second compares fairly across the two sizes.
  const share = docs.slice(0, Math.max(1, Math.floor(docs.length / 10)));
  const shareTokens = share.reduce((sum, doc) => sum + countTokens(doc.text), 0);
  const baseline = await timed(() => {
    for (const doc of share) {
      const parsed = nlpCompromise(doc.text);
      parsed.people().out("array");
      parsed.places().out("array");
      parsed.organizations().out("array");
    }
  });

  // Where the time goes: the three stages of extractDocument, timed apart on the same documents, and analyze() in
  // its three steps (wink-nlp's tokens, sentences and tags with our offsets; the tagger; the parser), done here one
  // after the other as analyze() does them.
  const stage = { analyze: 0, entities: 0, relations: 0 };
  const step = { wink: 0, tagger: 0, parser: 0 };
  const tagger = defaultTagger();
  const parser = defaultParser();
  for (const doc of docs) {
    const t0 = now();
    const analyzed = analyze(doc.text, { parser: false, tagger: false });
    const t1 = now();
    for (const sentence of analyzed.sentences) tagger.tag(analyzed.tokens, sentence.from, sentence.to);
    const t2 = now();
    for (const sentence of analyzed.sentences) parser.parse(analyzed.tokens, sentence.from, sentence.to);
    const t3 = now();
    step.wink += t1 - t0;
    step.tagger += t2 - t1;
    step.parser += t3 - t2;
    stage.analyze += t3 - t0;
    let s = now();
    const found = findEntities(analyzed);
    stage.entities += now() - s;
    s = now();
    findRelations(analyzed, found, doc.id);
    stage.relations += now() - s;
  }

  const n = corpus.tokens;
  const ratio = raw.cpu / extracted.cpu;
  const warning = loadWarning();
  if (warning) console.log(warning);
  figure("articles", docs.length);
  figure("tokens (wink-nlp)", n);
  figure("mentions / relations found", `${extracted.value.mentions} / ${extracted.value.relations}`);
  figure("wink-nlp readDoc, per CPU second", n / raw.cpu, "tokens/s", `wall ${raw.seconds.toFixed(1)} s`);
  figure("extractDocument, per CPU second", n / extracted.cpu, "tokens/s", `wall ${extracted.seconds.toFixed(1)} s`);
  figure("ratio extractor / readDoc (CPU)", ratio, "", goal(ratio >= 0.35, "≥ 0.35"));
  figure("ratio extractor / readDoc (wall)", raw.seconds / extracted.seconds);
  const compromiseRate = shareTokens / baseline.cpu;
  figure("compromise (people/places/orgs), per CPU second", compromiseRate, "tokens/s", `on ${share.length} articles`);
  const vsCompromise = n / extracted.cpu / compromiseRate;
  figure("ratio extractor / compromise (CPU)", vsCompromise, "", goal(vsCompromise >= 5, "≥ 5"));
  const total = stage.analyze + stage.entities + stage.relations;
  for (const [name, ms] of Object.entries(stage)) figure(`  share of time: ${name}`, (100 * ms) / total, "%");
  const steps = { "wink-nlp and our tokens": step.wink, "POS tagger": step.tagger, "dependency parser": step.parser };
  for (const [name, ms] of Object.entries(steps)) figure(`    of which ${name}`, (100 * ms) / total, "%");
  return { docs, tokens: n, ratio };
}
