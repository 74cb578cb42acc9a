/** The popover that edits one weight or bias (opened from the diagram). */
import { h } from "./dom.js";

let open: HTMLElement | undefined;

function close(): void {
  open?.remove();
  open = undefined;
}

/** Shows an input next to `anchor`; Enter (or the button) commits, Escape or a click elsewhere cancels. */
export function openEditor(anchor: DOMRect, label: string, value: number, commit: (v: number) => void): void {
  close();
  const input = h("input", { type: "number", step: "0.1", value: value.toFixed(3), "aria-label": label, id: "weight-input" });
  const apply = () => {
    const v = Number(input.value);
    if (input.value.trim() !== "" && Number.isFinite(v)) commit(v);
    close();
  };
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") apply();
    if (e.key === "Escape") close();
  });
  const box = h("div", { class: "editor", role: "dialog", "aria-label": label },
    h("div", { class: "editor-label" }, label), input, h("button", { class: "text-button small", onclick: apply }, "Set"));
  box.style.left = `${Math.min(anchor.left + window.scrollX, window.innerWidth + window.scrollX - 200)}px`;
  box.style.top = `${anchor.bottom + window.scrollY + 8}px`;
  document.body.append(box);
  open = box;
  input.focus();
  input.select();
  // Closing on the click that opened the editor would undo it: listen from the next task on.
  setTimeout(() => document.addEventListener("pointerdown", function away(e) {
    if (open && !open.contains(e.target as Node)) {
      close();
      document.removeEventListener("pointerdown", away);
    } else if (!open) document.removeEventListener("pointerdown", away);
  }), 0);
}
