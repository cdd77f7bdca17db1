#!/usr/bin/env node
// `npm start`: every component on its default data, served from source (no build step).
import { startDevServer } from '@web/dev-server';
import { jsonModules, typescript } from './dev-plugins.mjs';

const port = Number(process.env.PORT) || 8000;
await startDevServer({
  config: {
    rootDir: '.',
    port,
    nodeResolve: true,
    appIndex: 'demo/index.html',
    open: process.env.CI || !process.env.DISPLAY ? false : '/demo/',
    plugins: [jsonModules, typescript],
  },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`\nmyanmar-ties demo: http://localhost:${port}/demo/`);
