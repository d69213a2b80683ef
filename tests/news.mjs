// News-like texts made from a seed, for the JS and browser tests that annotate many different
// documents: the JS twin of tests/common/news.rs (same words, from tests/news-words.json;
// same generator, so a seed gives the same text in both).

import { readFileSync } from 'node:fs';

const WORDS = JSON.parse(readFileSync(new URL('./news-words.json', import.meta.url), 'utf8'));
const MASK = (1n << 64n) - 1n;

/** xorshift64*, as `Seeded` in news.rs. */
class Seeded {
  constructor(seed) {
    this.s = ((BigInt(seed) * 0x9E3779B97F4A7C15n) & MASK) | 1n;
  }

  below(n) {
    let s = this.s;
    s ^= s >> 12n;
    s ^= (s << 25n) & MASK;
    s ^= s >> 27n;
    this.s = s;
    return Number(((s * 0x2545F4914F6CDD1Dn) & MASK) >> 33n) % n;
  }

  pick(from) {
    return from[this.below(from.length)];
  }
}

const upperFirst = (w) => w[0].toUpperCase() + w.slice(1);

function madeUp(r) {
  let w = '';
  for (let k = 2 + r.below(3); k > 0; k--) w += r.pick(WORDS.syllables);
  return upperFirst(w);
}

/** A text of `sentences` sentences from `seed`: lines of news, now and then a headline. */
export function news(seed, sentences) {
  const r = new Seeded(seed);
  let text = '';
  for (let s = 0; s < sentences; s++) {
    if (r.below(8) === 0) {
      text += `${[r.pick(WORDS.names), r.pick(WORDS.words), r.pick(WORDS.names)].join(' ').toUpperCase()}\n`;
      continue;
    }
    const sentence = [];
    for (let k = 0, n = 4 + r.below(10); k < n; k++) {
      const kind = r.below(5);
      if (kind <= 1) sentence.push(r.pick(WORDS.names));
      else if (kind === 2 && k > 0 && r.below(3) === 0) sentence.push(madeUp(r));
      else sentence.push(r.pick(WORDS.words));
    }
    text += upperFirst(sentence.join(' ')) + (r.below(4) === 0 ? '.\n' : '. ');
  }
  return text;
}

/** A long text in which almost every word is a new form (fills the model's kept sums). */
export function manyForms(seed, words) {
  const r = new Seeded(seed);
  let text = '';
  for (let k = 0; k < words; k++) text += `${madeUp(r)}${k}${k % 12 === 11 ? ' said Musk.\n' : ' '}`;
  return text;
}
