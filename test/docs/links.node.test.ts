/**
 * Every relative link in README.md and docs/ leads somewhere: the file exists, and a `#anchor`
 * into a Markdown file names one of its headings (as GitHub and npm make them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const docs = readdirSync('docs', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => join('docs', f));
const files = ['README.md', ...docs];

/** Markdown without code, where a `[x](y)` is not a link. */
const prose = (md: string) => md.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of md.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

test('README.md and docs/ link only to files and headings that exist', () => {
  const broken: string[] = [];
  let count = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue; // https:, mailto:
      count++;
      const [path, hash] = target!.split('#') as [string, string | undefined];
      const to = path ? normalize(join(dirname(file), decodeURI(path))) : file;
      if (!existsSync(to)) {
        broken.push(`${file}: ${target} (no ${to})`);
        continue;
      }
      if (hash && to.endsWith('.md') && statSync(to).isFile() && !anchors(readFileSync(to, 'utf8')).has(hash)) {
        broken.push(`${file}: ${target} (no heading #${hash} in ${to})`);
      }
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(count >= 20, `only ${count} relative links found: is the link pattern still right?`);
});

test('README.md stays a first screen: at most 16 kB, linking every page of docs/', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.ok(Buffer.byteLength(readme) <= 16_000, `README.md is ${Buffer.byteLength(readme)} bytes`);
  const linked = (page: string) =>
    readme.includes(`](${page})`) || readme.includes(`](${page}#`) || docs.some((d) => d !== page && readFileSync(d, 'utf8').includes(`](${page.replace(/^docs\//, '')}`));
  for (const page of docs) assert.ok(linked(page), `${page} is linked from README.md (or another page of docs/)`);
});
