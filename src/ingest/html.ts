// HTML → article text and metadata: @mozilla/readability picks the main content on a linkedom DOM (which never runs
// scripts), then the content is turned into paragraphs of plain text. Title, date and url come from the page's metadata.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normalizeDate } from "./dates.js";

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "HEAD"]);

/** Elements that start a new paragraph (everything else flows inline). */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "BODY", "HTML",
]);

export function htmlToArticle(source: string): HtmlArticle {
  // linkedom makes a bare fragment's first element the document root; a page around it gives it a body.
  const html = /<html[\s>]/i.test(source)
    ? source
    : /<body[\s>]/i.test(source)
      ? `<!doctype html><html>${source}</html>`
      : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it parses.
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute("content"));
  const ogTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const pageTitle = clean(document.querySelector("title")?.textContent);
  const date =
    meta('meta[property="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publish-date"]') ??
    clean(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  const url =
    clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? meta('meta[property="og:url"]');

  let body = "";
  let readabilityTitle: string | undefined;
  try {
    const parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
    if (parsed?.content) body = blockText(parsed.content);
    readabilityTitle = clean(parsed?.title);
  } catch {
    // Readability gives up on some malformed pages; the whole body's text is better than nothing.
  }
  if (!body.trim()) {
    const fallback = parseHTML(html).document;
    body = fallback.body ? blockText(fallback.body as unknown as Node) : "";
  }

  const title = ogTitle ?? readabilityTitle ?? pageTitle;
  const article: HtmlArticle = { text: withHeadline(title, body) };
  if (title) article.title = title;
  const isoDate = normalizeDate(date);
  if (isoDate) article.date = isoDate;
  if (url && /^https?:\/\//i.test(url)) article.url = url;
  return article;
}

/** The headline leads the text, as in a printed article, unless the body already starts with it. */
function withHeadline(title: string | undefined, body: string): string {
  if (!body.trim()) return "";
  if (!title || body.startsWith(title)) return body;
  return `${title}\n\n${body}`;
}

/** Text of a DOM subtree, one paragraph per block element, white space collapsed as a browser would. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const breakParagraph = () => {
    const p = current.replace(/[ \t\n\r\f\u00a0]+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = "";
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === "BR") {
      breakParagraph();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) breakParagraph(); // table cells too: each is a block of its own
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakParagraph();
  };
  visit(root);
  breakParagraph();
  return paragraphs.join("\n\n");
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

