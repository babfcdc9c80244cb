// Worker-thread entry of the extraction pool: tinypool calls the default export with one document per task.
import type { Document, Extraction } from "../types.js";
import { extractDocument } from "./extract-document.js";

export default function extractTask(doc: Document): Extraction {
  return extractDocument(doc);
}
