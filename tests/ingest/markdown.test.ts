import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/ingest/markdown.js";

describe("markdownToText", () => {
  it("joins a paragraph's wrapped lines and keeps paragraphs apart", () => {
    expect(markdownToText("One line\nwrapped here.\n\nNext paragraph.").text).toBe(
      "One line wrapped here.\n\nNext paragraph.",
    );
  });

  it("reduces links, emphasis and code to their text and drops images and reference definitions", () => {
    const md = "See ![logo](a.png)[the *report*](https://x.example) by __Jane__ and `Acme_Corp`.\n\n[1]: https://x.example";
    expect(markdownToText(md).text).toBe("See the report by Jane and Acme_Corp.");
  });

  it("keeps underscores inside words", () => {
    expect(markdownToText("the snake_case_name stays").text).toBe("the snake_case_name stays");
  });

  it("takes the title from the first level-1 heading, ATX or setext", () => {
    expect(markdownToText("## Section\n\n# Main title #\n\nBody.")).toEqual({
      text: "Section\n\nMain title\n\nBody.",
      title: "Main title",
    });
    expect(markdownToText("Big news\n========\n\nBody.").title).toBe("Big news");
  });

  it("strips quotes and list markers, drops fenced code and rules, flattens tables", () => {
    const md = "> Quoted *words*.\n\n1. First\n2. Second\n\n---\n\n~~~js\nalert(1)\n~~~\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    expect(markdownToText(md).text).toBe("Quoted words.\n\nFirst\n\nSecond\n\na, b\n\n1, 2");
  });

  it("reads title and date from front matter when there is no heading", () => {
    expect(markdownToText('---\ntitle: "Quiet day"\ndate: 2024-05-06\n---\nNothing happened.')).toEqual({
      text: "Nothing happened.",
      title: "Quiet day",
      date: "2024-05-06",
    });
  });
});

describe("markdownToText on a whole article", () => {
  // Written for this test: a local-news piece in the syntax a newsroom's Markdown export uses.
  const article = [
    "---",
    "title: 'Ferry timetable'",
    "Date:   2025-03-02  ",
    "---",
    "# Harbour ferry returns to *hourly* sailings",
    "",
    "The council's transport lead, Ines Varga, said the _Morning Star_",
    "will sail   every hour from Monday.",
    "",
    "## What changes",
    "",
    "Fares stay at &pound;3 &amp; children ride free &#8212; the",
    "&#x2014; operator said. Bad codes stay: &#0; &#xD800; &#x110000; &bogus;.",
    "",
    "> Riders asked for this for years.",
    ">",
    "> > Nested quotes are kept too.",
    "",
    "````",
    "```",
    "not prose",
    "```",
    "````",
    "",
    "| Stop | Time |",
    "| :--- | ---: |",
    "|  Pier 1 |  08:00 |",
    "",
    "See ![map][m] the [route][r], <https://ferry.example/t> or <b>call</b> ``555 0101``.",
    "Old ~~half-hourly~~ hourly; a \\*literal\\* star and 2*3*4.",
    "",
    "Subheading",
    "----------",
    "",
    "Last line.",
    "",
    "[m]: https://ferry.example/map.png",
  ].join("\r\n");

  it("keeps the prose and only the prose, with the first # heading as title and the front matter's date", () => {
    const { text, title, date } = markdownToText(article);
    expect(title).toBe("Harbour ferry returns to hourly sailings");
    expect(date).toBe("2025-03-02");
    expect(text.split("\n\n")).toEqual([
      "Harbour ferry returns to hourly sailings",
      "The council's transport lead, Ines Varga, said the Morning Star will sail every hour from Monday.",
      "What changes",
      "Fares stay at &pound;3 & children ride free — the — operator said. Bad codes stay: &#0; &#xD800; &#x110000; &bogus;.",
      "Riders asked for this for years.",
      "Nested quotes are kept too.",
      "Stop, Time",
      "Pier 1, 08:00",
      "See the route, https://ferry.example/t or call 555 0101. Old half-hourly hourly; a *literal* star and 234.",
      "Subheading",
      "Last line.",
    ]);
  });

  it("reads old Mac line ends, a quoted front-matter title, and a setext title when no # heading comes first", () => {
    const md = '---\r title: "Night bus"\rdate: 2025-01-09\r---\rNight bus\r=========\r\rRuns at two.\r';
    expect(markdownToText(md)).toEqual({ text: "Night bus\n\nRuns at two.", title: "Night bus", date: "2025-01-09" });
    // A second level-1 heading, a level-2 setext heading and an empty # do not replace the first title.
    expect(markdownToText("Second\n------\n\n#\n\n# First\n\nOther\n=====\n\n# Third").title).toBe("First");
    // Front matter without its closing line is text.
    expect(markdownToText("---\ntitle: Open\nBody").text).toBe("title: Open Body");
  });

  it("ends a fence only with the same character, at least as long; underscores inside words stay", () => {
    const md = "~~~~\ncode\n~~~\n```\nstill code\n~~~~\nprose_with_underscores _and emphasis_ here";
    expect(markdownToText(md).text).toBe("prose_with_underscores and emphasis here");
    expect(markdownToText("a _b_c_ d").text).toBe("a b_c d"); // emphasis around a word with an underscore
    expect(markdownToText("x_y_ z").text).toBe("x_y_ z");
  });
});
