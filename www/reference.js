// The reference date the page resolves a text's dates against, and the words that say which
// it used and why. Pure; no DOM.
//
// By default (`auto`) the page takes the date the article states for itself (the core's
// `articleDate`: a dateline, a `Published` line, a date alone near the top); a dateline
// without its year (`WASHINGTON, Dec 3 (Reuters) -`) takes the year that puts it on or
// before today; an article that states no date is read against today's date.

import { formatIso } from './describe.js';

/** How many UTF-16 code units from the top the worker reads the article's date in (the
 * core reads at most 2000 bytes, and no character takes less than one unit). */
export const HEAD_UNITS = 2000;

/** Today's date where the reader is, as `YYYY-MM-DD`. */
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether `YYYY-MM-DD` names a real day. */
function realDay(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * The reference date for a text whose own date is `stated` (what `articleDate` returned, or
 * undefined), on `today` (`YYYY-MM-DD`).
 * @returns {{iso: string, source: string, text?: string, yearFromToday?: boolean}}
 *   `source` is the article's (`dateline`, `published`, `alone`) or `today`
 */
export function chooseReference(stated, today) {
  if (!stated || typeof stated.iso !== 'string') return { iso: today, source: 'today' };
  if (realDay(stated.iso)) return { iso: stated.iso, source: stated.source, text: stated.text };
  const m = /^--(\d{2})-(\d{2})$/.exec(stated.iso);
  if (!m) return { iso: today, source: 'today' };
  // The latest such day on or before today (the 29th of February: in a leap year).
  for (let year = Number(today.slice(0, 4)); year > Number(today.slice(0, 4)) - 8; year--) {
    const iso = `${String(year).padStart(4, '0')}-${m[1]}-${m[2]}`;
    if (realDay(iso) && iso <= today) {
      return { iso, source: stated.source, text: stated.text, yearFromToday: true };
    }
  }
  return { iso: today, source: 'today' };
}

const WHY = {
  dateline: 'the article’s dateline',
  published: 'the date the article gives as published',
  alone: 'the date at the top of the article',
  today: 'today’s date: the article states no date of its own',
  setting: 'the date set in the options',
};

/**
 * What the page tells the reader of the reference date it used: "Dates read against Tuesday
 * 8 December 2026, the article’s dateline (“Dec 8”; year from today’s date)".
 * @param {{iso?: string, source: string, text?: string, yearFromToday?: boolean}} ref
 *   `source` `none` when dates are left unresolved
 */
export function describeReference(ref) {
  if (!ref || ref.source === 'none' || !ref.iso) {
    return 'Dates are not resolved: no reference date (see the options).';
  }
  const quoted = ref.text ? ` (“${ref.text}”${ref.yearFromToday ? '; year from today’s date' : ''})` : '';
  return `Dates read against ${formatIso(ref.iso)}, ${WHY[ref.source] ?? ref.source}${quoted}.`;
}
