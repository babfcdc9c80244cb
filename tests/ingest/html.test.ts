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

  it("takes the title from og:title, else twitter:title, else the page, and the date from the first date meta", () => {
    const page = (head: string) => `<html><head>${head}</head><body><article>${para("The harbour reopened.")}</article></body></html>`;
    expect(htmlToArticle(page('<title>Page</title><meta property="og:title" content="  Harbour   reopens "><meta name="twitter:title" content="Tw">'))).toMatchObject({
      title: "Harbour reopens",
      text: expect.stringMatching(/^Harbour reopens\n\nThe harbour reopened\./),
    });
    expect(htmlToArticle(page('<title>Page</title><meta name="twitter:title" content="Tw title">')).title).toBe("Tw title");
    for (const meta of ['itemprop="datePublished"', 'name="date"', 'name="pubdate"', 'name="publish-date"']) {
      expect(htmlToArticle(page(`<meta ${meta} content="2022-06-30">`)).date, meta).toBe("2022-06-30");
    }
    expect(htmlToArticle(page('<meta name="date" content="sometime">')).date).toBeUndefined();
    expect(htmlToArticle(page('<link rel="canonical" href="http://b.example/y">')).url).toBe("http://b.example/y");
  });

  it("reads a fragment or a page with only a body, makes each table cell a block and collapses white space", () => {
    const table = "<table><tr><th>Team</th><th>Goals</th></tr><tr><td>Rovers</td><td>3</td></tr></table>";
    const fragment = htmlToArticle(`${para("Rovers   beat\n\tUnited.")}${table}`);
    expect(fragment.text).toContain("Rovers beat United.");
    expect(fragment.text.split("\n\n")).toEqual(expect.arrayContaining(["Team", "Goals", "Rovers", "3"]));
    const inline = htmlToArticle(`<body><div>${para("Cells")}<span>a</span> <b>b</b><td>c</td></div></body>`);
    expect(inline.text).toMatch(/\n\na b\n\nc$/);
    expect(htmlToArticle(`<body class="x">${para("Body only.")}</body>`).text).toContain("Body only.");
  });

  it("does not repeat a headline the body already starts with", () => {
    const page = `<html><head><meta property="og:title" content="Rovers win"></head><body><article><h1>Rovers win</h1>${para("Rovers won.")}</article></body></html>`;
    expect(htmlToArticle(page).text.match(/Rovers win/g)).toHaveLength(1);
  });

  it("gives no text for a page without content", () => {
    expect(htmlToArticle("<html><head><title>Empty</title></head><body></body></html>").text).toBe("");
  });
});
