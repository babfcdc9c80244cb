// Bytes → text for untrusted files: refuses binary data and invalid UTF-8 with a reason the user can act on.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** How much of the start of a buffer is sampled to tell binary data from text. */
const SAMPLE_BYTES = 8192;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 (BOM dropped) or, when a UTF-16 byte-order mark says so, UTF-16. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes) };
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: `invalid UTF-8 at byte ${at}: save the file as UTF-8` };
  }
}

/** Says why bytes look binary (a NUL byte, or mostly control characters), or null for text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return "binary file (contains NUL bytes): not a text article";
    // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1 ? "binary file (mostly control characters): not a text article" : null;
}

/** Byte offset of the first malformed UTF-8 sequence (the decoder's error does not give it). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms and surrogates are malformed too.
    if (len === 3 && ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] >= 0xa0))) return i;
    if (len === 4 && ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] >= 0x90))) return i;
    i += len;
  }
  return i;
}
