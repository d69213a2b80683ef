// webpack 5, production: the package's wasm is an asset webpack finds through
// `new URL(…, import.meta.url)`, its top-level await is webpack's default, and its stylesheet
// goes through webpack's own CSS support.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export default {
  mode: 'production',
  context: here,
  entry: './main.js',
  output: { path: join(here, 'dist'), filename: 'main.js', clean: true },
  experiments: { css: true },
};
