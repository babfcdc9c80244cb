// Article dates as ISO 8601: ISO dates kept as written (a space before the time made a T), other dates read only
// when they name a year, as the local calendar day.
import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/ingest/dates.js";

describe("normalizeDate", () => {
  it("keeps ISO dates and date-times as written, trimmed, with T between date and time", () => {
    expect(normalizeDate("2024-04-04")).toBe("2024-04-04");
    expect(normalizeDate("  2024-04-04\n")).toBe("2024-04-04");
    expect(normalizeDate("2024-04-04T10:30:00Z")).toBe("2024-04-04T10:30:00Z");
    expect(normalizeDate("2024-04-04 10:30")).toBe("2024-04-04T10:30");
    expect(normalizeDate("2024-04-04T10:30:00.250+02:00")).toBe("2024-04-04T10:30:00.250+02:00");
    expect(normalizeDate("2024-04-04T10:30-0500")).toBe("2024-04-04T10:30-0500");
  });

  it("refuses what only looks like an ISO date", () => {
    expect(normalizeDate("2024-13-45")).toBeUndefined();
    expect(normalizeDate("x2024-04-04")).toBeUndefined();
    expect(normalizeDate("2024-04-04T10:30+2")).toBeUndefined();
    expect(normalizeDate("2024-04-04T10:30*02:00")).toBeUndefined();
    expect(normalizeDate("2024-04-04T10:30+02:0x")).toBeUndefined();
  });

  it("reads a free-form date only when it names a year, as that calendar day", () => {
    expect(normalizeDate("April 4, 2024")).toBe("2024-04-04");
    expect(normalizeDate("Sun, 9 Dec 2001 10:00:00")).toBe("2001-12-09");
    expect(normalizeDate("March 1, 2023")).toBe("2023-03-01");
    expect(normalizeDate("Thursday")).toBeUndefined();
    expect(normalizeDate("April 4")).toBeUndefined();
    expect(normalizeDate("in the year 2024 or so")).toBeUndefined();
    expect(normalizeDate("")).toBeUndefined();
    expect(normalizeDate("   ")).toBeUndefined();
    expect(normalizeDate(null)).toBeUndefined();
    expect(normalizeDate(undefined)).toBeUndefined();
  });
});
