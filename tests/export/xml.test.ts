// The XML escapes of the GEXF and GraphML writers: text content and double-quoted attribute values.
import { describe, expect, it } from "vitest";
import { escapeAttribute, escapeText } from "../../src/export/xml.js";

describe("escapeText and escapeAttribute", () => {
  it("escape &, < and > in text, every one of them", () => {
    expect(escapeText('Brandt & Weir <said> "no" & >')).toBe('Brandt &amp; Weir &lt;said&gt; "no" &amp; &gt;');
  });

  it("escape quotes, tabs and line breaks in attributes as well, every one of them", () => {
    expect(escapeAttribute('a "b" & <c>\tone\ttwo\nthree\r\nfour')).toBe("a &quot;b&quot; &amp; &lt;c&gt;&#9;one&#9;two&#10;three&#13;&#10;four");
  });
});
