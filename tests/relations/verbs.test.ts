import { describe, expect, it } from "vitest";
import { relationsOf, shown } from "./helpers.js";

const putin = { text: "Vladimir Putin", entity: "vladimir-putin", type: "PERSON" as const };
const nato = { text: "NATO", entity: "nato", type: "ORG" as const };

describe("verb patterns", () => {
  it("reads a verb across auxiliaries and turns 'provided X with aid' into aids", () => {
    expect(
      shown("Since the start of the drought, the World Bank has provided Nairobi with millions worth of emergency aid.", [
        { text: "World Bank", entity: "world-bank", type: "ORG" },
        { text: "Nairobi", entity: "kenya", type: "GPE", kind: "alias" },
      ]),
    ).toEqual(["world-bank aids kenya"]);
  });

  it("stores 'X lost to Y' the plainer way round: Y defeats X", () => {
    expect(
      shown("Norway lost 0 - 3 to Chile in the semi-final.", [
        { text: "Norway", entity: "norway", type: "GPE" },
        { text: "Chile", entity: "chile", type: "GPE" },
      ]),
    ).toEqual(["chile defeats norway"]);
  });

  it("reads a journey to a place made with a light verb", () => {
    expect(
      shown("Every summer Ana Lobo makes a pilgrimage to Fatima with her sisters.", [
        { text: "Ana Lobo", entity: "ana-lobo", type: "PERSON" },
        { text: "Fatima", entity: "fatima", type: "GPE" },
      ]),
    ).toEqual(["ana-lobo travels to fatima"]);
  });

  it("reads an event noun in an 'in' phrase as the act of the verb's subject", () => {
    const specs = [
      { text: "Orlan Mining", entity: "orlan", type: "ORG" as const },
      { text: "Securities and Exchange Commission", entity: "sec", type: "ORG" as const },
      { text: "Radio Nova", entity: "radio-nova", type: "ORG" as const },
    ];
    expect(
      shown("In a filing with the Securities and Exchange Commission, Orlan Mining said it bought 5 pct of the shares.", specs),
    ).toEqual(["orlan files with sec"]);
    // the statement is made; what the verb denies is the reports, not the statement
    expect(shown("In a statement to Radio Nova, Orlan Mining denied the reports.", specs)).toEqual(["orlan tells radio-nova"]);
  });

  it("reads a light verb with a trigger noun, and not the gerund inside it", () => {
    const out = shown("Angela Moreau has issued a stern warning about selling Rafale jets in Qatar.", [
      { text: "Angela Moreau", entity: "angela-moreau", type: "PERSON" },
      { text: "Rafale", entity: "rafale", type: "PRODUCT" },
      { text: "Qatar", entity: "qatar", type: "GPE" },
    ]);
    expect(out).toEqual(["angela-moreau warns about rafale"]);
  });

  // Not asserted: "Jonas Weber has for months voiced concerns about Amazon's growth." The parser reads "for months
  // voiced" as a clause whose subject is "months", so the relation is lost (a parse error, noted in the README).
  it("reads 'expressed his concern over X's expansion' and 'voiced concerns about'", () => {
    const specs = [
      { text: "Jonas Weber", entity: "jonas-weber", type: "PERSON" as const },
      { text: "his", entity: "jonas-weber", type: "PERSON" as const, kind: "pronoun" as const },
      { text: "Amazon", entity: "amazon", type: "ORG" as const },
    ];
    expect(shown("Jonas Weber has repeatedly expressed his concern over Amazon's rapid expansion.", specs)).toEqual([
      "jonas-weber concerned about amazon",
    ]);
    expect(shown("Jonas Weber has voiced concerns about Amazon's growth.", specs)).toEqual([
      "jonas-weber concerned about amazon",
    ]);
  });

  it("turns a passive with an agent active and keeps a passive without one", () => {
    const mohamed = { text: "Mohamed", entity: "mohamed", type: "PERSON" as const };
    expect(
      shown("Mohamed was invited by Google.", [mohamed, { text: "Google", entity: "google", type: "ORG" }]),
    ).toEqual(["google invites mohamed"]);
    expect(
      shown("Mohamed was born in Switzerland.", [mohamed, { text: "Switzerland", entity: "switzerland", type: "GPE" }]),
    ).toEqual(["mohamed born in switzerland"]);
  });

  it("reads meetings as symmetric, with or without 'with'", () => {
    const specs = [
      { text: "Joe Biden", entity: "joe-biden", type: "PERSON" as const },
      { text: "Xi Jinping", entity: "xi-jinping", type: "PERSON" as const },
    ];
    const a = relationsOf("Joe Biden met with Xi Jinping in Bali.", specs);
    expect(a.map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.symmetric}`)).toEqual([
      "joe-biden meets xi-jinping true",
    ]);
    expect(a[0].category).toBe("cooperation");
    expect(shown("Joe Biden and Xi Jinping met on Monday.", specs)).toEqual(["joe-biden meets xi-jinping"]);
    // one order for a symmetric relation, whichever the text gives
    expect(shown("Xi Jinping met Joe Biden.", specs)).toEqual(["joe-biden meets xi-jinping"]);
  });

  it("reads attacks, sanctions, accusations, deals and visits with their categories", () => {
    const specs = [
      { text: "Russia", entity: "russia", type: "GPE" as const },
      { text: "Ukraine", entity: "ukraine", type: "GPE" as const },
      { text: "Acme", entity: "acme", type: "ORG" as const },
    ];
    const cases: [string, string, string][] = [
      ["Russia attacked Ukraine in 2022.", "russia attacks ukraine", "conflict"],
      ["Ukraine sanctioned Russia.", "ukraine sanctions russia", "conflict"],
      ["Ukraine accused Russia of war crimes.", "ukraine accuses russia", "conflict"],
      ["Acme signed a deal with Ukraine.", "acme signs a deal with ukraine", "cooperation"],
      ["Acme's chief executive visited Ukraine.", "", ""],
    ];
    for (const [text, expected, category] of cases) {
      const found = relationsOf(text, specs);
      if (!expected) {
        expect(found.filter((r) => r.subject === "acme" && r.predicate === "visits")).toEqual([]);
        continue;
      }
      expect(found.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain(expected);
      expect(found.find((r) => `${r.subject} ${r.predicate} ${r.object}` === expected)?.category).toBe(category);
    }
  });

  it("reads a predicative adjective across 'be' and an event head", () => {
    expect(
      shown("The African Union is already involved in the Sudan conflict.", [
        { text: "African Union", entity: "african-union", type: "ORG" },
        { text: "Sudan", entity: "sudan", type: "GPE" },
      ]),
    ).toEqual(["african-union involved in sudan"]);
  });

  it("finds the subject behind an appositive and a relative pronoun", () => {
    const whitmore = { text: "Steve Whitmore", entity: "steve-whitmore", type: "PERSON" as const };
    const weekly = { text: "LA Weekly", entity: "la-weekly", type: "ORG" as const };
    expect(
      shown("Steve Whitmore, a representative for the office, told LA Weekly about it.", [whitmore, weekly]),
    ).toContain("steve-whitmore tells la-weekly");
    expect(
      shown("He met Devocht, who had told Montalvo about the job.", [
        { text: "Devocht", entity: "devocht", type: "PERSON" },
        { text: "Montalvo", entity: "montalvo", type: "PERSON" },
      ]),
    ).toEqual(["devocht tells montalvo"]);
  });

  it("relates coordinated subjects of a light verb with a symmetric noun, and keeps a named conjunct", () => {
    const specs = [
      { text: "Russia", entity: "russia", type: "GPE" as const },
      { text: "China", entity: "china", type: "GPE" as const },
      { text: "Amira", entity: "amira", type: "PERSON" as const },
      { text: "World Bank", entity: "world-bank", type: "ORG" as const },
    ];
    expect(shown("Russia and China signed an agreement on Monday.", specs)).toEqual(["china signs a deal with russia"]);
    expect(shown("Amira and her brother are to travel to the World Bank.", specs)).toEqual([
      "amira travels to world-bank",
    ]);
  });

  it("hedges an infinitive of purpose and takes no subject for a name inside a prepositional phrase", () => {
    const specs = [
      { text: "Okafor", entity: "okafor", type: "PERSON" as const },
      { text: "Texas", entity: "texas", type: "GPE" as const },
      { text: "Lindqvist", entity: "lindqvist", type: "PERSON" as const },
      { text: "Microsoft", entity: "microsoft", type: "ORG" as const },
    ];
    expect(shown("Okafor traveled to Texas to meet with Lindqvist.", specs)).toEqual([
      "okafor travels to texas",
      "lindqvist meets okafor [hedged]",
    ]);
    expect(shown("The publicity led to calls from Microsoft and Okafor was invited to Texas.", specs)).toEqual([
      "okafor invited to texas",
    ]);
  });

  it("reads trigger nouns after light verbs and what a supplying verb sends", () => {
    const specs = [
      { text: "Israel", entity: "israel", type: "GPE" as const },
      { text: "Gaza", entity: "gaza", type: "GPE" as const },
      { text: "European Union", entity: "european-union", type: "ORG" as const },
      { text: "Iran", entity: "iran", type: "GPE" as const },
      { text: "United States", entity: "united-states", type: "GPE" as const },
      { text: "Poland", entity: "poland", type: "GPE" as const },
      { text: "Argentina", entity: "argentina", type: "GPE" as const },
    ];
    expect(shown("Israel launched airstrikes on Gaza overnight.", specs)).toEqual(["israel attacks gaza"]);
    expect(shown("The European Union imposed new sanctions on Iran.", specs)).toEqual([
      "european-union sanctions iran",
    ]);
    expect(shown("The European Union made a choice in Iran.", specs)).toEqual([]);
    expect(shown("The United States sent more troops to Poland.", specs)).toEqual(["united-states deploys to poland"]);
    expect(shown("The United States visited Argentina last week.", specs)).toEqual(["united-states visits argentina"]);
  });

  it("keeps a table verb to its own frames", () => {
    const specs = [
      { text: "Russia", entity: "russia", type: "GPE" as const },
      { text: "Kyiv", entity: "ukraine", type: "GPE" as const, kind: "alias" as const },
      { text: "Belarus", entity: "belarus", type: "GPE" as const },
      { text: "Sweden", entity: "sweden", type: "GPE" as const },
      { text: "South Korea", entity: "south-korea", type: "GPE" as const },
      { text: "Volga Arena", entity: "volga-arena", type: "FAC" as const },
    ];
    expect(shown("Russia attacked Kyiv from Belarus.", specs)).toEqual(["russia attacks ukraine"]);
    expect(shown("Russia attacked from Belarus.", specs)).toEqual([]);
    expect(shown("Sweden faced South Korea at the Volga Arena.", specs)).toEqual([
      "sweden faces south-korea",
    ]);
  });

  it("shares the subject with a coordinated verb phrase", () => {
    const specs = [
      { text: "Japan", entity: "japan", type: "GPE" as const },
      { text: "Manila", entity: "philippines", type: "GPE" as const, kind: "alias" as const },
      { text: "Filipino", entity: "philippines", type: "GPE" as const, kind: "demonym" as const },
      { text: "Ghana", entity: "ghana", type: "GPE" as const },
      { text: "Kwame Asante", entity: "kwame-asante", type: "PERSON" as const },
      { text: "Yaw Boateng", entity: "yaw-boateng", type: "PERSON" as const },
    ];
    expect(
      shown("Japan supplied Manila with naval aid, shared intelligence and helped to train Filipino troops.", specs),
    ).toEqual(["japan aids philippines", "japan trains philippines"]);
    expect(shown("Ghana substituted Kwame Asante in the 75th minute and was replaced by Yaw Boateng.", specs)).toEqual([
      "ghana substitutes kwame-asante",
      "yaw-boateng replaces ghana",
    ]);
    expect(shown("Ghana and Japan have fought two trade wars over Manila.", specs)).toEqual(["ghana fights japan"]);
    // a new subject ends the sharing
    expect(shown("Ghana met Japan and Manila was attacked.", specs)).toEqual(["ghana meets japan"]);
  });

  it("reads a title with 'of' before a subject, a proxy object and a stake bought", () => {
    const specs = [
      { text: "U.S.", entity: "united-states", type: "GPE" as const, kind: "alias" as const },
      { text: "Antony Blinken", entity: "antony-blinken", type: "PERSON" as const },
      { text: "China", entity: "china", type: "GPE" as const },
      { text: "Ukrainian", entity: "ukraine", type: "GPE" as const, kind: "demonym" as const },
      { text: "Russian", entity: "russia", type: "GPE" as const, kind: "demonym" as const },
      { text: "Donetsk", entity: "donetsk", type: "GPE" as const },
      { text: "Meta", entity: "meta", type: "ORG" as const },
      { text: "Luxottica", entity: "luxottica", type: "ORG" as const },
    ];
    expect(shown("U.S. Secretary of State Antony Blinken will travel to China.", specs)).toEqual([
      "antony-blinken minister of united-states",
      "antony-blinken travels to china",
    ]);
    expect(shown("Ukrainian forces shelled the city of Donetsk, Russian officials said.", specs)).toEqual([
      "ukraine attacks donetsk [by russia]",
    ]);
    expect(shown("Meta may soon acquire a stake in Luxottica.", specs)).toEqual(["meta invests in luxottica [hedged]"]);
  });

  it("takes no object of a speech verb that is the subject of the clause after it", () => {
    const specs = [
      { text: "Saudi Arabia", entity: "saudi-arabia", type: "GPE" as const },
      { text: "Kuwait", entity: "kuwait", type: "GPE" as const },
    ];
    expect(shown("Saudi Arabia denied Kuwait was pumping more oil than its quota.", specs)).toEqual([]);
    expect(shown("Saudi Arabia accused Kuwait of pumping more oil.", specs)).toEqual(["saudi-arabia accuses kuwait"]);
  });

  it("reads coordinated objects", () => {
    const specs = [
      { text: "Russia", entity: "russia", type: "GPE" as const },
      { text: "China", entity: "china", type: "GPE" as const },
      nato,
    ];
    expect(shown("Russia attacked NATO and China.", specs)).toEqual(["russia attacks china", "russia attacks nato"]);
    expect(shown("Russia attacked NATO and China condemned it.", specs)).toEqual(["russia attacks nato"]);
  });

  it("never relates an entity to itself", () => {
    expect(
      shown("Russia attacked Moscow.", [
        { text: "Russia", entity: "russia", type: "GPE" },
        { text: "Moscow", entity: "russia", type: "GPE", kind: "alias" },
      ]),
    ).toEqual([]);
  });

  it("reads a participle that opens a title as the title, not a verb", () => {
    const specs = [
      { text: "Corvel Capital", entity: "corvel", type: "ORG" as const },
      { text: "Ann Varga", entity: "ann-varga", type: "PERSON" as const },
    ];
    expect(shown("The fund rallied, said Corvel Capital managing director Ann Varga.", specs)).toEqual([
      "ann-varga director of corvel",
    ]);
  });

  it("takes the object of a verb outside the table before an infinitive as that infinitive's subject", () => {
    const specs = [
      { text: "Orland Pumps", entity: "orland", type: "ORG" as const },
      { text: "Corvel Tools", entity: "corvel", type: "ORG" as const },
    ];
    expect(shown("Orland Pumps allowed Corvel Tools to bid.", specs)).toEqual([]);
    // a verb of the table keeps it
    expect(shown("Orland Pumps urged Corvel Tools to bid.", specs)).toEqual(["orland urges corvel"]);
  });

  it("never takes a subject pronoun for what a verb acts on", () => {
    const specs = [
      { text: "Tom Hadley", entity: "tom-hadley", type: "PERSON" as const },
      { text: "Congress", entity: "congress", type: "ORG" as const },
      { text: "he", entity: "tom-hadley", type: "PERSON" as const, kind: "pronoun" as const },
    ];
    const text = "Tom Hadley vetoed a similar bill last year after Congress had adjourned, but has indicated he will sign this measure.";
    expect(shown(text, specs)).toEqual([]);
  });

  it("reads no verb in a participle used as a preposition or naming the noun before it", () => {
    const specs = [
      { text: "Corvel Tools", entity: "corvel", type: "ORG" as const },
      { text: "Orland Pumps", entity: "orland", type: "ORG" as const },
      { text: "Tom Hadley", entity: "tom-hadley", type: "PERSON" as const },
    ];
    expect(shown("Concerning Corvel Tools's stake, Tom Hadley said nothing.", specs)).toEqual([]);
    expect(shown("Corvel Tools set up a brokerage service in 1984 called Orland Pumps.", specs)).toEqual([]);
    // a verb of calling with its own conjunction is one
    expect(shown("Corvel Tools cut prices and called Orland Pumps a rival.", specs)).toContain("corvel calls orland");
  });

  it("reads an -ing word before a bare common noun and a name as that noun's modifier, no verb", () => {
    const specs = [
      { text: "Corvel Tools Inc", entity: "corvel", type: "ORG" as const },
      { text: "Orland Securities", entity: "orland", type: "ORG" as const },
    ];
    // "managing" is no verb here: the phrase is a title, and the bank underwrites the issue
    expect(shown("Corvel Tools Inc will offer 2 mln shares through managing underwriter Orland Securities.", specs)).toEqual([
      "orland underwrites corvel",
    ]);
    expect(shown("Corvel Tools Inc is acquiring rival Orland Securities.", specs)).toEqual(["corvel acquires orland"]);
  });
});
