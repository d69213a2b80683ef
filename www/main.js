// The page: wires the text area, the worker, the renderer, the legend, tooltip and keyboard.
//
// A run: split the text into chunks → the worker annotates chunk by chunk → each chunk's
// result is rendered into its own block as it arrives (a few per frame, so the page stays
// responsive) → `#output[data-state=done]` when everything is shown.

import { splitChunks } from './chunk.js';
import { AnnotationClient } from './client.js';
import { createEntityList } from './entities.js';
import { createExportBar } from './exportbar.js';
import { createLegend } from './legend.js';
import { render } from './render.js';
import { attachTooltip } from './tooltip.js';
import { attachKeyboard } from './keyboard.js';
import { loadHidden, saveHidden } from './prefs.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const output = $('output');
const progress = $('progress');
const status = $('status');

const DEBOUNCE_MS = 250;
const FRAME_BUDGET_MS = 12;

const state = {
  id: 0,
  /** A pasted text too large for the text area (which would freeze laying it out), or null. */
  detached: null,
  text: '',
  /** @type {{start: number, end: number, spans: object[] | null, el: HTMLElement}[]} */
  chunks: [],
  received: 0,
  workerDone: false,
  started: 0,
  hidden: loadHidden(),
  /** UTF-16 start → span, for the tooltip. */
  byStart: new Map(),
  /** Label → number of annotations received in this run. */
  counts: new Map(),
};

const legend = createLegend($('legend'), (label) => {
  if (state.hidden.has(label)) state.hidden.delete(label);
  else state.hidden.add(label);
  saveHidden(state.hidden);
  updateLegend();
  for (const chunk of state.chunks) if (chunk.spans) queue.add(chunk);
  entities.update(shownSpans());
  pump();
});

const tooltip = attachTooltip(output, $('tooltip'), (mark) => state.byStart.get(Number(mark.dataset.start)));
attachKeyboard(output);
const entities = createEntityList($('entities'), output);

createExportBar($('export'),
  () => (output.dataset.state === 'done' ? { text: state.text, spans: shownSpans() } : null),
  (message) => { status.textContent = message; });

/** Every span of the run whose label is shown. */
function shownSpans() {
  return state.chunks.flatMap((c) => c.spans ?? []).filter((s) => !state.hidden.has(s.label));
}

const client = new AnnotationClient({
  onChunk(id, index, spans) {
    const chunk = state.chunks[index];
    chunk.spans = spans;
    for (const span of spans) {
      state.byStart.set(span.start, span);
      state.counts.set(span.label, (state.counts.get(span.label) ?? 0) + 1);
    }
    state.received++;
    queue.add(chunk);
    pump();
  },
  onDone() {
    state.workerDone = true;
    pump();
  },
  onError(id, error) {
    output.dataset.state = 'error';
    output.setAttribute('aria-busy', 'false');
    progress.hidden = true;
    status.textContent = error.kind === 'LoadError' ? error.message : `${error.kind}: ${error.message}`;
    status.classList.add('error');
  },
});

/** Chunks waiting to be (re-)rendered, in order. */
const queue = new Set();
let pumping = false;

/** Renders queued chunks within a time budget per task, then yields to the browser. */
function pump() {
  if (pumping) return;
  pumping = true;
  setTimeout(function step() {
    const until = performance.now() + FRAME_BUDGET_MS;
    for (const chunk of queue) {
      queue.delete(chunk);
      const text = state.text.slice(chunk.start, chunk.end);
      chunk.el.replaceChildren(render(text, chunk.spans ?? [], state.hidden, chunk.start));
      // Lay the chunk out now, so the budget counts layout too (a new chunk is laid out once
      // before `content-visibility: auto` can skip it; left to the next frame, a whole batch
      // of fresh chunks would be laid out in one long task).
      void chunk.el.offsetHeight;
      if (performance.now() > until) break;
    }
    updateLegend();
    updateProgress();
    if (queue.size) setTimeout(step, 0);
    else pumping = false;
  }, 0);
}

function updateLegend() {
  legend.update(state.counts, state.hidden);
}

function updateProgress() {
  const total = state.chunks.length;
  const finished = state.workerDone && state.received === total && queue.size === 0;
  if (total > 1 && !finished) {
    progress.hidden = false;
    progress.max = total;
    progress.value = state.received;
  } else {
    progress.hidden = true;
  }
  if (!finished) {
    status.textContent = total > 1 ? `Annotating… ${Math.floor((100 * state.received) / total)}%` : 'Annotating…';
    return;
  }
  const n = state.chunks.reduce((sum, c) => sum + c.spans.length, 0);
  const ms = Math.round(performance.now() - state.started);
  status.textContent = `${n} annotation${n === 1 ? '' : 's'} in ${ms} ms`;
  if (output.dataset.state !== 'done') entities.update(shownSpans());
  output.dataset.state = 'done';
  output.setAttribute('aria-busy', 'false');
  tooltip.refresh();
}

/** Annotates the text area's current text, cancelling any earlier run. */
function run() {
  clearTimeout(debounce);
  const text = state.detached ?? input.value;
  state.text = text;
  state.received = 0;
  state.workerDone = false;
  state.started = performance.now();
  state.byStart = new Map();
  state.counts = new Map();
  queue.clear();
  status.classList.remove('error');
  const ranges = splitChunks(text);
  // One chunk: keep the old rendering until the new one arrives (no flicker while typing).
  // Several: the plain text fills in a few chunks per frame, highlights chunk by chunk.
  const reuse = ranges.length === 1 && state.chunks.length === 1;
  const blocks = ranges.map((range) => {
    const el = reuse ? state.chunks[0].el : document.createElement('div');
    el.className = 'chunk';
    return { ...range, spans: null, el };
  });
  if (!reuse) output.replaceChildren(...blocks.map((b) => b.el));
  state.chunks = blocks;
  if (!reuse) for (const block of blocks) queue.add(block);
  pump();
  output.dataset.state = 'busy';
  output.dataset.run = String(++state.id);
  output.setAttribute('aria-busy', 'true');
  client.annotate(text, ranges, {});
  updateProgress();
}

/** Pastes at least this long (UTF-16 units) are kept out of the text area. */
const LARGE = 1 << 20;

function setDetached(text) {
  state.detached = text;
  const note = $('large-note');
  note.hidden = text === null;
  if (text !== null) {
    const millions = (text.length / 1e6).toFixed(1);
    note.textContent = `A text of ${millions} million characters was pasted. It is too large to edit in the box, so it is shown `
      + 'only below. Type or paste in the box to replace it.';
  }
}

// Large pastes go around the text area: Chromium takes seconds to lay out megabytes in one.
input.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.getData('text/plain') ?? '';
  if (state.detached === null && input.value.length + pasted.length < LARGE) return; // a normal paste
  event.preventDefault();
  const text = state.detached !== null
    ? pasted
    : input.value.slice(0, input.selectionStart) + pasted + input.value.slice(input.selectionEnd);
  if (text.length < LARGE) {
    setDetached(null);
    input.value = text;
  } else {
    setDetached(text);
    input.value = '';
  }
  run();
});

let debounce = 0;
input.addEventListener('input', () => {
  if (state.detached !== null) setDetached(null);
  clearTimeout(debounce);
  debounce = setTimeout(run, DEBOUNCE_MS);
});
$('annotate').addEventListener('click', run);
updateLegend();
if (input.value) run();
