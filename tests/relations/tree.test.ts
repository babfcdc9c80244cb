// The relation stage on hand-built dependency trees (UD English, EWT style), one construction per test: what it
// reads off a tree does not depend on any parser's output.
import { describe, expect, it } from "vitest";
import { shown, shownParsed } from "./helpers.js";

const russia = { text: "Russia", entity: "russia", type: "GPE" as const };
const ukraine = { text: "Ukraine", entity: "ukraine", type: "GPE" as const };
const nato = { text: "NATO", entity: "nato", type: "ORG" as const };
const peskov = { text: "Peskov", entity: "dmitry-peskov", type: "PERSON" as const };

describe("relations on the dependency tree", () => {
  it("reads subject and object, and an obl only when the verb's frame has its preposition", () => {
    expect(
      shownParsed(
        `Russia Russia PROPN 2 nsubj
         attacked attack VERB 0 root
         Ukraine Ukraine PROPN 2 obj
         from from ADP 5 case
         Belarus Belarus PROPN 2 obl
         . . PUNCT 2 punct`,
        [russia, ukraine, { text: "Belarus", entity: "belarus", type: "GPE" }],
      ),
    ).toEqual(["russia attacks ukraine"]);
    expect(
      shownParsed(
        `NATO NATO PROPN 3 nsubj
         has have AUX 3 aux
         expanded expand VERB 0 root
         towards towards ADP 5 case
         Russia Russia PROPN 3 obl
         . . PUNCT 3 punct`,
        [nato, russia],
      ),
    ).toEqual(["nato expands toward russia"]);
  });

  it("keeps the preposition of an intransitive verb outside the table, and drops an adjunct's", () => {
    const acme = { text: "Acme", entity: "acme", type: "ORG" as const };
    const smith = { text: "Smith", entity: "smith", type: "PERSON" as const };
    expect(
      shownParsed(
        `Smith Smith PROPN 2 nsubj
         withdrew withdraw VERB 0 root
         from from ADP 4 case
         Acme Acme PROPN 2 obl
         . . PUNCT 2 punct`,
        [smith, acme],
      ),
    ).toEqual(["smith withdraws from acme"]);
    // "enjoys over", "sets in": no predicate from a transitive verb and an adjunct
    expect(
      shownParsed(
        `Smith Smith PROPN 2 nsubj
         enjoyed enjoy VERB 0 root
         success success NOUN 2 obj
         over over ADP 5 case
         Acme Acme PROPN 2 obl
         . . PUNCT 2 punct`,
        [smith, acme],
      ),
    ).toEqual([]);
  });

  it("turns a passive with an agent active, and reads nothing into a passive without one", () => {
    const mohamed = { text: "Mohamed", entity: "mohamed", type: "PERSON" as const };
    const google = { text: "Google", entity: "google", type: "ORG" as const };
    expect(
      shownParsed(
        `Mohamed Mohamed PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         invited invite VERB 0 root
         by by ADP 5 case
         Google Google PROPN 3 obl:agent
         . . PUNCT 3 punct`,
        [mohamed, google],
      ),
    ).toEqual(["google invites mohamed"]);
    expect(
      shownParsed(
        `Cars car NOUN 3 nsubj:pass
         were be AUX 3 aux:pass
         built build VERB 0 root
         in in ADP 5 case
         Japan Japan PROPN 3 obl
         . . PUNCT 3 punct`,
        [{ text: "Cars", entity: "cars", type: "ORG" }, { text: "Japan", entity: "japan", type: "GPE" }],
      ),
    ).toEqual([]);
  });

  it("reads appositive, copular and possessive roles", () => {
    const nadella = { text: "Satya Nadella", entity: "satya-nadella", type: "PERSON" as const };
    const microsoft = { text: "Microsoft", entity: "microsoft", type: "ORG" as const };
    expect(
      shownParsed(
        `Satya Satya PROPN 8 nsubj
         Nadella Nadella PROPN 1 flat
         , , PUNCT 5 punct
         chief chief ADJ 5 amod
         executive executive NOUN 1 appos
         of of ADP 7 case
         Microsoft Microsoft PROPN 5 nmod
         spoke speak VERB 0 root
         . . PUNCT 8 punct`,
        [nadella, microsoft],
      ),
    ).toEqual(["satya-nadella chief executive of microsoft"]);
    expect(
      shownParsed(
        `Satya Satya PROPN 6 nsubj
         Nadella Nadella PROPN 1 flat
         is be AUX 6 cop
         the the DET 6 det
         chief chief ADJ 6 amod
         executive executive NOUN 0 root
         of of ADP 8 case
         Microsoft Microsoft PROPN 6 nmod
         . . PUNCT 6 punct`,
        [nadella, microsoft],
      ),
    ).toEqual(["satya-nadella chief executive of microsoft"]);
    expect(
      shownParsed(
        `Microsoft Microsoft PROPN 3 nmod:poss
         's 's PART 1 case
         CEO CEO NOUN 4 compound
         Satya Satya PROPN 6 nsubj
         Nadella Nadella PROPN 4 flat
         spoke speak VERB 0 root
         . . PUNCT 6 punct`,
        [nadella, microsoft],
      ),
    ).toEqual(["satya-nadella chief executive of microsoft"]);
    expect(
      shownParsed(
        `Microsoft Microsoft PROPN 2 compound
         CEO CEO NOUN 3 compound
         Satya Satya PROPN 5 nsubj
         Nadella Nadella PROPN 3 flat
         spoke speak VERB 0 root
         . . PUNCT 5 punct`,
        [nadella, microsoft],
      ),
    ).toEqual(["satya-nadella chief executive of microsoft"]);
  });

  it("reads relative clauses, with and without a relative pronoun", () => {
    const acme = { text: "Acme", entity: "acme", type: "ORG" as const };
    expect(
      shownParsed(
        `NATO NATO PROPN 7 nsubj
         , , PUNCT 5 punct
         which which PRON 5 nsubj
         has have AUX 5 aux
         armed arm VERB 1 acl:relcl
         , , PUNCT 5 punct
         met meet VERB 0 root
         . . PUNCT 7 punct`,
        [nato],
      ),
    ).toEqual([]);
    expect(
      shownParsed(
        `NATO NATO PROPN 5 nsubj
         , , PUNCT 4 punct
         which which PRON 4 nsubj
         armed arm VERB 1 acl:relcl
         warned warn VERB 0 root
         Ukraine Ukraine PROPN 5 obj
         . . PUNCT 5 punct`,
        [nato, ukraine],
      ),
    ).toEqual(["nato warns ukraine"]);
    expect(
      shownParsed(
        `Acme Acme PROPN 0 root
         , , PUNCT 5 punct
         which which PRON 5 obj
         Microsoft Microsoft PROPN 5 nsubj
         bought buy VERB 1 acl:relcl
         . . PUNCT 1 punct`,
        [acme, { text: "Microsoft", entity: "microsoft", type: "ORG" }],
      ),
    ).toEqual(["microsoft buys acme"]);
  });

  it("reads coordination on either side and verbs that share a subject", () => {
    const belarus = { text: "Belarus", entity: "belarus", type: "GPE" as const };
    const georgia = { text: "Georgia", entity: "georgia", type: "GPE" as const };
    expect(
      shownParsed(
        `Russia Russia PROPN 4 nsubj
         and and CCONJ 3 cc
         Belarus Belarus PROPN 1 conj
         attacked attack VERB 0 root
         Ukraine Ukraine PROPN 4 obj
         and and CCONJ 7 cc
         Georgia Georgia PROPN 5 conj
         . . PUNCT 4 punct`,
        [russia, belarus, ukraine, georgia],
      ).sort(),
    ).toEqual([
      "belarus attacks georgia",
      "belarus attacks ukraine",
      "russia attacks georgia",
      "russia attacks ukraine",
    ]);
    expect(
      shownParsed(
        `NATO NATO PROPN 2 nsubj
         armed arm VERB 0 root
         Ukraine Ukraine PROPN 2 obj
         and and CCONJ 5 cc
         sanctioned sanction VERB 2 conj
         Russia Russia PROPN 5 obj
         . . PUNCT 2 punct`,
        [nato, ukraine, russia],
      ),
    ).toEqual(["nato arms ukraine", "nato sanctions russia"]);
  });

  it("hedges 'plans to' and negates 'refused to' through xcomp chains", () => {
    const chain = (verb: string, lemma: string) =>
      shownParsed(
        `Russia Russia PROPN 2 nsubj
         ${verb} ${lemma} VERB 0 root
         to to PART 4 mark
         attack attack VERB 2 xcomp
         NATO NATO PROPN 4 obj
         . . PUNCT 2 punct`,
        [russia, nato],
      );
    expect(chain("plans", "plan")).toEqual(["russia attacks nato [hedged]"]);
    expect(chain("refused", "refuse")).toEqual(["russia attacks nato [negated]"]);
    expect(chain("continued", "continue")).toEqual(["russia attacks nato"]);
  });

  it("attributes a speech verb's complement to its speaker, before or after it", () => {
    expect(
      shownParsed(
        `Peskov Peskov PROPN 2 nsubj
         said say VERB 0 root
         Russia Russia PROPN 4 nsubj
         attacked attack VERB 2 ccomp
         Ukraine Ukraine PROPN 4 obj
         . . PUNCT 2 punct`,
        [peskov, russia, ukraine],
      ),
    ).toEqual(["russia attacks ukraine [by dmitry-peskov]"]);
    expect(
      shownParsed(
        `Russia Russia PROPN 2 nsubj
         attacked attack VERB 0 root
         Ukraine Ukraine PROPN 2 obj
         , , PUNCT 6 punct
         Peskov Peskov PROPN 6 nsubj
         said say VERB 2 parataxis
         . . PUNCT 2 punct`,
        [peskov, russia, ukraine],
      ),
    ).toEqual(["russia attacks ukraine [by dmitry-peskov]"]);
    // a denied statement is negated
    expect(
      shownParsed(
        `Peskov Peskov PROPN 2 nsubj
         denied deny VERB 0 root
         that that SCONJ 5 mark
         Russia Russia PROPN 5 nsubj
         attacked attack VERB 2 ccomp
         Ukraine Ukraine PROPN 5 obj
         . . PUNCT 2 punct`,
        [peskov, russia, ukraine],
      ),
    ).toEqual(["russia attacks ukraine [negated, by dmitry-peskov]"]);
  });

  it("negates 'not' and 'never', hedges modals and conditions", () => {
    const biden = { text: "Biden", entity: "joe-biden", type: "PERSON" as const };
    const xi = { text: "Xi", entity: "xi-jinping", type: "PERSON" as const };
    expect(
      shownParsed(
        `Biden Biden PROPN 4 nsubj
         did do AUX 4 aux
         not not PART 4 advmod
         meet meet VERB 0 root
         Xi Xi PROPN 4 obj
         . . PUNCT 4 punct`,
        [biden, xi],
      ),
    ).toEqual(["joe-biden meets xi-jinping [negated]"]);
    expect(
      shownParsed(
        `Russia Russia PROPN 3 nsubj
         may may AUX 3 aux
         attack attack VERB 0 root
         NATO NATO PROPN 3 obj
         . . PUNCT 3 punct`,
        [russia, nato],
      ),
    ).toEqual(["russia attacks nato [hedged]"]);
    expect(
      shownParsed(
        `Markets market NOUN 3 nsubj
         will will AUX 3 aux
         fall fall VERB 0 root
         if if SCONJ 6 mark
         Russia Russia PROPN 6 nsubj
         attacks attack VERB 3 advcl
         NATO NATO PROPN 6 obj
         . . PUNCT 3 punct`,
        [russia, nato],
      ),
    ).toEqual(["russia attacks nato [hedged]"]);
  });

  it("reads a possessive event noun as its verb: 'completed its takeover of X' → acquires", () => {
    const microsoft = { text: "Microsoft", entity: "microsoft", type: "ORG" as const };
    const activision = { text: "Activision Blizzard", entity: "activision-blizzard", type: "ORG" as const };
    const its = { text: "its", entity: "microsoft", type: "ORG" as const, kind: "pronoun" as const };
    expect(
      shownParsed(
        `Microsoft Microsoft PROPN 2 nsubj
         completed complete VERB 0 root
         its its PRON 4 nmod:poss
         takeover takeover NOUN 2 obj
         of of ADP 6 case
         Activision Activision PROPN 4 nmod
         Blizzard Blizzard PROPN 6 flat
         . . PUNCT 2 punct`,
        [microsoft, activision, its],
      ),
    ).toEqual(["microsoft acquires activision-blizzard"]);
    // a light verb lends its subject: "issued a warning about deploying F-16 fighters"
    expect(
      shownParsed(
        `Putin Putin PROPN 3 nsubj
         has have AUX 3 aux
         issued issue VERB 0 root
         a a DET 5 det
         warning warning NOUN 3 obj
         about about SCONJ 7 mark
         deploying deploy VERB 5 acl
         F-16 F-16 PROPN 9 compound
         fighters fighter NOUN 7 obj
         . . PUNCT 3 punct`,
        [
          { text: "Putin", entity: "vladimir-putin", type: "PERSON" },
          { text: "F-16", entity: "f-16", type: "PRODUCT" },
        ],
      ),
    ).toEqual(["vladimir-putin warns about f-16"]);
  });

  it("never asserts what a warning tells someone not to do", () => {
    const brown = { text: "Brown", entity: "gordon-brown", type: "PERSON" as const };
    const blair = { text: "Blair", entity: "tony-blair", type: "PERSON" as const };
    const him = { text: "him", entity: "gordon-brown", type: "PERSON" as const, kind: "pronoun" as const };
    const out = shownParsed(
      `Brown Brown PROPN 2 nsubj
       issued issue VERB 0 root
       a a DET 4 det
       warning warning NOUN 2 obj
       to to ADP 7 case
       Mr Mr PROPN 7 compound
       Blair Blair PROPN 4 nmod
       not not PART 10 advmod
       to to PART 10 mark
       try try VERB 4 acl
       and and CCONJ 12 cc
       cut cut VERB 10 conj
       him he PRON 12 obj
       out out ADP 12 compound:prt
       . . PUNCT 2 punct`,
      [brown, blair, him],
    );
    expect(out).toContain("gordon-brown warns tony-blair");
    expect(out.filter((r) => r.startsWith("tony-blair cuts") && !r.includes("negated"))).toEqual([]);
  });

  it("reads where a named place or organisation is, and what one organisation is to another", () => {
    const irving = { text: "Irving", entity: "irving", type: "GPE" as const };
    const texas = { text: "Texas", entity: "texas", type: "GPE" as const };
    expect(
      shownParsed(
        `Irving Irving PROPN 5 nsubj
         , , PUNCT 3 punct
         Texas Texas PROPN 1 appos
         , , PUNCT 1 punct
         grew grow VERB 0 root
         . . PUNCT 5 punct`,
        [irving, texas],
      ),
    ).toEqual(["irving located in texas"]);
    const bp = { text: "BP North America", entity: "bp-north-america", type: "ORG" as const };
    const parent = { text: "British Petroleum", entity: "british-petroleum", type: "ORG" as const };
    expect(
      shownParsed(
        `BP BP PROPN 6 nsubj
         North North PROPN 1 flat
         America America PROPN 1 flat
         is be AUX 6 cop
         a a DET 6 det
         subsidiary subsidiary NOUN 0 root
         of of ADP 8 case
         British British PROPN 6 nmod
         Petroleum Petroleum PROPN 8 flat
         . . PUNCT 6 punct`,
        [bp, parent],
      ),
    ).toEqual(["bp-north-america subsidiary of british-petroleum"]);
  });

  it("reads a reported clause's unresolved 'it' as its speaker, and a share of a company as the company", () => {
    const acme = { text: "Acme", entity: "acme", type: "ORG" as const };
    const widget = { text: "Widget", entity: "widget", type: "ORG" as const };
    expect(
      shownParsed(
        `Acme Acme PROPN 2 nsubj
         said say VERB 0 root
         it it PRON 4 nsubj
         bought buy VERB 2 ccomp
         55 55 NUM 6 nummod
         pct pct NOUN 4 obj
         of of ADP 8 case
         Widget Widget PROPN 6 nmod
         . . PUNCT 2 punct`,
        [acme, widget],
      ),
    ).toEqual(["acme buys widget [by acme]"]);
  });

  it("reads the examples of a common noun and a name in apposition to one", () => {
    const greeks = { text: "Greeks", entity: "greeks", type: "NORP" as const };
    expect(
      shownParsed(
        `Greeks Greek PROPN 2 nsubj
         worship worship VERB 0 root
         gods god NOUN 2 obj
         such such ADJ 6 case
         as as ADP 4 fixed
         Zeus Zeus PROPN 3 nmod
         and and CCONJ 8 cc
         Hera Hera PROPN 6 conj
         . . PUNCT 2 punct`,
        [greeks, { text: "Zeus", entity: "zeus", type: "PERSON" }, { text: "Hera", entity: "hera", type: "PERSON" }],
      ),
    ).toEqual(["greeks worships hera", "greeks worships zeus"]);
    expect(
      shownParsed(
        `Belgium Belgium PROPN 2 nsubj
         defeated defeat VERB 0 root
         debutants debutant NOUN 2 obj
         Panama Panama PROPN 3 appos
         . . PUNCT 2 punct`,
        [
          { text: "Belgium", entity: "belgium", type: "GPE" },
          { text: "Panama", entity: "panama", type: "GPE" },
        ],
      ),
    ).toEqual(["belgium defeats panama"]);
  });

  it("reads an event noun's agent in a by-phrase, and a symmetric noun through the subject it describes", () => {
    const russia = { text: "Russia", entity: "russia", type: "GPE" as const };
    expect(
      shownParsed(
        `The the DET 2 det
         invasion invasion NOUN 7 nsubj
         of of ADP 4 case
         Ukraine Ukraine PROPN 2 nmod
         by by ADP 6 case
         Russia Russia PROPN 2 nmod
         shocked shock VERB 0 root
         Europe Europe PROPN 7 obj
         . . PUNCT 7 punct`,
        [russia, ukraine, { text: "Europe", entity: "europe", type: "LOC" }],
      ),
    ).toEqual(["russia invades ukraine"]);
    expect(
      shownParsed(
        `Relations relation NOUN 8 nsubj:pass
         between between ADP 3 case
         Russia Russia PROPN 1 nmod
         and and CCONJ 5 cc
         NATO NATO PROPN 3 conj
         can can AUX 8 aux
         be be AUX 8 aux:pass
         described describe VERB 0 root
         as as ADP 11 case
         a a DET 11 det
         confrontation confrontation NOUN 8 obl
         . . PUNCT 8 punct`,
        [russia, nato],
      ),
    ).toEqual(["nato confronts russia"]);
  });

  it("takes no clause's predicate for a subject: 'X, who is in Rome, will fly to Tokyo' misparsed two ways", () => {
    const specs = [
      { text: "Funaro", entity: "funaro", type: "PERSON" as const },
      { text: "Rome", entity: "rome", type: "GPE" as const },
      { text: "Tokyo", entity: "tokyo", type: "GPE" as const },
    ];
    // the predicate "in Rome" as the subject, the name its own subject
    expect(
      shownParsed(
        `Funaro Funaro PROPN 6 nsubj
         , , PUNCT 6 punct
         who who PRON 6 nsubj
         is be AUX 6 cop
         in in ADP 6 case
         Rome Rome PROPN 8 nsubj
         will will AUX 8 aux
         fly fly VERB 0 root
         to to ADP 10 case
         Tokyo Tokyo PROPN 8 obl
         . . PUNCT 8 punct`,
        specs,
      ),
    ).toEqual(["funaro travels to tokyo"]);
    // the predicate coordinated with the name
    expect(
      shownParsed(
        `Funaro Funaro PROPN 8 nsubj
         , , PUNCT 6 punct
         who who PRON 6 nsubj
         is be AUX 6 cop
         in in ADP 6 case
         Rome Rome PROPN 1 conj
         will will AUX 8 aux
         fly fly VERB 0 root
         to to ADP 10 case
         Tokyo Tokyo PROPN 8 obl
         . . PUNCT 8 punct`,
        specs,
      ),
    ).toEqual(["funaro travels to tokyo"]);
  });

  it("gives an object hung after an infinitive that has none to the infinitive ('agreed to buy X')", () => {
    const specs = [
      { text: "Acme", entity: "acme", type: "ORG" as const },
      { text: "Beta", entity: "beta", type: "ORG" as const },
    ];
    expect(
      shownParsed(
        `Acme Acme PROPN 2 nsubj
         agreed agree VERB 0 root
         to to PART 4 mark
         buy buy VERB 2 xcomp
         Beta Beta PROPN 2 obj
         . . PUNCT 2 punct`,
        specs,
      ),
    ).toEqual(["acme buys beta"]);
    // an object before the infinitive controls it
    expect(
      shownParsed(
        `Acme Acme PROPN 2 nsubj
         urged urge VERB 0 root
         Beta Beta PROPN 2 obj
         to to PART 5 mark
         bid bid VERB 2 xcomp
         . . PUNCT 2 punct`,
        specs,
      ),
    ).toEqual(["acme urges beta"]);
  });

  it("gives a reported 'it' to the speaker when the parser hung 'X said' on the reported verb", () => {
    const specs = [
      { text: "Acme", entity: "acme", type: "ORG" as const },
      { text: "Beta", entity: "beta", type: "ORG" as const },
    ];
    expect(
      shownParsed(
        `Acme Acme PROPN 2 nsubj
         said say VERB 4 advcl
         it it PRON 4 nsubj
         acquired acquire VERB 0 root
         Beta Beta PROPN 4 obj
         . . PUNCT 4 punct`,
        specs,
      ),
    ).toEqual(["acme acquires beta [by acme]"]);
    // a reporting verb with a complement of its own reports that one
    expect(
      shownParsed(
        `Acme Acme PROPN 2 nsubj
         said say VERB 6 advcl
         so so ADV 2 advmod
         , , PUNCT 2 punct
         it it PRON 6 nsubj
         acquired acquire VERB 0 root
         Beta Beta PROPN 6 obj
         . . PUNCT 6 punct`,
        specs,
      ),
    ).toEqual([]);
  });

  it("reads an organisation's possessive before its product as its maker", () => {
    expect(
      shownParsed(
        `Velora Velora PROPN 4 nmod:poss
         's 's PART 1 case
         Skyline Skyline PROPN 4 compound
         Router Router PROPN 6 nsubj
         3 3 NUM 4 flat
         sold sell VERB 0 root
         well well ADV 6 advmod
         . . PUNCT 6 punct`,
        [
          { text: "Velora", entity: "velora", type: "ORG" },
          { text: "Skyline Router 3", entity: "skyline-router-3", type: "PRODUCT" },
        ],
      ),
    ).toEqual(["velora makes skyline-router-3"]);
  });

  it("reads a title and a name the parser coordinated across a comma as an apposition", () => {
    // "Norway's Finance Minister, Halvard Strand resigned": no comma closes the name, so the words alone read a clause
    expect(
      shownParsed(
        `Norway Norway PROPN 4 nmod:poss
         's 's PART 1 case
         Finance Finance PROPN 4 compound
         Minister Minister PROPN 8 nsubj
         , , PUNCT 7 punct
         Halvard Halvard PROPN 7 compound
         Strand Strand PROPN 4 conj
         resigned resign VERB 0 root
         . . PUNCT 8 punct`,
        [
          { text: "Norway", entity: "norway", type: "GPE" },
          { text: "Halvard Strand", entity: "halvard-strand", type: "PERSON" },
        ],
      ),
    ).toEqual(["halvard-strand minister of norway"]);
  });

  it("reads where a person comes from off a common noun in apposition to the name", () => {
    expect(
      shownParsed(
        `Lena Lena PROPN 9 nsubj
         Ortiz Ortiz PROPN 1 flat
         , , PUNCT 5 punct
         a a DET 5 det
         nurse nurse NOUN 1 appos
         from from ADP 7 case
         Tacoma Tacoma PROPN 5 nmod
         , , PUNCT 1 punct
         won win VERB 0 root
         the the DET 11 det
         award award NOUN 9 obj
         . . PUNCT 9 punct`,
        [
          { text: "Lena Ortiz", entity: "lena-ortiz", type: "PERSON" },
          { text: "Tacoma", entity: "tacoma", type: "GPE" },
        ],
      ),
    ).toEqual(["lena-ortiz comes from tacoma"]);
  });

  it("reads a common noun in apposition to a name as the name, but not a relative clause of place as acting on it", () => {
    const quill = { text: "Quill Partners", entity: "quill-partners", type: "ORG" as const };
    expect(
      shown("The group includes Quill Partners, an investment firm headquartered in Lisbon.", [
        quill,
        { text: "Lisbon", entity: "lisbon", type: "GPE" },
      ]),
    ).toEqual(["quill-partners based in lisbon"]);
    expect(
      shown("Mira Sol praised Helix Labs, the studio where she painted.", [
        { text: "Mira Sol", entity: "mira-sol", type: "PERSON" },
        { text: "she", entity: "mira-sol", type: "PERSON", kind: "pronoun" },
        { text: "Helix Labs", entity: "helix-labs", type: "ORG" },
      ]),
    ).toEqual(["mira-sol praises helix-labs"]);
  });

  it("takes a common noun's named examples for it, and 'former members of X' for no longer X", () => {
    const specs = [
      { text: "Tom Reyes", entity: "tom-reyes", type: "PERSON" as const },
      { text: "Norvia Bank", entity: "norvia-bank", type: "ORG" as const },
      { text: "Ada Frost", entity: "ada-frost", type: "PERSON" as const },
    ];
    expect(shown("Tom Reyes has been helped by former officials of Norvia Bank, including lawyer Ada Frost.", specs)).toEqual([
      "ada-frost helps tom-reyes",
    ]);
    expect(shown("Tom Reyes was praised by former members of Norvia Bank.", specs)).toEqual([]);
  });

  it("gives a purpose clause of a copular sentence its subject, hedged", () => {
    expect(
      shown("Lia Moss was in Geneva to meet Owen Hart.", [
        { text: "Lia Moss", entity: "lia-moss", type: "PERSON" },
        { text: "Owen Hart", entity: "owen-hart", type: "PERSON" },
        { text: "Geneva", entity: "geneva", type: "GPE" },
      ]),
    ).toEqual(["lia-moss meets owen-hart [hedged]"]);
  });
});
