// The page's pure modules, in Node: value words, chunking, the worker's warm-up text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeScore, describeValue, formatIso } from '../../www/describe.js';
import { splitChunks } from '../../www/chunk.js';
import { chooseReference, describeReference, todayIso } from '../../www/reference.js';
import { WARM_UP_TEXT } from '../../www/warmup.js';
import { existsSync } from 'node:fs';

test('values in plain words', () => {
  const cases = [
    [{ number: 95000, bound: 'more-than' }, 'CARDINAL', '95,000 (more than)'],
    [{ number: 3200000000, currency: 'GBP' }, 'MONEY', 'GBP 3,200,000,000'],
    [{ number: 5, currency: 'USD' }, 'MONEY', 'USD 5'],
    [{ iso: '2022-02' }, 'DATE', 'February 2022'],
    [{ iso: '2022-02-24' }, 'DATE', 'Thursday 24 February 2022'],
    [{ iso: '2026-12-08', weekday: 2 }, 'DATE', 'Tuesday 8 December 2026'],
    [{ iso: '--11-29', weekday: 5 }, 'DATE', 'Friday, 29 November'],
    [{ iso: '2024' }, 'DATE', '2024'],
    [{ weekday: 5 }, 'DATE', 'Friday'],
    [{ weekday: 1 }, 'DATE', 'Monday'],
    [{ number: 20, approx: true }, 'PERCENT', 'about 20%'],
    [{ number: 1.5 }, 'PERCENT', '1.5%'],
    [{ number: 5, unit: 'kilometre' }, 'QUANTITY', '5 kilometres'],
    [{ number: 1, unit: 'foot' }, 'QUANTITY', '1 foot'],
    [{ number: 3, unit: 'foot' }, 'QUANTITY', '3 feet'],
    [{ number: 3, unit: 'square foot' }, 'QUANTITY', '3 square feet'],
    [{ number: 30, unit: 'degree Celsius' }, 'QUANTITY', '30 degrees Celsius'],
    [{ number: 87, unit: 'year of age' }, 'QUANTITY', '87 years of age'],
    [{ number: 50, unit: 'kilometre per hour' }, 'QUANTITY', '50 kilometres per hour'],
    [{ number: 90, unit: 'degree of arc' }, 'QUANTITY', '90 degrees (angle)'],
    [{ number: 1, unit: 'degree of arc' }, 'QUANTITY', '1 degree (angle)'],
    [{ unit: 'degree Fahrenheit' }, 'QUANTITY', 'degree Fahrenheit (unit named, no amount)'],
    [{ unit: 'tonne' }, 'QUANTITY', 'tonne (unit named, no amount)'],
    [{}, 'PERCENT', 'a percentage (no amount given)'],
    [{}, 'CARDINAL', ''],
    [{ from: 70, to: 75, unit: 'degree Fahrenheit' }, 'QUANTITY', 'from 70 to 75'],
    [{ number: 2 }, 'ORDINAL', '2nd'],
    [{ number: 11 }, 'ORDINAL', '11th'],
    [{ from: 10, to: 20 }, 'CARDINAL', 'from 10 to 20'],
    [{ from: { iso: '2022-02' }, to: { iso: '2022-03' } }, 'DATE', 'from February 2022 to March 2022'],
    [{ relative: { offset: -1, unit: 'week' } }, 'DATE', 'last week'],
    [{ relative: { offset: -1, unit: 'day' } }, 'DATE', 'yesterday'],
    [{ relative: { offset: 0, unit: 'month' } }, 'DATE', 'this month'],
    [{ relative: { offset: -2, unit: 'year' }, iso: '2024' }, 'DATE', '2024 (2 years ago)'],
    [{ relative: { offset: 3, unit: 'day' } }, 'DATE', 'in 3 days'],
    [{ weekday: 1, relative: { offset: 1, unit: 'week' } }, 'DATE', 'Monday (next week)'],
    [{ iso: '199X' }, 'DATE', 'the 1990s'],
    [{ iso: '--07-04' }, 'DATE', '4 July'],
    [{ iso: '--11' }, 'DATE', 'November'],
    [{ iso: '---18' }, 'DATE', 'the 18th'],
    [{ iso: 'T15' }, 'TIME', '15:00'],
    [{ iso: 'T15:30' }, 'TIME', '15:30'],
    [{ iso: '2026-11-29T09' }, 'TIME', 'Sunday 29 November 2026, 09:00'],
    [{ iso: '2026-12-05T21:00', relative: { offset: 1, unit: 'day' } }, 'TIME', 'Saturday 5 December 2026, 21:00 (tomorrow)'],
    [{ iso: 'T12', weekday: 5 }, 'TIME', 'Friday, 12:00'],
    [{ iso: 'TNI', weekday: 6 }, 'TIME', 'Saturday, night'],
    [{ iso: '2026-11-28TNI', weekday: 6 }, 'TIME', 'Saturday 28 November 2026, night'],
    [{ iso: '--03-03T09:30' }, 'TIME', '3 March, 09:30'],
    [{ iso: 'XXXX-02-30' }, 'DATE', '30 February (no such day)'],
    [{ iso: '2019-02-29' }, 'DATE', '29 February 2019 (no such day)'],
    [{ iso: '2026-W47' }, 'DATE', 'week 47 of 2026'],
    [{ iso: '2026-W47-WE' }, 'DATE', 'the weekend of week 47 of 2026'],
    [{ iso: '2025-Q3' }, 'DATE', 'Q3 2025'],
    [{ iso: 'XXXX-Q3' }, 'DATE', 'Q3, year not given'],
    [{ iso: '--05-04/--05-05' }, 'DATE', '4 May to 5 May'],
    [{ iso: 'FY2024' }, 'DATE', 'fiscal year 2024'],
    [{ iso: 'FY2025-Q2' }, 'DATE', 'Q2 of fiscal year 2025'],
    [{ iso: '2023-H1' }, 'DATE', 'H1 2023'],
    [{ iso: '2019-SU' }, 'DATE', 'summer 2019'],
    [{ iso: 'XXXX-SP' }, 'DATE', 'spring, year not given'],
    [{ iso: '2010/2015' }, 'DATE', '2010 to 2015'],
    [{ iso: 'XXXX-WXX-1/XXXX-WXX-5' }, 'DATE', 'Monday to Friday'],
    [{ iso: 'T18/T21' }, 'TIME', '18:00 to 21:00'],
    [{ iso: '2026-12-03T09:30/2026-12-03T11:00', weekday: 4 }, 'TIME', 'Thursday 3 December 2026, 09:30 to 11:00'],
    [undefined, 'PERSON', ''],
  ];
  for (const [value, label, words] of cases) assert.equal(describeValue(value, label), words, JSON.stringify(value));
  assert.equal(formatIso('not a date'), 'not a date');
  assert.equal(formatIso('2022-13'), '2022-13');
  assert.equal(describeScore(0.934), '93%');
  assert.equal(describeScore(undefined), '');
});

test('the reference date: the article\'s own, its year completed, else today', () => {
  const today = '2026-11-29';
  const full = { iso: '2026-12-03', source: 'published', text: 'Published 3 December 2026' };
  assert.deepEqual(chooseReference(full, today), { iso: '2026-12-03', source: 'published', text: full.text });
  // A dateline without its year: the latest such day on or before today.
  const dec = { iso: '--12-03', source: 'dateline', text: 'Dec 3' };
  assert.deepEqual(chooseReference(dec, today), { iso: '2025-12-03', source: 'dateline', text: 'Dec 3', yearFromToday: true });
  assert.equal(chooseReference({ iso: '--11-29', source: 'dateline', text: 'Nov 29' }, today).iso, '2026-11-29');
  assert.equal(chooseReference({ iso: '--02-29', source: 'dateline', text: 'Feb 29' }, today).iso, '2024-02-29');
  assert.deepEqual(chooseReference(undefined, today), { iso: today, source: 'today' });
  assert.equal(describeReference(chooseReference(dec, today)),
    'Dates read against Wednesday 3 December 2025, the article’s dateline (“Dec 3”; year from today’s date).');
  assert.equal(describeReference({ iso: today, source: 'today' }),
    'Dates read against Sunday 29 November 2026, today’s date: the article states no date of its own.');
  assert.equal(describeReference({ iso: '2025-03-14', source: 'setting' }),
    'Dates read against Friday 14 March 2025, the date set in the options.');
  assert.match(describeReference({ source: 'none' }), /not resolved/);
  assert.equal(todayIso(new Date(2026, 0, 5)), '2026-01-05');
});

test('chunks tile the text and end at paragraph breaks', () => {
  const para = (i) => `Paragraph ${i} ${'word '.repeat(30)}`;
  const text = Array.from({ length: 50 }, (_, i) => para(i)).join('\n\n');
  const chunks = splitChunks(text, 500);
  assert.ok(chunks.length > 1);
  assert.equal(chunks.map((c) => text.slice(c.start, c.end)).join(''), text);
  for (const c of chunks.slice(0, -1)) assert.equal(text.slice(c.end - 2, c.end), '\n\n', 'ends after a blank line');
  for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
  assert.deepEqual(splitChunks(''), []);
  assert.deepEqual(splitChunks('short'), [{ start: 0, end: 5 }]);
});

test('a chunk never splits a surrogate pair', () => {
  const text = '😀'.repeat(1000); // no whitespace anywhere
  for (const size of [7, 100, 333]) {
    const chunks = splitChunks(text, size);
    assert.equal(chunks.map((c) => text.slice(c.start, c.end)).join(''), text);
    for (const c of chunks) assert.equal(c.start % 2, 0, `size ${size}`);
  }
});

test('exports: code points, brat fragments, CoNLL continuation across a line break', async () => {
  const { codePointOffsets, toBrat, toConll, toJsonl, toSpacy } = await import('../../www/export.js');
  const text = 'Hi 😀 Vladimir Putin\nsaid 95,000 in New York\nCity 🎉.';
  const at = (s, label) => { const start = text.indexOf(s); return { start, end: start + s.length, label }; };
  const spans = [at('Vladimir Putin', 'PERSON'), at('95,000', 'CARDINAL'), at('New York\nCity', 'LOC')];
  const cp = codePointOffsets(text);
  assert.deepEqual([0, 3, 5, 6].map(cp), [0, 3, 4, 5]);
  assert.deepEqual(toSpacy(text, spans).ents[0], { start: 5, end: 19, label: 'PERSON' });
  const ann = toBrat(text, spans).ann.trimEnd().split('\n');
  assert.equal(ann[2], `T3\tLOC ${[...text].indexOf('N')} ${[...text].indexOf('N') + 8};${[...text].indexOf('C')} ${[...text].indexOf('C') + 4}\tNew York City`);
  const conll = toConll(text, spans);
  assert.match(conll, /New B-LOC\nYork I-LOC\n\nCity I-LOC\n/);
  assert.match(conll, /^Hi O\n😀 O\nVladimir B-PERSON\nPutin I-PERSON\n\nsaid O\n95,000 B-CARDINAL\n/);
  const rows = toJsonl(text, spans).trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => r.annotations.map((a) => a.text)), [['Vladimir Putin'], ['95,000', 'New York'], []]);
});

test('corrections override overlapping spans; the gazetteer keeps names only, each with its newest label', async () => {
  const { addCorrection, applyCorrections, mergeIntoGazetteer, textKey } = await import('../../www/corrections.js');
  const spans = [{ start: 0, end: 5, label: 'DATE', text: 'a' }, { start: 10, end: 15, label: 'CARDINAL', text: 'b' }];
  let list = addCorrection([], { start: 0, end: 5, text: 'Putin', label: 'PERSON' });
  list = addCorrection(list, { start: 12, end: 20, text: 'x', label: null });
  assert.deepEqual(applyCorrections(spans, list), [{ start: 0, end: 5, label: 'PERSON', text: 'Putin', corrected: true }]);
  list = addCorrection(list, { start: 1, end: 3, text: 'ut', label: 'ORG' });
  assert.equal(list.length, 2, 'an overlapping correction replaces the earlier one');
  assert.deepEqual(
    mergeIntoGazetteer({ PERSON: ['Putin'], ORG: ['Kremlin'] }, [{ text: 'Putin', label: 'ORG' }, { text: 'Kremlin', label: null }]),
    { ORG: ['Putin'] },
  );
  // A gazetteer takes names only: a correction to a number's label leaves it out.
  assert.deepEqual(
    mergeIntoGazetteer({ MISC: ['May Day'] }, [{ text: 'May Day', label: 'DATE' }, { text: 'Friday', label: 'DATE' }, { text: 'Geneva', label: 'LOC' }]),
    { LOC: ['Geneva'] },
  );
  assert.notEqual(textKey('ab'), textKey('ba'));
});

test('zip: stored entries with CRC-32, read back', async () => {
  const { crc32, zipFiles } = await import('../../www/zip.js');
  const { unzipFiles } = await import('./unzip.mjs');
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  const files = [{ name: 'highlit.txt', content: 'Hi 😀 Putin\n' }, { name: 'highlit.ann', content: 'T1\tPERSON 5 10\tPutin\n' }];
  const zip = zipFiles(files);
  assert.deepEqual(unzipFiles(zip), files);
  assert.deepEqual(zipFiles(files), zip, 'the same files give the same bytes');
  const broken = zip.slice();
  broken[30 + 'highlit.txt'.length + 2] ^= 1; // a byte of the first file's data
  assert.throws(() => unzipFiles(broken), /CRC/);
});

test('the SIMD probe is a valid module where SIMD runs, and the page names the need', async () => {
  const { hasWasmSimd, loadErrorMessage } = await import('../../www/client.js');
  // Node has WebAssembly SIMD, as does every engine the core is built for.
  assert.equal(hasWasmSimd(), true);
  assert.match(loadErrorMessage(false), /needs WebAssembly SIMD .*Safari 16\.4/);
  assert.match(loadErrorMessage(true), /could not be loaded/);
});

test('the warm-up text reads every label, so the worker warms every part of the core', async () => {
  const pkg = new URL('../../pkg/node/index.mjs', import.meta.url);
  assert.ok(existsSync(pkg), 'pkg/ is missing: run make build first');
  const { annotate, labels } = await import(pkg.href);
  const found = new Set(annotate(WARM_UP_TEXT).map((a) => a.label));
  assert.deepEqual(labels().filter((l) => !found.has(l)), []);
});
