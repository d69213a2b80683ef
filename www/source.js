// Where the text comes from: the text area, typed or pasted. Typing is debounced; a paste
// too large for the text area (Chromium takes seconds to lay out megabytes in one) is kept
// beside it, and the page says so.

/** Pastes at least this long (UTF-16 units) are kept out of the text area (laying out
 * 200,000 characters there takes Chromium about 100 ms; 10 MB, ten seconds). */
const LARGE = 200_000;
const DEBOUNCE_MS = 250;

/**
 * @param {HTMLTextAreaElement} input
 * @param {HTMLElement} note says where a large paste went
 * @param {() => void} onChange called when the text changed (debounced while typing)
 * @returns {{text: () => string, open: (file: File) => Promise<void>, cancelPending: () => void}}
 */
export function attachSource(input, note, onChange) {
  let detached = null;
  let timer = 0;

  function setDetached(text) {
    detached = text;
    note.hidden = text === null;
    if (text !== null) {
      const millions = (text.length / 1e6).toFixed(1);
      note.textContent = `A text of ${millions} million characters was pasted. It is too large to `
        + 'edit in the box, so it is shown only below. Type or paste in the box to replace it.';
    }
  }

  /** Replaces the text: in the text area when it fits, beside it when it is large. */
  function replace(text) {
    if (text.length < LARGE) {
      setDetached(null);
      input.value = text;
    } else {
      setDetached(text);
      input.value = '';
    }
    clearTimeout(timer);
    onChange();
  }

  input.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (detached === null && input.value.length + pasted.length < LARGE) return; // a normal paste
    event.preventDefault();
    replace(detached !== null
      ? pasted
      : input.value.slice(0, input.selectionStart) + pasted + input.value.slice(input.selectionEnd));
  });

  input.addEventListener('input', (event) => {
    if (detached !== null) setDetached(null);
    clearTimeout(timer);
    // Typing waits for a pause; a paste or a drop is the whole text at once: answer now.
    if (event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop') onChange();
    else timer = setTimeout(onChange, DEBOUNCE_MS);
  });

  return {
    text: () => detached ?? input.value,
    /** Reads a text file (UTF-8) as the new text. */
    open: async (file) => replace(await file.text()),
    cancelPending: () => clearTimeout(timer),
  };
}
