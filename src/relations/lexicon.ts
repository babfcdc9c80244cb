// Loads data/predicates.json once: the predicate table (category, symmetric, reliability) and the trigger
// lexicons and modality cues the relation patterns read. Everything the patterns know about words lives there.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { NewsgraphError } from "../errors.js";
import { RELATION_CATEGORIES, type RelationCategory } from "../types.js";

export interface PredicateInfo {
  category: RelationCategory;
  symmetric: boolean;
  reliability: number;
  /** The predicate that says the same with subject and object swapped, when that one is the plainer statement
   *  ("X loses to Y" is "Y defeats X"): the relation is stored that way round. */
  inverse?: string;
}

/** Preposition ("" for a direct object, "*" for any) → predicate. */
export type PrepMap = Map<string, string>;

export interface RelationLexicon {
  predicates: Map<string, PredicateInfo>;
  verbs: Map<string, PrepMap>;
  lightVerbs: Set<string>;
  /** Verbs that part with all their object holds ("sold its interest in X"): no ownership read off the noun (a stake
   *  lowered is still held). */
  divestingVerbs: Set<string>;
  nouns: Map<string, PrepMap>;
  aidNouns: Set<string>;
  troopNouns: Set<string>;
  symmetricNouns: Map<string, string>;
  adjectives: Map<string, PrepMap>;
  /** Role phrase (lowercase, space-separated words) → predicate; `maxRoleWords` bounds the look-ups. */
  roles: Map<string, string>;
  maxRoleWords: number;
  kinship: Map<string, string>;
  /** Noun that names what an organisation is to another ("a subsidiary of", "its unit") → predicate. */
  orgRoles: Map<string, string>;
  proxyHeads: Set<string>;
  eventHeads: Set<string>;
  groupNouns: Set<string>;
  /** Last words of the names of a state's bodies ("Ministry", "Authority"): "Japan's X Ministry" is its agency. */
  stateBodies: Set<string>;
  /** Common nouns for what an organisation is ("Japan's largest bank, X"). */
  organisationNouns: Set<string>;
  /** Common nouns for what an organisation owns ("its cruise ship X", "the company's website X"). */
  ownedNouns: Set<string>;
  /** What an owner holds ("X's shares", "the debt of X"): stands for a company that owns it, not for a person who
   *  does, nor for a place that modifies it ("the U.S. assets of X"). */
  holdingNouns: Set<string>;
  /** Amounts that belong to someone ("Canada's wheat crop", "Japan's exports"): a verb acting on one does not act on
   *  its possessor ("estimated Canada's wheat crop" says nothing of Canada). */
  quantityNouns: Set<string>;
  /** An issue's managers' titles ("lead manager") and the groups they lead ("underwriters led by X"), lowercase. */
  underwritingTitles: Set<string>;
  underwritingGroups: Set<string>;
  negators: Set<string>;
  negativeVerbs: Set<string>;
  hedgeAux: Set<string>;
  hedgeAdverbs: Set<string>;
  hedgeVerbs: Set<string>;
  hedgeNouns: Set<string>;
  hedgeAdjectives: Set<string>;
  conditionals: Set<string>;
  catenatives: Set<string>;
  reportingVerbs: Set<string>;
  speculativeReporting: Set<string>;
  denyingReporting: Set<string>;
}

const CATEGORIES = new Set<RelationCategory>(RELATION_CATEGORIES);

/** What an unknown predicate (a plain verb with no table entry) is worth. */
export const GENERIC_PREDICATE: PredicateInfo = { category: "other", symmetric: false, reliability: 0.5 };

function findTable(): string {
  // Works from src/relations (tsx, vitest) and from dist/src/relations (compiled): walk up to the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "data", "predicates.json");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new NewsgraphError(
    "not-found",
    `newsgraph extract: data/predicates.json not found above ${fileURLToPath(import.meta.url)}; reinstall the package`,
  );
}

const lower = (xs: unknown): Set<string> => new Set((Array.isArray(xs) ? xs : []).map((x) => String(x).toLowerCase()));

function prepMaps(raw: Record<string, unknown> | undefined): Map<string, PrepMap> {
  const out = new Map<string, PrepMap>();
  for (const [word, preps] of Object.entries(raw ?? {})) {
    if (word.startsWith("_") || !preps || typeof preps !== "object") continue;
    out.set(word.toLowerCase(), new Map(Object.entries(preps as Record<string, string>)));
  }
  return out;
}

function stringMap(raw: Record<string, unknown> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (!key.startsWith("_") && typeof value === "string") out.set(key.toLowerCase(), value);
  }
  return out;
}

/** Parses and checks the table; exported for tests. */
export function parseRelationLexicon(json: any, path = "data/predicates.json"): RelationLexicon {
  const predicates = new Map<string, PredicateInfo>();
  for (const [name, info] of Object.entries<any>(json?.predicates ?? {})) {
    if (name.startsWith("_")) continue;
    if (!CATEGORIES.has(info?.category)) {
      throw new NewsgraphError(
        "invalid-argument",
        `newsgraph extract: ${path}: predicate "${name}" has category ${JSON.stringify(info?.category)}; ` +
          `use one of ${[...CATEGORIES].join(", ")}`,
      );
    }
    const reliability = typeof info.reliability === "number" ? Math.min(1, Math.max(0, info.reliability)) : 0.7;
    const entry: PredicateInfo = { category: info.category, symmetric: info.symmetric === true, reliability };
    if (typeof info.inverse === "string") entry.inverse = info.inverse;
    predicates.set(name, entry);
  }
  const roles = stringMap(json?.roles);
  let maxRoleWords = 1;
  for (const key of roles.keys()) maxRoleWords = Math.max(maxRoleWords, key.split(" ").length);
  const m = json?.modality ?? {};
  return {
    predicates,
    verbs: prepMaps(json?.verbs),
    lightVerbs: lower(json?.lightVerbs),
    divestingVerbs: lower(json?.divestingVerbs),
    nouns: prepMaps(json?.nouns),
    aidNouns: lower(json?.aidNouns),
    troopNouns: lower(json?.troopNouns),
    symmetricNouns: stringMap(json?.symmetricNouns),
    adjectives: prepMaps(json?.adjectives),
    roles,
    maxRoleWords,
    kinship: stringMap(json?.kinship),
    orgRoles: stringMap(json?.orgRoles),
    proxyHeads: lower(json?.proxyHeads),
    eventHeads: lower(json?.eventHeads),
    groupNouns: lower(json?.groupNouns),
    stateBodies: lower(json?.stateBodies),
    ownedNouns: lower(json?.ownedNouns),
    holdingNouns: lower(json?.holdingNouns),
    quantityNouns: lower(json?.quantityNouns),
    underwritingTitles: lower(json?.underwriting?.titles),
    underwritingGroups: lower(json?.underwriting?.groups),
    organisationNouns: lower(json?.organisationNouns),
    negators: lower(m.negators),
    negativeVerbs: lower(m.negativeVerbs),
    hedgeAux: lower(m.hedgeAux),
    hedgeAdverbs: lower(m.hedgeAdverbs),
    hedgeVerbs: lower(m.hedgeVerbs),
    hedgeNouns: lower(m.hedgeNouns),
    hedgeAdjectives: lower(m.hedgeAdjectives),
    conditionals: lower(m.conditionals),
    catenatives: lower(m.catenatives),
    reportingVerbs: lower(m.reportingVerbs),
    speculativeReporting: lower(m.speculativeReporting),
    denyingReporting: lower(m.denyingReporting),
  };
}

let cached: RelationLexicon | undefined;

export function relationLexicon(): RelationLexicon {
  if (cached) return cached;
  const path = findTable();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new NewsgraphError(
      "unreadable",
      `newsgraph extract: cannot read ${path} (${(error as Error).message}); restore it from the package`,
    );
  }
  cached = parseRelationLexicon(json, path);
  return cached;
}

export function predicateInfo(lexicon: RelationLexicon, predicate: string): PredicateInfo {
  return lexicon.predicates.get(predicate) ?? GENERIC_PREDICATE;
}
