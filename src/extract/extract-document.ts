// The extractor: one document in, its mentions, entities and relations out.
import { createHash } from "node:crypto";
import { analyze } from "../nlp/index.js";
import { findEntities } from "../entities/index.js";
import { findRelations } from "../relations/index.js";
import type { Document, DocumentInfo, Extraction } from "../types.js";

/** Bumped whenever extraction output changes for the same input (kept in the graph's attributes). */
export const EXTRACTOR_VERSION = "0.2.0";

export function documentInfo(doc: Document): DocumentInfo {
  const info: DocumentInfo = { id: doc.id, hash: createHash("sha256").update(doc.text).digest("hex") };
  if (doc.title) info.title = doc.title;
  if (doc.date) info.date = doc.date;
  if (doc.url) info.url = doc.url;
  return info;
}

export function extractDocument(doc: Document): Extraction {
  const analyzed = analyze(doc.text);
  const found = findEntities(analyzed);
  const relations = findRelations(analyzed, found, doc.id);
  return { doc: documentInfo(doc), mentions: found.mentions, entities: found.entities, relations };
}

/** One line of `newsgraph extract --jsonl`: the prediction format of the GUM scorer. */
export function toPrediction(extraction: Extraction) {
  return {
    doc: extraction.doc.id,
    mentions: extraction.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entity: m.entity })),
    relations: extraction.relations.map((r) => ({
      subject: r.subject,
      predicate: r.predicate,
      object: r.object,
      start: r.evidence.start,
      end: r.evidence.end,
      negated: r.negated,
    })),
  };
}
