// The annotation worker: runs the wasm core off the main thread, one chunk at a time.
//
// The page hands chunks over as the worker asks for them, so no task on either side copies a
// whole 10 MB text, and a newer text stops an older one within a few chunks:
//   page → {type: 'start', id, options}       worker → {type: 'next', id} (IN_FLIGHT times)
//   page → {type: 'chunk', id, index, start, text}
//                                              worker → {type: 'spans', id, index, spans}
//                                                        (offsets shifted into the whole text)
//                                                        and {type: 'next', id}
//   page → {type: 'end', id}                   worker → {type: 'done', id}
// Also {type: 'ready'} once the core is loaded; {type: 'error', id, kind, message} when the
// options are bad; {type: 'notice', id, message} when the page works around the core:
// a core that does not take `options.gazetteer` yet rejects it as an unknown option, and then
// the gazetteer is applied here, in JavaScript, over the core's spans.

import { Annotator } from './pkg/index.js';
import { applyGazetteer } from './gazetteer.js';

/** Chunks asked for ahead, so the worker need not wait while the page is busy rendering. */
const IN_FLIGHT = 4;

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

function start({ id, options }) {
  latest = id;
  try {
    build(options);
  } catch (error) {
    postMessage({ type: 'error', id, kind: error?.kind ?? 'Error', message: String(error?.message ?? error) });
    return;
  }
  if (cached.gazetteer) {
    postMessage({ type: 'notice', id, message: 'gazetteer applied by the page (this core build does not take one)' });
  }
  for (let i = 0; i < IN_FLIGHT; i++) postMessage({ type: 'next', id });
}

function chunk({ id, index, start: offset, text }) {
  if (id !== latest || !cached.annotator) return;
  let spans = cached.annotator.annotate(text);
  if (cached.gazetteer) spans = applyGazetteer(text, spans, cached.gazetteer);
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
