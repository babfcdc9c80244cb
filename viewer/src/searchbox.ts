// The search box with its autocomplete list (ARIA combobox): type, move with the arrow keys, Enter or click
// chooses; choosing hands the entity to `onChoose`.
import { clear, el } from "./dom.js";
import { TYPE_COLORS, TYPE_NAMES } from "./palette.js";
import type { EntitySearch, SearchHit } from "./search.js";

export interface SearchBox {
  kill(): void;
}

export function attachSearchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  search: EntitySearch,
  onChoose: (id: string) => void,
): SearchBox {
  let hits: SearchHit[] = [];
  let active = -1;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");

  const close = (): void => {
    hits = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const choose = (hit: SearchHit): void => {
    input.value = hit.label;
    close();
    onChoose(hit.id);
  };
  const paint = (): void => {
    clear(list);
    hits.forEach((hit, i) => {
      const swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.background = TYPE_COLORS[hit.type];
      const option = el("li", { attrs: { role: "option", id: `hit-${i}`, "aria-selected": String(i === active) } }, [
        swatch,
        el("span", { className: "hit-label" }, [hit.label]),
        hit.via ? el("span", { className: "muted" }, [` (${hit.via})`]) : null,
        el("span", { className: "hit-type" }, [TYPE_NAMES[hit.type]]),
      ]);
      // mousedown, not click: the input's blur would close the list before the click lands.
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(hit);
      });
      list.appendChild(option);
    });
    if (hits.length === 0 && input.value.trim())
      list.appendChild(el("li", { className: "muted empty" }, ["No entity matches"]));
    list.hidden = list.childElementCount === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `hit-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const onInput = (): void => {
    hits = search.search(input.value);
    active = hits.length ? 0 : -1;
    paint();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      paint();
    } else if (event.key === "Enter") {
      if (active >= 0 && hits[active]) {
        event.preventDefault();
        choose(hits[active]);
      }
    } else if (event.key === "Escape") {
      close();
    }
  };
  const onBlur = (): void => close();
  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKey);
  input.addEventListener("blur", onBlur);
  close();
  // The box is on screen before the graph has loaded: a query typed meanwhile is answered now.
  if (input.value.trim() && document.activeElement === input) onInput();
  return {
    kill(): void {
      input.removeEventListener("input", onInput);
      input.removeEventListener("keydown", onKey);
      input.removeEventListener("blur", onBlur);
      close();
    },
  };
}
