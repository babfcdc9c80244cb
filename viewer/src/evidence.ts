// Renders evidence sentences: the sentence as text with the two entities marked, the article's title (a link
// when it has an http(s) url) and who the statement is attributed to. Everything goes in as text nodes.
import type { DocumentInfo, EdgeAttributes, EvidenceRecord } from "../../src/types.js";
import type { ViewerGraph } from "./data.js";
import { el, safeHttpUrl } from "./dom.js";
import { evidenceHighlights, sortedEvidence, surfaceForms } from "./relations.js";

export interface EvidenceContext {
  graph: ViewerGraph;
  documents: Map<string, DocumentInfo>;
}

/** The list of evidence sentences of one edge. */
export function renderEvidenceList(context: EvidenceContext, edge: string): HTMLElement {
  const { graph } = context;
  const attrs: EdgeAttributes = graph.getEdgeAttributes(edge);
  const subjectForms = surfaceForms(graph.getSourceAttributes(edge));
  const objectForms = surfaceForms(graph.getTargetAttributes(edge));
  const items = sortedEvidence(attrs).map((record) =>
    el("li", { className: "evidence" }, [
      renderSentence(record, subjectForms, objectForms),
      renderSource(context, record),
    ]),
  );
  if (items.length === 0) return el("p", { className: "muted" }, ["No evidence sentence was kept for this relation."]);
  return el("ol", { className: "evidence-list" }, items);
}

function renderSentence(record: EvidenceRecord, subjectForms: string[], objectForms: string[]): HTMLElement {
  const quote = el("blockquote", { className: "sentence" });
  let at = 0;
  for (const mark of evidenceHighlights(record, subjectForms, objectForms)) {
    if (mark.start > at) quote.appendChild(document.createTextNode(record.text.slice(at, mark.start)));
    quote.appendChild(el("mark", { className: mark.role }, [record.text.slice(mark.start, mark.end)]));
    at = mark.end;
  }
  if (at < record.text.length) quote.appendChild(document.createTextNode(record.text.slice(at)));
  return quote;
}

function renderSource({ graph, documents }: EvidenceContext, record: EvidenceRecord): HTMLElement {
  const doc = documents.get(record.doc);
  const title = doc?.title || record.doc;
  const url = safeHttpUrl(doc?.url);
  const titleNode = url
    ? el("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer nofollow" } }, [title])
    : el("span", { className: "doc-title" }, [title]);
  const speaker =
    record.attributedTo && graph.hasNode(record.attributedTo)
      ? `said by ${graph.getNodeAttribute(record.attributedTo, "label")}`
      : record.attributedTo
        ? `said by ${record.attributedTo}`
        : null;
  return el("p", { className: "source" }, [
    titleNode,
    doc?.date ? el("span", { className: "date" }, [` · ${doc.date.slice(0, 10)}`]) : null,
    speaker ? el("span", { className: "speaker" }, [` · ${speaker}`]) : null,
  ]);
}
