// The ego view of a selected entity: its neighbours leave the global layout for rows on both sides of it, grouped
// by relation category, so that every neighbour's label can be read. Rows on the right carry their labels to the
// right, rows on the left to the left, one label height apart: labels on one side cannot overlap, and the two
// sides are kept apart by the centre's label, drawn above the entity. Too many neighbours for one column spill
// into further columns outwards. This file computes the offsets in screen pixels (pure, tested in Node);
// renderer.ts turns them into graph positions and animates the nodes there and back.

export interface EgoItem {
  node: string;
  /** Sort key: neighbours of one relation category stay together. */
  group: number;
  label: string;
  /** Rendered width of the label in pixels. */
  width: number;
}

export interface EgoPlacement {
  /** Offset from the centre in screen pixels (y down). */
  dx: number;
  dy: number;
  side: "left" | "right";
}

export interface EgoGeometry {
  /** Height of a row: one label plus a gap. */
  rowHeight: number;
  /** Rows one column may hold (the viewport's height). */
  maxRows: number;
  /** Rendered radius of a neighbour's disc, and of the centre's. */
  nodeRadius: number;
  centreRadius: number;
  /** Width of the centre's label (drawn above the centre, centred). */
  centreLabelWidth: number;
}

/** Space between a disc and its label (sigma draws labels 3 px off the disc). */
export const LABEL_GAP = 3;

export function egoLayout(items: EgoItem[], geometry: EgoGeometry): Map<string, EgoPlacement> {
  const sorted = [...items].sort(
    (a, b) => a.group - b.group || a.label.localeCompare(b.label) || (a.node < b.node ? -1 : 1),
  );
  const half = Math.ceil(sorted.length / 2);
  const placements = new Map<string, EgoPlacement>();
  // The first column starts clear of the centre's disc and of its label above it.
  const base = Math.max(geometry.centreLabelWidth / 2, geometry.centreRadius) + geometry.nodeRadius + 24;
  const placeSide = (side: "left" | "right", sideItems: EgoItem[]): void => {
    if (sideItems.length === 0) return;
    const columns = Math.ceil(sideItems.length / Math.max(1, geometry.maxRows));
    const perColumn = Math.ceil(sideItems.length / columns);
    let start = base;
    for (let c = 0; c < columns; c++) {
      const column = sideItems.slice(c * perColumn, (c + 1) * perColumn);
      const rows = column.length;
      const halfHeight = ((rows + 1) / 2) * geometry.rowHeight;
      // A bulge outwards in the middle rows: reads as a circle around the centre, costs no vertical room.
      const bulge = Math.min(140, Math.max(30, rows * geometry.rowHeight * 0.3));
      let end = start;
      column.forEach((item, j) => {
        const dy = (j - (rows - 1) / 2) * geometry.rowHeight;
        const x = start + bulge * Math.sqrt(Math.max(0, 1 - (dy / halfHeight) ** 2));
        placements.set(item.node, { dx: side === "right" ? x : -x, dy, side });
        end = Math.max(end, x + geometry.nodeRadius + LABEL_GAP + item.width);
      });
      start = end + geometry.nodeRadius + 16;
    }
  };
  placeSide("right", sorted.slice(0, half));
  placeSide("left", sorted.slice(half));
  return placements;
}
