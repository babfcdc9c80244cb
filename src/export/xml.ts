// The two XML escapes the GraphML writer needs (graphology-graphml only parses, so we write GraphML ourselves).

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes; tabs and line breaks as character references, which survive the
 *  whitespace normalisation XML parsers apply to attribute values. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
