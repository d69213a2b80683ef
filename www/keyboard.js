// Arrow keys between highlights: → / ↓ next, ← / ↑ previous, Home / End first / last.

/**
 * @param {HTMLElement} output the element holding the marks
 * @param {string} [selector] the highlights to move between (the article page's are
 *   `mark.highlit[tabindex]`, the first mark of each)
 */
export function attachKeyboard(output, selector = 'mark.ent') {
  output.addEventListener('keydown', (event) => {
    const mark = event.target instanceof Element ? event.target.closest(selector) : null;
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const marks = () => output.querySelectorAll(selector);
    let target = null;
    if (step) {
      const all = [...marks()];
      target = all[all.indexOf(mark) + step];
    } else if (event.key === 'Home') {
      target = marks()[0];
    } else if (event.key === 'End') {
      const all = marks();
      target = all[all.length - 1];
    }
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  });
}
