// Sigma edge programs that hand WebGL only the edges that are drawn. Sigma gives a program one slot per edge of its
// type and writes a hidden edge as zeros, which WebGL still processes: with software WebGL every instance of an
// arrow costs about the same, drawn or not, so hovering or selecting an entity on a small graph (its relations
// shown, the other 15,000 hidden) cost as much as the overview. Here `process` only remembers each slot's edge,
// and the drawing packs the visible ones, in sigma's order, into a buffer of their count.
import type { EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";

type EdgeSlot = [edgeIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData];

interface EdgeProgramInstance {
  reallocate(capacity: number): void;
  process(edgeIndex: number, offset: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void;
  render(params: RenderParams): void;
}

/** `Program` drawing only its visible edges (an edge and both its ends not hidden). */
/** Whether sigma draws an edge: neither it nor its ends hidden by the reducers. */
export function isEdgeDrawn(source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): boolean {
  return !data.hidden && !source.hidden && !target.hidden;
}

export function visibleEdgesOnly(Program: EdgeProgramType): EdgeProgramType {
  const Base = Program as unknown as new (...args: unknown[]) => EdgeProgramInstance;
  class VisibleEdgesOnly extends Base {
    /** Sigma's slots (its offsets) and what it last wrote into each: null for a hidden edge. */
    slots: (EdgeSlot | null)[] = [];
    /** Whether a slot changed since the buffer was last packed. */
    changed = true;

    override reallocate(capacity: number): void {
      if (capacity !== this.slots.length) this.slots = new Array<EdgeSlot | null>(capacity).fill(null);
      this.changed = true;
    }

    override process(
      edgeIndex: number,
      offset: number,
      source: NodeDisplayData,
      target: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      this.slots[offset] = isEdgeDrawn(source, target, data) ? [edgeIndex, source, target, data] : null;
      this.changed = true;
    }

    override render(params: RenderParams): void {
      if (this.changed) {
        this.changed = false;
        const visible = this.slots.filter((slot): slot is EdgeSlot => slot !== null);
        super.reallocate(visible.length);
        visible.forEach(([edgeIndex, source, target, data], i) => super.process(edgeIndex, i, source, target, data));
      }
      super.render(params);
    }
  }
  return VisibleEdgesOnly as unknown as EdgeProgramType;
}
