// Where the page's data comes from. Under `newsgraph view` the server hands out a slim payload (view.json,
// compressed) and each entity's articles and each relation's evidence on demand (view/entity, view/edge). On a
// static copy of the page with a graph.json next to it there is no server: the page reads the whole file and
// answers the same questions from it, through the same `DetailSource`.
import type { DocumentInfo } from "../../src/types.js";
import {
  edgeDetails,
  entityDetails,
  isViewPayload,
  toViewPayload,
  type EdgeDetails,
  type EntityDetails,
} from "../../src/model/view.js";
import { fetchGraph, GraphLoadError } from "./data.js";
import { fromViewPayload, type ViewerGraph } from "./view-graph.js";

/** Evidence and article lists, fetched (or read) once per entity or relation, then kept. */
export interface DetailSource {
  entity(key: string): Promise<EntityDetails>;
  edge(key: string): Promise<EdgeDetails>;
  /** An article already seen in some answer (titles and links for evidence attributed by id). */
  document(id: string): DocumentInfo | undefined;
}

export interface LoadedView {
  graph: ViewerGraph;
  /** Nodes that came without usable x/y (they need a layout before sigma can draw them). */
  unpositioned: string[];
  details: DetailSource;
  /** "server" when the slim payload was served, "file" when the page read the whole graph.json. */
  mode: "server" | "file";
}

function cached(
  fetchEntity: (key: string) => Promise<EntityDetails>,
  fetchEdge: (key: string) => Promise<EdgeDetails>,
): DetailSource {
  const entities = new Map<string, Promise<EntityDetails>>();
  const edges = new Map<string, Promise<EdgeDetails>>();
  const documents = new Map<string, DocumentInfo>();
  const remember = <T extends { documents: DocumentInfo[] }>(promise: Promise<T>): Promise<T> =>
    promise.then((value) => {
      for (const doc of value.documents) documents.set(doc.id, doc);
      return value;
    });
  const once = <T extends { documents: DocumentInfo[] }>(
    map: Map<string, Promise<T>>,
    key: string,
    load: (key: string) => Promise<T>,
  ): Promise<T> => {
    let promise = map.get(key);
    if (!promise) {
      promise = remember(load(key));
      // A failed request may succeed later (the server was restarting): do not keep the failure.
      promise.catch(() => map.delete(key));
      map.set(key, promise);
    }
    return promise;
  };
  return {
    entity: (key) => once(entities, key, fetchEntity),
    edge: (key) => once(edges, key, fetchEdge),
    document: (id) => documents.get(id),
  };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the view: the server's slim payload when there is one, else the whole graph.json. */
export async function loadView(): Promise<LoadedView> {
  let response: Response | null = null;
  try {
    response = await fetch("view.json", { cache: "no-store" });
  } catch {
    response = null; // no server (a file:// or static copy): try graph.json, which explains what is wrong
  }
  if (response?.ok) {
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      payload = null;
    }
    performance.mark("newsgraph:payload-parsed");
    if (!isViewPayload(payload)) {
      throw new GraphLoadError("not-graph", "view.json is not a view payload this page can read; reload the page.");
    }
    const { graph, unpositioned } = fromViewPayload(payload);
    const details = cached(
      (key) => getJson<EntityDetails>(`view/entity?key=${encodeURIComponent(key)}`),
      (key) => getJson<EdgeDetails>(`view/edge?key=${encodeURIComponent(key)}`),
    );
    return { graph, unpositioned, details, mode: "server" };
  }
  const full = await fetchGraph("graph.json");
  const { graph, unpositioned } = fromViewPayload(toViewPayload(full.graph));
  const missing = (what: string, key: string): Promise<never> => Promise.reject(new Error(`no ${what} ${key}`));
  const details = cached(
    (key) => {
      const found = entityDetails(full.graph, key);
      return found ? Promise.resolve(found) : missing("entity", key);
    },
    (key) => {
      const found = edgeDetails(full.graph, key);
      return found ? Promise.resolve(found) : missing("relation", key);
    },
  );
  return { graph, unpositioned, details, mode: "file" };
}
