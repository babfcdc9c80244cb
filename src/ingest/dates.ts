// Article dates as ISO 8601: kept as written when already ISO, else read by Date.parse and written as a day.

/** Returns an ISO 8601 date or date-time, or undefined when the value is not a date. */
export function normalizeDate(value: string | undefined | null): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    return Number.isNaN(Date.parse(text.slice(0, 10))) ? undefined : text.replace(" ", "T");
  }
  // Free-form dates ("April 4, 2024"): only when they name a year, so that "Thursday" is not read as a date.
  if (!/\b\d{4}\b/.test(text)) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  // Date.parse reads free-form dates in local time: the local calendar day is the one written.
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
