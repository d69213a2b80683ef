// The correction popover: relabel or delete a highlight, or label a selected stretch of text.

import { LABELS } from './labels.js';

/**
 * @param {HTMLElement} box the popover element
 * @param {(target: {start: number, end: number, text: string}, label: string | null) => void} onChoose
 *   called with a label, or null to delete
 */
export function createEditor(box, onChoose) {
  let target = null;
  let returnFocus = null;

  const title = document.createElement('p');
  title.className = 'editor-title';
  title.id = 'editor-title';
  const grid = document.createElement('div');
  grid.className = 'editor-labels';
  for (const label of LABELS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.label = label;
    button.textContent = label;
    button.addEventListener('click', () => choose(label));
    grid.append(button);
  }
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'editor-delete';
  remove.textContent = 'Delete highlight';
  remove.addEventListener('click', () => choose(null));
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'editor-cancel';
  cancel.textContent = 'Cancel';
  cancel.addEventListener('click', () => close());
  const actions = document.createElement('div');
  actions.className = 'editor-actions';
  actions.append(remove, cancel);
  box.append(title, grid, actions);
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', title.id);

  function choose(label) {
    const t = target;
    close();
    if (t) onChoose(t, label);
  }

  function close() {
    if (box.hidden) return;
    box.hidden = true;
    target = null;
    returnFocus?.isConnected && returnFocus.focus();
    returnFocus = null;
  }

  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!box.hidden && !box.contains(event.target)) close();
  });

  return {
    /**
     * @param {{start: number, end: number, text: string, label?: string}} what an existing
     *   highlight (has `label`) or a selection to label
     * @param {DOMRect} near where to put the popover
     * @param {HTMLElement} [from] gets focus back on close
     */
    open(what, near, from) {
      target = what;
      returnFocus = from ?? null;
      const short = what.text.length > 60 ? `${what.text.slice(0, 57)}…` : what.text;
      title.textContent = what.label ? `${what.label}: “${short}” — change to` : `Label “${short}” as`;
      remove.hidden = !what.label;
      for (const b of grid.children) b.setAttribute('aria-pressed', String(b.dataset.label === what.label));
      box.hidden = false;
      const rect = box.getBoundingClientRect();
      const left = Math.max(6, Math.min(near.left, window.innerWidth - rect.width - 6));
      let top = near.bottom + 6;
      if (top + rect.height > window.innerHeight && near.top - rect.height - 6 > 0) top = near.top - rect.height - 6;
      box.style.left = `${left}px`;
      box.style.top = `${top}px`;
      grid.querySelector(what.label ? `[data-label="${what.label}"]` : 'button').focus();
    },
    close,
    get isOpen() { return !box.hidden; },
  };
}
