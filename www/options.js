// Options kept between visits: the reference date that dates said relative to the time of
// writing (`yesterday`, `Friday`, `February 11`) are resolved against — the article's own
// date, else today's (`auto`, the default); a date the reader sets; or none.

import { readPref, writePref } from './prefs.js';

const DATE_KEY = 'highlit.referenceDate';
const MODE_KEY = 'highlit.referenceMode';
const MODES = ['auto', 'date', 'none'];

/**
 * @param {HTMLSelectElement} modeSelect options `auto`, `date`, `none`
 * @param {HTMLInputElement} dateInput an `<input type="date">`; setting it chooses `date`
 * @param {() => void} onChange
 * @returns {{options: () => {referenceDate?: string},
 *            fixed: () => ({iso?: string, source: string} | null)}}
 *   `options` for the core (`referenceDate: 'auto'` is settled by the worker); `fixed`, the
 *   reference to show when it does not depend on the text (null for `auto`)
 */
export function attachOptions(modeSelect, dateInput, onChange) {
  const saved = readPref(DATE_KEY);
  if (typeof saved === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saved)) dateInput.value = saved;
  const savedMode = readPref(MODE_KEY);
  // Before modes, a saved date meant "use this date".
  modeSelect.value = MODES.includes(savedMode) ? savedMode : dateInput.value ? 'date' : 'auto';
  const save = () => {
    writePref(MODE_KEY, modeSelect.value);
    writePref(DATE_KEY, dateInput.value || null);
    onChange();
  };
  modeSelect.addEventListener('change', save);
  dateInput.addEventListener('change', () => {
    modeSelect.value = dateInput.value ? 'date' : 'auto';
    save();
  });
  const mode = () => (modeSelect.value === 'date' && !dateInput.value ? 'auto' : modeSelect.value);
  return {
    options() {
      if (mode() === 'date') return { referenceDate: dateInput.value };
      return mode() === 'auto' ? { referenceDate: 'auto' } : {};
    },
    fixed() {
      if (mode() === 'date') return { iso: dateInput.value, source: 'setting' };
      return mode() === 'none' ? { source: 'none' } : null;
    },
  };
}
