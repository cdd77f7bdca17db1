#!/usr/bin/env node
// `npm run test:node`: every test/**/*.node.test.ts in Node's test runner. Listed here rather
// than by a glob in package.json: `node --test` expands globs only from Node 21 on.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const nodeTests = () =>
  readdirSync('test', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.node.test.ts') && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join('test', f))
    .sort();

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop())) {
  // Extra arguments (`-- --test-name-pattern=…`) go to the test runner.
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...nodeTests()], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
