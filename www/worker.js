// The annotation worker: runs the wasm core off the main thread, one chunk at a time.
//
// In:  {id, text, chunks: [{start, end}], options}
// Out: {type: 'ready'} once the core is loaded, then per run
//      {type: 'notice', id, message} when the page works around the core (see below),
//      {type: 'chunk', id, index, spans} for each chunk (offsets shifted into the whole text),
//      {type: 'done', id}, or {type: 'error', id, kind, message} when the options are bad.
// A newer request cancels an older one between chunks.
//
// A core that does not take `options.gazetteer` yet rejects it as an unknown option; then the
// gazetteer is applied here, in JavaScript, over the core's spans.

import { Annotator } from './pkg/index.js';
import { applyGazetteer } from './gazetteer.js';

let latest = 0;
let cached = { key: '', annotator: null, gazetteer: null };

function build(options) {
  const key = JSON.stringify(options ?? {});
  if (cached.key === key && cached.annotator) return cached;
  cached.annotator?.free?.();
  cached = { key: '', annotator: null, gazetteer: null };
  let annotator;
  let gazetteer = null;
  try {
    annotator = new Annotator(options ?? undefined);
  } catch (error) {
    if (error?.kind !== 'InvalidOptions' || !options?.gazetteer) throw error;
    const { gazetteer: names, ...rest } = options;
    annotator = new Annotator(rest);
    gazetteer = names;
  }
  cached = { key, annotator, gazetteer };
  return cached;
}

/** Lets a newer request's message arrive before the next chunk (a message, not a timer:
 * nested timers are clamped to 4 ms, which adds up over hundreds of chunks). */
const channel = new MessageChannel();
let resume = null;
channel.port1.onmessage = () => resume?.();
const yieldToMessages = () => new Promise((resolve) => {
  resume = resolve;
  channel.port2.postMessage(null);
});

async function run({ id, text, chunks, options }) {
  let built;
  try {
    built = build(options);
  } catch (error) {
    postMessage({ type: 'error', id, kind: error?.kind ?? 'Error', message: String(error?.message ?? error) });
    return;
  }
  const { annotator, gazetteer } = built;
  if (gazetteer) {
    postMessage({ type: 'notice', id, message: 'gazetteer applied by the page (this core build does not take one)' });
  }
  for (let index = 0; index < chunks.length; index++) {
    if (id !== latest) return;
    const { start, end } = chunks[index];
    const piece = text.slice(start, end);
    let spans = annotator.annotate(piece);
    if (gazetteer) spans = applyGazetteer(piece, spans, gazetteer);
    if (start) for (const span of spans) { span.start += start; span.end += start; }
    postMessage({ type: 'chunk', id, index, spans });
    await yieldToMessages();
  }
  if (id === latest) postMessage({ type: 'done', id });
}

self.onmessage = (event) => {
  latest = event.data.id;
  run(event.data);
};

postMessage({ type: 'ready' });
