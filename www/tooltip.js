// The tooltip for a highlight, on hover or focus: label, text, value in plain words, confidence.

import { describeScore, describeValue } from './describe.js';

/**
 * @param {HTMLElement} output the element holding the marks
 * @param {HTMLElement} tooltip
 * @param {(mark: HTMLElement) => object | undefined} spanOf the annotation a mark shows
 * @param {string} [selector] what a highlight is (the article page's are `mark.highlit`)
 */
export function attachTooltip(output, tooltip, spanOf, selector = 'mark.ent') {
  let current = null;

  function show(mark) {
    const span = spanOf(mark);
    if (!span) return hide();
    current = mark;
    const rows = [['Label', span.label]];
    const value = describeValue(span.value, span.label);
    if (value) rows.push(['Value', value]);
    const score = describeScore(span.score);
    if (score) rows.push(['Confidence', score]);
    if (span.corrected) rows.push(['Source', 'your correction']);
    tooltip.replaceChildren(...rows.map(([key, text]) => {
      const row = document.createElement('div');
      row.className = 'tip-row';
      row.dataset.key = key.toLowerCase();
      const k = document.createElement('span');
      k.className = 'tip-key';
      k.textContent = key;
      const v = document.createElement('span');
      v.className = 'tip-value';
      v.textContent = text;
      row.append(k, v);
      return row;
    }));
    tooltip.dataset.label = span.label;
    tooltip.hidden = false;
    place(mark);
    mark.setAttribute('aria-describedby', tooltip.id);
  }

  function place(mark) {
    const box = mark.getBoundingClientRect();
    const tip = tooltip.getBoundingClientRect();
    const margin = 6;
    let left = Math.min(box.left, window.innerWidth - tip.width - margin);
    left = Math.max(margin, left);
    let top = box.bottom + margin;
    if (top + tip.height > window.innerHeight && box.top - tip.height - margin > 0) {
      top = box.top - tip.height - margin;
    }
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }

  function hide() {
    current?.removeAttribute('aria-describedby');
    current = null;
    tooltip.hidden = true;
  }

  const markOf = (target) => (target instanceof Element ? target.closest(selector) : null);
  output.addEventListener('mouseover', (e) => { const m = markOf(e.target); if (m && m !== current) show(m); });
  output.addEventListener('mouseout', (e) => {
    if (markOf(e.target) && !markOf(e.relatedTarget) && document.activeElement !== current) hide();
  });
  output.addEventListener('focusin', (e) => { const m = markOf(e.target); if (m) show(m); });
  output.addEventListener('focusout', (e) => { if (!markOf(e.relatedTarget)) hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  window.addEventListener('scroll', () => current && place(current), { passive: true, capture: true });
  return { hide, refresh: () => current && (current.isConnected ? show(current) : hide()) };
}
