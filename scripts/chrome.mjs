/**
 * Headless Chromium as the scripts and the bench launch it: `CHROME_PATH`, else the system's;
 * no GPU, no background traffic, no QUIC (the network here is closed).
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const chromePath = () => process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);

/** Launches it with the shared flags plus `extra` (a window size, font hinting). */
export function launchChrome(extra = [], executablePath = chromePath()) {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...extra,
    ],
  });
}
