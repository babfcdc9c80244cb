// A page of nothing but stock graphology and Sigma, as anyone would write it: `new Sigma(Graph.from(json), el)`.
// stock-sigma.test.ts bundles it with Vite and runs it in Chromium on our graph files.
import Graph from "graphology";
import Sigma from "sigma";

window.renderStock = (json) => {
  const container = document.getElementById("container");
  const renderer = new Sigma(Graph.from(json), container);
  const graph = renderer.getGraph();
  // What Sigma computed for display: every node has a position and a size, so it was drawn.
  const drawn = graph.filterNodes((node) => {
    const data = renderer.getNodeDisplayData(node);
    return data !== undefined && Number.isFinite(data.x) && Number.isFinite(data.y) && data.size > 0;
  });
  const result = { order: graph.order, size: graph.size, drawn: drawn.length, edges: renderer.getGraph().size };
  renderer.kill();
  return result;
};
