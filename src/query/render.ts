// Plain-text renderings of query results for the terminal (`newsgraph query`, `newsgraph diff`). Article text is
// untrusted: control characters and bidi overrides are replaced, so a crafted sentence cannot drive the terminal.
import type { EvidenceRecord } from "../types.js";
import type { GraphDiff, RelationSummary } from "./diff.js";
import type { EntityMatch, EntitySummary } from "./names.js";
import type { Connection, Neighbor } from "./neighbors.js";
import type { Path } from "./paths.js";

const UNSAFE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Terminal-safe single-line text, cut to `width` characters with an ellipsis. */
export function safe(text: unknown, width = Infinity): string {
  const clean = String(text ?? "").replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
  const chars = [...clean];
  return chars.length > width ? chars.slice(0, Math.max(1, width - 1)).join("") + "…" : clean;
}

/** A table with a header row, columns padded to their widest cell; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max([...title].length, ...rows.map((row) => [...row[i]].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + " ".repeat(widths[i] - [...cell].length)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function entityName(entity: EntitySummary): string {
  return `${safe(entity.label)} (${entity.type})`;
}

function flags(edge: { negated: boolean; hedged: boolean; attributedToLabels?: string[] }): string {
  const speakers = edge.attributedToLabels ?? [];
  const marks = [edge.negated ? "denied" : "", edge.hedged ? "hedged" : "", speakers.length ? `per ${speakers.map((s) => safe(s)).join(", ")}` : ""];
  const text = marks.filter(Boolean).join(", ");
  return text ? ` [${text}]` : "";
}

function arrow(edge: Connection): string {
  if (edge.symmetric) return "<->";
  return edge.direction === "out" ? "->" : "<-";
}

/** The part of an evidence sentence that holds its subject, trigger and object, when the whole is too long:
 *  "…Kremlin spokesman Dmitry Peskov has said." rather than a cut before the words that matter. */
export function excerpt(record: EvidenceRecord, width: number): string {
  const text = String(record.text ?? "");
  if ([...text].length <= width) return safe(text);
  const parts = [record.subject, record.trigger, record.object].filter((span): span is NonNullable<typeof span> => !!span);
  let from = 0;
  if (parts.length) {
    const focusStart = Math.max(0, Math.min(...parts.map((p) => p.start)) - record.start);
    const focusEnd = Math.min(text.length, Math.max(...parts.map((p) => p.end)) - record.start);
    // Centre the window on the parts, without running past either end of the sentence.
    from = Math.max(0, Math.min(focusStart - Math.floor((width - (focusEnd - focusStart)) / 2), text.length - width));
  }
  // Start at a word: "…NATO can be" rather than "…sia and NATO".
  const space = text.indexOf(" ", from);
  if (from > 0 && space >= 0 && space - from < 15) from = space + 1;
  const cut = text.slice(from, from + width);
  const clipped = from + width < text.length;
  return (from > 0 ? "…" : "") + safe(cut, clipped ? Infinity : width) + (clipped ? "…" : "");
}

function sentence(record: EvidenceRecord | null | undefined, width = 100): string {
  return record ? `"${excerpt(record, width)}" (${safe(record.doc)})` : "";
}

export function renderEntity(match: EntityMatch, relations: Neighbor[] = []): string {
  const entity = match.entity;
  if (!entity) return "";
  const lines = [
    `${entityName(entity)}  key: ${safe(entity.key)}`,
    `aliases:   ${entity.aliases.map((a) => safe(a)).join(", ") || "-"}`,
    `mentions:  ${entity.mentions} in ${entity.docs.length} article${entity.docs.length === 1 ? "" : "s"}${entity.docs.length ? ` (${entity.docs.map((d) => safe(d)).join(", ")})` : ""}`,
    `relations: ${entity.degree}`,
  ];
  if (match.how === "words") lines.push(`(matched '${safe(match.query)}' by its words)`);
  if (match.alternatives.length) lines.push(`also named so: ${match.alternatives.map(entityName).join(", ")}`);
  if (relations.length) lines.push("", renderRelationTable(relations));
  return lines.join("\n") + "\n";
}

function renderRelationTable(items: Neighbor[], withDepth = false): string {
  const rows: string[][] = [];
  for (const neighbor of items) {
    for (const edge of neighbor.edges) {
      const row = [`${arrow(edge)} ${safe(edge.label)}${flags(edge)}`, safe(neighbor.entity.label, 40), neighbor.entity.type, String(edge.weight)];
      if (withDepth) row.unshift(String(neighbor.depth), safe(edge.direction === "out" ? edge.sourceLabel : edge.targetLabel, 30));
      // The sentence the article states itself, when it has one, before one it reports from a speaker.
      row.push(sentence(edge.evidence.find((record) => !record.attributedTo) ?? edge.evidence[0]));
      rows.push(row);
    }
  }
  const header = ["relation", "entity", "type", "weight", "evidence"];
  if (withDepth) header.unshift("depth", "from");
  return table(header, rows);
}

export function renderNeighbors(entity: EntitySummary, items: Neighbor[]): string {
  const title = `Neighbours of ${entityName(entity)}: ${items.length}`;
  if (!items.length) return `${title}\n`;
  const deep = items.some((n) => n.depth > 1);
  return `${title}\n\n${renderRelationTable(items, deep)}\n`;
}

export function renderPaths(from: EntitySummary, to: EntitySummary, found: Path[], maxLength: number): string {
  if (!found.length) return `No path from ${entityName(from)} to ${entityName(to)} within ${maxLength} hops.\n`;
  const blocks = found.map((path, i) => {
    const lines = [`Path ${i + 1} (${path.hops.length} hop${path.hops.length === 1 ? "" : "s"}): ${path.nodes.map((n) => safe(n.label)).join(" — ")}`];
    for (const hop of path.hops) {
      const edge = hop.best;
      const more = hop.edges.length > 1 ? ` (+${hop.edges.length - 1} more)` : "";
      const relation = `${safe(edge.sourceLabel)} -[${safe(edge.label)}]-> ${safe(edge.targetLabel)}${flags(edge)}${more}`;
      if (hop.kind === "statement") {
        const speaker = path.nodes.find((n) => n.key === hop.from && edge.attributedTo.includes(n.key)) ? hop.from : hop.to;
        const name = path.nodes.find((n) => n.key === speaker)?.label ?? speaker;
        lines.push(`  ${safe(name)} said: ${relation}`);
      } else lines.push(`  ${relation}`);
      if (hop.evidence) lines.push(`      ${sentence(hop.evidence, 160)}`);
    }
    return lines.join("\n");
  });
  return blocks.join("\n\n") + "\n";
}

function relationLine(sign: string, relation: RelationSummary): string {
  return `  ${sign} ${safe(relation.sourceLabel)} -[${safe(relation.predicate)}]-> ${safe(relation.targetLabel)}${flags(relation)}  (weight ${relation.weight})`;
}

export function renderDiff(diff: GraphDiff): string {
  const { entities, relations } = diff;
  const lines = [`Entities: ${entities.added.length} added, ${entities.removed.length} removed`];
  for (const entity of entities.added) lines.push(`  + ${entityName(entity)}`);
  for (const entity of entities.removed) lines.push(`  - ${entityName(entity)}`);
  lines.push(
    "",
    `Relations: ${relations.added.length} added, ${relations.removed.length} removed, ${relations.changed.length} with changed evidence`,
  );
  for (const relation of relations.added) {
    lines.push(relationLine("+", relation), ...relation.evidence.map((record) => `      ${sentence(record, 160)}`));
  }
  for (const relation of relations.removed) {
    lines.push(relationLine("-", relation), ...relation.evidence.map((record) => `      ${sentence(record, 160)}`));
  }
  for (const change of relations.changed) {
    lines.push(relationLine("~", change.relation));
    lines.push(...change.addedEvidence.map((record) => `      + ${sentence(record, 160)}`));
    lines.push(...change.removedEvidence.map((record) => `      - ${sentence(record, 160)}`));
  }
  return lines.join("\n") + "\n";
}
