// PLACEHOLDER (to be replaced): proper-noun runs as mentions, one entity per distinct string.
import type { AnalyzedText } from "../nlp/index.js";
import type { Entity, Mention } from "../types.js";

export interface EntityResult {
  mentions: Mention[];
  entities: Entity[];
}

export function findEntities(analyzed: AnalyzedText): EntityResult {
  const mentions: Mention[] = [];
  const byId = new Map<string, Entity>();
  const { tokens, text } = analyzed;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== "PROPN") continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].pos === "PROPN" && tokens[j + 1].sentence === tokens[i].sentence) j++;
    const start = tokens[i].start;
    const end = tokens[j].end;
    const surface = text.slice(start, end);
    const id = surface.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
    if (id) {
      mentions.push({ start, end, text: surface, type: "OTHER", entity: id, kind: "name" });
      const entity = byId.get(id) ?? { id, label: surface, type: "OTHER" as const, aliases: [surface], mentions: 0 };
      entity.mentions++;
      byId.set(id, entity);
    }
    i = j;
  }
  return { mentions, entities: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
