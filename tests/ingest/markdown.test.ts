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
