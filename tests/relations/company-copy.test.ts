// Relations in company news written the way wire services write it: "The company said it ...", filings with a
// regulator, "a group led by X". Articles written for this test.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";

function relations(text: string): string[] {
  return extractDocument({ id: "t", text }).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

describe("company copy", () => {
  it("reads 'the company' of a story that names its company once as that company", () => {
    expect(relations("Norwell Inc reported a profit. The company said it will acquire Tessaly Corp.")).toContain(
      "norwell-inc acquires tessaly-corp",
    );
  });

  it("reads a filing with a regulator", () => {
    const filed = relations(
      "Norwell Inc said it filed a registration statement with the Securities and Exchange Commission for 40 mln dlrs of debentures.",
    );
    expect(filed).toContain("norwell-inc files with securities-and-exchange-commission");
  });

  it("does not read an indefinite group as the story's company", () => {
    const found = relations(
      "Tessaly Corp said its sales rose. A group led by Brandt Capital Inc said it cut its stake in Tessaly Corp to 4.1 pct.",
    );
    expect(found.some((r) => r.startsWith("brandt-capital-inc leads"))).toBe(false);
  });

  it("reads rating actions on a company or its debt", () => {
    expect(relations("Moody's Investors Service Inc said it upgraded the debt of Bayfield Gas Co.")).toContain(
      "moody-s-investors-service upgrades bayfield-gas-co",
    );
    expect(relations("Standard and Poor's Corp downgraded Bayfield Gas Co's preferred stock.")).toContain(
      "standard-and-poor-s downgrades bayfield-gas-co",
    );
    // the grade is no party to it
    const affirmed = relations("Standard and Poor's Corp affirmed the AA ratings on the senior debt of Halvorsen Corp.");
    expect(affirmed.some((r) => r.includes(" aa"))).toBe(false);
  });

  it("reads a holding named by its company as an investment, whatever the verb does to its size", () => {
    expect(relations("Oppenbach and Co Inc raised its Viacell International Inc stake to 7.7 pct.")).toEqual([
      "oppenbach-and-co-inc invests in viacell-international-inc",
    ]);
    // without a possessor the company before "stake" may be its holder: no investment read off it
    expect(relations("Chicopee Mills Corp welcomed the Shearwood Brothers Inc stake.")).not.toContain(
      "chicopee-mills-corp invests in shearwood-brothers-inc",
    );
  });

  it("reads a part of a holding as its owner's", () => {
    expect(relations("The balance of Rexford Health Corp's common stock is owned by Carrow Aircraft Corp.")).toContain(
      "carrow-aircraft-corp owns rexford-health-corp",
    );
    // a person's holding is what the person holds: buying it is no buying of the person
    const held = relations("Gorham Tire and Rubber Co bought back James Goldman's stock for 620 mln dlrs.");
    expect(held.some((r) => r.endsWith("james-goldman"))).toBe(false);
    // a place before a holding says where it is, not whose
    const assets = relations("Stanmore Group Inc agreed to acquire all the U.S. and Canadian assets of Pellman Co.");
    expect(assets).toContain("stanmore-group-inc acquires pellman-co");
    expect(assets.some((r) => r.includes("united-states") || r.includes("canada"))).toBe(false);
  });

  it("reads 'chairman and chief executive of Y' as both titles at Y", () => {
    const found = relations("Harold Benning, chairman and chief executive of Westcott Corp, said the results were good.");
    expect(found).toEqual(expect.arrayContaining(["harold-benning chairman of westcott-corp", "harold-benning chief executive of westcott-corp"]));
  });

  it("gives an officer's title with no party to the company the story is about", () => {
    const found = relations(
      'Telmore Corp said it expects revenues to rise. "We are making an announcement now," said Raymond Voss, president and chief executive officer.',
    );
    expect(found).toEqual(expect.arrayContaining(["raymond-voss president of telmore-corp", "raymond-voss chief executive of telmore-corp"]));
    // not a government's officer, nor a story without a company
    expect(relations("Brazil will suspend interest payments, said Dilson Amaral, the finance minister.")).toEqual([]);
    expect(relations("The Gallery Trust opened a show, said Ann Pell, its director.").some((r) => r.startsWith("ann-pell director"))).toBe(false);
  });

  it("reads an issue's managers and underwriters as underwriting the issuer", () => {
    expect(
      relations("Halvorsen AB is issuing a 150 mln dlr eurobond due 1992 priced at par, lead manager Carrow Guaranty Ltd said."),
    ).toContain("carrow-guaranty-ltd underwrites halvorsen-ab");
    expect(relations("Norwell Inc said it has sold two mln shares to a group of underwriters led by Brandt Stearns and Co Inc.")).toContain(
      "brandt-stearns-and-co-inc underwrites norwell-inc",
    );
    // the story's company, and not a bank of the list
    const listed = relations(
      "Lacoste Mining Corp said it will issue shares. Underwriters are Gordley Capital Corp and Dunmore Securities Inc as co-lead managers.",
    );
    expect(listed).toContain("dunmore-securities-inc underwrites lacoste-mining-corp");
    expect(listed.some((r) => r.endsWith("underwrites gordley-capital-corp"))).toBe(false);
    // "X said as joint book-runner", "X and Y are the underwriters"
    expect(
      relations("Takara Bank Ltd is issuing a 10 billion yen eurobond due 1994, Yamaguchi Securities Ltd said as joint book-runner."),
    ).toContain("yamaguchi-securities-ltd underwrites takara-bank-ltd");
    const copular = relations(
      "Penwick Utilities Corp said it will offer preferred stock. Halden Capital Corp and Norbeck Securities Inc are the underwriters, Penwick said.",
    );
    expect(copular).toEqual(
      expect.arrayContaining(["halden-capital-corp underwrites penwick-utilities-corp", "norbeck-securities-inc underwrites penwick-utilities-corp"]),
    );
    expect(copular.some((r) => r.endsWith("underwrites halden-capital-corp"))).toBe(false);
  });

  it("reads an officer named after a title with no party as the story's company's, not a head of state", () => {
    expect(relations('Chemvale Corp rejected the offer. "We urge shareholders not to tender," said Chairman Jack Fossen.')).toContain(
      "jack-fossen chairman of chemvale-corp",
    );
    expect(relations("Chemvale Corp rejected the offer, President Ronald Reagan said.").some((r) => r.includes("president of"))).toBe(false);
  });

  it("reads a country's possessive or demonym before the noun for what an organisation is as where it is based", () => {
    expect(relations("South Africa's state-owned energy firm Tessekor said it would continue tests.")).toContain(
      "tessekor based in south-africa",
    );
    expect(relations("The Mexican state oil company Petroleos Vallejo said it would cut prices.")).toContain(
      "petroleos-vallejo based in mexico",
    );
  });

  it("reads 'its X unit' as the unit of the organisation the sentence names first, whatever the parse", () => {
    expect(relations("Norwell Medical Enterprises Inc said its Rehab Hospital Services Corp unit opened four facilities.")).toContain(
      "rehab-hospital-services-corp subsidiary of norwell-medical-enterprises-inc",
    );
  });

  it("reads an organisation's possessive before another's name, and a filing whatever follows it", () => {
    expect(relations("Southgate Airlines Co's TranSky Airlines said it will add new flights.")).toContain(
      "transky-airlines affiliated with southgate-airlines-co",
    );
    expect(relations("Gulfport Corp's Chevrell Chemical Co unit said it raised prices.")).toContain(
      "chevrell-chemical-co subsidiary of gulfport-corp",
    );
    // a participle after the object opens no clause of its own ("... relating to shares owned by X")
    expect(
      relations(
        "Sheldon Systemhouse Inc said it filed a registration statement with the Securities and Exchange Commission relating to shares owned by a unit.",
      ),
    ).toContain("sheldon-systemhouse-inc files with securities-and-exchange-commission");
  });

  it("reads a demonym before a unit's noun as where the unit is, not its parent", () => {
    const found = relations("Clarkson Copy Inc said its majority-owned Norwegian subsidiary, Interactive Drafting Co of Norway, bought a rival.");
    expect(found).not.toContain("interactive-drafting-co subsidiary of norway");
    expect(found).toContain("interactive-drafting-co based in norway");
  });

  it("reads a part of a holding headed by a determiner, and trade between two countries", () => {
    expect(relations("Wichita Industries Inc said it will acquire all of the outstanding shares of Fountain Oil Inc.")).toContain(
      "wichita-industries-inc acquires fountain-oil-inc",
    );
    expect(relations("Trade between Argentina and Brazil jumped 90 pct in 1986.")).toContain("argentina trades with brazil");
  });

  it("reads neither a prepositional phrase as an apposition nor an amount as its possessor", () => {
    // "to Globe ..." is the buyer, not what "its Western Plastics Corp unit" is
    const sold = relations("Brunswick Corp said it agreed to sell its Westbrook Plastics Corp unit to Globe Tooling Co for 16 mln dlrs.");
    expect(sold).toContain("westbrook-plastics-corp subsidiary of brunswick-corp");
    expect(sold.some((r) => r.startsWith("globe-tooling-co subsidiary of"))).toBe(false);
    // estimating Canada's wheat crop says nothing of Canada
    expect(relations("The U.S. Agriculture Department estimated Canada's 1986/87 wheat crop at 31.85 mln tonnes.")).toEqual([]);
  });

  it("reads a headline in capitals in sentence case, a bare infinitive there as a plan, a comma there as a list", () => {
    const sued = extractDocument({ id: "t", text: "TWA <TWA> SUES USAIR <U> OVER POISON PILL\n\nTrans World Airlines Inc and USAir Group Inc are rivals." });
    expect(sued.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain("trans-world-airlines-inc sues usair-group-inc");
    // the evidence is the headline as written
    expect(sued.relations.find((r) => r.predicate === "sues")?.evidence.text).toBe("TWA <TWA> SUES USAIR <U> OVER POISON PILL");
    const planned = extractDocument({ id: "t", text: "LOTUS <LOTS> TO ACQUIRE <COMPUTER ACCESS CORP>\n\nLotus Development Corp said it had a good year." });
    expect(planned.relations.filter((r) => r.predicate === "acquires").map((r) => r.hedged)).toEqual([true]);
    expect(relations("SPRINKEL URGES GREATER GROWTH IN JAPAN, EUROPE\n\nBeryl Sprinkel spoke in Washington.")).not.toContain(
      "japan located in europe",
    );
    // a line still in capitals in sentence case (all its words names or acronyms) is read once, not again and again
    expect(() => relations("IBM GM UAW\n\nIBM and GM and UAW met in Detroit.")).not.toThrow();
  });
});
