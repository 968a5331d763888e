/** Minimal CLI: `vn-extract FILE...` prints the entities as JSON. Extended by the CLI issue. */
import { readFileSync } from 'node:fs';
import { extract } from '../index.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('-'));
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('usage: vn-extract FILE...\n');
  process.exit(0);
}
const inputs = files.length ? files : ['-'];
let code = 0;
for (const f of inputs) {
  try {
    const text = readFileSync(f === '-' ? 0 : f, 'utf8');
    const entities = extract(text);
    process.stdout.write(JSON.stringify(inputs.length === 1 ? entities : { file: f, entities }, null, inputs.length === 1 ? 2 : 0) + '\n');
  } catch (e) {
    process.stderr.write(`vn-extract: ${f}: ${(e as Error).message}\n`);
    code = 1;
  }
}
process.exit(code);
