// A trained linear classifier read from `data/models/*.bin`: hashed features in, one score per class out.
// The parser and the entity tagger both use it; their training scripts (scripts/train/) write the files.
//
// Features are 32-bit integers built by `featureKey` from a template number and hashed strings, so scoring
// builds no strings and needs no vocabulary. The file holds only the non-zero weights, row by row (one row per
// feature, sparse over classes), so a model of a million features stays a few megabytes.
import { readFileSync } from "node:fs";

/** What a model file says about itself beside its weights (free-form for the trainer's settings). */
export interface ModelHeader {
  kind: string;
  classes: string[];
  [setting: string]: unknown;
}

export interface LinearModel {
  header: ModelHeader;
  classes: string[];
  /** Adds the weights of `features[0..count)` to `scores` (length: classes), which the caller has zeroed. */
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

const MAGIC = "NGLM1\n";

/** 32-bit FNV-1a of a string: a stable id for a word, a suffix or a tag, the same on every machine. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes a template number and up to three hashed values into one feature key (murmur3's finaliser). */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = mix(h, a);
  h = mix(h, b);
  h = mix(h, c);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The sparse rows of a trained model, as the trainer hands them over and as they sit in the file. */
export interface ModelRows {
  /** Feature keys, strictly increasing. */
  keys: Int32Array;
  /** Row r's weights are `classIds[rowStart[r] .. rowStart[r + 1])` and the same range of `weights`. */
  rowStart: Uint32Array;
  classIds: Uint16Array;
  weights: Float32Array;
}

/** Serialises a model: magic line, header length, JSON header, then the four arrays (little-endian, 4-aligned). */
export function encodeModel(header: ModelHeader, rows: ModelRows): Buffer {
  const json = Buffer.from(JSON.stringify({ ...header, rows: rows.keys.length, entries: rows.weights.length }));
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const head = Buffer.alloc(MAGIC.length + 4);
  head.write(MAGIC, 0, "latin1");
  head.writeUInt32LE(json.length, MAGIC.length);
  const parts: Buffer[] = [head, json, Buffer.alloc(pad(head.length + json.length))];
  for (const array of [rows.keys, rows.rowStart, rows.classIds, rows.weights]) {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    parts.push(littleEndian(bytes, array.BYTES_PER_ELEMENT), Buffer.alloc(pad(bytes.length)));
  }
  return Buffer.concat(parts);
}

export function decodeModel(file: Buffer, name = "model"): { header: ModelHeader; rows: ModelRows } {
  if (file.length < MAGIC.length + 4 || file.toString("latin1", 0, MAGIC.length) !== MAGIC) {
    throw new Error(`${name}: not a newsgraph model file (bad magic)`);
  }
  const jsonLength = file.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(file.toString("utf8", offset, offset + jsonLength)) as ModelHeader & {
    rows: number;
    entries: number;
  };
  offset = align(offset + jsonLength);
  const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, count: number, size: number): T => {
    // Copy into a fresh, aligned buffer: a Buffer's own offset need not be a multiple of the element size.
    const bytes = littleEndian(Buffer.from(file.subarray(offset, offset + count * size)), size);
    if (bytes.length !== count * size) throw new Error(`${name}: truncated model file`);
    const copy = new ArrayBuffer(bytes.length);
    new Uint8Array(copy).set(bytes);
    offset = align(offset + count * size);
    return make(copy, 0, count);
  };
  const rows: ModelRows = {
    keys: take((b, o, n) => new Int32Array(b, o, n), header.rows, 4),
    rowStart: take((b, o, n) => new Uint32Array(b, o, n), header.rows + 1, 4),
    classIds: take((b, o, n) => new Uint16Array(b, o, n), header.entries, 2),
    weights: take((b, o, n) => new Float32Array(b, o, n), header.entries, 4),
  };
  const { rows: _r, entries: _e, ...rest } = header;
  return { header: rest as ModelHeader, rows };
}

const align = (n: number) => n + ((4 - (n % 4)) % 4);

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Typed arrays use the machine's byte order; the file is little-endian everywhere. */
function littleEndian(bytes: Buffer, size: number): Buffer {
  if (LITTLE_ENDIAN || size === 1) return bytes;
  const copy = Buffer.from(bytes);
  if (size === 2) copy.swap16();
  else copy.swap32();
  return copy;
}

/**
 * A model in memory: an open-addressing table from feature key to its row. A row with few weights keeps them sparse,
 * its entries packed after one another (class id, then weight, in one buffer); a row with weights for half the
 * classes or more (the bias, tags, common words and affixes: most of the weights a token reads) keeps all of them
 * in a dense row, added without reading class ids, in no more room. A feature costs a probe into one cache line and
 * a read of its row, which sits together: two cache misses where separate arrays of row starts, classes and weights
 * cost four. Adding a dense row's zeros changes no score: the scores are those of the sparse rows, bit for bit.
 */
export function linearModel(header: ModelHeader, rows: ModelRows): HashedModel {
  const n = rows.keys.length;
  const k = header.classes.length;
  const mask = tableSize(n) - 1;
  const denseFrom = Math.ceil(k / 2);
  let sparseEntries = 0;
  let denseRows = 0;
  for (let r = 0; r < n; r++) {
    const entries = rows.rowStart[r + 1] - rows.rowStart[r];
    if (entries >= denseFrom) denseRows++;
    else sparseEntries += entries;
  }
  // Slot s: key at 4s, start at 4s + 1, end at 4s + 2 (end 0 = empty slot; a real row has end > start), and at
  // 4s + 3 whether the row is dense: then [start, end) indexes `dense`, k weights; else pairs of `classOf`/`weightOf`.
  const table = new Int32Array((mask + 1) * 4);
  const buffer = new ArrayBuffer(sparseEntries * 8);
  const classOf = new Int32Array(buffer);
  const weightOf = new Float32Array(buffer);
  const dense = new Float32Array(denseRows * k);
  let e = 0;
  let d = 0;
  for (let r = 0; r < n; r++) {
    const from = rows.rowStart[r];
    const to = rows.rowStart[r + 1];
    if (to === from) continue;
    let slot = slotOf(rows.keys[r], mask);
    while (table[4 * slot + 2] !== 0) slot = (slot + 1) & mask;
    table[4 * slot] = rows.keys[r];
    if (to - from >= denseFrom) {
      for (let x = from; x < to; x++) dense[d + rows.classIds[x]] = rows.weights[x];
      table[4 * slot + 1] = d;
      table[4 * slot + 2] = d + k;
      table[4 * slot + 3] = 1;
      d += k;
      continue;
    }
    table[4 * slot + 1] = e;
    for (let x = from; x < to; x++, e += 2) {
      classOf[e] = rows.classIds[x];
      weightOf[e + 1] = rows.weights[x];
    }
    table[4 * slot + 2] = e;
  }
  if (Math.max(e, d) >= ROW_LIMIT || k >= DENSE_SPAN) throw new Error("linear model: too large for row handles");
  const addRow = (row: number, scores: Float32Array) => {
    if (row < 0) return;
    const start = row >>> 8;
    const span = row & 0xff;
    if (span === DENSE_SPAN) {
      for (let c = 0; c < k; c++) scores[c] += dense[start + c];
    } else {
      for (let e = start; e < start + span; e += 2) scores[classOf[e]] += weightOf[e + 1];
    }
  };
  return {
    header,
    classes: header.classes,
    score(features, count, scores) {
      for (let f = 0; f < count; f++) {
        const key = features[f];
        let at = slotOf(key, mask) * 4;
        let end = table[at + 2];
        while (end !== 0 && table[at] !== key) {
          at = (at + 4) & (mask * 4 + 3);
          end = table[at + 2];
        }
        if (end === 0) continue;
        const start = table[at + 1];
        if (table[at + 3] === 1) {
          for (let c = 0; c < k; c++) scores[c] += dense[start + c];
        } else {
          for (let e = start; e < end; e += 2) scores[classOf[e]] += weightOf[e + 1];
        }
      }
    },
    rowOf(key) {
      let at = slotOf(key, mask) * 4;
      let end = table[at + 2];
      while (end !== 0 && table[at] !== key) {
        at = (at + 4) & (mask * 4 + 3);
        end = table[at + 2];
      }
      if (end === 0) return -1;
      const start = table[at + 1];
      return start * 256 + (table[at + 3] === 1 ? DENSE_SPAN : end - start);
    },
    addRow,
  };
}

/**
 * A hashed model that also hands out where a feature's row sits (`rowOf`), for a caller that meets the same feature
 * again and again (a word's features): `addRow` then adds the row without the probe into the table, and with it the
 * cache miss. A handle is the row's start << 8 | its span in the entries (255: a dense row); -1 for no row.
 * `addRow(rowOf(key))` adds exactly what `score` adds for the key.
 */
export interface HashedModel extends LinearModel {
  rowOf(key: number): number;
  addRow(row: number, scores: Float32Array): void;
}

/** Span of a dense row in a row handle (a sparse row's span is at most twice the classes, under 255). */
const DENSE_SPAN = 255;
/** Row starts must fit in 23 bits for a handle to stay a positive 32-bit integer. */
const ROW_LIMIT = 1 << 23;

/**
 * The same model with every row dense and stored inside its hash slot, for models with few classes (a parser's
 * shift/left/right): a feature costs one probe into one cache line instead of four scattered reads. Three in four
 * of the parser's hashed lookups are of features it never learned (word pairs, rare words): a bitmap of the learned
 * keys (16 bits a key, 256 kB for the parser, which stays cached) turns most of those away before the probe and its
 * cache miss; the few it lets through find an empty slot, as before.
 */
export function denseLinearModel(header: ModelHeader, rows: ModelRows): LinearModel {
  const k = header.classes.length;
  let stride = 2;
  while (stride < k + 1) stride <<= 1;
  const n = rows.keys.length;
  const mask = tableSize(n) - 1;
  const buffer = new ArrayBuffer((mask + 1) * stride * 4);
  // Slot s: the key at keys[s * stride], its weights at weights[s * stride + 1 + class]. An empty slot has key 0
  // and no weights; a real feature whose key is 0 lives apart in `zeroRow`.
  const keys = new Int32Array(buffer);
  const weights = new Float32Array(buffer);
  const used = new Uint8Array(mask + 1);
  const zeroRow = new Float32Array(k);
  let filterBits = 32;
  while (filterBits < n * 16) filterBits *= 2;
  const filterShift = 32 - Math.log2(filterBits);
  const filter = new Int32Array(filterBits / 32);
  for (let r = 0; r < n; r++) {
    const key = rows.keys[r];
    let base = -1;
    const bit = filterBit(key, filterShift);
    filter[bit >>> 5] |= 1 << (bit & 31);
    if (key !== 0) {
      let slot = slotOf(key, mask);
      while (used[slot] !== 0) slot = (slot + 1) & mask;
      used[slot] = 1;
      base = slot * stride;
      keys[base] = key;
    }
    for (let e = rows.rowStart[r]; e < rows.rowStart[r + 1]; e++) {
      if (base < 0) zeroRow[rows.classIds[e]] = rows.weights[e];
      else weights[base + 1 + rows.classIds[e]] = rows.weights[e];
    }
  }
  return {
    header,
    classes: header.classes,
    score(features, count, scores) {
      for (let f = 0; f < count; f++) {
        const key = features[f];
        if (key === 0) {
          for (let c = 0; c < k; c++) scores[c] += zeroRow[c];
          continue;
        }
        const bit = filterBit(key, filterShift);
        if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
        let slot = slotOf(key, mask);
        let at = slot * stride;
        // An empty slot (key 0) ends the probe: the feature was never learned.
        while (keys[at] !== key) {
          if (keys[at] === 0) break;
          slot = (slot + 1) & mask;
          at = slot * stride;
        }
        if (keys[at] !== key) continue;
        for (let c = 0; c < k; c++) scores[c] += weights[at + 1 + c];
      }
    },
  };
}

/** A power of two at least twice the row count: probes stay short. */
function tableSize(rows: number): number {
  let size = 2;
  while (size < rows * 2) size <<= 1;
  return size;
}

/** A key's bit in a filter of 2^(32 - shift) bits: other bits of the key than `slotOf` reads, mixed another way. */
function filterBit(key: number, shift: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> shift;
}

function slotOf(key: number, mask: number): number {
  // Keys are already well mixed; one multiply spreads runs of nearby keys.
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

/** Reads a model file; a missing or damaged file is an error naming it. `dense` lays rows out as `denseLinearModel`. */
export function loadLinearModel(path: string, { dense = false }: { dense?: boolean } = {}): LinearModel {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read model ${path}: ${(error as Error).message}`);
  }
  const { header, rows } = decodeModel(file, path);
  return dense ? denseLinearModel(header, rows) : linearModel(header, rows);
}

/** Row of `key` in rows sorted by key (as the trainer writes them), or -1. */
export function findRow(rows: ModelRows, key: number): number {
  let lo = 0;
  let hi = rows.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = rows.keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A template whose one to three values are small ids (tags, relations, distances) below the given sizes. */
export interface DirectTemplate {
  template: number;
  sizes: readonly number[];
}

/**
 * The weights of templates over small ids, laid out densely: a feature is one read at a computed index instead of
 * a probe into the large hashed table, and the few hundred rows a sentence touches stay in the caches. Built at
 * load time from the same hashed rows the trainer wrote (every combination of ids is looked up once), so the file
 * format and the trainer stay as they are. `rest` holds the rows no direct template claimed.
 */
export class DirectTables {
  /** Row r's weights at [r * classes, (r + 1) * classes). */
  readonly weights: Float32Array;
  /** First row of each template, in the order given. */
  readonly offsets: Int32Array;
  readonly rest: ModelRows;

  constructor(rows: ModelRows, classes: number, templates: readonly DirectTemplate[]) {
    const offsets = new Int32Array(templates.length);
    let total = 0;
    templates.forEach((t, i) => {
      offsets[i] = total;
      total += t.sizes.reduce((a, b) => a * b, 1);
    });
    const weights = new Float32Array(total * classes);
    const claimed = new Uint8Array(rows.keys.length);
    templates.forEach(({ template, sizes }, i) => {
      const [sa, sb = 1, sc = 1] = sizes;
      for (let a = 0; a < sa; a++) {
        for (let b = 0; b < sb; b++) {
          for (let c = 0; c < sc; c++) {
            const r = findRow(rows, featureKey(template, a, b, c));
            if (r < 0) continue;
            claimed[r] = 1;
            const at = (offsets[i] + (a * sb + b) * sc + c) * classes;
            for (let e = rows.rowStart[r]; e < rows.rowStart[r + 1]; e++) weights[at + rows.classIds[e]] = rows.weights[e];
          }
        }
      }
    });
    this.weights = weights;
    this.offsets = offsets;
    this.rest = keepRows(rows, (r) => claimed[r] === 0);
  }
}

/**
 * Dense rows (`DirectTables.weights`) kept sparse: a row with weights for fewer than half the classes keeps only
 * those, as (class, weight) pairs packed after one another; the others stay dense, after one another in the same
 * buffer. For tables whose rows are mostly zero (the relation model's: 3-5 weights of 51 in a row that has any,
 * and nine rows in ten have none), a row costs reading its few pairs instead of 51 floats, and the whole table
 * shrinks from 9 MB to a few hundred kB, which stays cached. Scores come out bit for bit the same as adding the
 * dense row: each class still receives its weights in the same order, and adding a zero changes no sum.
 */
export class PackedRows {
  readonly classes: number;
  /**
   * Row r sits at [start[r], start[r + 1]) of the buffer: `classes` weights (`weightOf`) when it is dense, else
   * pairs, the class at an even index (`classOf`) and its weight after it. A sparse row spans fewer than `classes`.
   */
  readonly start: Int32Array;
  readonly classOf: Int32Array;
  readonly weightOf: Float32Array;

  constructor(weights: Float32Array, classes: number) {
    const rows = weights.length / classes;
    const denseFrom = Math.ceil(classes / 2);
    const nonZero = (r: number) => {
      let count = 0;
      for (let c = 0; c < classes; c++) if (weights[r * classes + c] !== 0) count++;
      return count;
    };
    let size = 0;
    for (let r = 0; r < rows; r++) {
      const count = nonZero(r);
      size += count >= denseFrom ? classes : 2 * count;
    }
    const buffer = new ArrayBuffer(size * 4);
    this.classes = classes;
    this.classOf = new Int32Array(buffer);
    this.weightOf = new Float32Array(buffer);
    this.start = new Int32Array(rows + 1);
    let e = 0;
    for (let r = 0; r < rows; r++) {
      this.start[r] = e;
      const row = weights.subarray(r * classes, (r + 1) * classes);
      if (nonZero(r) >= denseFrom) {
        this.weightOf.set(row, e);
        e += classes;
        continue;
      }
      for (let c = 0; c < classes; c++) {
        if (row[c] === 0) continue;
        this.classOf[e] = c;
        this.weightOf[e + 1] = row[c];
        e += 2;
      }
    }
    this.start[rows] = e;
  }

  /** Adds row `row`'s weights to `scores`. */
  add(row: number, scores: Float32Array): void {
    const { classOf, weightOf, classes } = this;
    const from = this.start[row];
    const end = this.start[row + 1];
    if (end - from === classes) {
      for (let c = 0; c < classes; c++) scores[c] += weightOf[from + c];
    } else {
      for (let e = from; e < end; e += 2) scores[classOf[e]] += weightOf[e + 1];
    }
  }
}

/** The rows for which `keep` holds, still sorted. */
export function keepRows(rows: ModelRows, keep: (row: number) => boolean): ModelRows {
  let count = 0;
  let entries = 0;
  for (let r = 0; r < rows.keys.length; r++) {
    if (!keep(r)) continue;
    count++;
    entries += rows.rowStart[r + 1] - rows.rowStart[r];
  }
  const out: ModelRows = {
    keys: new Int32Array(count),
    rowStart: new Uint32Array(count + 1),
    classIds: new Uint16Array(entries),
    weights: new Float32Array(entries),
  };
  let k = 0;
  let e = 0;
  for (let r = 0; r < rows.keys.length; r++) {
    if (!keep(r)) continue;
    const from = rows.rowStart[r];
    const to = rows.rowStart[r + 1];
    out.keys[k] = rows.keys[r];
    out.classIds.set(rows.classIds.subarray(from, to), e);
    out.weights.set(rows.weights.subarray(from, to), e);
    e += to - from;
    out.rowStart[++k] = e;
  }
  return out;
}

/** Reads a model file's header and rows, for models that lay their rows out themselves. */
export function readModelFile(path: string): { header: ModelHeader; rows: ModelRows } {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read model ${path}: ${(error as Error).message}`);
  }
  return decodeModel(file, path);
}
