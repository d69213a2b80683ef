// Options kept between visits: the reference date for relative dates (`yesterday`, `Friday`).

import { readPref, writePref } from './prefs.js';

const DATE_KEY = 'highlit.referenceDate';

/**
 * @param {HTMLInputElement} dateInput an `<input type="date">`
 * @param {() => void} onChange
 * @returns {{options: () => {referenceDate?: string}}}
 */
export function attachOptions(dateInput, onChange) {
  const saved = readPref(DATE_KEY);
  if (typeof saved === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saved)) dateInput.value = saved;
  dateInput.addEventListener('change', () => {
    writePref(DATE_KEY, dateInput.value || null);
    onChange();
  });
  return {
    options: () => (dateInput.value ? { referenceDate: dateInput.value } : {}),
  };
}
