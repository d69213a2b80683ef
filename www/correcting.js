// The ways in to corrections: a highlight (click, or Enter / Space on it) or a selection
// opens the editor; the options panel counts the corrections and the gazetteer, remembers
// the corrections as a gazetteer, and resets everything.

import { loadGazetteer, mergeIntoGazetteer, resetAll, saveGazetteer } from './corrections.js';
import { createEditor } from './editor.js';
import { selectedRange } from './selection.js';

/**
 * @param {object} parts
 * @param {HTMLElement} parts.output the element holding the marks
 * @param {HTMLElement} parts.editorBox the popover element
 * @param {{corrections: HTMLElement, gazetteer: HTMLElement, remember: HTMLButtonElement,
 *          reset: HTMLButtonElement}} parts.panel
 * @param {() => {text: string, corrections: object[], spanAt: (start: number) => object | undefined,
 *          done: boolean}} parts.current the shown text and its state
 * @param {(correction: {start: number, end: number, text: string, label: string | null}) => void} parts.onCorrect
 * @param {() => void} parts.onReset after every correction and the gazetteer were forgotten
 * @param {() => void} parts.beforeOpen e.g. hide the tooltip
 * @param {(message: string) => void} parts.say
 */
export function attachCorrecting({ output, editorBox, panel, current, onCorrect, onReset, beforeOpen, say }) {
  const editor = createEditor(editorBox, (target, label) => {
    onCorrect({ start: target.start, end: target.end, text: target.text, label });
  });

  const markOf = (target) => (target instanceof Element ? target.closest('mark.ent') : null);

  function editMark(mark) {
    const { text, spanAt } = current();
    const span = spanAt(Number(mark.dataset.start));
    if (!span) return;
    beforeOpen();
    editor.open({ start: span.start, end: span.end, text: text.slice(span.start, span.end), label: span.label },
      mark.getBoundingClientRect(), mark);
  }

  function offerSelection() {
    const { text, done } = current();
    if (!done) return;
    const range = selectedRange(output, text);
    if (!range) return;
    beforeOpen();
    editor.open({ ...range, text: text.slice(range.start, range.end) },
      document.getSelection().getRangeAt(0).getBoundingClientRect());
  }

  output.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark && document.getSelection()?.isCollapsed !== false) editMark(mark);
  });
  output.addEventListener('keydown', (event) => {
    const mark = markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      editMark(mark);
    }
  });
  output.addEventListener('mouseup', () => setTimeout(offerSelection, 0));
  output.addEventListener('keyup', (event) => { if (event.shiftKey) offerSelection(); });

  function updateInfo() {
    const n = current().corrections.length;
    panel.corrections.textContent = n
      ? `${n} correction${n === 1 ? '' : 's'} to this text.`
      : 'No corrections to this text.';
    const names = Object.values(loadGazetteer()).reduce((sum, list) => sum + list.length, 0);
    panel.gazetteer.textContent = names
      ? `Your gazetteer has ${names} name${names === 1 ? '' : 's'}, used for every text.`
      : 'Your gazetteer is empty.';
    panel.remember.disabled = n === 0;
  }

  panel.remember.addEventListener('click', () => {
    saveGazetteer(mergeIntoGazetteer(loadGazetteer(), current().corrections));
    updateInfo();
    say('Corrections remembered as your gazetteer.');
  });
  panel.reset.addEventListener('click', () => {
    resetAll();
    onReset();
  });

  return { updateInfo, close: () => editor.close() };
}
