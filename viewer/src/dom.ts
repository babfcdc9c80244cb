// Tiny DOM helpers for the viewer. Data from articles (labels, aliases, evidence) is untrusted, so text only
// ever enters the page through text nodes; no helper here accepts HTML.

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  /** Attributes set with setAttribute; never used for event handlers. */
  attrs?: Record<string, string>;
  title?: string;
}

/** Creates an element whose string children become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.title) element.title = options.title;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`viewer: refusing event-handler attribute "${name}"`);
    element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}

/** Returns the URL when it is a plain http(s) link, else undefined: article metadata may carry `javascript:`. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the element with this id, failing loudly when index.html and the code disagree. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: #${id} is missing from index.html`);
  return element as T;
}
