// Bytes to text for untrusted files: UTF-8 with or without its byte-order mark, UTF-16 by its mark, binary data
// and malformed UTF-8 refused with the byte offset of the first bad sequence.
import { describe, expect, it } from "vitest";
import { binaryReason, decodeText } from "../../src/ingest/decode.js";

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(values.flatMap((v) => (typeof v === "string" ? [...Buffer.from(v, "utf8")] : [v])));

describe("decodeText", () => {
  it("reads UTF-8, dropping its byte-order mark, and UTF-16 in both byte orders by theirs", () => {
    const text = "Zoë Ålund scored twice in Tromsø — 2:1.";
    expect(decodeText(bytes(text))).toEqual({ ok: true, text });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, text))).toEqual({ ok: true, text });
    const le = Buffer.from(text, "utf16le");
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le]))).toEqual({ ok: true, text });
    const be = Buffer.from(le).swap16();
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be]))).toEqual({ ok: true, text });
    // Half a mark is not a mark: 0xff or 0xfe alone is invalid UTF-8 at byte 0.
    expect(decodeText(bytes(0xff, "ab"))).toEqual({ ok: false, reason: "invalid UTF-8 at byte 0: save the file as UTF-8" });
    expect(decodeText(bytes(0xfe, "ab"))).toEqual({ ok: false, reason: "invalid UTF-8 at byte 0: save the file as UTF-8" });
    expect(decodeText(bytes("a", 0xfe, 0xff))).toEqual({ ok: false, reason: "invalid UTF-8 at byte 1: save the file as UTF-8" });
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "" });
  });

  it("names the byte where UTF-8 first goes wrong, after valid 2-, 3- and 4-byte characters", () => {
    const at = (...values: (number | string)[]) => {
      const decoded = decodeText(bytes(...values));
      return decoded.ok ? "decoded" : Number(decoded.reason.match(/at byte (\d+)/)![1]);
    };
    const lead = "é€😀"; // 2 + 3 + 4 bytes
    expect(at(lead, 0x80)).toBe(9); // a continuation byte with no lead
    expect(at(lead, 0xc1, 0x81)).toBe(9); // an overlong 2-byte form
    expect(at(lead, 0xc3)).toBe(9); // cut short at the end
    expect(at(lead, 0xc3, 0x41)).toBe(9); // a lead byte followed by an ASCII letter
    expect(at(lead, 0xe2, 0x82)).toBe(9);
    expect(at(lead, 0xe0, 0x80, 0x80)).toBe(9); // overlong 3-byte form
    expect(at(lead, 0xed, 0xa0, 0x80)).toBe(9); // a UTF-16 surrogate
    expect(at(lead, 0xf0, 0x80, 0x80, 0x80)).toBe(9); // overlong 4-byte form
    expect(at(lead, 0xf4, 0x90, 0x80, 0x80)).toBe(9); // above U+10FFFF
    expect(at(lead, 0xf5, 0x80, 0x80, 0x80)).toBe(9);
    expect(at(lead, 0xf0, 0x9f, 0x98)).toBe(9);
    // The boundaries themselves are valid.
    expect(at("x", 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf)).toBe("decoded");
    expect(at("x", 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf, 0xc0)).toBe(19);
  });
});

describe("binaryReason", () => {
  it("refuses a NUL byte anywhere in the first 8 KiB, and not after it", () => {
    const text = "a".repeat(8192);
    expect(binaryReason(bytes(text.slice(1), 0))).toBe("binary file (contains NUL bytes): not a text article");
    expect(binaryReason(bytes(text, 0))).toBeNull();
    expect(decodeText(bytes("ab", 0, "cd"))).toEqual({ ok: false, reason: "binary file (contains NUL bytes): not a text article" });
  });

  it("refuses text that is more than a tenth control characters; tab, line feed, form feed and return are text", () => {
    const mostly = "binary file (mostly control characters): not a text article";
    expect(binaryReason(bytes("\t\n\f\r".repeat(20)))).toBeNull();
    // 1 control character in 10 is allowed, 2 in 10 are not; DEL and ESC count.
    expect(binaryReason(bytes("abcdefghi", 0x1b))).toBeNull();
    expect(binaryReason(bytes("abcdefgh", 0x1b, 0x7f))).toBe(mostly);
    expect(binaryReason(bytes("abcdefgh", 0x01, 0x02))).toBe(mostly);
    expect(binaryReason(bytes("abcdefgh", 0x1f, 0x0b))).toBe(mostly);
    // Only the first 8 KiB are sampled: control characters after it do not count.
    expect(binaryReason(bytes("a".repeat(8192), ..."\u0001".repeat(2000)))).toBeNull();
    expect(binaryReason(new Uint8Array())).toBeNull();
  });
});
