// Graph JSON read from bytes piece by piece (for files longer than a JavaScript string can be) must give exactly
// what JSON.parse gives, and refuse broken text with the byte where it broke.
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { buildGraph } from "../../src/build/index.js";
import { parseGraph, serializeGraph } from "../../src/model/index.js";
import { parseGraphBytes } from "../../src/model/graph.js";
import { parseJsonObjectBytes } from "../../src/model/json-bytes.js";
import { entity, extraction, relation } from "../build/fixtures.js";

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("parseJsonObjectBytes", () => {
  it("reads what JSON.parse reads: nested values, escapes, brackets inside strings, non-ASCII text, any spacing", () => {
    const value = {
      options: { type: "directed", multi: true },
      attributes: { note: 'a "quoted" \\ backslash, a } brace and a ] bracket', empty: {}, list: [] },
      nodes: [{ key: "zürich", attributes: { label: "Zürich ☃", aliases: ["[x]", "{y}", "\"z\""], n: -1.5e3, ok: true, none: null } }, 7, "text", [1, [2, []]]],
      edges: [],
      number: 42,
      flag: false,
    };
    for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2), ` \n${JSON.stringify(value, null, "\t")}\r\n `]) {
      expect(parseJsonObjectBytes(bytesOf(text))).toEqual(JSON.parse(text));
    }
    expect(parseJsonObjectBytes(bytesOf("{}"))).toEqual({});
    expect(parseJsonObjectBytes(bytesOf('{ "a" : [ ] }'))).toEqual({ a: [] });
  });

  it("names the byte where broken text breaks", () => {
    const broken: Array<[string, RegExp]> = [
      ['{"nodes":[{"key":"a"},{"key":"b"', /unexpected end of the data after byte 32/],
      ['{"nodes":[{"key":"a"} {"key":"b"}]}', /expected ',' or '\]' at byte 22/],
      ['{"a":1 "b":2}', /expected ',' or '}' at byte 7/],
      ['{"a":1}{"b":2}', /unexpected data after the JSON object at byte 7/],
      ['["not", "an object"]', /expected '\{' at byte 0/],
      ['{"nodes":[{"key":tru}]}', /in the value at byte 10/],
      ['{"a":"open string}', /unexpected end of the data/],
      ["{a:1}", /expected a member name at byte 1/],
      ['{"a" 1}', /expected ':' at byte 5/],
      ['{"a":}', /expected a value at byte 5/],
    ];
    for (const [text, message] of broken) expect(() => parseJsonObjectBytes(bytesOf(text)), text).toThrow(message);
  });
});

describe("parseGraphBytes", () => {
  const graph = buildGraph([
    extraction("a", [entity("ann-berg", "Ann Berg", "PERSON"), entity("oslo", "Oslo", "GPE")], [relation("a", "ann-berg", "visits", "oslo")]),
    extraction("b", [entity("ann-berg", "Ann Berg", "PERSON"), entity("bergen", "Bergen", "GPE")], [relation("b", "ann-berg", "leaves", "bergen")]),
  ]);

  it("gives the graph parseGraph gives, byte for byte once saved again", () => {
    const text = serializeGraph(graph);
    expect(serializeGraph(parseGraphBytes(bytesOf(text)))).toBe(serializeGraph(parseGraph(text)));
    expect(serializeGraph(parseGraphBytes(bytesOf(text)))).toBe(text);
  });

  it("refuses a truncated or foreign file with a one-line message naming it", () => {
    const text = serializeGraph(graph);
    const refuse = (bytes: Uint8Array) => {
      try {
        parseGraphBytes(bytes, "big.json");
      } catch (error) {
        expect(error).toBeInstanceOf(NewsgraphError);
        return (error as Error).message;
      }
      throw new Error("accepted");
    };
    const truncated = refuse(bytesOf(text.slice(0, text.length / 2)));
    expect(truncated).toMatch(/^big\.json: not valid JSON \(unexpected end of the data after byte \d+\); build one/);
    expect(truncated).not.toContain("\n");
    expect(refuse(bytesOf('{"nodes":[],"links":[]}'))).toMatch(/^big\.json: not a graph file/);
  });
});
