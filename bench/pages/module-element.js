// The lower bound for any script-tag embed: a module that defines an element inserting finished SVG.
customElements.define(
  "bar-svg",
  class extends HTMLElement {
    connectedCallback() {
      this.innerHTML = '<svg width="640" height="96" viewBox="0 0 640 96" role="img" aria-label="119 in favour, 1 against, 36 abstained" font-family="system-ui, sans-serif" font-size="13"><rect x="0" y="30" width="488.2" height="36" fill="#0072b2"/><rect x="488.2" y="30" width="4.1" height="36" fill="#d55e00"/><rect x="492.3" y="30" width="147.7" height="36" fill="#e69f00"/><text x="0" y="22">In favour 119 (76.3%)</text><text x="488" y="86" text-anchor="middle">Against 1</text><text x="640" y="22" text-anchor="end">Abstained 36 (23.1%)</text></svg>';
    }
  },
);
