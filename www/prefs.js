// Preferences kept in localStorage: which labels are hidden, and `readPref`/`writePref` for
// the other modules' keys (corrections, gazetteer, reference date). Storage may be unavailable
// (private modes, file://); then nothing is remembered and nothing breaks.

const HIDDEN_KEY = 'highlit.hidden';

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not remembered; the page works the same.
  }
}

/** @returns {Set<string>} */
export function loadHidden() {
  const value = read(HIDDEN_KEY);
  return new Set(Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
}

/** @param {ReadonlySet<string>} hidden */
export function saveHidden(hidden) {
  write(HIDDEN_KEY, [...hidden]);
}

export { read as readPref, write as writePref };
