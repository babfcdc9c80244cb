import { describe, expect, it } from "vitest";
import { analyze } from "../../src/nlp/index.js";
import { loadTagger } from "../../src/nlp/tagger.js";
import { modelDir } from "../../src/nlp/parser.js";
import { parseConllu } from "../../scripts/train/conllu.js";
import { alignTags } from "../../scripts/train/tagger.js";

const tagsOf = (text: string) => analyze(text, { parser: false }).tokens.map((t) => `${t.text}/${t.tag}`);

describe("part-of-speech tagger", () => {
  it("tells a passive participle from a past tense, and a name from a noun", () => {
    expect(tagsOf("The company was bought by Microsoft, which bought another firm in 2023.")).toEqual([
      "The/DT", "company/NN", "was/VBD", "bought/VBN", "by/IN", "Microsoft/NNP", ",/,", "which/WDT",
      "bought/VBD", "another/DT", "firm/NN", "in/IN", "2023/CD", "./.",
    ]); // prettier-ignore
  });

  it("leaves wink's universal tags in `pos`", () => {
    const a = analyze("Putin denied plans to attack NATO.", { parser: false });
    expect(a.tokens.map((t) => t.pos)).toEqual(["PROPN", "VERB", "NOUN", "PART", "VERB", "PROPN", "PUNCT"]);
    expect(a.tokens.map((t) => t.tag)).toEqual(["NNP", "VBD", "NNS", "TO", "VB", "NNP", "."]);
  });

  it("tags the same text the same way, whatever came before, with a second copy of the model too", () => {
    const text = "Officials said the talks, which resumed on Monday, had been held in Geneva.";
    const first = tagsOf(text);
    tagsOf("An entirely different line about other things, to leave the tagger's scratch behind it.");
    expect(tagsOf(text)).toEqual(first);
    const other = loadTagger(modelDir());
    expect(analyze(text, { parser: false, tagger: other }).tokens.map((t) => `${t.text}/${t.tag}`)).toEqual(first);
  });

  it("can be switched off, but not under the parser", () => {
    expect(analyze("Putin spoke.", { parser: false, tagger: false }).tokens.every((t) => t.tag === "")).toBe(true);
    expect(() => analyze("Putin spoke.", { tagger: false })).toThrow(/parser reads the tagger's tags/);
  });

  it("learns from gold tags carried to wink's tokens by characters", () => {
    // "its" as one token over the gold words "it" "s": it takes the tag of the word whose head lies outside it.
    const gold = parseConllu(
      [
        "# text = its fine",
        "1\tit\tit\tPRON\tPRP\t_\t3\tnsubj\t_\tSpaceAfter=No",
        "2\ts\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_",
        "3\tfine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_",
        "",
      ].join("\n"),
    )[0];
    expect(alignTags(gold, [{ start: 0, end: 3 }, { start: 4, end: 8 }])).toEqual(["PRP", "JJ"]);
    // A gold word cut in pieces gives its tag to each piece.
    expect(alignTags(gold, [{ start: 0, end: 3 }, { start: 4, end: 6 }, { start: 6, end: 8 }])).toEqual([
      "PRP", "JJ", "JJ",
    ]); // prettier-ignore
  });
});
