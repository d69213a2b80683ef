// The main thread's side of the worker: send a text, get chunk results back by callback.
// Only the latest request's results are delivered; older ones are dropped.

export class AnnotationClient {
  /**
   * @param {{onChunk: (id: number, index: number, spans: object[]) => void,
   *          onDone: (id: number) => void,
   *          onError: (id: number, error: {kind: string, message: string}) => void}} handlers
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.latest = 0;
    this.ready = false;
    this.pending = null;
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      handlers.onError(this.latest, {
        kind: 'LoadError',
        message: 'The annotator could not be loaded (is www/pkg built? run make build).',
      });
    };
  }

  /** Starts annotating; returns the request id. Cancels any earlier request. */
  annotate(text, chunks, options) {
    const request = { id: ++this.latest, text, chunks, options };
    if (this.ready) this.worker.postMessage(request);
    else this.pending = request;
    return request.id;
  }

  receive(message) {
    if (message.type === 'ready') {
      this.ready = true;
      if (this.pending) this.worker.postMessage(this.pending);
      this.pending = null;
      return;
    }
    if (message.id !== this.latest) return;
    if (message.type === 'chunk') this.handlers.onChunk(message.id, message.index, message.spans);
    else if (message.type === 'done') this.handlers.onDone(message.id);
    else if (message.type === 'error') this.handlers.onError(message.id, message);
    else if (message.type === 'notice') this.handlers.onNotice?.(message.id, message.message);
  }
}
