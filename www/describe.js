// An annotation's value in plain words: `95,000 (more than)`, `GBP 3,200,000,000`,
// `February 2022`, `Friday`, `Tuesday 8 December 2026`, `about 20%`. Pure; no DOM.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const BOUNDS = {
  'more-than': 'more than', 'less-than': 'less than', 'at-least': 'at least', 'at-most': 'at most',
};
const PLURALS = { foot: 'feet', inch: 'inches', century: 'centuries', hertz: 'hertz' };
// Units whose canonical name reads better in other words: the name, and a note after it.
const UNIT_WORDS = { 'degree of arc': ['degree', 'angle'] };

/** A number with thousands separators and up to six decimals: 3200000000 → "3,200,000,000". */
export function formatNumber(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

/** 18 → "18th". */
function nth(n) {
  return `${formatNumber(n)}${ordinalSuffix(n)}`;
}

/** A month number (1–12) as its name, or undefined. */
function monthName(mm) {
  return MONTHS[Number(mm) - 1];
}

/** A time of day as the core writes it after `T`: `15` "15:00", `09:30`, a TIMEX part of
 * the day (`NI` "night"). */
function formatClock(t) {
  if (PARTS[t]) return PARTS[t];
  const m = /^(\d{2})(:\d{2})?(:\d{2})?$/.exec(t);
  return m ? `${m[1]}${m[2] ?? ':00'}${m[3] ?? ''}` : t;
}

/** The weekday of a real day (`2026-12-08` "Tuesday"), or undefined. */
function weekdayOf(year, month, day) {
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = d.getUTCFullYear() === Number(year) && d.getUTCMonth() === Number(month) - 1
    && d.getUTCDate() === Number(day);
  return real ? WEEKDAYS[(d.getUTCDay() + 6) % 7] : undefined;
}

/**
 * An ISO 8601 / TIMEX value as the core writes it, in words: `2022` "2022", `2022-02`
 * "February 2022", `2026-12-08` "Tuesday 8 December 2026", `2022-02-25T10:30` "Friday 25
 * February 2022, 10:30", `2026-11-28TNI` "Saturday 28 November 2026, night", `199X` "the
 * 1990s", `--07-04` "4 July", `--03-03T09:30` "3 March, 09:30", `---18` "the 18th", `T15`
 * "15:00", `TMO` "morning", `2026-W47` "week 47 of 2026", `2025-Q3` "Q3 2025", `XXXX-Q3` "Q3,
 * year not given", `FY2024` "fiscal year 2024", `FY2024-Q2` "Q2 of fiscal year 2024",
 * `2019-SU` "summer 2019", `XXXX-SP` "spring, year not given", `2010/2015` "2010 to 2015", `T09/T17` "09:00 to 17:00", `2026-12-03T09:30/2026-12-03T11:00`
 * "Thursday 3 December 2026, 09:30 to 11:00",
 * `XXXX-WXX-1` "Monday", `XXXX-02-30` "30 February (no such day)". Anything else comes back unchanged.
 */
export function formatIso(iso) {
  if (typeof iso !== 'string') return String(iso);
  let m;
  if (iso.includes('/')) {
    const [from, to] = iso.split('/');
    // A span of time on one day says the day once: "3 March 2026, 09:30 to 11:00".
    const [day, clock] = to.split('T');
    if (clock && day && from.startsWith(`${day}T`)) return `${formatIso(from)} to ${formatClock(clock)}`;
    return `${formatIso(from)} to ${formatIso(to)}`;
  }
  if ((m = /^XXXX-WXX-([1-7])$/.exec(iso))) return WEEKDAYS[Number(m[1]) - 1];
  if ((m = /^(\d{3})X$/.exec(iso))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})XX$/.exec(iso))) return `the ${m[1]}00s`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(iso))) {
    return `${m[3] ? 'the weekend of ' : ''}week ${Number(m[2])} of ${m[1]}`;
  }
  if ((m = /^(\d{4})-(Q[1-4]|H[12])$/.exec(iso))) return `${m[2]} ${m[1]}`;
  if ((m = /^XXXX-(Q[1-4]|H[12])$/.exec(iso))) return `${m[1]}, year not given`;
  if ((m = /^FY(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(iso))) {
    return m[2] ? `${m[2]} of fiscal year ${m[1]}` : `fiscal year ${m[1]}`;
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(iso))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(iso))) return `${SEASONS[m[1]]}, year not given`;
  if ((m = /^--(\d{2})(?:-(\d{2}))?(?:T(.+))?$/.exec(iso)) && monthName(m[1])) {
    const date = m[2] ? `${Number(m[2])} ${monthName(m[1])}` : monthName(m[1]);
    return m[3] ? `${date}, ${formatClock(m[3])}` : date;
  }
  if ((m = /^XXXX-(\d{2})-(\d{2})$/.exec(iso)) && monthName(m[1])) {
    return `${Number(m[2])} ${monthName(m[1])} (no such day)`;
  }
  if ((m = /^---(\d{2})$/.exec(iso))) return `the ${nth(Number(m[1]))}`;
  if ((m = /^T(.+)$/.exec(iso))) return formatClock(m[1]);
  m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(.+))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day, time] = m;
  if (month && !monthName(month)) return iso;
  let words = year;
  if (month) words = `${monthName(month)} ${year}`;
  if (day) {
    const weekday = weekdayOf(year, month, day);
    words = weekday ? `${weekday} ${Number(day)} ${words}` : `${Number(day)} ${words} (no such day)`;
  }
  if (time) words = `${words}, ${formatClock(time)}`;
  return words;
}

/** `{offset: -1, unit: "week"}` → "last week"; `{offset: -2, unit: "day"}` → "2 days ago". */
export function formatRelative(rel) {
  if (rel == null || typeof rel !== 'object') return rel == null ? '' : String(rel);
  const { offset, unit } = rel;
  if (typeof offset !== 'number' || typeof unit !== 'string') return describeValue(rel);
  if (unit === 'day' && Math.abs(offset) <= 1) return ['yesterday', 'today', 'tomorrow'][offset + 1];
  if (offset === 0) return `this ${unit}`;
  if (offset === -1) return `last ${unit}`;
  if (offset === 1) return `next ${unit}`;
  const n = `${Math.abs(offset)} ${plural(unit, Math.abs(offset))}`;
  return offset < 0 ? `${n} ago` : `in ${n}`;
}

/**
 * A unit for n of it. In a name of several words the head counts: `square feet`, `degrees
 * Celsius`, `years of age`, `kilometres per hour`.
 */
function plural(unit, n) {
  if (n === 1) return unit;
  const [, head, rest] = /^(.*?)((?: (?:of|per) | [A-Z]).*)?$/.exec(unit);
  const [, before, last] = /^(.* )?(\S+)$/.exec(head);
  const many = PLURALS[last] ?? (/(s|x|z|ch|sh)$/.test(last) ? `${last}es` : `${last}s`);
  return `${before ?? ''}${many}${rest ?? ''}`;
}

/** A unit in words for n of it (a unit named alone when n is undefined): "90 degrees (angle)". */
function unitWords(unit, n) {
  const [name, note] = UNIT_WORDS[unit] ?? [unit];
  const words = n === undefined ? name : `${formatNumber(n)} ${plural(name, n)}`;
  return note ? `${words} (${note})` : words;
}

/** The value's quantity part: number with currency, percent sign or unit. */
function amount(value, label) {
  if (typeof value.number !== 'number') {
    const ranged = value.from !== undefined || value.to !== undefined;
    if (ranged) return '';
    // `convert 10 celsius to fahrenheit`: a unit named without an amount.
    if (value.unit) return `${unitWords(value.unit)} (unit named, no amount)`;
    // `the % of increase`: a percentage whose amount the text does not give.
    return label === 'PERCENT' ? 'a percentage (no amount given)' : '';
  }
  const n = formatNumber(value.number);
  if (value.currency) return `${value.currency} ${n}`;
  if (label === 'PERCENT') return `${n}%`;
  if (value.unit) return unitWords(value.unit, value.number);
  if (label === 'ORDINAL') return nth(value.number);
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
  if (typeof v === 'string') return formatIso(v);
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
  // A weekday before what the value says of its day or time (`Friday, 12:00`), unless the
  // resolved date says it already (`Friday 27 November 2026`).
  const weekday = value.weekday !== undefined ? WEEKDAYS[value.weekday - 1] ?? `weekday ${value.weekday}` : undefined;
  const dated = typeof value.iso === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.iso);
  if (weekday && !dated) words.push(weekday);
  if (value.iso !== undefined) words.push(formatIso(value.iso));
  if (value.from !== undefined || value.to !== undefined) {
    const range = [];
    if (value.from !== undefined) range.push(`from ${part(value.from, label)}`);
    if (value.to !== undefined) range.push(`to ${part(value.to, label)}`);
    words.push(range.join(' '));
  }
  if (value.relative !== undefined) {
    const rel = formatRelative(value.relative);
    // A resolved date says it already; the relative reading follows it in brackets.
    if (value.iso !== undefined || value.weekday !== undefined) words[words.length - 1] += ` (${rel})`;
    else words.push(rel);
  }
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
