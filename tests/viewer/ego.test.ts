// The ego view's geometry: neighbours in rows on both sides of the selected entity, grouped by category; the
// label boxes it implies (as labels.ts draws them) never overlap, however many neighbours and columns.
import { describe, expect, it } from "vitest";
import { egoLayout, LABEL_GAP, type EgoGeometry, type EgoItem } from "../../viewer/src/ego.js";

const LABEL_HEIGHT = 13;

function items(count: number): EgoItem[] {
  // Widths from 20 to 220 px, a few categories: labels of real entities vary that much.
  return Array.from({ length: count }, (_, i) => ({
    node: `n${i}`,
    group: (i * 7) % 4,
    label: `Entity ${String(i).padStart(3, "0")}`,
    width: 20 + ((i * 37) % 200),
  }));
}

interface Box {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxes(list: EgoItem[], geometry: EgoGeometry): Box[] {
  const placements = egoLayout(list, geometry);
  const out: Box[] = [
    // The centre's label, drawn above its disc.
    {
      node: "centre",
      x: -geometry.centreLabelWidth / 2,
      y: -geometry.centreRadius - 6 - LABEL_HEIGHT,
      width: geometry.centreLabelWidth,
      height: LABEL_HEIGHT,
    },
  ];
  for (const item of list) {
    const p = placements.get(item.node)!;
    const offset = geometry.nodeRadius + LABEL_GAP;
    out.push({
      node: item.node,
      x: p.side === "right" ? p.dx + offset : p.dx - offset - item.width,
      y: p.dy - LABEL_HEIGHT / 2,
      width: item.width,
      height: LABEL_HEIGHT,
    });
  }
  return out;
}

function overlapping(list: Box[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push([a.node, b.node]);
    }
  return pairs;
}

const geometry: EgoGeometry = { rowHeight: 22, maxRows: 30, nodeRadius: 7, centreRadius: 25, centreLabelWidth: 160 };

describe("egoLayout", () => {
  for (const count of [1, 3, 21, 85, 300]) {
    it(`places ${count} neighbour(s) with no two labels overlapping`, () => {
      const list = items(count);
      const placed = boxes(list, geometry);
      expect(placed).toHaveLength(count + 1);
      expect(overlapping(placed)).toEqual([]);
    });
  }

  it("keeps one category together, on the right first, and spills into columns when rows run out", () => {
    const list = items(85);
    const placements = egoLayout(list, geometry);
    const right = list.filter((i) => placements.get(i.node)!.side === "right");
    expect(right.length).toBe(43);
    // Categories stay together: the right side takes the first ones, the left the rest (one may straddle).
    const left = list.filter((i) => placements.get(i.node)!.side === "left");
    expect(Math.max(...right.map((i) => i.group))).toBeLessThanOrEqual(Math.min(...left.map((i) => i.group)));
    // 43 neighbours, 30 rows at most: two columns (22 and 21 rows), the second further out.
    const outer = right.filter((i) => placements.get(i.node)!.dx > 300);
    expect(outer.length).toBe(21);
    expect(right.length - outer.length).toBe(22);
    expect(Math.max(...right.map((i) => Math.abs(placements.get(i.node)!.dy)))).toBeLessThanOrEqual(
      (geometry.maxRows / 2) * geometry.rowHeight,
    );
  });
});
