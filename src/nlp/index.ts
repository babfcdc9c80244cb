// Turns a document's text into blocks, sentences and tokens with offsets into the original text.
// wink-nlp gives tokens, POS tags and lemmas; we run it block by block because wink-nlp joins lines that lack final
// punctuation, and headlines or bylines must not run into the text. A block is a line of text, or in hard-wrapped
// text (newswire, e-mail) a paragraph of lines (./wrap.ts), whose line breaks wink-nlp sees as spaces.
export { analyze, wordClass, wordInfo } from "./analyze.js";
export type { Token, Sentence, AnalyzedText, WordInfo, AnalyzeOptions } from "./analyze.js";
export { Parser, loadParser, defaultParser } from "./parser.js";
export type { ParsedToken, ParserModels } from "./parser.js";
export { Tagger, loadTagger, defaultTagger } from "./tagger.js";
export type { TaggedToken } from "./tagger.js";
export { isFurniture } from "./furniture.js";
