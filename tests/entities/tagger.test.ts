// The learned entity tagger (src/entities/tagger.ts) with the shipped model, the extractor using it, and the GUM
// converter its training data comes from.
import { describe, expect, it } from "vitest";
import { convertGumSource, trainingSpans } from "../../scripts/train/gum-entities.js";
import { findEntities } from "../../src/entities/index.js";
import { lexicons } from "../../src/entities/lexicons.js";
import { entityTagger, labelsOf, spansOf, TAGGER_CLASSES, wordShape } from "../../src/entities/tagger.js";
import { analyze } from "../../src/nlp/index.js";

function tagged(text: string): { text: string; type: string }[] {
  const a = analyze(text);
  return entityTagger()
    .tag(a)
    .map((s) => ({ text: text.slice(a.tokens[s.from].start, a.tokens[s.to - 1].end), type: s.type }));
}

function entities(text: string) {
  return findEntities(analyze(text));
}

describe("entity tagger", () => {
  it("finds a person, an organisation, a place and a people in ordinary text", () => {
    const text = "Angela Merkel met executives of Siemens in Berlin on Tuesday. Many Germans welcomed the talks.";
    const spans = tagged(text);
    expect(spans).toContainEqual({ text: "Angela Merkel", type: "PERSON" });
    expect(spans).toContainEqual({ text: "Berlin", type: "GPE" });
    expect(spans.map((s) => s.text)).not.toContain("Tuesday");
    // The tagger alone misses the unknown one-word company and the people here; the extractor's repairs
    // (a mid-sentence proper noun, a demonym from the lexicons) find them.
    const { mentions } = entities(text);
    expect(mentions.find((m) => m.text === "Siemens")?.type).toBe("ORG");
    expect(mentions.find((m) => m.text === "Germans")?.type).toBe("NORP");
    expect(mentions.find((m) => m.text === "Angela Merkel")?.type).toBe("PERSON");
  });

  it("reads an ALL-CAPS headline without taking its words for names", () => {
    const spans = tagged("DAEWOO MOTOR TO BUY STAKE IN U.S. FIRM");
    expect(spans.map((s) => s.text)).not.toContain("DAEWOO MOTOR TO");
    expect(spans.some((s) => /\bTO\b|BUY|STAKE|FIRM/.test(s.text))).toBe(false);
    const { mentions } = entities("DAEWOO MOTOR TO BUY STAKE IN U.S. FIRM");
    expect(mentions.find((m) => m.text === "U.S.")).toMatchObject({ type: "GPE", entity: "united-states" });
    expect(mentions.map((m) => m.text)).not.toContain("DAEWOO MOTOR TO");
  });

  it("does not take a capitalised common word opening a sentence for a name", () => {
    expect(tagged("Budget talks resumed on Monday.")).toEqual([]);
    expect(entities("Budget talks resumed on Monday.").entities).toEqual([]);
    expect(entities("World leaders met on Friday. Whilst they talked, prices rose.").entities).toEqual([]);
  });

  it("gives the extractor its spans: a title stays out, the type comes through", () => {
    const { mentions } = entities("Prime Minister Narendra Modi visited the Taj Mahal with officials of the World Bank.");
    expect(mentions.find((m) => m.text === "Narendra Modi")?.type).toBe("PERSON");
    expect(mentions.find((m) => m.text === "World Bank")?.type).toBe("ORG");
    expect(mentions.map((m) => m.text)).not.toContain("Prime Minister Narendra Modi");
  });

  it("loads the model once and rejects a file that is not a model", () => {
    expect(entityTagger()).toBe(entityTagger());
    expect(() => entityTagger(new URL("../../package.json", import.meta.url).pathname)).toThrow(/not a newsgraph model/);
  });

  it("turns BIO labels into spans and back", () => {
    const spans = [
      { from: 0, to: 2, type: "PERSON" as const },
      { from: 2, to: 3, type: "PERSON" as const },
      { from: 4, to: 5, type: "GPE" as const },
    ];
    const labels = labelsOf(6, spans);
    expect([...labels].map((l) => TAGGER_CLASSES[l])).toEqual(["B-PERSON", "I-PERSON", "B-PERSON", "O", "B-GPE", "O"]);
    expect(spansOf(labels, [{ from: 0, to: 6 }])).toEqual(spans);
    expect(wordShape("Budget")).toBe("Xx");
    expect(wordShape("DAEWOO")).toBe("X");
    expect(wordShape("U.S.")).toBe("X.X.");
    expect(wordShape("F-16")).toBe("X-d");
  });
});

// Two sentences, one paragraph break; Entity brackets as GUM writes them (nested, single-token, multi-token).
const CONLLU = [
  "# newdoc id = GUM_news_tiny",
  "# newpar",
  "# sent_id = tiny-1",
  "# text = US President Barack Obama visited Paris.",
  "1\tUS\tUS\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-sssss-cf1-3,4-coref-Barack_Obama(2-place-new-sssss-cf2-1-coref-United_States)",
  "2\tPresident\tpresident\tPROPN\tNNP\t_\t3\tnmod:desc\t_\t_",
  "3\tBarack\tBarack\tPROPN\tNNP\t_\t5\tnsubj\t_\t_",
  "4\tObama\tObama\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)",
  "5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
  "6\tParis\tParis\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=(3-place-new-sssss-cf3-1-sgl-Paris)|SpaceAfter=No",
  "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_",
  "",
  "# newpar",
  "# sent_id = tiny-2",
  "# text = He liked the city.",
  "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref-Barack_Obama)",
  "2\tliked\tlike\tVERB\tVBD\t_\t0\troot\t_\t_",
  "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(3-place-giv:act-sssss-cf2-2-coref-Paris",
  "4\tcity\tcity\tNOUN\tNN\t_\t2\tobj\t_\tEntity=3)|SpaceAfter=No",
  "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
  "",
].join("\n");

describe("GUM converter", () => {
  const doc = convertGumSource(CONLLU);

  it("rebuilds the text with paragraphs apart and offsets that slice back", () => {
    expect(doc.doc).toBe("GUM_news_tiny");
    expect(doc.genre).toBe("news");
    expect(doc.text).toBe("US President Barack Obama visited Paris.\n\nHe liked the city.");
    for (const m of doc.mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(doc.text.slice(m.head.start, m.head.end)).toBe(m.head.text);
    }
  });

  it("reads nested, single-word and multi-word mentions with their heads, names and cores", () => {
    const summary = doc.mentions.map((m) => [m.text, m.type, m.link, m.head.text, m.named, m.core?.text ?? null]);
    expect(summary).toEqual([
      ["US President Barack Obama", "person", "Barack_Obama", "Barack", true, "Barack Obama"],
      ["US", "place", "United_States", "US", true, "US"],
      ["Paris", "place", "Paris", "Paris", true, "Paris"],
      ["He", "person", "Barack_Obama", "He", false, null],
      ["the city", "place", "Paris", "city", false, null],
    ]);
    expect(doc.mentions[0].cluster).toBe(doc.mentions[3].cluster);
  });

  it("types the training spans by the mapping rules", () => {
    const spans = trainingSpans(doc, lexicons()).map((s) => [doc.text.slice(s.start, s.end), s.type]);
    expect(spans).toEqual([
      ["US", "GPE"],
      ["Barack Obama", "PERSON"],
      ["Paris", "GPE"],
    ]);
  });
});
