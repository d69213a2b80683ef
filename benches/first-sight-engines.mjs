// The engines the first-sight benchmark runs in Node, by name: each is loaded, then `run(text)`
// annotates one text. highlit is the built npm package (pkg/); the peers are the bench's own
// dev dependencies (benches/peers/), never highlit's.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const peers = createRequire(resolve(HERE, 'peers/package.json'));

export const ENGINES = {
  /** The free function, as a new user calls it: `annotate(text)` per document. */
  async 'highlit-annotate'() {
    const { annotate } = await import(resolve(HERE, '../pkg/node/index.mjs'));
    return (text) => annotate(text).length;
  },
  /** One `Annotator` built first and reused for every document. */
  async 'highlit-annotator'() {
    const { Annotator } = await import(resolve(HERE, '../pkg/node/index.mjs'));
    const annotator = new Annotator();
    return (text) => annotator.annotate(text).length;
  },
  /** wink-nlp with its English lite model: named entities (dates, numbers, money, … but no
   * person, organisation or place labels). */
  async wink() {
    const winkNLP = peers('wink-nlp');
    const model = peers('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (text) => nlp.readDoc(text).entities().out(its.detail).length;
  },
  /** compromise: people, places, organisations and numbers, with their offsets. */
  async compromise() {
    const nlp = peers('compromise');
    return (text) => {
      const doc = nlp(text);
      const opts = { offset: true };
      return doc.people().json(opts).length + doc.places().json(opts).length +
        doc.organizations().json(opts).length + doc.numbers().json(opts).length;
    };
  },
};
