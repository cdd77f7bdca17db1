// The CMS build minifies the CSS in css`` literals (scripts/css-literals.mjs): only comments
// and whitespace may change, strings and the text beside `${}` expressions must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map-js';
import { cssLiterals, minifyCssText } from '../../scripts/css-literals.mjs';

test('comments go, whitespace collapses, line breaks go', () => {
  const src = `
  /* a comment */
  :host {
    color: red; /* another,
                   on two lines */
    font-family: 'Segoe UI',  serif;
  }
  .a   .b > .c:hover,
  .d :focus {
    transform: translate(-50%, calc(-100% - 8px));
  }
`;
  const out = minifyCssText(src);
  assert.equal(
    out,
    ":host{color:red;font-family:'Segoe UI', serif;}.a .b > .c:hover, .d :focus{transform:translate(-50%, calc(-100% - 8px));}",
  );
});

test('strings are copied whole, comment markers and quotes inside them included', () => {
  assert.equal(minifyCssText(`a { content: "/* not  a comment */"; b: 'it\\'s  x'; }`), `a{content:"/* not  a comment */";b:'it\\'s  x';}`);
});

test('beside a ${} expression a space is kept, but not where a brace or semicolon makes it needless', () => {
  assert.equal(minifyCssText(' x ', { start: false, end: false }), ' x ');
  assert.equal(minifyCssText('  color: ', { start: false, end: true }), ' color:');
  assert.equal(minifyCssText(' {\n  a: b; ', { start: false, end: false }), '{a:b;');
  assert.equal(minifyCssText('; ', { start: false, end: false }), ';');
});

test('the plugin rewrites css`` literals only, and only their text', async () => {
  const code = [
    "const css = (s, ...v) => s.raw.join('|') + v.join('|');",
    'const html = css;',
    'export const a = css`\n  :host {\n    color: ${"red"};  /* c */\n  }\n`;',
    'export const b = html`<p>  keep   this  </p>`;',
    'export const c = `  plain   ${1}  `;',
  ].join('\n');
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'virtual',
        resolveId: (id) => (id === 'entry' ? '/src/entry.js' : null),
        load: (id) => (id === '/src/entry.js' ? code : null),
      },
      cssLiterals(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', sourcemap: true });
  const out = output[0].code;
  // The source map of the edits: what follows the literal still maps to the line it was written on.
  const map = new SourceMapConsumer(output[0].map as unknown as ConstructorParameters<typeof SourceMapConsumer>[0]);
  const at = out.split('\n').findIndex((l) => l.includes('export const b') || l.includes('const b ='));
  assert.equal(map.originalPositionFor({ line: at + 1, column: out.split('\n')[at]!.indexOf('html') }).line, 8);
  assert.match(out, /css`:host\{color:\$\{"red"\};\}`/);
  assert.ok(out.includes('html`<p>  keep   this  </p>`'), out);
  assert.ok(out.includes('`  plain   ${1}  `'), out);
});
