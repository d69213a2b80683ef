// The eleven labels, in the core's fixed order (`labels()`), with the words the page shows.
// Colours live in style.css, keyed by `data-label`.

/** @type {readonly string[]} */
export const LABELS = Object.freeze([
  'PERSON', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME',
  'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL',
]);

/** The labels of names, the only ones a gazetteer takes; the others come from the number grammar. */
export const NAME_LABELS = Object.freeze(['PERSON', 'ORG', 'LOC', 'MISC']);

/** What each label means, for legend titles. */
export const LABEL_TITLES = Object.freeze({
  PERSON: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
  MISC: 'Other names (nationalities, events, works)',
  DATE: 'Dates',
  TIME: 'Times of day',
  PERCENT: 'Percentages',
  MONEY: 'Money',
  QUANTITY: 'Measurements',
  ORDINAL: 'Ordinals (first, 2nd)',
  CARDINAL: 'Other numbers',
});
