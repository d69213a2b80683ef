// The export buttons: JSON (download and copy), spaCy, JSONL, brat (.txt + .ann in a zip), CoNLL.

import { copyText, download } from './download.js';
import { toBrat, toConll, toJson, toJsonl, toSpacy } from './export.js';
import { zipFiles } from './zip.js';

const JSON_TYPE = 'application/json';
const TEXT_TYPE = 'text/plain;charset=utf-8';

/** @type {[string, string, (t: string, s: object[]) => void][]} */
const FORMATS = [
  ['json', 'JSON', (t, s) => download('highlit.json', `${JSON.stringify(toJson(t, s), null, 2)}\n`, JSON_TYPE)],
  ['spacy', 'spaCy', (t, s) => download('highlit.spacy.json', `${JSON.stringify(toSpacy(t, s))}\n`, JSON_TYPE)],
  ['jsonl', 'JSONL', (t, s) => download('highlit.jsonl', toJsonl(t, s), 'application/jsonl')],
  ['brat', 'brat', (t, s) => {
    // One archive: browsers ask before a page saves two files from one click.
    const { txt, ann } = toBrat(t, s);
    download('highlit.brat.zip', zipFiles([{ name: 'highlit.txt', content: txt }, { name: 'highlit.ann', content: ann }]),
      'application/zip');
  }],
  ['conll', 'CoNLL', (t, s) => download('highlit.conll', toConll(t, s), TEXT_TYPE)],
];

/**
 * @param {HTMLElement} container
 * @param {() => {text: string, spans: object[]} | null} current what to export, or null
 *   while annotation is still running
 * @param {(message: string) => void} say
 */
export function createExportBar(container, current, say) {
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.dataset.format = 'copy-json';
  copy.textContent = 'Copy JSON';
  copy.addEventListener('click', async () => {
    const doc = current();
    if (!doc) return say('Still annotating; export when done.');
    const ok = await copyText(JSON.stringify(toJson(doc.text, doc.spans), null, 2));
    say(ok ? 'JSON copied to the clipboard.' : 'Copying was not allowed; use the JSON download.');
  });
  const label = document.createElement('span');
  label.className = 'export-label';
  label.textContent = 'Export';
  container.append(label, copy);
  for (const [format, name, save] of FORMATS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.format = format;
    button.textContent = name;
    button.addEventListener('click', () => {
      const doc = current();
      if (!doc) return say('Still annotating; export when done.');
      save(doc.text, doc.spans);
    });
    container.append(button);
  }
}
