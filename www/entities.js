// The side list: distinct entities grouped by label with mention counts (`Putin ×14`);
// clicking one steps through its mentions in the text.

import { LABELS } from './labels.js';

/** Entries per label shown before "and N more". */
const MAX_PER_LABEL = 100;

/**
 * Groups spans by label, then by their text.
 * @param {{label: string, text: string}[]} spans
 * @returns {Map<string, {text: string, count: number}[]>} labels in fixed order; entries by
 *   count (most first), then alphabetically
 */
export function groupEntities(spans) {
  const byLabel = new Map();
  for (const span of spans) {
    let texts = byLabel.get(span.label);
    if (!texts) byLabel.set(span.label, (texts = new Map()));
    texts.set(span.text, (texts.get(span.text) ?? 0) + 1);
  }
  const groups = new Map();
  for (const label of LABELS) {
    const texts = byLabel.get(label);
    if (!texts) continue;
    groups.set(label, [...texts].map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)));
  }
  return groups;
}

/**
 * @param {HTMLElement} container
 * @param {HTMLElement} output the element holding the marks
 */
export function createEntityList(container, output) {
  const cursors = new Map();

  function step(button) {
    const { label, text } = button.dataset;
    const mentions = [...output.querySelectorAll(`mark[data-label="${label}"]`)]
      .filter((m) => m.textContent === text);
    if (!mentions.length) return;
    const key = `${label}\u0000${text}`;
    const index = ((cursors.get(key) ?? -1) + 1) % mentions.length;
    cursors.set(key, index);
    const mark = mentions[index];
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    button.querySelector('.ent-pos').textContent = `${index + 1}/${mentions.length}`;
  }

  container.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button.ent-item') : null;
    if (button) step(button);
  });

  return {
    /** @param {{label: string, text: string}[]} spans the spans shown (hidden labels left out) */
    update(spans) {
      cursors.clear();
      const groups = groupEntities(spans);
      const sections = [];
      for (const [label, entries] of groups) {
        const section = document.createElement('section');
        section.className = 'ent-group';
        const heading = document.createElement('h3');
        heading.dataset.label = label;
        heading.textContent = `${label} · ${entries.length}`;
        const list = document.createElement('ul');
        for (const { text, count } of entries.slice(0, MAX_PER_LABEL)) {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'ent-item';
          button.dataset.label = label;
          button.dataset.text = text;
          button.title = `Step through the ${count} mention${count === 1 ? '' : 's'}`;
          const name = document.createElement('span');
          name.className = 'ent-name';
          name.textContent = text;
          const times = document.createElement('span');
          times.className = 'ent-count';
          times.textContent = `×${count}`;
          const pos = document.createElement('span');
          pos.className = 'ent-pos';
          pos.setAttribute('aria-live', 'polite');
          button.append(name, times, pos);
          item.append(button);
          list.append(item);
        }
        section.append(heading, list);
        if (entries.length > MAX_PER_LABEL) {
          const more = document.createElement('p');
          more.className = 'ent-more';
          more.textContent = `and ${entries.length - MAX_PER_LABEL} more`;
          section.append(more);
        }
        sections.push(section);
      }
      container.replaceChildren(...sections);
      container.hidden = sections.length === 0;
    },
  };
}
