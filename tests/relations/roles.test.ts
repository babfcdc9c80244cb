import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { relationsOf, shown } from "./helpers.js";

describe("role and title patterns", () => {
  it("reads an organisation's title before a name", () => {
    expect(
      shown("Kremlin spokesman Dmitry Peskov said nothing.", [
        { text: "Kremlin", entity: "kremlin", type: "ORG" },
        { text: "Dmitry Peskov", entity: "dmitry-peskov", type: "PERSON" },
      ]),
    ).toEqual(["dmitry-peskov speaks for kremlin"]);
  });

  it("reads a demonym and a country before a title, also after 'former'", () => {
    const text = "Russian President Vladimir Putin met former U.S. President Donald Trump.";
    const out = shown(text, [
      { text: "Russian", entity: "russia", type: "GPE", kind: "demonym" },
      { text: "Vladimir Putin", entity: "vladimir-putin", type: "PERSON" },
      { text: "U.S.", entity: "united-states", type: "GPE" },
      { text: "Donald Trump", entity: "donald-trump", type: "PERSON" },
    ]);
    expect(out).toContain("vladimir-putin president of russia");
    expect(out).toContain("donald-trump president of united-states");
    expect(out).toContain("donald-trump meets vladimir-putin");
  });

  it("reads a possessive title with an appositive name", () => {
    expect(
      shown("The Bundesbank's spokesman, Lukas Brandt, made the announcement.", [
        { text: "Bundesbank", entity: "bundesbank", type: "ORG" },
        { text: "Lukas Brandt", entity: "lukas-brandt", type: "PERSON" },
      ]),
    ).toEqual(["lukas-brandt speaks for bundesbank"]);
  });

  it("reads 'X, the head of Y' and 'X is the president of Y'", () => {
    const specs = [
      { text: "Anna Berg", entity: "anna-berg", type: "PERSON" as const },
      { text: "Northwind Bank", entity: "northwind-bank", type: "ORG" as const },
    ];
    expect(shown("Anna Berg, the head of Northwind Bank, resigned.", specs)).toEqual([
      "anna-berg head of northwind-bank",
    ]);
    expect(shown("Anna Berg is the president of Northwind Bank.", specs)).toEqual([
      "anna-berg president of northwind-bank",
    ]);
  });

  it("reads 'Microsoft's Phil Spencer' as affiliated with, only for a typed person", () => {
    const text = "Microsoft's Phil Spencer announced the game.";
    const org = { text: "Microsoft", entity: "microsoft", type: "ORG" as const };
    expect(shown(text, [org, { text: "Phil Spencer", entity: "phil-spencer", type: "PERSON" }])).toEqual([
      "phil-spencer affiliated with microsoft",
    ]);
    const asProduct = shown(text, [org, { text: "Phil Spencer", entity: "phil-spencer", type: "PRODUCT" }]);
    expect(asProduct.filter((r) => r.includes("affiliated"))).toEqual([]);
  });

  it("reads kinship through a resolved possessive pronoun", () => {
    const text = "Volodymyr Zelensky arrived with his wife, Olena Zelenska.";
    const out = shown(text, [
      { text: "Volodymyr Zelensky", entity: "volodymyr-zelensky", type: "PERSON" },
      { text: "his", entity: "volodymyr-zelensky", type: "PERSON", kind: "pronoun" },
      { text: "Olena Zelenska", entity: "olena-zelenska", type: "PERSON" },
    ]);
    expect(out).toContain("olena-zelenska spouse of volodymyr-zelensky");
    const spouse = relationsOf(text, [
      { text: "his", entity: "volodymyr-zelensky", type: "PERSON", kind: "pronoun" },
      { text: "Olena Zelenska", entity: "olena-zelenska", type: "PERSON" },
    ]).find((r) => r.predicate === "spouse of");
    expect(spouse?.symmetric).toBe(true);
    expect(spouse?.category).toBe("other");
  });

  it("links 'the US-led bloc' to the document's most-mentioned organisation", () => {
    const text = "OPEC met in Vienna. OPEC cut output. The Saudi-led energy bloc has been a power.";
    const out = shown(text, [
      { text: "OPEC", entity: "opec", type: "ORG" },
      { text: "Vienna", entity: "vienna", type: "GPE" },
      { text: "Saudi", entity: "saudi-arabia", type: "GPE", kind: "demonym" },
    ]);
    expect(out).toContain("saudi-arabia leads opec");
  });

  it("names the leader when the group is a mention itself", () => {
    expect(
      shown("A Saudi-led Coalition Command struck the port.", [
        { text: "Saudi", entity: "saudi-arabia", type: "GPE", kind: "demonym" },
        { text: "Coalition Command", entity: "coalition-command", type: "ORG" },
      ]),
    ).toEqual(["saudi-arabia leads coalition-command"]);
  });

  it("takes a minister's country, never the portfolio, as the party", () => {
    const subroto = { text: "Subroto", entity: "subroto", type: "PERSON" as const };
    expect(
      shown("Mining and Energy Minister Subroto spoke.", [subroto, { text: "Energy", entity: "energy", type: "ORG" }]),
    ).toEqual([]);
    expect(
      shown("Argentine Treasury Secretary Mario Brodersohn spoke.", [
        { text: "Argentine", entity: "argentina", type: "GPE", kind: "demonym" },
        { text: "Treasury", entity: "treasury", type: "ORG" },
        { text: "Mario Brodersohn", entity: "mario-brodersohn", type: "PERSON" },
      ]),
    ).toEqual(["mario-brodersohn minister of argentina"]);
  });

  it("reads titles joined by 'and' before a name, the specific one over 'works for'", () => {
    const out = shown("Velmora vice-president and group executive Ansel Brooke opened the plant.", [
      { text: "Velmora", entity: "velmora", type: "ORG" },
      { text: "Ansel Brooke", entity: "ansel-brooke", type: "PERSON" },
    ]);
    expect(out).toContain("ansel-brooke vice president of velmora");
    expect(out).not.toContain("ansel-brooke works for velmora");
    const both = shown("Velmora chairman and chief executive Ansel Brooke resigned.", [
      { text: "Velmora", entity: "velmora", type: "ORG" },
      { text: "Ansel Brooke", entity: "ansel-brooke", type: "PERSON" },
    ]);
    expect(both).toEqual(expect.arrayContaining(["ansel-brooke chairman of velmora", "ansel-brooke chief executive of velmora"]));
  });

  it("lets one plain word stand between an organisation and a title, not between a place and one", () => {
    expect(
      shown("Velmora group executive Ansel Brooke resigned.", [
        { text: "Velmora", entity: "velmora", type: "ORG" },
        { text: "Ansel Brooke", entity: "ansel-brooke", type: "PERSON" },
      ]),
    ).toContain("ansel-brooke works for velmora");
    expect(
      shown("The Lisbon branch executive Ansel Brooke resigned.", [
        { text: "Lisbon", entity: "lisbon", type: "GPE" },
        { text: "Ansel Brooke", entity: "ansel-brooke", type: "PERSON" },
      ]),
    ).toEqual([]);
  });

  it("reads a lawmaker's party and state tag as the state they sit for", () => {
    const specs = [
      { text: "Tom Hadley", entity: "tom-hadley", type: "PERSON" as const },
      { text: "Ann Varga", entity: "ann-varga", type: "PERSON" as const },
      { text: "Neb", entity: "nebraska", type: "GPE" as const, kind: "alias" as const },
      { text: "Ore", entity: "oregon", type: "GPE" as const, kind: "alias" as const },
    ];
    const found = shown("Sen. Tom Hadley (R-Neb.) and Rep. Ann Varga (D-Ore.) opposed the plan.", specs);
    expect(found).toContain("tom-hadley senator for nebraska");
    expect(found).toContain("ann-varga represents oregon");
    // a place in brackets is no party tag
    expect(shown("Tom Hadley (Neb.) opposed the plan.", specs)).toEqual([]);
  });

  it("gives a title an appointing verb gives to the one named, of the appointer unless it names its own party", () => {
    const specs = [
      { text: "Corvel Tools Inc", entity: "corvel", type: "ORG" as const },
      { text: "Dana Whitfield", entity: "dana-whitfield", type: "PERSON" as const },
      { text: "Orland Pumps", entity: "orland-pumps", type: "ORG" as const },
    ];
    expect(shown("Corvel Tools Inc said it named Dana Whitfield president and chief operating officer.", specs)).toContain(
      "dana-whitfield president of corvel [by corvel]",
    );
    expect(shown("Corvel Tools Inc said it named Dana Whitfield as chairman.", specs)).toContain(
      "dana-whitfield chairman of corvel [by corvel]",
    );
    // a party of its own, entity or not, is the title's
    const own = shown("Corvel Tools Inc said it named Dana Whitfield chairman of its Orland Pumps unit.", specs);
    expect(own.filter((r) => r.startsWith("dana-whitfield chairman of corvel"))).toEqual([]);
    // denied or planned, the title is no fact
    const denied = shown("Corvel Tools Inc denied it would name Dana Whitfield chairman.", specs);
    for (const r of denied.filter((r) => r.startsWith("dana-whitfield chairman of"))) expect(r).toMatch(/negated/);
    const fromText = extractDocument({ id: "t", text: "Corvel Tools Inc denied it would name Dana Whitfield chairman." });
    for (const r of fromText.relations.filter((r) => r.predicate === "chairman of")) expect(r.negated).toBe(true);
    expect(shown("Corvel Tools Inc said it may name Dana Whitfield chairman.", specs)).not.toContain(
      "dana-whitfield chairman of corvel [by corvel]",
    );
  });

  it("reads a plural title as its singular", () => {
    const specs = [
      { text: "Corvel Tools Inc", entity: "corvel", type: "ORG" as const },
      { text: "Dana Whitfield", entity: "dana-whitfield", type: "PERSON" as const },
      { text: "Omar Reyes", entity: "omar-reyes", type: "PERSON" as const },
    ];
    const named = shown("Paul Dorsey and Omar Reyes were named senior vice presidents of Corvel Tools Inc.", [
      ...specs,
      { text: "Paul Dorsey", entity: "paul-dorsey", type: "PERSON" as const },
    ]);
    expect(named).toContain("paul-dorsey vice president of corvel");
    expect(named).toContain("omar-reyes vice president of corvel");
    expect(shown("Dana Whitfield was among five Corvel Tools Inc executives charged.", specs)).toContain(
      "dana-whitfield works for corvel",
    );
  });

  it("gives the verb to the person a portfolio's title names, not to the portfolio", () => {
    const found = relations("Italian Treasury Minister Aldo Ferrante met Chilean Finance Minister Rosa Ibarra and expressed Italy's support.");
    expect(found).toContain("aldo-ferrante meets rosa-ibarra");
    expect(found.filter((r) => r.startsWith("treasury ") || r.endsWith(" treasury"))).toEqual([]);
    expect(found.filter((r) => r.includes("expresses"))).toEqual([]);
  });

  it("takes a minister's of-phrase and a possessed title's of-phrase for the portfolio, not the party", () => {
    const minister = shown("The envoy was met by Omar Haddad, the Tunisian Minister of Energy, Mines and Industry.", [
      { text: "Omar Haddad", entity: "omar-haddad", type: "PERSON" },
      { text: "Tunisian", entity: "tunisia", type: "GPE", kind: "demonym" },
      { text: "Energy", entity: "energy", type: "ORG" },
      { text: "Mines", entity: "mines", type: "ORG" },
    ]);
    expect(minister.filter((r) => r.startsWith("omar-haddad") && !r.endsWith("tunisia"))).toEqual([]);
    const vp = shown("Ana Ruiz, Velora's Vice-President of Retail Services, said sales rose.", [
      { text: "Ana Ruiz", entity: "ana-ruiz", type: "PERSON" },
      { text: "Velora", entity: "velora", type: "ORG" },
      { text: "Retail Services", entity: "retail-services", type: "ORG" },
    ]);
    expect(vp.filter((r) => r.includes("retail-services"))).toEqual([]);
  });

  it("takes a title right before a name for what the person is to the organisation or country after 'of'", () => {
    const orgs = shown("Analyst Mira Holt of Carrow Securities said the shares were cheap.", [
      { text: "Mira Holt", entity: "mira-holt", type: "PERSON" },
      { text: "Carrow Securities", entity: "carrow-securities", type: "ORG" },
    ]);
    expect(orgs).toEqual(["mira-holt works for carrow-securities"]);
    const band = shown("The portraits show drummer Lou Fenn of The Quiet Hours.", [
      { text: "Lou Fenn", entity: "lou-fenn", type: "PERSON" },
      { text: "The Quiet Hours", entity: "the-quiet-hours", type: "ORG" },
    ]);
    expect(band).toEqual(["lou-fenn member of the-quiet-hours"]);
    const minister = shown("Trade Minister Tomas Ibarra of Paraguay opened the talks.", [
      { text: "Trade", entity: "trade", type: "ORG" },
      { text: "Tomas Ibarra", entity: "tomas-ibarra", type: "PERSON" },
      { text: "Paraguay", entity: "paraguay", type: "GPE" },
    ]);
    expect(minister).toContain("tomas-ibarra minister of paraguay");
  });

  it("gives titles joined by 'and' in an apposition the party the last one names", () => {
    expect(
      shown("Lena Park, president and chief operating officer of Drava Foods, resigned.", [
        { text: "Lena Park", entity: "lena-park", type: "PERSON" },
        { text: "Drava Foods", entity: "drava-foods", type: "ORG" },
      ]),
    ).toEqual(["lena-park president of drava-foods"]);
  });

  it("reads a shadow minister as a member of the party, not the holder of the post", () => {
    const specs = [
      { text: "Labour", entity: "labour", type: "ORG" as const },
      { text: "Tessa Vane", entity: "tessa-vane", type: "PERSON" as const },
    ];
    expect(shown("Labour's shadow chancellor Tessa Vane said the plan had failed.", specs)).toEqual(["tessa-vane member of labour"]);
  });

  it("reads 'CEO of the X Y' without a comma as Y's title, and Y as who acts", () => {
    expect(
      shown("After the leak, CEO of the Refugee Council Tessa Vane told Sky News the plan had failed.", [
        { text: "Tessa Vane", entity: "tessa-vane", type: "PERSON" },
        { text: "Refugee Council", entity: "refugee-council", type: "ORG" },
        { text: "Sky News", entity: "sky-news", type: "ORG" },
      ]),
    ).toEqual(["tessa-vane chief executive of refugee-council", "tessa-vane tells sky-news"]);
    // a minister's of-phrase is the portfolio
    const portfolio = shown("Secretary of State Tessa Vane met the envoy.", [
      { text: "Tessa Vane", entity: "tessa-vane", type: "PERSON" },
      { text: "State", entity: "state", type: "ORG" },
    ]);
    expect(portfolio).toEqual([]);
  });

  it("lets a possessive scope over a pair of names joined by 'and', not over the end of a longer list", () => {
    const specs = [
      { text: "Tide Party", entity: "tide-party", type: "ORG" as const },
      { text: "Reef Union", entity: "reef-union", type: "ORG" as const },
      { text: "Ana Lima", entity: "ana-lima", type: "PERSON" as const },
      { text: "Rui Costa", entity: "rui-costa", type: "PERSON" as const },
      { text: "Eva Sousa", entity: "eva-sousa", type: "PERSON" as const },
    ];
    expect(shown("The Tide Party's Ana Lima and Rui Costa were elected on Sunday.", specs)).toEqual([
      "ana-lima affiliated with tide-party",
      "rui-costa affiliated with tide-party",
    ]);
    expect(
      shown("Those elected were the Reef Union's Eva Sousa, the Tide Party's Ana Lima and independent Rui Costa.", specs),
    ).toEqual(["eva-sousa affiliated with reef-union", "ana-lima affiliated with tide-party"]);
  });
});


function relations(text: string): string[] {
  return extractDocument({ id: "t", text }).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}
