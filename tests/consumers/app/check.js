// What each browser consumer project runs once it has imported highlit its own way: builds an
// article with real markup (a link, emphasis, a list, a table), highlights it in place, checks
// the marks against annotate(), removes and highlights again, and leaves what it saw on
// <body data-result> for the test to read. The article is built with DOM calls, not HTML.

const ARTICLE = [
  ['h2', 'Talks in Berlin'],
  ['p', 'On Monday, ', ['b', 'Angela'], ' Merkel met ', ['a', 'Emmanuel Macron'], ' in Berlin for 3 hours.'],
  ['ul', ['li', 'The euro rose 0.5% to $1.08.'], ['li', 'About 2,000 people marched.']],
  ['table', ['tr', ['td', 'Paris'], ['td', '12 May 2024']]],
];

function build(spec) {
  const [name, ...content] = spec;
  const el = document.createElement(name);
  if (name === 'a') el.href = '#macron';
  for (const part of content) el.append(typeof part === 'string' ? part : build(part));
  return el;
}

export function check({ highlight, annotate }) {
  const article = document.createElement('article');
  for (const spec of ARTICLE) article.append(build(spec));
  document.body.append(article);
  const before = article.innerHTML;
  const h = highlight(article);
  const marks = [...article.querySelectorAll('mark.highlit')];
  const person = article.querySelector('mark.highlit[data-label="PERSON"]');
  const result = {
    text: h.text,
    annotations: h.annotations,
    marks: marks.map((m) => ({ id: Number(m.dataset.id), label: m.dataset.label, text: m.textContent })),
    sameAsAnnotate: JSON.stringify(annotate(h.text)) === JSON.stringify(h.annotations),
    personBackground: person ? getComputedStyle(person).backgroundColor : null,
  };
  h.remove();
  result.restored = article.innerHTML === before;
  highlight(article);
  document.body.dataset.result = JSON.stringify(result);
}
