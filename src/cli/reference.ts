// Renders the CLI reference (Markdown) from the command table; the README's CLI section is this text.
import type { CommandSpec } from "./table.js";

export function renderCliReference(commands: readonly CommandSpec[]): string {
  const parts: string[] = [];
  for (const spec of commands) {
    parts.push(`### \`newsgraph ${spec.name}${spec.args ? ` ${spec.args}` : ""}\``, "", spec.summary, "");
    if (spec.options.length) {
      parts.push("| option | meaning | default |", "| --- | --- | --- |");
      for (const option of spec.options) {
        const fallback = option.default === undefined ? "" : `\`${String(option.default)}\``;
        parts.push(`| \`${option.flags}\` | ${option.description.replace(/\|/g, "\\|")} | ${fallback} |`);
      }
      parts.push("");
    }
    if (spec.examples?.length) parts.push("```sh", ...spec.examples, "```", "");
  }
  return parts.join("\n").trimEnd() + "\n";
}

export const README_MARKERS = { start: "<!-- cli:start -->", end: "<!-- cli:end -->" } as const;

/** Replaces the text between the README's CLI markers with `reference`. */
export function spliceReference(readme: string, reference: string): string {
  const start = readme.indexOf(README_MARKERS.start);
  const end = readme.indexOf(README_MARKERS.end);
  if (start < 0 || end < start) throw new Error(`README has no ${README_MARKERS.start} … ${README_MARKERS.end} section`);
  return readme.slice(0, start + README_MARKERS.start.length) + "\n\n" + reference + "\n" + readme.slice(end);
}
