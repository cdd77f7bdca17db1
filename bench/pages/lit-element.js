// A reference, not a peer: the smallest Lit element drawing the same finished bar (Lit's own
// cost on top of the minimal module element). Bundled with production Lit by bench.mjs.
import { LitElement, css, html, svg } from 'lit';

const VOTES = [
  { label: 'In favour', n: 119, fill: '#0072b2' },
  { label: 'Against', n: 1, fill: '#d55e00' },
  { label: 'Abstained', n: 36, fill: '#e69f00' },
];

class LitBar extends LitElement {
  static styles = css`:host{display:block;font-family:system-ui,sans-serif}svg{display:block}`;
  render() {
    const w = 640;
    let at = 0;
    const marks = VOTES.map(({ label, n, fill }) => {
      const x = (at / 156) * w;
      const width = (n / 156) * w;
      at += n;
      return svg`<rect x=${x} y="30" width=${width} height="36" fill=${fill}></rect><text x=${x + width / 2} y="22" text-anchor="middle" font-size="13">${label} ${n}</text>`;
    });
    return html`<svg width=${w} height="96" role="img" aria-label="119 in favour, 1 against, 36 abstained">${marks}</svg>`;
  }
}
customElements.define('lit-bar', LitBar);
