// A browser app in TypeScript (the default lib of its target: ES2022 and the DOM).
import { annotate, Annotator, highlight, labels } from "highlit";
import type { HighlightOptions, Label, Mention } from "highlit";

const found: Mention[] = annotate("Over 95,000 died after February 2022.");
const start: number = found[0].start;
const every: Label[] = labels();
const dates = new Annotator({ labels: ["DATE"], referenceDate: "2026-11-29" });
dates.annotate("On Friday.");
dates.free();

const article = document.querySelector("article");
if (article) {
  const options: HighlightOptions = { labels: ["PERSON"], skip: "code, pre, .aside", focusable: true };
  const h = highlight(article, options);
  const text: string = h.text;
  const spans: Mention[] = h.annotations;
  h.remove();
  {
    using scoped = highlight(article);
    scoped.remove();
  }
  // @ts-expect-error: no such label
  annotate("x", { labels: ["PLACE"] });
  // @ts-expect-error: an element, not a selector
  highlight("article");
  console.log(start, every, text, spans);
}
