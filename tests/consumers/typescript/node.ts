// A Node program in TypeScript, as an ES module, with no DOM types at all.
import { annotate, Annotator, highlight, labels } from "highlit";
import type { Mention } from "highlit";

const found: Mention[] = annotate("Over 95,000 died after February 2022.");
const annotator = new Annotator();
annotator.annotate("On Friday.");
annotator.free();
// Without the DOM there is no element to give: `highlight` takes `never` (and throws NoDom).
// @ts-expect-error: not an element
highlight({});
export const used = [found, labels()];
