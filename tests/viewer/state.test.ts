// The view state's round trip through the URL hash.
import { describe, expect, it } from "vitest";
import { defaultState, filterKey, fromHash, toHash } from "../../viewer/src/state.js";

describe("view state in the URL hash", () => {
  it("leaves defaults out", () => {
    expect(toHash(defaultState())).toBe("");
  });

  it("writes selection and filters with sorted keys and values", () => {
    const state = defaultState();
    state.node = "vera-okafor";
    state.edge = "e1";
    state.hiddenTypes.add("PERSON").add("GPE");
    state.hiddenCategories.add("role");
    state.minSources = 2;
    state.hideNegated = true;
    state.hideHedged = true;
    state.sizeBy = "pagerank";
    expect(toHash(state)).toBe(
      "#edge=e1&hideCat=role&hide=GPE%2CPERSON&hedged=0&min=2&negated=0&node=vera-okafor&size=pagerank",
    );
    expect(fromHash(toHash(state))).toEqual(state);
  });

  it("keeps 'Show all relations' (a big graph's overview) out of the filters' key", () => {
    const state = defaultState();
    state.allRelations = true;
    expect(toHash(state)).toBe("#edges=all");
    expect(fromHash("#edges=all").allRelations).toBe(true);
    expect(fromHash("#edges=some").allRelations).toBe(false);
    expect(filterKey(state)).toBe(filterKey(defaultState()));
  });

  it("keeps keys with unusual characters intact", () => {
    const state = defaultState();
    state.node = "a&b=c #d";
    expect(fromHash(toHash(state)).node).toBe("a&b=c #d");
  });

  it("ignores unknown types, categories and bad numbers", () => {
    const state = fromHash("#hide=PERSON,ALIEN&hideCat=nonsense&min=-3&size=huge");
    expect([...state.hiddenTypes]).toEqual(["PERSON"]);
    expect(state.hiddenCategories.size).toBe(0);
    expect(state.minSources).toBe(1);
    expect(state.sizeBy).toBe("degree");
  });
});
