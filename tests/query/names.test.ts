// findEntity on the hand-made fixture: labels, aliases, accents, words, and suggestions for near misses.
import { describe, expect, it } from "vitest";
import { describeMiss, editDistance, findEntity, normalizeName, resolveEntity } from "../../src/query/index.js";
import { NewsgraphError } from "../../src/errors.js";
import { fixtureGraph } from "./fixture.js";

describe("normalizeName", () => {
  it("drops case, accents and punctuation", () => {
    expect(normalizeName("  José   ÁLVAREZ ")).toBe("jose alvarez");
    expect(normalizeName("F-16")).toBe("f 16");
    expect(normalizeName("O'Brien")).toBe("o brien");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("putn", "putin")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
  });
  it("stops early past the limit", () => {
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("findEntity", () => {
  const graph = fixtureGraph();

  it("finds by label, ignoring case", () => {
    const match = findEntity(graph, "KREMLIN");
    expect(match.entity?.key).toBe("kremlin");
    expect(match.how).toBe("label");
  });

  it("finds by alias", () => {
    expect(findEntity(graph, "Putin").entity?.key).toBe("vladimir-putin");
    expect(findEntity(graph, "Putin").how).toBe("alias");
    expect(findEntity(graph, "Kiev").entity?.key).toBe("ukraine");
    expect(findEntity(graph, "north atlantic treaty organization").entity?.key).toBe("nato");
  });

  it("ignores accents both ways", () => {
    expect(findEntity(graph, "Jose Alvarez").entity?.key).toBe("jose-alvarez");
    expect(findEntity(graph, "JOSÉ ÁLVAREZ").entity?.key).toBe("jose-alvarez");
  });

  it("finds by node key", () => {
    expect(findEntity(graph, "f-16").how).toBe("key");
  });

  it("accepts a word that only one entity's names hold", () => {
    const match = findEntity(graph, "Vladimir");
    expect(match.entity?.key).toBe("vladimir-putin");
    expect(match.how).toBe("words");
  });

  it("suggests near misses instead of guessing", () => {
    const match = findEntity(graph, "Putn");
    expect(match.entity).toBeNull();
    expect(match.suggestions.map((s) => s.key)).toEqual(["vladimir-putin"]);
    expect(describeMiss(match)).toBe("no entity named 'Putn'; did you mean: Vladimir Putin?");
    expect(findEntity(graph, "Zelensky").suggestions.map((s) => s.key)).toEqual(["volodymyr-zelenskyy"]);
  });

  it("suggests by prefix", () => {
    expect(findEntity(graph, "Volod").suggestions.map((s) => s.key)).toEqual(["volodymyr-zelenskyy"]);
  });

  it("says so plainly when nothing is close", () => {
    const match = findEntity(graph, "Angela Merkel");
    expect(match.entity).toBeNull();
    expect(match.suggestions).toEqual([]);
    expect(describeMiss(match)).toBe("no entity named 'Angela Merkel'");
  });

  it("sees nodes added after the first look-up (the cached index is dropped on change)", () => {
    const g = fixtureGraph();
    expect(findEntity(g, "Joe Biden").entity).toBeNull();
    g.addNode("joe-biden", { ...g.getNodeAttributes("nato"), label: "Joe Biden", aliases: ["Biden", "Joe Biden"], entityType: "PERSON" });
    expect(findEntity(g, "biden").entity?.key).toBe("joe-biden");
  });

  it("resolveEntity throws a not-found error with the suggestions", () => {
    expect(resolveEntity(graph, "Peskov")).toBe("dmitry-peskov");
    try {
      resolveEntity(graph, "Putn");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NewsgraphError);
      expect((error as NewsgraphError).code).toBe("not-found");
      expect((error as Error).message).toContain("did you mean: Vladimir Putin?");
    }
  });
});
