/**
 * The message catalogues (docs/languages.md):
 *   node scripts/i18n.mjs extract   lit-localize extract, then the pseudo-locale's XLIFF
 *   node scripts/i18n.mjs build     lit-localize build: src/internal/i18n/locales/*.ts
 *   node scripts/i18n.mjs check     fails when xliff/ or the built catalogues are stale (CI)
 *
 * The pseudo-locale `en-XA` marks every literal run of every message ⟦ĺíķé ṫĥíš⟧ and leaves the
 * placeholders bare, so a test can tell catalogue text from text that bypassed it. It is built
 * like the others but no widget loads it unless a page adds it (test/i18n/pseudo-locale.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const PSEUDO = 'en-XA';
const bin = join(root, 'node_modules/.bin/lit-localize');

const ACCENTS = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
};
const accent = (s) =>
  s.replace(/[a-z]/gi, (c) => {
    const a = ACCENTS[c.toLowerCase()];
    return c === c.toLowerCase() ? a : a.toUpperCase();
  });

/** Fills the pseudo-locale's targets from the sources: each literal run accented and bracketed. */
function pseudo(dir) {
  const file = join(dir, 'xliff', `${PSEUDO}.xlf`);
  const xlf = readFileSync(file, 'utf8').replace(
    /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
    (_, open, src, close) => {
      const target = src
        .split(/(<x [^>]*\/>)/)
        // Entities (`&amp;`) stay as they are: only the letters a reader sees are accented.
        .map((part) =>
          part.startsWith('<x ') || part === ''
            ? part
            : `⟦${part
                .split(/(&[a-z]+;)/)
                .map((t, i) => (i % 2 ? t : accent(t)))
                .join('')}⟧`,
        )
        .join('');
      return `${open}${src}${close}\n  <target>${target}</target>`;
    },
  );
  writeFileSync(file, xlf);
}

function run(dir, cmd) {
  execFileSync(bin, [cmd, '--config', join(dir, 'lit-localize.json')], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

const [cmd] = process.argv.slice(2);
if (cmd === 'extract') {
  run(root, 'extract');
  pseudo(root);
} else if (cmd === 'build') {
  run(root, 'build');
} else if (cmd === 'check') {
  // Extract and build in a copy; any difference from what is committed means someone forgot.
  const work = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  try {
    for (const p of ['lit-localize.json', 'tsconfig.json', 'src', 'demo', 'xliff'])
      cpSync(join(root, p), join(work, p), { recursive: true });
    // The tools resolve TypeScript and lit from here: a link, not a copy.
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    run(work, 'extract');
    pseudo(work);
    run(work, 'build');
    const stale = [];
    const compare = (rel) => {
      if (readFileSync(join(root, rel), 'utf8') !== readFileSync(join(work, rel), 'utf8')) stale.push(rel);
    };
    for (const f of readdirSync(join(work, 'xliff'))) compare(join('xliff', f));
    for (const f of readdirSync(join(work, 'src/internal/i18n/locales'))) compare(join('src/internal/i18n/locales', f));
    compare('src/internal/i18n/locale-codes.ts');
    if (stale.length) {
      console.error(`Message catalogues are stale (run npm run i18n:extract, translate, npm run i18n:build):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log('Message catalogues are up to date.');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
} else {
  console.error('usage: node scripts/i18n.mjs extract|build|check');
  process.exit(2);
}
