// The annotation worker: runs the wasm core off the main thread, one chunk at a time.
//
// In:  {id, text, chunks: [{start, end}], options}
// Out: {type: 'ready'} once the core is loaded, then per run
//      {type: 'chunk', id, index, spans} for each chunk (offsets shifted into the whole text),
//      {type: 'done', id}, or {type: 'error', id, kind, message} when the options are bad.
// A newer request cancels an older one between chunks.

import { Annotator } from './pkg/index.js';

let latest = 0;
let cached = { key: '', annotator: null };

function annotatorFor(options) {
  const key = JSON.stringify(options ?? {});
  if (cached.key !== key || !cached.annotator) {
    cached.annotator?.free?.();
    cached = { key, annotator: null };
    cached.annotator = new Annotator(options ?? undefined);
  }
  return cached.annotator;
}

/** Lets a newer request's message arrive before the next chunk. */
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run({ id, text, chunks, options }) {
  let annotator;
  try {
    annotator = annotatorFor(options);
  } catch (error) {
    postMessage({ type: 'error', id, kind: error?.kind ?? 'Error', message: String(error?.message ?? error) });
    return;
  }
  for (let index = 0; index < chunks.length; index++) {
    if (id !== latest) return;
    const { start, end } = chunks[index];
    const spans = annotator.annotate(text.slice(start, end));
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
