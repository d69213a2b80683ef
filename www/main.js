// The page: wires the text source, the worker, the renderer and the panels around them.
//
// A run: split the text into chunks → the worker annotates chunk by chunk → each chunk's
// spans, with the user's corrections applied, are rendered into its own block as they
// arrive (a few per frame, so the page stays responsive) → `#output[data-state=done]`.

import { splitChunks } from './chunk.js';
import { AnnotationClient } from './client.js';
import { attachCorrecting } from './correcting.js';
import { addCorrection, applyCorrections, loadCorrections, loadGazetteer, saveCorrections } from './corrections.js';
import { createEntityList } from './entities.js';
import { createExportBar } from './exportbar.js';
import { attachKeyboard } from './keyboard.js';
import { createLegend } from './legend.js';
import { attachOptions } from './options.js';
import { loadHidden, saveHidden } from './prefs.js';
import { describeReference } from './reference.js';
import { render } from './render.js';
import { attachSource } from './source.js';
import { attachTooltip } from './tooltip.js';

const $ = (id) => document.getElementById(id);
const output = $('output');
const progress = $('progress');
const status = $('status');

const FRAME_BUDGET_MS = 12;

const state = {
  id: 0,
  text: '',
  /** @type {{start: number, end: number, core: object[] | null, spans: object[] | null, el: HTMLElement}[]} */
  chunks: [],
  received: 0,
  workerDone: false,
  started: 0,
  /** Where keyboard focus goes after a correction re-renders the marks, or null. */
  refocus: null,
  hidden: loadHidden(),
  corrections: [],
  /** UTF-16 start → shown span, for the tooltip and the editor. */
  byStart: new Map(),
  /** Label → number of spans in this run. */
  counts: new Map(),
};

// ---- panels -------------------------------------------------------------------------------

const legend = createLegend($('legend'), (label) => {
  if (state.hidden.has(label)) state.hidden.delete(label);
  else state.hidden.add(label);
  saveHidden(state.hidden);
  rerenderAll();
});
const tooltip = attachTooltip(output, $('tooltip'), (mark) => state.byStart.get(Number(mark.dataset.start)));
attachKeyboard(output);
const entities = createEntityList($('entities'), output);
createExportBar($('export'),
  () => (output.dataset.state === 'done' ? { text: state.text, spans: shownSpans() } : null),
  (message) => { status.textContent = message; });
const source = attachSource($('input'), $('large-note'), () => run());
const options = attachOptions($('reference-mode'), $('reference-date'), () => run());

/** Says which reference date the run's dates are read against, and why (`data-iso` holds it). */
function showReference(reference) {
  const note = $('reference-note');
  note.textContent = describeReference(reference);
  note.dataset.iso = reference?.iso ?? '';
  note.dataset.source = reference?.source ?? 'none';
}

/** Every span of the run whose label is shown. */
function shownSpans() {
  return state.chunks.flatMap((c) => c.spans ?? []).filter((s) => !state.hidden.has(s.label));
}

// ---- corrections --------------------------------------------------------------------------

const correcting = attachCorrecting({
  output,
  editorBox: $('editor'),
  panel: { corrections: $('corrections-info'), gazetteer: $('gazetteer-info'), remember: $('remember'), reset: $('reset') },
  current: () => ({
    text: state.text,
    corrections: state.corrections,
    spanAt: (start) => state.byStart.get(start),
    done: output.dataset.state === 'done',
  }),
  onCorrect(correction) {
    state.corrections = addCorrection(state.corrections, correction);
    saveCorrections(state.text, state.corrections);
    // The corrected mark is rebuilt; keyboard focus goes to the new one (or stays near).
    state.refocus = correction.start;
    correctChunks();
  },
  onReset: () => run(),
  beforeOpen: () => tooltip.hide(),
  say: (message) => { status.textContent = message; },
});

/** Applies the corrections to every chunk's spans from the core, recounts, re-renders. */
function correctChunks() {
  state.counts = new Map();
  state.byStart = new Map();
  for (const chunk of state.chunks) {
    if (!chunk.core) continue;
    chunk.spans = applyCorrections(chunk.core, correctionsIn(chunk));
    index(chunk.spans);
  }
  correcting.updateInfo();
  rerenderAll();
}

/** The corrections that start in a chunk. */
function correctionsIn(chunk) {
  return state.corrections.filter((c) => c.start >= chunk.start && c.start < chunk.end);
}

function index(spans) {
  for (const span of spans) {
    state.byStart.set(span.start, span);
    state.counts.set(span.label, (state.counts.get(span.label) ?? 0) + 1);
  }
}

// ---- the worker and rendering -------------------------------------------------------------

const client = new AnnotationClient({
  onChunk(id, i, spans) {
    const chunk = state.chunks[i];
    chunk.core = spans;
    chunk.spans = applyCorrections(spans, correctionsIn(chunk));
    index(chunk.spans);
    state.received++;
    queue.add(chunk);
    pump();
  },
  onDone() {
    state.workerDone = true;
    pump();
  },
  onReference(id, reference) {
    showReference(reference);
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
      // Lay the chunk out now, so the budget counts its layout too: off-screen chunks cost
      // nothing (`content-visibility: auto`), one in view tens of milliseconds; left to the
      // next frame, the layout of a whole step's chunks would land in one long task.
      void chunk.el.offsetHeight;
      if (performance.now() > until) break;
    }
    legend.update(state.counts, state.hidden);
    updateProgress();
    if (state.refocus !== null && !queue.size) refocus();
    if (queue.size) setTimeout(step, 0);
    else pumping = false;
  }, 0);
}

/** Focuses the mark at (or, when deleted, the first after) `state.refocus`. */
function refocus() {
  const at = state.refocus;
  state.refocus = null;
  if (document.activeElement && document.activeElement !== document.body) return; // focus was not lost
  const marks = [...output.querySelectorAll('mark.ent')];
  const mark = marks.find((m) => Number(m.dataset.start) >= at) ?? marks.at(-1);
  mark?.focus({ preventScroll: true });
}

function rerenderAll() {
  for (const chunk of state.chunks) if (chunk.spans) queue.add(chunk);
  legend.update(state.counts, state.hidden);
  if (output.dataset.state === 'done') entities.update(shownSpans());
  pump();
}

function updateProgress() {
  // A refused run keeps the error on the status line; the rendering step that follows the
  // run's start must not write "Annotating…" over it.
  if (output.dataset.state === 'error') return;
  const total = state.chunks.length;
  const finished = state.workerDone && state.received === total && queue.size === 0;
  progress.hidden = !(total > 1 && !finished);
  progress.max = Math.max(total, 1);
  progress.value = state.received;
  // The status line is a live region: it says "Annotating…" once, not every percent.
  $('percent').textContent = progress.hidden ? '' : `${Math.floor((100 * state.received) / total)}%`;
  if (!finished) {
    if (status.textContent !== 'Annotating…') status.textContent = 'Annotating…';
    return;
  }
  if (output.dataset.state === 'done') return;
  const n = state.chunks.reduce((sum, c) => sum + c.spans.length, 0);
  const ms = Math.round(performance.now() - state.started);
  status.textContent = `${n} annotation${n === 1 ? '' : 's'} in ${ms} ms`;
  entities.update(shownSpans());
  output.dataset.state = 'done';
  output.setAttribute('aria-busy', 'false');
  tooltip.refresh();
}

/** Annotates the current text, cancelling any earlier run. */
function run() {
  source.cancelPending();
  correcting.close();
  const text = source.text();
  state.text = text;
  state.received = 0;
  state.workerDone = false;
  state.started = performance.now();
  state.byStart = new Map();
  state.counts = new Map();
  state.corrections = loadCorrections(text);
  correcting.updateInfo();
  queue.clear();
  status.classList.remove('error');
  const ranges = splitChunks(text);
  // One chunk: keep the old rendering until the new one arrives (no flicker while typing).
  // Several: the plain text fills in a few chunks per frame, highlights chunk by chunk.
  const reuse = ranges.length === 1 && state.chunks.length === 1;
  const blocks = ranges.map((range) => {
    const el = reuse ? state.chunks[0].el : document.createElement('div');
    el.className = 'chunk';
    el.dataset.start = String(range.start);
    return { ...range, core: null, spans: null, el };
  });
  if (!reuse) output.replaceChildren(...blocks.map((b) => b.el));
  state.chunks = blocks;
  if (!reuse) for (const block of blocks) queue.add(block);
  output.dataset.state = 'busy';
  output.dataset.run = String(++state.id);
  output.setAttribute('aria-busy', 'true');
  const fixed = options.fixed();
  if (fixed) showReference(fixed);
  const gazetteer = loadGazetteer();
  const opts = { ...options.options(), ...(Object.keys(gazetteer).length ? { gazetteer } : {}) };
  client.annotate(text, ranges, opts);
  pump();
}

$('annotate').addEventListener('click', run);
$('file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) source.open(file);
  event.target.value = '';
});
legend.update(state.counts, state.hidden);
correcting.updateInfo();
if (source.text()) run();
