// Where things are, from raw text through the whole extractor: "City, State" as two places, "X-based" and
// newswire's "Company, of City". Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { shown } from "./helpers.js";

function facts(text: string): { names: string[]; relations: string[] } {
  const x = extractDocument({ id: "t", text });
  return {
    names: x.entities.map((e) => `${e.label}|${e.type}`),
    relations: x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`),
  };
}

describe("places and where organisations are", () => {
  it("reads 'City, State' as two places, the first located in the second", () => {
    const { names, relations } = facts("The tournament moved to Tulsa, Oklahoma, after the storm.");
    expect(names).toEqual(expect.arrayContaining(["Tulsa|GPE", "Oklahoma|GPE"]));
    expect(relations).toContain("tulsa located in oklahoma");
  });

  it("splits a city and its country the same way", () => {
    const { names, relations } = facts("She studied chemistry in Porto, Portugal, for two years.");
    expect(names).toEqual(expect.arrayContaining(["Porto|GPE", "Portugal|GPE"]));
    expect(relations).toContain("porto located in portugal");
  });

  it("does not read lists of countries or of cities as one inside the other", () => {
    const { relations } = facts("Exports to Chile, Peru and Bolivia rose, while flights from Osaka, Lisbon and Oslo were cut.");
    expect(relations.filter((r) => r.includes("located in"))).toEqual([]);
    expect(facts("Buyers such as Doria, Japan, and South Korea may order more corn.").relations.filter((r) => r.includes("located in"))).toEqual([]);
    const listed = facts("Delegates from Kenya, Rhodesia, Tanzania, Zambia and Malawi attended.").relations;
    expect(listed.filter((r) => r.includes("located in"))).toEqual([]);
    expect(relations.filter((r) => r.includes("located in"))).toEqual([]);
  });

  it("reads 'X-based' before a company's name and in an appositive after it", () => {
    expect(facts("The Denver-based miner Quartzline Resources Inc raised its dividend.").relations).toContain(
      "quartzline-resources-inc based in denver",
    );
    expect(facts("Harbor Textiles Corp, the Atlanta-based weaver, cut 200 jobs.").relations).toContain(
      "harbor-textiles-corp based in atlanta",
    );
  });

  it("reads newswire's 'Company Inc, of City'", () => {
    expect(facts("Meridian Valve Co, of Cleveland, said it agreed to buy a pump maker.").relations).toContain(
      "meridian-valve-co based in cleveland",
    );
  });

  it("reads 'Company AG of Country' without a comma after a legal form", () => {
    expect(facts("Talvik Systems said it signed a supply deal with Nordhavn AG of Denmark.").relations).toContain(
      "nordhavn-ag based in denmark",
    );
  });

  it("does not place a person with '-based'", () => {
    const { relations } = facts("Maria Lindqvist, a Stockholm-based architect, designed the bridge.");
    expect(relations.filter((r) => r.includes("based in"))).toEqual([]);
  });

  it("reads a state's newswire abbreviation after a town as the state", () => {
    const { names, relations } = facts("The mill in Keene, N.H., and the depot in Rutland, Vt., will close.");
    expect(names).toEqual(expect.arrayContaining(["New Hampshire|GPE", "Vermont|GPE"]));
    expect(names.filter((n) => n.includes("|ORG"))).toEqual([]);
    expect(relations).toEqual(expect.arrayContaining(["keene located in new-hampshire", "rutland located in vermont"]));
  });

  it("reads a country's possessive before an organisation: a state body is its agency, any other is based there", () => {
    expect(facts("Portugal's Fisheries Ministry banned the nets.").relations).toContain("fisheries-ministry agency of portugal");
    expect(facts("Norway's Statoil Corp said it would raise prices.").relations).toContain("statoil-corp based in norway");
  });

  it("reads 'of' and a country after a name complete in itself", () => {
    expect(facts("A team from the University of Leeds of the UK built the probe.").relations).toContain(
      "university-of-leeds based in united-kingdom",
    );
  });

  it("places a named event through the noun for its kind, and an organisation through its headquarters", () => {
    const event = shown("Crowds filled the roads for the annual Kalevi Games tournament near Tartu.", [
      { text: "Kalevi Games", entity: "kalevi-games", type: "EVENT" },
      { text: "Tartu", entity: "tartu", type: "GPE" },
    ]);
    expect(event).toEqual(["kalevi-games takes place near tartu"]);
    const seat = shown("The delegates met at Orbis headquarters in Lyon on Monday.", [
      { text: "Orbis", entity: "orbis", type: "ORG" },
      { text: "Lyon", entity: "lyon", type: "GPE" },
    ]);
    expect(seat).toEqual(["orbis based in lyon"]);
  });

  it("reads the possessor of a common noun through the name in apposition to it", () => {
    const agency = shown("Ruritania's official news agency Rupress reported the vote.", [
      { text: "Ruritania", entity: "ruritania", type: "GPE" },
      { text: "Rupress", entity: "rupress", type: "ORG" },
    ]);
    expect(agency).toEqual(["rupress agency of ruritania"]);
    const ship = shown("Halcyon Lines' cruise ship Marisol docked at noon.", [
      { text: "Halcyon Lines", entity: "halcyon-lines", type: "ORG" },
      { text: "Marisol", entity: "marisol", type: "PRODUCT" },
    ]);
    expect(ship).toEqual(["halcyon-lines owns marisol"]);
    // only through a noun for what an organisation is or owns
    const measure = shown("Ruritania's gross domestic product (GDP) grew three pct.", [
      { text: "Ruritania", entity: "ruritania", type: "GPE" },
      { text: "GDP", entity: "gdp", type: "ORG" },
    ]);
    expect(measure).toEqual([]);
  });
});
