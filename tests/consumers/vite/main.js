// A Vite app's use of highlit: the package by name, its stylesheet imported beside it.
import * as highlit from 'highlit';
import 'highlit/highlit.css';
import { check } from './check.js';

check(highlit);
