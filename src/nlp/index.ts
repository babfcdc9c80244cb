// Turns a document's text into blocks, sentences and tokens with offsets into the original text.
// wink-nlp gives tokens, POS tags and lemmas; we run it block by block (a block is a line of text) because
// wink-nlp joins lines that lack final punctuation, and headlines or bylines must not run into the text.
export { analyze, wordClass, wordInfo } from "./analyze.js";
export type { Token, Sentence, AnalyzedText, WordInfo, AnalyzeOptions } from "./analyze.js";
export { Parser, loadParser, defaultParser } from "./parser.js";
export type { ParsedToken, ParserModels } from "./parser.js";
export { isFurniture } from "./furniture.js";
