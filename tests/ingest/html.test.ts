import { describe, expect, it } from "vitest";
import { htmlToArticle } from "../../src/ingest/html.js";

const para = (s: string) => `<p>${s} This sentence makes the paragraph long enough to count as content for the parser.</p>`;

describe("htmlToArticle", () => {
  it("keeps paragraphs apart, breaks at <br> and decodes entities", () => {
    const article = htmlToArticle(`<html><body><article>${para("Tom &amp; Jerry met.")}<p>Line one<br>line two</p></article></body></html>`);
    expect(article.text.split("\n\n")).toEqual([
      "Tom & Jerry met. This sentence makes the paragraph long enough to count as content for the parser.",
      "Line one",
      "line two",
    ]);
  });

  it("never takes text from script, style or noscript elements", () => {
    const article = htmlToArticle(
      `<body><style>p{color:red}</style><script>var x = "<p>INJECTED</p>";</script><noscript>NOSCRIPT</noscript>${para("Real text.")}</body>`,
    );
    expect(article.text).toContain("Real text.");
    expect(article.text).not.toMatch(/INJECTED|NOSCRIPT|color/);
  });

  it("reads the date from <time datetime> and the url from og:url, and ignores a non-http url", () => {
    const page = (url: string) =>
      `<html><head><meta property="og:url" content="${url}"></head><body><time datetime="2023-11-02">2 Nov</time>${para("Text.")}</body></html>`;
    expect(htmlToArticle(page("https://a.example/x"))).toMatchObject({ date: "2023-11-02", url: "https://a.example/x" });
    expect(htmlToArticle(page("javascript:alert(1)")).url).toBeUndefined();
  });

  it("gives no text for a page without content", () => {
    expect(htmlToArticle("<html><head><title>Empty</title></head><body></body></html>").text).toBe("");
  });
});
