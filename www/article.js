// The in-place demo (article.html): `highlight(element)` over the article on this page, with
// the main page's legend (click a label to hide or show it: the article is highlighted again
// with the labels shown, which replaces the marks), tooltip and arrow keys, and a button that
// removes the highlights and puts them back.

import { LABELS } from './labels.js';
import { attachKeyboard } from './keyboard.js';
import { createLegend } from './legend.js';
import { loadHidden, saveHidden } from './prefs.js';
import { attachTooltip } from './tooltip.js';

const $ = (id) => document.getElementById(id);
const story = $('story');
const toggle = $('toggle');
const status = $('status');

const state = {
  /** The live highlighting, or null once removed. */
  h: null,
  hidden: loadHidden(),
  /** Label → annotations in the article, hidden labels too. */
  counts: new Map(),
};

const legend = createLegend($('legend'), (label) => {
  if (state.hidden.has(label)) state.hidden.delete(label);
  else state.hidden.add(label);
  saveHidden(state.hidden);
  if (state.h) apply();
  else legend.update(state.counts, state.hidden);
});
const tooltip = attachTooltip(story, $('tooltip'),
  (mark) => state.h?.annotations[Number(mark.dataset.id)], 'mark.highlit');
attachKeyboard(story, 'mark.highlit[tabindex]');

let highlight = null;

/** Highlights the article with the labels shown; a highlighting already there is replaced. */
function apply() {
  tooltip.hide();
  const started = performance.now();
  const labels = LABELS.filter((label) => !state.hidden.has(label));
  state.h = highlight(story, { labels, focusable: true });
  const ms = Math.round(performance.now() - started);
  const n = state.h.annotations.length;
  status.textContent = `${n} highlight${n === 1 ? '' : 's'} in ${ms} ms`;
  legend.update(state.counts, state.hidden);
  toggle.textContent = 'Remove highlights';
}

function remove() {
  tooltip.hide();
  state.h.remove();
  state.h = null;
  status.textContent = 'Highlights removed: the article is as it was.';
  toggle.textContent = 'Highlight again';
}

try {
  const highlit = await import('./pkg/index.js');
  highlight = highlit.highlight;
  apply();
  // What the article holds, whatever is hidden: the text read does not depend on the labels.
  for (const a of highlit.annotate(state.h.text)) state.counts.set(a.label, (state.counts.get(a.label) ?? 0) + 1);
  legend.update(state.counts, state.hidden);
  toggle.disabled = false;
  toggle.addEventListener('click', () => (state.h ? remove() : apply()));
} catch (error) {
  status.textContent = `highlit could not load: ${error.message ?? error}`;
  status.classList.add('error');
}
