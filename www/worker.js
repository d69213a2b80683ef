// The annotation worker: runs the wasm core off the main thread, one chunk at a time.
//
// The page hands chunks over as the worker asks for them, so no task on either side copies a
// whole 10 MB text, and a newer text stops an older one within a few chunks:
//   page → {type: 'start', id, options, head}  worker → {type: 'next', id} (IN_FLIGHT times)
//   page → {type: 'chunk', id, index, start, text}
//                                              worker → {type: 'spans', id, index, spans}
//                                                        (offsets shifted into the whole text)
//                                                        and {type: 'next', id}
//   page → {type: 'end', id}                   worker → {type: 'done', id}
// Also {type: 'ready'} once the core is loaded, and {type: 'error', id, kind, message} when the
// core refuses the options (a bad reference date, a bad gazetteer): its `kind` and message.
// With `options.referenceDate` 'auto', the worker settles the date from the text's `head` (the
// article's own date, else today: reference.js) before the first chunk, annotates every chunk
// against it, and says which with {type: 'reference', id, reference}.

import { Annotator, articleDate } from './pkg/index.js';
import { chooseReference, todayIso } from './reference.js';

/** Chunks asked for ahead, so the worker need not wait while the page is busy rendering. */
const IN_FLIGHT = 4;

let latest = 0;
let cached = { key: '', annotator: null };

/** Builds the annotator for `options`, or reuses the last one; throws the core's error. */
function build(options) {
  const key = JSON.stringify(options ?? {});
  if (cached.key === key && cached.annotator) return;
  const annotator = new Annotator(options ?? undefined);
  cached.annotator?.free();
  cached = { key, annotator };
}

function start({ id, options, head }) {
  latest = id;
  if (options?.referenceDate === 'auto') {
    const reference = chooseReference(articleDate(head ?? ''), todayIso());
    options = { ...options, referenceDate: reference.iso };
    postMessage({ type: 'reference', id, reference });
  }
  try {
    build(options);
  } catch (error) {
    postMessage({ type: 'error', id, kind: error?.kind ?? 'Error', message: String(error?.message ?? error) });
    return;
  }
  for (let i = 0; i < IN_FLIGHT; i++) postMessage({ type: 'next', id });
}

function chunk({ id, index, start: offset, text }) {
  if (id !== latest || !cached.annotator) return;
  const spans = cached.annotator.annotate(text);
  if (offset) for (const span of spans) { span.start += offset; span.end += offset; }
  postMessage({ type: 'spans', id, index, spans });
  postMessage({ type: 'next', id });
}

self.onmessage = ({ data }) => {
  if (data.type === 'start') start(data);
  else if (data.type === 'chunk') chunk(data);
  else if (data.type === 'end' && data.id === latest) postMessage({ type: 'done', id: data.id });
};

postMessage({ type: 'ready' });
