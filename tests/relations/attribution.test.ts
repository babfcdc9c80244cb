import { describe, expect, it } from "vitest";
import { shown } from "./helpers.js";

const peskov = { text: "Peskov", entity: "dmitry-peskov", type: "PERSON" as const };
const nato = { text: "NATO", entity: "nato", type: "ORG" as const };
const kiev = { text: "Kiev", entity: "ukraine", type: "GPE" as const, kind: "alias" as const };

describe("reported speech", () => {
  it("attributes the clause after 'X said (that)'", () => {
    expect(shown("Peskov said that NATO has provided Kiev with weapons.", [peskov, nato, kiev])).toEqual([
      "nato aids ukraine [by dmitry-peskov]",
    ]);
    expect(shown("Peskov said NATO has provided Kiev with weapons.", [peskov, nato, kiev])).toEqual([
      "nato aids ukraine [by dmitry-peskov]",
    ]);
  });

  it("attributes a quote to the speaker after it, also across sentences", () => {
    expect(shown("“NATO has armed Kiev,” Peskov said.", [peskov, nato, kiev])).toEqual([
      "nato arms ukraine [by dmitry-peskov]",
    ]);
    const text = "“NATO has armed Kiev. It is a fact,” Peskov said at a briefing.";
    expect(shown(text, [peskov, nato, kiev])).toEqual(["nato arms ukraine [by dmitry-peskov]"]);
  });

  it("attributes a sentence to the source of 'according to'", () => {
    expect(
      shown("According to Reuters, NATO has armed Kiev.", [
        { text: "Reuters", entity: "reuters", type: "ORG" },
        nato,
        kiev,
      ]),
    ).toEqual(["nato arms ukraine [by reuters]"]);
  });

  it("leaves the article's own statements and the speaker's title unattributed", () => {
    expect(shown("NATO has armed Kiev.", [nato, kiev])).toEqual(["nato arms ukraine"]);
    expect(
      shown("Kremlin spokesman Dmitry Peskov said NATO armed Kiev.", [
        { text: "Kremlin", entity: "kremlin", type: "ORG" },
        { text: "Dmitry Peskov", entity: "dmitry-peskov", type: "PERSON" },
        nato,
        kiev,
      ]),
    ).toEqual(["dmitry-peskov speaks for kremlin", "nato arms ukraine [by dmitry-peskov]"]);
  });

  it("reads a colon quote, an object of 'told', inversions and a reporter named after the clause", () => {
    const reuters = { text: "Reuters", entity: "reuters", type: "ORG" as const };
    expect(shown("Peskov said: “NATO armed Kiev. NATO attacked Kiev.”", [peskov, nato, kiev])).toEqual([
      "nato arms ukraine [by dmitry-peskov]",
      "nato attacks ukraine [by dmitry-peskov]",
    ]);
    expect(shown("Peskov told Reuters that NATO armed Kiev.", [peskov, nato, kiev, reuters])).toEqual([
      "dmitry-peskov tells reuters",
      "nato arms ukraine [by dmitry-peskov]",
    ]);
    expect(shown("“NATO armed Kiev,” said Peskov.", [peskov, nato, kiev])).toEqual([
      "nato arms ukraine [by dmitry-peskov]",
    ]);
    expect(shown("NATO armed Kiev, Reuters reported.", [reuters, nato, kiev])).toEqual([
      "nato arms ukraine [by reuters]",
    ]);
  });

  it("hedges what a speaker only claims or did not say", () => {
    expect(shown("Peskov claimed NATO armed Kiev.", [peskov, nato, kiev])).toEqual([
      "nato arms ukraine [hedged, by dmitry-peskov]",
    ]);
    expect(shown("Peskov did not say that NATO armed Kiev.", [peskov, nato, kiev])).toEqual([
      "nato arms ukraine [hedged, by dmitry-peskov]",
    ]);
  });

  it("negates what a speaker denies", () => {
    expect(shown("Peskov denied that NATO armed Kiev.", [peskov, nato, kiev])).toEqual([
      "nato arms ukraine [negated, by dmitry-peskov]",
    ]);
  });

  it("gives a reported clause's 'it' to the speaker only where no nearer noun subject stands between them", () => {
    const specs = [
      { text: "Corvel Tools", entity: "corvel", type: "ORG" as const },
      { text: "Orland Pumps", entity: "orland", type: "ORG" as const },
      { text: "Delmar", entity: "delmar", type: "ORG" as const },
    ];
    expect(shown("Corvel Tools said the route became free when it was abandoned by Orland Pumps.", specs)).toEqual([]);
    expect(shown("Corvel Tools said it was acquired by Orland Pumps.", specs)).toEqual(["orland acquires corvel [by corvel]"]);
    expect(shown("Corvel Tools said its Delmar unit was sold to Orland Pumps.", specs)).toContain("delmar subsidiary of corvel");
    expect(shown("Corvel Tools said sales at its Delmar unit doubled.", specs)).toContain("delmar subsidiary of corvel");
  });

  it("reads 'X said its board ...' as the speaker acting through its board", () => {
    const specs = [
      { text: "Corvel Tools Inc", entity: "corvel", type: "ORG" as const },
      { text: "Orland Pumps Inc", entity: "orland", type: "ORG" as const },
    ];
    expect(shown("Corvel Tools Inc said its board rejected Orland Pumps Inc's tender offer.", specs)).toEqual([
      "corvel rejects orland [by corvel]",
    ]);
  });
});
