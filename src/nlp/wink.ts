// The wink-nlp instance every text is read with, kept free of history. wink-nlp files each unknown word it meets in
// its vocabulary for the rest of the process, and its tokenizer keeps a space-delimited word whole when the
// vocabulary has it: "Poor's" is split into "Poor" + "'s", unless an earlier text had "Poor's," (which files
// "Poor's"), and from then on it stays one token. The tokens of a line would then depend on every text this thread
// read before, so on the order of the articles and on which worker got which. Here each text is read against the
// vocabulary as loaded, and what it added is forgotten once its tokens are out.
import winkNLP, { type Document as WinkDocument, type ItsHelpers, type Model } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A feature table of wink's loaded core model: values, value → index, next index. The cache appends to it. */
interface FeatureTable {
  list: string[];
  hash: Record<string, number>;
  index: number;
}

interface CoreModel {
  features: Record<string, FeatureTable>;
}

interface Reader {
  nlp: ReturnType<typeof winkNLP>;
  lexemes: FeatureTable;
  /** Lexemes known after loading (the model's and those its patterns filed). */
  loaded: number;
}

/**
 * New words keep their slot in wink's lexeme list even when forgotten (its private per-word table is indexed
 * alongside it, so the list cannot be cut back): past this many the instance is replaced, which takes ~0.15 s and
 * reads every text the same, so that memory stays flat.
 */
const FORGOTTEN_LIMIT = 200_000;

/**
 * New words that may stay: a run of letters (wink's own letter range) or of digits. Wherever the tokenizer meets such
 * a string it makes it one token typed word or number, filed or not, so keeping it changes no reading and spares
 * filing it again (85-95 % of a text's new words). Currency codes are the exception: "USD" glued to a number is
 * typed currency, alone a word.
 */
const KEPT_WORD = /^(?:[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+|\d+)$/i;
const CURRENCY_CODE = /^(?:usd|aud|inr|gbp)$/i;

let reader: Reader | undefined;
let reading = false;
// The model's loader of its custom-entity data JSON-encodes its module-level copy again at every call, so the
// twentieth instance of a process would fail ("Invalid string length"): the first load serves every instance.
let cerModel: unknown;

/** Reads a text with wink-nlp (sentences and POS tags) and hands the document to `read`, which takes what it needs. */
export function readText<T>(text: string, read: (doc: WinkDocument, its: ItsHelpers) => T): T {
  if (reading) throw new Error("readText: called while reading another text; read one text at a time");
  const r = (reader ??= createReader());
  const from = r.lexemes.list.length;
  reading = true;
  try {
    return read(r.nlp.readDoc(text), r.nlp.its);
  } finally {
    reading = false;
    forget(r, from);
    if (r.lexemes.list.length - r.loaded > FORGOTTEN_LIMIT) reader = undefined;
  }
}

function createReader(): Reader {
  let core: CoreModel | undefined;
  const loadCore = model.core as () => CoreModel;
  const loadCER = model.metaCER as () => unknown;
  // Only sentence breaking and POS tagging: wink-nlp's own named-entity, negation and sentiment passes are not used
  // here and cost as much as the rest of its analysis.
  const hooked = { ...model, core: () => (core = loadCore()), metaCER: () => (cerModel ??= loadCER()) } as Model;
  const nlp = winkNLP(hooked, ["sbd", "pos"]);
  const lexemes = core?.features?.lexeme;
  if (!core || !Array.isArray(lexemes?.list) || typeof lexemes.hash !== "object") {
    throw new Error(
      "newsgraph: wink-nlp's core model has no lexeme table to reset; this wink-nlp version is not supported",
    );
  }
  return { nlp, lexemes, loaded: lexemes.list.length };
}

/**
 * Makes the new words of one text unknown again (wink reads an undefined index as unknown; setting it rather than
 * deleting the key keeps the large hash fast). The feature values wink interned for them (suffixes, word shapes)
 * stay: wink reads a word's features back as values, so where a value sits in its table does not matter.
 */
function forget(r: Reader, from: number): void {
  const { list, hash } = r.lexemes;
  for (let i = from; i < list.length; i++) {
    const word = list[i];
    if (!KEPT_WORD.test(word) || CURRENCY_CODE.test(word)) hash[word] = undefined!;
  }
}
