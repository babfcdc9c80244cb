// Renders evidence sentences: the sentence as text with the two entities marked, the article's title (a link
// when it has an http(s) url) and who the statement is attributed to. Everything goes in as text nodes.
// Sentences are fetched per relation on demand (source.ts): the list shows "Loading…" until they arrive.
import type { EvidenceRecord } from "../../src/types.js";
import type { EdgeDetails } from "../../src/model/view.js";
import type { ViewerGraph } from "./view-graph.js";
import { clear, el, safeHttpUrl } from "./dom.js";
import { evidenceHighlights, sortedEvidence, surfaceForms } from "./relations.js";
import type { DetailSource } from "./source.js";

export interface EvidenceContext {
  graph: ViewerGraph;
  details: DetailSource;
}

/** The list of evidence sentences of one edge; filled in when they arrive, `onDetails` told then. */
export function renderEvidenceList(
  context: EvidenceContext,
  edge: string,
  onDetails?: (details: EdgeDetails) => void,
): HTMLElement {
  const { graph } = context;
  const box = el("div", { className: "evidence-box", attrs: { "aria-busy": "true" } }, [
    el("p", { className: "muted loading" }, ["Loading evidence…"]),
  ]);
  context.details.edge(edge).then(
    (details) => {
      clear(box);
      box.removeAttribute("aria-busy");
      const subjectForms = surfaceForms(graph.getSourceAttributes(edge));
      const objectForms = surfaceForms(graph.getTargetAttributes(edge));
      const items = sortedEvidence(details.evidence).map((record) =>
        el("li", { className: "evidence" }, [
          renderSentence(record, subjectForms, objectForms),
          renderSource(context, record),
        ]),
      );
      box.append(
        items.length === 0
          ? el("p", { className: "muted" }, ["No evidence sentence was kept for this relation."])
          : el("ol", { className: "evidence-list" }, items),
      );
      onDetails?.(details);
    },
    (error: Error) => {
      clear(box);
      box.removeAttribute("aria-busy");
      box.append(el("p", { className: "muted" }, [`Could not load the evidence (${error.message}).`]));
    },
  );
  return box;
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

function renderSource({ graph, details }: EvidenceContext, record: EvidenceRecord): HTMLElement {
  const doc = details.document(record.doc);
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
