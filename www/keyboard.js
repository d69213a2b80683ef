// Arrow keys between highlights: → / ↓ next, ← / ↑ previous, Home / End first / last.

/** @param {HTMLElement} output the element holding the marks */
export function attachKeyboard(output) {
  output.addEventListener('keydown', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark.ent') : null;
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const marks = () => output.querySelectorAll('mark.ent');
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
