// The legend: one button per label with its count; clicking hides or shows that label.

import { LABELS, LABEL_TITLES } from './labels.js';

/**
 * @param {HTMLElement} container
 * @param {(label: string) => void} onToggle
 * @returns {{update: (counts: Map<string, number>, hidden: ReadonlySet<string>) => void}}
 */
export function createLegend(container, onToggle) {
  const buttons = new Map();
  for (const label of LABELS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'legend-item';
    button.dataset.label = label;
    button.title = `${LABEL_TITLES[label]} — click to hide or show`;
    const name = document.createElement('span');
    name.className = 'legend-name';
    name.textContent = label;
    const count = document.createElement('span');
    count.className = 'legend-count';
    count.textContent = '0';
    button.append(name, count);
    button.addEventListener('click', () => onToggle(label));
    buttons.set(label, { button, count });
    container.append(button);
  }
  let last = '';
  return {
    update(counts, hidden) {
      // Called every rendering step of a long run; touch the DOM only when something changed.
      const key = JSON.stringify([[...counts], [...hidden]]);
      if (key === last) return;
      last = key;
      for (const [label, { button, count }] of buttons) {
        const n = counts.get(label) ?? 0;
        count.textContent = String(n);
        button.setAttribute('aria-pressed', String(!hidden.has(label)));
        button.setAttribute('aria-label', `${label}: ${n}, ${hidden.has(label) ? 'hidden' : 'shown'}`);
        button.classList.toggle('empty', n === 0);
      }
    },
  };
}
