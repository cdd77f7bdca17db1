/**
 * The packed package's types, as a TypeScript + React 19 app sees them with
 * `skipLibCheck: false` and only the package's dependencies installed: correct usage
 * compiles, and each mistake in test/fixtures/consumer/app.tsx is an error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { built, installPacked, root } from './pack.js';

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: [],
};

function check(dir: string, file: string): Array<{ line: number; file: string; text: string }> {
  const program = ts.createProgram([join(dir, file)], options);
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file ? d.file.fileName.replace(dir, '') : '',
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

test(
  'a React 19 + TypeScript app type-checks its correct usage, and each mistake is an error (skipLibCheck: false)',
  { skip: !built && 'run npm run build first' },
  () => {
    const dir = installPacked(['react', '@types/react', 'csstype']);
    try {
      const source = readFileSync(join(root, 'test/fixtures/consumer/app.tsx'), 'utf8');
      copyFileSync(join(root, 'test/fixtures/consumer/app.tsx'), join(dir, 'app.tsx'));
      // With the directives: nothing left over (no error in our .d.ts, no directive unused).
      assert.deepEqual(check(dir, 'app.tsx'), []);

      // Without them: an error on each line that followed one, and nowhere else.
      const lines = source.split('\n');
      const expected = lines.flatMap((l, i) => (l.trim().startsWith('// @ts-expect-error') ? [i + 1] : []));
      assert.ok(expected.length >= 10, 'the fixture lists the mistakes');
      writeFileSync(join(dir, 'app.tsx'), lines.map((l) => (l.trim().startsWith('// @ts-expect-error') ? '' : l)).join('\n'));
      const errors = check(dir, 'app.tsx');
      assert.deepEqual(
        [...new Set(errors.map((e) => `${e.file}:${e.line}`))].sort(),
        expected.map((l) => `/app.tsx:${l + 1}`).sort(),
        errors.map((e) => `${e.file}:${e.line} ${e.text}`).join('\n'),
      );
      const at = (n: number): string =>
        errors
          .filter((e) => e.line === n)
          .map((e) => e.text)
          .join(' ');
      assert.match(at(expected[0]! + 1), /"pie"/, 'view="pie" is named in the error');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
