// An annotation's value in plain words: `95,000 (more than)`, `GBP 3,200,000,000`,
// `February 2022`, `Friday`, `about 20%`. Pure; no DOM.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const BOUNDS = {
  'more-than': 'more than', 'less-than': 'less than', 'at-least': 'at least', 'at-most': 'at most',
};
const PLURALS = { foot: 'feet', inch: 'inches', century: 'centuries', hertz: 'hertz' };

/** A number with thousands separators and up to six decimals: 3200000000 → "3,200,000,000". */
export function formatNumber(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** An ISO date (`2022`, `2022-02`, `2022-02-25`, optionally `T10:30`) in words. */
export function formatIso(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}:\d{2}(?::\d{2})?))?$/.exec(iso);
  if (!m) return String(iso);
  const [, year, month, day, time] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return String(iso);
  let words = year;
  if (monthName) words = `${monthName} ${year}`;
  if (day) words = `${Number(day)} ${words}`;
  if (time) words = `${words}, ${time}`;
  return words;
}

function plural(unit, n) {
  if (n === 1) return unit;
  if (PLURALS[unit]) return PLURALS[unit];
  return /(s|x|z|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`;
}

/** The value's quantity part: number with currency, percent sign or unit. */
function amount(value, label) {
  if (typeof value.number !== 'number') return '';
  const n = formatNumber(value.number);
  if (value.currency) return `${value.currency} ${n}`;
  if (label === 'PERCENT') return `${n}%`;
  if (value.unit) return `${n} ${plural(value.unit, value.number)}`;
  if (label === 'ORDINAL') return `${n}${ordinalSuffix(value.number)}`;
  return n;
}

function ordinalSuffix(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** A value that may be nested (`from`/`to`) or a bare number/string. */
function part(v, label) {
  if (v == null) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return /^\d{4}(-|$)/.test(v) ? formatIso(v) : v;
  if (typeof v === 'object') return describeValue(v, label);
  return String(v);
}

/**
 * @param {object | undefined | null} value the annotation's `value`
 * @param {string} [label]
 * @returns {string} plain words, or "" when there is no value
 */
export function describeValue(value, label) {
  if (value == null || typeof value !== 'object') return value == null ? '' : String(value);
  const words = [];
  const known = new Set(['number', 'currency', 'unit', 'approx', 'bound', 'iso', 'weekday',
    'from', 'to', 'relative']);
  const qty = amount(value, label);
  if (qty) words.push(qty);
  if (value.iso !== undefined) words.push(formatIso(value.iso));
  if (value.weekday !== undefined) words.push(WEEKDAYS[value.weekday - 1] ?? `weekday ${value.weekday}`);
  if (value.from !== undefined || value.to !== undefined) {
    const range = [];
    if (value.from !== undefined) range.push(`from ${part(value.from, label)}`);
    if (value.to !== undefined) range.push(`to ${part(value.to, label)}`);
    words.push(range.join(' '));
  }
  if (value.relative !== undefined) words.push(`relative: ${part(value.relative, label)}`);
  for (const [key, v] of Object.entries(value)) {
    if (!known.has(key)) words.push(`${key}: ${part(v, label)}`);
  }
  let text = words.join(', ');
  if (value.approx) text = `about ${text}`;
  if (value.bound) text = `${text} (${BOUNDS[value.bound] ?? value.bound})`;
  return text.trim();
}

/** A score in 0–1 as a percentage: 0.934 → "93%". */
export function describeScore(score) {
  return typeof score === 'number' ? `${Math.round(score * 100)}%` : '';
}
