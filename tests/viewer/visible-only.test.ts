// Edge programs that hand WebGL only the drawn edges (viewer/src/visible-only.ts), on a stand-in for sigma's program.
import { describe, expect, it } from "vitest";
import type { EdgeProgramType } from "sigma/rendering";
import { visibleEdgesOnly } from "../../viewer/src/visible-only.js";

/** Records what sigma's program would put in its buffer. */
class RecordingProgram {
  capacity = 0;
  written: [offset: number, edgeIndex: number][] = [];
  rendered: { capacity: number; written: [number, number][] }[] = [];
  reallocate(capacity: number): void {
    this.capacity = capacity;
    this.written = [];
  }
  process(edgeIndex: number, offset: number, ..._ends: unknown[]): void {
    this.written.push([offset, edgeIndex]);
  }
  render(_params?: unknown): void {
    this.rendered.push({ capacity: this.capacity, written: [...this.written] });
  }
}

const shown = { hidden: false } as never;
const hidden = { hidden: true } as never;

describe("visibleEdgesOnly", () => {
  it("draws the visible edges only, packed in sigma's order, and repacks after a change", () => {
    const Program = visibleEdgesOnly(RecordingProgram as unknown as EdgeProgramType);
    const program = new (Program as unknown as new () => RecordingProgram)();
    program.reallocate(4);
    program.process(10, 0, shown, shown, shown);
    program.process(11, 1, shown, shown, hidden);
    program.process(12, 2, shown, hidden, shown); // an end hidden: not drawn
    program.process(13, 3, shown, shown, shown);
    program.render({} as never);
    expect(program.rendered.at(-1)).toEqual({ capacity: 2, written: [[0, 10], [1, 13]] });
    // A partial refresh: edge 11 shown, edge 10 hidden.
    program.process(11, 1, shown, shown, shown);
    program.process(10, 0, shown, shown, hidden);
    program.render({} as never);
    expect(program.rendered.at(-1)).toEqual({ capacity: 2, written: [[0, 11], [1, 13]] });
    // Nothing changed: drawn again as it is.
    program.render({} as never);
    expect(program.rendered.at(-1)).toEqual({ capacity: 2, written: [[0, 11], [1, 13]] });
  });
});
