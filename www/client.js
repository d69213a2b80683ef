// The main thread's side of the worker (see worker.js for the protocol): start a text, hand
// over its chunks as the worker asks, get each chunk's spans back by callback. Only the
// latest text's results are delivered; older ones are dropped.

import { HEAD_UNITS } from './reference.js';

/** A minimal module with one SIMD instruction (`i8x16.popcnt`): the core is built with
 * WebAssembly SIMD, so an engine that refuses this cannot run it. */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]);

/** Whether this engine runs WebAssembly with SIMD, which the core needs. */
export function hasWasmSimd() {
  return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
}

/** What the page says when the core does not load. */
export function loadErrorMessage(simd = hasWasmSimd()) {
  return simd
    ? 'The annotator could not be loaded (is www/pkg built? run make build).'
    : 'This browser cannot run the annotator: it needs WebAssembly SIMD ' +
        '(Chrome or Edge 91, Firefox 89, Safari 16.4 or later).';
}

export class AnnotationClient {
  /**
   * @param {{onChunk: (id: number, index: number, spans: object[]) => void,
   *          onDone: (id: number) => void,
   *          onError: (id: number, error: {kind: string, message: string}) => void,
   *          onReference: (id: number, reference: {iso: string, source: string}) => void}} handlers
   *   `onReference` says which date a run with `referenceDate: 'auto'` resolves against
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.latest = 0;
    this.ready = false;
    /** @type {{id: number, text: string, chunks: {start: number, end: number}[], options: object, next: number} | null} */
    this.current = null;
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      handlers.onError(this.latest, {
        kind: 'LoadError',
        message: loadErrorMessage(),
      });
    };
  }

  /** Starts annotating; returns the request id. Cancels any earlier request. */
  annotate(text, chunks, options) {
    this.current = { id: ++this.latest, text, chunks, options, next: 0 };
    if (this.ready) this.start();
    return this.current.id;
  }

  start() {
    const { id, options, text } = this.current;
    this.worker.postMessage({ type: 'start', id, options, head: text.slice(0, HEAD_UNITS) });
  }

  /** Hands the worker the next chunk of the current text, or says there are no more. */
  feed() {
    const run = this.current;
    if (run.next < run.chunks.length) {
      const index = run.next++;
      const { start, end } = run.chunks[index];
      this.worker.postMessage({ type: 'chunk', id: run.id, index, start, text: run.text.slice(start, end) });
    } else if (run.next === run.chunks.length) {
      run.next++;
      this.worker.postMessage({ type: 'end', id: run.id });
    }
  }

  receive(message) {
    if (message.type === 'ready') {
      this.ready = true;
      if (this.current) this.start();
      return;
    }
    if (message.id !== this.latest) return;
    if (message.type === 'next') this.feed();
    else if (message.type === 'spans') this.handlers.onChunk(message.id, message.index, message.spans);
    else if (message.type === 'done') this.handlers.onDone(message.id);
    else if (message.type === 'error') this.handlers.onError(message.id, message);
    else if (message.type === 'reference') this.handlers.onReference(message.id, message.reference);
  }
}
