// A Node program in TypeScript, as CommonJS.
import highlit = require("highlit");

const found: highlit.Mention[] = highlit.annotate("Over 95,000 died.");
export const labels = found.map((a) => a.label satisfies highlit.Label);
