/**
 * Numbers in Vietnamese text, shared by percent, money and dates.
 */
export { parseRoman } from './roman.js';
