/**
 * The CMS build minifies the CSS of every css`` literal (scripts/css-literals.mjs). Here each
 * component's real styles, and the same minified, are parsed by the browser: the rules it
 * keeps must be the same, in both engines.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCssText } from '../../scripts/css-literals.mjs';
import { baseStyles } from '../../src/internal/base.styles.js';
import { voteChartStyles } from '../../src/components/vote-chart/vote-chart.styles.js';
import { armsFlowStyles } from '../../src/components/arms-flow/arms-flow.styles.js';

/** The rules as the browser serialises them, nested rules (@media) included. */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) => r.cssText);
}

const STYLES: Array<[string, CSSResult]> = [
  ['base', baseStyles],
  ['vote-chart', voteChartStyles],
  ['arms-flow', armsFlowStyles],
];

describe('css`` minification', () => {
  for (const [name, styles] of STYLES) {
    it(`${name}: the minified CSS parses to the same rules`, () => {
      const before = parsed(styles.cssText);
      expect(before.length, 'rules parsed').to.be.greaterThan(5);
      expect(parsed(minifyCssText(styles.cssText))).to.deep.equal(before);
    });
  }
});
