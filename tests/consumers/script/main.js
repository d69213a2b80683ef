// No bundler: the package's folder copied beside the page, imported by path.
import * as highlit from './highlit/index.js';
import { check } from './check.js';

check(highlit);
