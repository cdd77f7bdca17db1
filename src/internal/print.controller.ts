/**
 * Printing: a widget not yet scrolled near is drawn before the page prints, and its charts
 * get a viewBox for the print, so the print CSS can scale them to the paper (print lays out
 * at the paper's width without running the resize observer, so a chart keeps its screen width).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  /** Chart SVGs given a viewBox for printing, taken back after. */
  private _viewBoxes: SVGSVGElement[] = [];

  constructor(
    private readonly _host: ReactiveControllerHost & { renderRoot: Node & ParentNode },
    /** Asks the host to draw now (it may not have been near the viewport). */
    private readonly _draw: () => void,
  ) {}

  hostConnected(): void {
    window.addEventListener('beforeprint', this._before);
    window.addEventListener('afterprint', this._after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._before);
    window.removeEventListener('afterprint', this._after);
  }

  private _before = (): void => {
    this._draw();
    void this._host.updateComplete.then(() => {
      for (const chart of this._host.renderRoot.querySelectorAll<SVGSVGElement>('.chart svg')) {
        const w = Number(chart.getAttribute('width'));
        const h = Number(chart.getAttribute('height'));
        if (chart.ownerSVGElement || chart.hasAttribute('viewBox') || !(w > 0 && h > 0)) continue;
        chart.setAttribute('viewBox', `0 0 ${w} ${h}`);
        this._viewBoxes.push(chart);
      }
    });
  };

  private _after = (): void => {
    for (const chart of this._viewBoxes) chart.removeAttribute('viewBox');
    this._viewBoxes = [];
  };
}
