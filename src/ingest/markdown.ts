// Markdown → plain article text: syntax stripped, the lines of a paragraph joined (the analyser reads each line as a
// block unless the whole text is hard-wrapped), code blocks dropped. The title is the first `#` heading, else the
// front matter's `title:`.

export interface MarkdownText {
  text: string;
  title?: string;
  date?: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const QUOTE = /^\s{0,3}>\s?/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function markdownToText(source: string): MarkdownText {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const result: MarkdownText = { text: "" };
  let start = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.indexOf("---", 1);
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const field = /^(title|date):\s*(.+?)\s*$/i.exec(line);
        if (field) result[field[1].toLowerCase() as "title" | "date"] = unquote(field[2]);
      }
      start = end + 1;
    }
  }

  const blocks: string[] = [];
  let paragraph: string[] = [];
  let h1: string | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(" "));
    paragraph = [];
  };
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    let line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue; // code is not article prose
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    if (!line.trim() || RULE.test(line) || REFERENCE.test(line) || TABLE_SEPARATOR.test(line)) {
      flush();
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && paragraph.length) {
      // The paragraph so far was a heading ("Title\n=====").
      const heading = inline(paragraph.join(" "));
      paragraph = [];
      if (setext[1][0] === "=" && h1 === undefined) h1 = heading;
      blocks.push(heading);
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const heading = inline(atx[2] ?? "");
      if (atx[1].length === 1 && h1 === undefined && heading) h1 = heading;
      if (heading) blocks.push(heading);
      continue;
    }
    let quoted = false;
    while (QUOTE.test(line)) {
      line = line.replace(QUOTE, "");
      quoted = true;
    }
    if (quoted && !line.trim()) {
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      paragraph.push(inline(line.replace(LIST_ITEM, "")));
      continue;
    }
    if (line.includes("|") && /^\s*\|.*\|\s*$/.test(line)) {
      flush();
      const cells = line.trim().slice(1, -1).split("|").map((c) => inline(c)).filter(Boolean);
      blocks.push(cells.join(", "));
      continue;
    }
    paragraph.push(inline(line));
  }
  flush();
  result.text = blocks.filter((b) => b.trim()).join("\n\n");
  if (h1 !== undefined) result.title = h1;
  return result;
}

/** Inline syntax → text: images dropped, links and emphasis reduced to their text, HTML tags removed. */
function inline(text: string): string {
  return decodeEntities(
    hideEscapes(text)
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
      .replace(/<\/?[A-Za-z][^>]*>/g, "")
      .replace(/`+([^`]+?)`+/g, "$1")
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, "$1")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
      .replace(/[ \t]+/g, " ")
      .replace(ESCAPED, (hidden) => String.fromCharCode(hidden.charCodeAt(0) - ESCAPE_BASE))
      .trim(),
  );
}

// A backslash-escaped character (`\*literal\*`) is literal text: it is swapped for a private-use character before the
// emphasis and link patterns run, so that they cannot take it for syntax, and swapped back after them.
const ESCAPE_BASE = 0xe000;
const ESCAPED = /[\ue000-\ue07f]/g;

function hideEscapes(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}
