// Turns an entity's edges into what the side panel lists: relations grouped by predicate and direction,
// with readable phrases ("warns about → F-16"), polarity tags, and the spans to highlight in evidence.
import type { EvidenceRecord } from "../../src/types.js";
import type { ViewEdge as EdgeAttributes, ViewNode as NodeAttributes, ViewerGraph } from "./view-graph.js";

export type Direction = "out" | "in" | "both";

export interface RelationItem {
  edge: string;
  /** The entity at the other end. */
  other: string;
  otherLabel: string;
  /** Text of the relation's button: "warns about → F-16", "speaks for ← Dmitry Peskov". */
  phrase: string;
  tags: string[];
}

export interface RelationGroup {
  predicate: string;
  direction: Direction;
  /** Heading: "warns about →", "← speaks for", "↔ confronts". */
  heading: string;
  items: RelationItem[];
}

const ARROWS: Record<Direction, string> = { out: "→", in: "←", both: "↔" };

/** The phrase for one edge seen from `from`'s side. */
export function relationPhrase(predicate: string, direction: Direction, otherLabel: string): string {
  return `${predicate} ${ARROWS[direction]} ${otherLabel}`;
}

/** Polarity and provenance tags: "denied", "hedged", "reported by Dmitry Peskov", "3 sources". */
export function relationTags(attrs: EdgeAttributes, labelOf: (id: string) => string): string[] {
  const tags: string[] = [];
  if (attrs.negated) tags.push("denied");
  if (attrs.hedged) tags.push("hedged");
  if (attrs.attributedTo.length) tags.push(`reported by ${attrs.attributedTo.map(labelOf).join(", ")}`);
  if (attrs.sources > 1) tags.push(`${attrs.sources} sources`);
  return tags;
}

/** Groups `node`'s relations that pass `keep`, sorted by predicate, direction, then the other entity's label. */
export function groupRelations(
  graph: ViewerGraph,
  node: string,
  keep: (edge: string, attrs: EdgeAttributes, other: string) => boolean = () => true,
): RelationGroup[] {
  const labelOf = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    const other = source === node ? target : source;
    if (!keep(edge, attrs, other)) return;
    const direction: Direction = attrs.symmetric ? "both" : source === node ? "out" : "in";
    const key = `${attrs.predicate}\u0000${direction}`;
    let group = groups.get(key);
    if (!group) {
      const heading = direction === "out" ? `${attrs.predicate} →` : `${ARROWS[direction]} ${attrs.predicate}`;
      group = { predicate: attrs.predicate, direction, heading, items: [] };
      groups.set(key, group);
    }
    const otherLabel = labelOf(other);
    group.items.push({
      edge,
      other,
      otherLabel,
      phrase: relationPhrase(attrs.predicate, direction, otherLabel),
      tags: relationTags(attrs, labelOf),
    });
  });
  const order: Record<Direction, number> = { out: 0, both: 1, in: 2 };
  const sorted = [...groups.values()].sort(
    (a, b) => order[a.direction] - order[b.direction] || a.predicate.localeCompare(b.predicate),
  );
  for (const group of sorted)
    group.items.sort((a, b) => a.otherLabel.localeCompare(b.otherLabel) || a.edge.localeCompare(b.edge));
  return sorted;
}

export interface Highlight {
  start: number;
  end: number;
  /** Which end of the relation the span names. */
  role: "subject" | "object";
}

/** Every surface form of an entity worth finding in a sentence, longest first so "Dmitry Peskov" beats "Peskov". */
export function surfaceForms(attrs: NodeAttributes): string[] {
  const forms = new Set([attrs.label, ...attrs.aliases].filter((f) => f.trim().length > 1));
  return [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * Finds the subject's and the object's names in an evidence sentence (case-insensitive, whole words), without
 * overlaps, sorted by position. The graph keeps only the sentence, so the names are searched again here.
 */
export function findHighlights(text: string, subjectForms: string[], objectForms: string[]): Highlight[] {
  const found: Highlight[] = [];
  const lower = text.toLowerCase();
  const taken = (start: number, end: number): boolean => found.some((h) => start < h.end && h.start < end);
  const scan = (forms: string[], role: Highlight["role"]): void => {
    for (const form of forms) {
      const needle = form.toLowerCase();
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (isWordChar(text[at - 1]) || isWordChar(text[end]) || taken(at, end)) continue;
        found.push({ start: at, end, role });
      }
    }
  };
  scan(subjectForms, "subject");
  scan(objectForms, "object");
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Highlights for one evidence record: the extractor's own spans when the record carries them (document offsets,
 * so shifted by the sentence's start), else the entities' names searched in the sentence.
 */
export function evidenceHighlights(record: EvidenceRecord, subjectForms: string[], objectForms: string[]): Highlight[] {
  const spans: Highlight[] = [];
  for (const [span, role] of [
    [record.subject, "subject"],
    [record.object, "object"],
  ] as const) {
    if (!span) continue;
    const start = span.start - record.start;
    const end = span.end - record.start;
    if (start >= 0 && end <= record.text.length && start < end) spans.push({ start, end, role });
  }
  const overlapping = spans.length === 2 && spans[0].start < spans[1].end && spans[1].start < spans[0].end;
  if (spans.length === 2 && !overlapping) return spans.sort((a, b) => a.start - b.start);
  return findHighlights(record.text, subjectForms, objectForms);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Evidence sorted for display: by document, then position. */
export function sortedEvidence(evidence: EvidenceRecord[]): EvidenceRecord[] {
  return [...evidence].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
}
