import { expect, waitUntil } from '@open-wc/testing';

describe('embed contract: strict Content-Security-Policy', () => {
  it('renders under script-src/style-src self with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp-page.html';
    frame.style.width = '600px';
    frame.style.height = '800px';
    document.body.append(frame);
    try {
      await waitUntil(
        () =>
          frame.contentDocument?.querySelectorAll('test-widget').length === 2 &&
          [...frame.contentDocument.querySelectorAll('test-widget')].every((w) => w.shadowRoot?.querySelector('svg')),
        'widgets did not draw under CSP',
        { timeout: 5000 },
      );
      const widgets = [...frame.contentDocument!.querySelectorAll('test-widget')];
      // Styles applied (adopted stylesheets): the dark theme's background is set.
      expect(frame.contentWindow!.getComputedStyle(widgets[0]!).backgroundColor).to.equal('rgb(22, 22, 22)');
      expect(widgets[1]!.shadowRoot!.querySelector('.title')!.textContent).to.equal('From a URL');
      expect((frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
