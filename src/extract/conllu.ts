// One document's analysis as CoNLL-U, the treebanks' format: what `newsgraph parse` prints, so that the tokens,
// tags, dependency tree and entity tags the extractor works from can be read, diffed and scored with UD tools.
import type { AnalyzedText } from "../nlp/index.js";
import type { Mention } from "../types.js";

/**
 * `# newdoc id`, then per sentence `# sent_id`, `# text` and one line per token: ID FORM LEMMA UPOS XPOS FEATS HEAD
 * DEPREL DEPS MISC (UPOS is wink's tag, XPOS our tagger's Penn Treebank tag). MISC holds `NER=B-TYPE` / `I-TYPE` on the tokens of a named mention (pronouns are not names)
 * and `SpaceAfter=No` where the next token follows without a space.
 */
export function toConllu(docId: string, analyzed: AnalyzedText, mentions: readonly Mention[]): string {
  const { tokens, sentences } = analyzed;
  const ner = nerTags(analyzed, mentions);
  const lines = [`# newdoc id = ${oneLine(docId)}`];
  let block = -1;
  for (const s of sentences) {
    if (s.block !== block) lines.push("# newpar");
    block = s.block;
    lines.push(`# sent_id = ${oneLine(docId)}-${s.i + 1}`, `# text = ${oneLine(analyzed.text.slice(s.start, s.end))}`);
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k];
      const head = t.head >= s.from && t.head < s.to ? t.head - s.from + 1 : 0;
      const misc: string[] = [];
      if (ner[k]) misc.push(`NER=${ner[k]}`);
      if (k + 1 < s.to && tokens[k + 1].start === t.end) misc.push("SpaceAfter=No");
      lines.push(
        [
          k - s.from + 1,
          field(t.text),
          field(t.lemma),
          t.pos || "_",
          t.tag || "_",
          "_",
          t.dep ? head : "_",
          t.dep || "_",
          "_",
          misc.length ? misc.join("|") : "_",
        ].join("\t"),
      );
    }
    lines.push("");
  }
  return lines.join("\n") + "\n";
}

/** BIO tag of each token covered by a named mention, by token index. */
function nerTags(analyzed: AnalyzedText, mentions: readonly Mention[]): (string | undefined)[] {
  const tags: (string | undefined)[] = new Array(analyzed.tokens.length);
  const named = mentions.filter((m) => m.kind !== "pronoun").sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of named) {
    while (k < analyzed.tokens.length && analyzed.tokens[k].end <= m.start) k++;
    for (let j = k, first = true; j < analyzed.tokens.length && analyzed.tokens[j].start < m.end; j++) {
      if (tags[j]) continue; // nested mentions: the outer one, met first, keeps its tags
      tags[j] = `${first ? "B" : "I"}-${m.type}`;
      first = false;
    }
  }
  return tags;
}

/** A comment's value on one line: line breaks of a hard-wrapped sentence become spaces. */
const oneLine = (s: string) => s.replace(/\s+/g, " ");

/** A FORM or LEMMA column: never empty, no tab or line break. */
const field = (s: string) => s.replace(/[\t\r\n]/g, " ") || "_";
