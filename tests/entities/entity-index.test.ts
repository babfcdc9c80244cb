import { describe, expect, it } from "vitest";
import { createEntityIndex } from "../../src/entities/index.js";
import type { Entity, EntityType } from "../../src/types.js";

function entity(id: string, label: string, type: EntityType, aliases: string[] = [label]): Entity {
  return { id, label, type, aliases, mentions: 1 };
}

describe("createEntityIndex", () => {
  it("gives the same id to the same id, and reports no rule", () => {
    const index = createEntityIndex();
    expect(index.link(entity("kremlin", "Kremlin", "ORG"))).toEqual({ id: "kremlin", rule: null });
    expect(index.link(entity("kremlin", "Kremlin", "ORG"))).toEqual({ id: "kremlin", rule: null });
  });

  it("links a surname to a full name seen before, and a full name to a surname seen before", () => {
    const index = createEntityIndex();
    index.link(entity("dmitry-peskov", "Dmitry Peskov", "PERSON"));
    expect(index.link(entity("peskov", "Peskov", "PERSON"))).toEqual({ id: "dmitry-peskov", rule: "surname" });
    index.link(entity("trump", "Trump", "PERSON"));
    expect(index.link(entity("donald-trump", "Donald Trump", "PERSON"))).toEqual({ id: "trump", rule: "surname" });
  });

  it("never links two different first names, nor a person with a place", () => {
    const index = createEntityIndex();
    index.link(entity("joe-biden", "Joe Biden", "PERSON"));
    expect(index.link(entity("jill-biden", "Jill Biden", "PERSON"))).toEqual({ id: "jill-biden", rule: null });
    index.link(entity("washington", "Washington", "GPE"));
    expect(index.link(entity("washington", "Washington", "PERSON"))).toEqual({ id: "washington-person", rule: null });
  });

  it("links an acronym and its expansion both ways, and an alias seen before", () => {
    const index = createEntityIndex();
    index.link(entity("north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "ORG"));
    expect(index.link(entity("nato", "NATO", "ORG"))).toEqual({ id: "north-atlantic-treaty-organization", rule: "acronym" });
    index.link(entity("cma", "CMA", "ORG"));
    expect(index.link(entity("competition-and-markets-authority", "Competition and Markets Authority", "ORG"))).toEqual({
      id: "cma",
      rule: "acronym",
    });
    index.link(entity("scientology", "Scientology", "ORG", ["Church of Scientology", "Scientology"]));
    expect(index.link(entity("church-of-scientology", "Church of Scientology", "ORG"))).toEqual({
      id: "scientology",
      rule: "alias",
    });
  });

  it("reads a number word and a Roman numeral at the end of a name as the same name", () => {
    const index = createEntityIndex();
    expect(index.link(entity("world-war-iii", "World War III", "EVENT")).id).toBe("world-war-iii");
    expect(index.link(entity("world-war-three", "World War Three", "EVENT"))).toEqual({ id: "world-war-iii", rule: "alias" });
    expect(index.link(entity("world-war-two", "World War Two", "EVENT")).id).toBe("world-war-two");
  });

  it("does not link a city to its country through a capital used as an alias", () => {
    const index = createEntityIndex();
    index.link(entity("russia", "Russia", "GPE", ["Moscow", "Russia", "Russian"]));
    expect(index.link(entity("moscow", "Moscow", "GPE"))).toEqual({ id: "moscow", rule: null });
  });

  it("does not link two texts' organisations by a cue word alone each calls them by", () => {
    const index = createEntityIndex();
    index.link(entity("church", "Church", "ORG"));
    const sect = entity("church-of-the-open-door", "Church of the Open Door", "ORG", ["Church", "Church of the Open Door"]);
    expect(index.link(sect)).toEqual({ id: "church-of-the-open-door", rule: null });
    const later = entity("church-of-the-open-door", "Church of the Open Door", "ORG");
    expect(index.link(later).id).toBe("church-of-the-open-door");
  });

  it("links a bare surname to the most mentioned person who has it", () => {
    const index = createEntityIndex();
    index.link({ ...entity("melania-trump", "Melania Trump", "PERSON"), mentions: 2 });
    index.link({ ...entity("donald-trump", "Donald Trump", "PERSON"), mentions: 9 });
    expect(index.link(entity("trump", "Trump", "PERSON"))).toEqual({ id: "donald-trump", rule: "surname" });
  });

  it("is deterministic for a given input order", () => {
    const seq = [
      entity("dmitry-peskov", "Dmitry Peskov", "PERSON"),
      entity("peskov", "Peskov", "PERSON"),
      entity("nato", "NATO", "ORG"),
      entity("north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "ORG"),
    ];
    const a = createEntityIndex();
    const b = createEntityIndex();
    expect(seq.map((e) => a.link(e))).toEqual(seq.map((e) => b.link(e)));
  });
});
