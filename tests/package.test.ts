/** The built package: ESM and CommonJS entry points with types, no file reads, browser-bundleable. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.js')) && existsSync(join(dist, 'index.cjs'));

describe.skipIf(!built)('built package (run `npm run build` first)', () => {
  const sample = 'Chiều 21/7/2021, Chủ tịch UBND tỉnh Nguyễn Văn An cho biết doanh thu đạt 486,8 tỷ đồng, tăng 7,7%.';

  it('works with import', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { extract } from 'vn-extract'; console.log(JSON.stringify(extract(${JSON.stringify(sample)})));`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(Array.isArray(JSON.parse(out))).toBe(true);
  });

  it('works with require', () => {
    const out = execFileSync(
      process.execPath,
      ['-e', `const { extract } = require('vn-extract'); console.log(JSON.stringify(extract(${JSON.stringify(sample)})));`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(Array.isArray(JSON.parse(out))).toBe(true);
  });

  it('ships type declarations for both', () => {
    for (const f of ['index.d.ts', 'index.d.cts']) {
      const dts = readFileSync(join(dist, f), 'utf8');
      expect(dts).toMatch(/declare function extract\(/);
      expect(dts).not.toMatch(/:\s*any\b/);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: { '.': { import: { types: string }; require: { types: string } } };
      sideEffects: boolean;
    };
    expect(existsSync(join(root, pkg.exports['.'].import.types))).toBe(true);
    expect(existsSync(join(root, pkg.exports['.'].require.types))).toBe(true);
    expect(pkg.sideEffects).toBe(false);
  });

  it('reads no files at run time and bundles for the browser', async () => {
    const js = readFileSync(join(dist, 'index.js'), 'utf8');
    expect(js).not.toMatch(/from ['"](node:)?(fs|path|os|child_process)['"]/);
    expect(js).not.toMatch(/readFileSync|require\(/);
    const res = await build({
      entryPoints: [join(dist, 'index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(res.errors).toEqual([]);
    expect(res.outputFiles[0]!.text.length).toBeGreaterThan(1000);
  });
});
