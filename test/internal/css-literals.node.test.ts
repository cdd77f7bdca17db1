// The CMS build minifies the CSS in css`` literals (scripts/css-literals.mjs): only comments
// and whitespace may change, strings and the text beside `${}` expressions must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { cssLiterals, minifyCssText } from '../../scripts/css-literals.mjs';

test('comments go, whitespace collapses, line breaks are kept for the source maps', () => {
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
    "\n\n:host{\ncolor:red;\n\nfont-family:'Segoe UI', serif;\n}\n.a .b > .c:hover,\n.d :focus{\ntransform:translate(-50%, calc(-100% - 8px));\n}\n",
  );
  assert.equal(out.split('\n').length, src.split('\n').length, 'same number of lines');
});

test('strings are copied whole, comment markers and quotes inside them included', () => {
  assert.equal(minifyCssText(`a { content: "/* not  a comment */"; b: 'it\\'s  x'; }`), `a{content:"/* not  a comment */";b:'it\\'s  x';}`);
});

test('beside a ${} expression a space is kept, but not where a brace or semicolon makes it needless', () => {
  assert.equal(minifyCssText(' x ', { start: false, end: false }), ' x ');
  assert.equal(minifyCssText('  color: ', { start: false, end: true }), ' color:');
  assert.equal(minifyCssText(' {\n  a: b; ', { start: false, end: false }), '{\na:b;');
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
  const { output } = await bundle.generate({ format: 'es' });
  const out = output[0].code;
  assert.match(out, /css`\n:host\{\ncolor:\$\{"red"\};\n\}\n`/);
  assert.ok(out.includes('html`<p>  keep   this  </p>`'), out);
  assert.ok(out.includes('`  plain   ${1}  `'), out);
});
