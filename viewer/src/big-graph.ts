// Sigma programs for big graphs, where software WebGL and sigma's per-item work set the pace. Two costs drive
// them (measured at 50,000 entities / 150,000 relations, Chromium's software WebGL):
// - software WebGL draws an instanced item (sigma's circle, arrow) for a fixed cost per instance: 50,000 circles
//   took 3.1 s a frame, the same entities as points 0.3 s; plain lines cost 0.6 s, their picking pass as much again;
// - sigma re-running the reducers costs 15-30 µs per item, seconds for the whole graph.
// So the overview draws points and plain lines, both without a picking pass (no one clicks one line out of 150,000;
// the renderer finds the entity under the pointer from the entities' places, picking.ts), and a selection changes only the items of the old and new neighbourhood. The rest of the graph fades
// through a uniform (nodes) or is left undrawn (overview lines); the neighbourhood's nodes are highlighted (sigma
// draws those again in a layer of their own) and its edges, marked `focusType` by the reducer, are drawn by sigma's
// arrow and curved programs. The renderer also dims the nodes' canvas meanwhile: the edges and their labels lie
// under it, and 50,000 faded discs would cover them.
import type Sigma from "sigma";
import {
  drawStraightEdgeLabel,
  EdgeArrowProgram,
  EdgeDoubleArrowProgram,
  EdgeLineProgram,
  NodeCircleProgram,
  NodePointProgram,
  type EdgeLabelDrawingFunction,
  type EdgeProgramType,
  type NodeProgramType,
} from "sigma/rendering";
import { EdgeCurvedArrowProgram, EdgeCurvedDoubleArrowProgram } from "@sigma/edge-curve";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { isEdgeDrawn } from "./visible-only.js";

/** How an edge of the selected neighbourhood is drawn on top of the overview. */
export type FocusEdgeType = "arrow" | "double" | "curved" | "curvedDouble";

/** Display data the edge reducer adds on big graphs: how an edge of the neighbourhood is drawn on top. */
export interface FocusEdgeData {
  focusType?: FocusEdgeType;
}

/** What the programs read at each frame: whether the overview is faded behind a neighbourhood. */
export interface FocusLayer {
  fade: boolean;
}

type ProgramInfo = { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> };
type AnySigma = Sigma;

/** `#rrggbb` as a GLSL vec4. */
function glslColor(hex: string): string {
  const channel = (i: number): string => (parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255).toFixed(4);
  return `vec4(${channel(0)}, ${channel(1)}, ${channel(2)}, 1.0)`;
}

/**
 * Sigma's point program with a fade: when the layer says so, every node takes the faded colour in the vertex shader,
 * so fading 50,000 nodes costs one uniform instead of 50,000 reducer calls. The neighbourhood is drawn again, in
 * colour, by sigma's layer of highlighted nodes, above the faded ones. No picking pass: the renderer finds the
 * entity under the pointer from the entities' places (picking.ts), and while faded only the neighbourhood answers,
 * so the faded carpet of a big graph does not catch clicks meant for an edge of the neighbourhood.
 */
function fadingPointProgram(layer: FocusLayer, fadedColor: string): NodeProgramType {
  const ANCHOR = "v_color = a_color;";
  class FadingPointProgram extends NodePointProgram {
    constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: AnySigma) {
      // No picking buffer: the points are not drawn for picking (see `render`), so no picking shaders either.
      super(gl, null, renderer);
    }

    override getDefinition(): ReturnType<NodePointProgram["getDefinition"]> {
      const definition = super.getDefinition();
      const source = definition.VERTEX_SHADER_SOURCE;
      // Fail loudly if a sigma update rewrote the shader this edits.
      if (!source.includes(ANCHOR)) throw new Error("newsgraph viewer: sigma's point shader changed; update big-graph.ts");
      return {
        ...definition,
        UNIFORMS: [...definition.UNIFORMS, "u_fade"],
        VERTEX_SHADER_SOURCE: source
          .replace("void main()", "uniform float u_fade;\n\nvoid main()")
          .replace(ANCHOR, `v_color = mix(a_color, ${glslColor(fadedColor)}, u_fade);`),
      } as unknown as ReturnType<NodePointProgram["getDefinition"]>;
    }

    override setUniforms(params: RenderParams, info: ProgramInfo): void {
      super.setUniforms(params, info as never);
      info.gl.uniform1f(info.uniformLocations.u_fade, layer.fade ? 1 : 0);
    }

    override render(params: RenderParams): void {
      // Program.render without its picking pass: the renderer finds the entity under the pointer itself
      // (picking.ts); drawing 50,000 points a second time for picking was 40 % of a frame.
      if (this.hasNothingToRender()) return;
      this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.bindProgram(this.normalProgram);
      this.renderProgram(params, this.normalProgram);
      this.unbindProgram(this.normalProgram);
    }
  }
  return FadingPointProgram as unknown as NodeProgramType;
}

/**
 * Sigma's line program for the overview's edges, without a picking pass; when the layer fades the overview it is
 * not drawn at all, and the edges marked `focusType` are drawn on top by sigma's arrow and curved programs (with
 * their picking pass, so the neighbourhood's edges answer the pointer).
 */
function overviewLineProgram(layer: FocusLayer): EdgeProgramType {
  class OverviewLineProgram extends EdgeLineProgram {
    focus = new Map<number, { index: number; source: NodeDisplayData; target: NodeDisplayData; data: EdgeDisplayData }>();
    /** Built at the first focus: compiling their shaders costs software WebGL ~0.1 s before the first paint. */
    made: Record<FocusEdgeType, InstanceType<EdgeProgramType>> | null = null;

    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: AnySigma) {
      super(gl, null, renderer);
      const make = (Program: EdgeProgramType): InstanceType<EdgeProgramType> =>
        new Program(gl, pickingBuffer, renderer as never);
      const overlays = (): Record<FocusEdgeType, InstanceType<EdgeProgramType>> =>
        (this.made ??= {
          arrow: make(EdgeArrowProgram),
          double: make(EdgeDoubleArrowProgram),
          curved: make(EdgeCurvedArrowProgram as unknown as EdgeProgramType),
          curvedDouble: make(EdgeCurvedDoubleArrowProgram as unknown as EdgeProgramType),
        });
      this.overlays = overlays;
      // Sigma asks the edge's program for its label's drawing: a curved edge of the neighbourhood gets a curved one.
      this.drawLabel = ((context, data, source, target, settings) => {
        const type = (data as unknown as FocusEdgeData).focusType;
        const draw = (type && overlays()[type].drawLabel) || drawStraightEdgeLabel;
        draw(context, data, source, target, settings);
      }) as EdgeLabelDrawingFunction;
    }

    overlays: () => Record<FocusEdgeType, InstanceType<EdgeProgramType>>;

    override reallocate(capacity: number): void {
      super.reallocate(capacity);
      this.focus.clear();
    }

    override process(
      edgeIndex: number,
      offset: number,
      source: NodeDisplayData,
      target: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      super.process(edgeIndex, offset, source, target, data);
      if ((data as FocusEdgeData).focusType && isEdgeDrawn(source, target, data)) this.focus.set(offset, { index: edgeIndex, source, target, data });
      else this.focus.delete(offset);
    }

    override render(params: RenderParams): void {
      if (!layer.fade) super.render(params);
      if (this.focus.size === 0) return;
      const byType = new Map<FocusEdgeType, (typeof this.focus extends Map<number, infer V> ? V : never)[]>();
      for (const item of this.focus.values()) {
        const type = (item.data as FocusEdgeData).focusType!;
        const list = byType.get(type);
        if (list) list.push(item);
        else byType.set(type, [item]);
      }
      for (const [type, program] of Object.entries(this.overlays()) as [FocusEdgeType, InstanceType<EdgeProgramType>][]) {
        const items = byType.get(type) ?? [];
        program.reallocate(items.length);
        items.forEach((item, i) => program.process(item.index, i, item.source, item.target, item.data));
        if (items.length) program.render(params);
      }
    }

    override kill(): void {
      for (const program of Object.values(this.made ?? {})) program.kill();
      super.kill();
    }
  }
  return OverviewLineProgram as unknown as EdgeProgramType;
}

/** Sigma's program settings for a big graph: faded points, overview lines, the neighbourhood on top. */
export function bigGraphPrograms(
  layer: FocusLayer,
  fadedColor: string,
): {
  nodeProgramClasses: Record<string, NodeProgramType>;
  nodeHoverProgramClasses: Record<string, NodeProgramType>;
  edgeProgramClasses: Record<string, EdgeProgramType>;
} {
  return {
    nodeProgramClasses: { circle: fadingPointProgram(layer, fadedColor) },
    // The hovered and highlighted nodes (the neighbourhood) are drawn in their own layer, never faded.
    nodeHoverProgramClasses: { circle: NodeCircleProgram as unknown as NodeProgramType },
    // Every edge is a "line" here (renderer.ts); "arrow" is sigma's default type, which it always compiles (four
    // shader programs): the line program stands in for it, one program.
    edgeProgramClasses: { line: overviewLineProgram(layer), arrow: EdgeLineProgram as unknown as EdgeProgramType },
  };
}
