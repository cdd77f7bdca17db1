/**
 * The PNG is painted element by element (no image load, so no Content-Security-Policy is
 * involved). It must look like the SVG: for every view, the painted picture is compared with
 * the browser's own rasterisation of the same SVG, block by block.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { figureSvg, serializeSvg } from '../../src/internal/image-export.js';
import { svgToCanvas } from '../../src/internal/image-canvas.js';

const VIEWS = [
  '<vote-chart eager></vote-chart>',
  '<vote-chart eager view="hemicycle" group="neighbours"></vote-chart>',
  '<vote-chart eager view="map" highlight="BLR RUS CHN"></vote-chart>',
  '<vote-chart eager view="tiles"></vote-chart>',
  '<arms-flow eager></arms-flow>',
  '<arms-flow eager view="timeline" from="2010"></arms-flow>',
  '<arms-flow eager view="map"></arms-flow>',
  '<relation-map eager></relation-map>',
  '<relation-map eager layout="radial"></relation-map>',
  '<relation-map eager layout="geo"></relation-map>',
  '<relation-map eager layout="story"></relation-map>',
];

async function browserRaster(svg: SVGSVGElement, w: number, h: number): Promise<HTMLCanvasElement> {
  const img = new Image();
  await new Promise((resolve, reject) => {
    img.onload = resolve;
    img.onerror = reject;
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializeSvg(svg))}`;
  });
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  c.getContext('2d')!.drawImage(img, 0, 0, w, h);
  return c;
}

/** Share of 8×8 blocks whose mean colour differs by more than 24 (of 255) in a channel. */
function blockDifference(a: HTMLCanvasElement, b: HTMLCanvasElement): number {
  const w = Math.min(a.width, b.width);
  const h = Math.min(a.height, b.height);
  const da = a.getContext('2d')!.getImageData(0, 0, w, h).data;
  const db = b.getContext('2d')!.getImageData(0, 0, w, h).data;
  const B = 8;
  let differ = 0;
  let blocks = 0;
  for (let by = 0; by + B <= h; by += B) {
    for (let bx = 0; bx + B <= w; bx += B) {
      const sum = [0, 0, 0, 0, 0, 0];
      for (let y = by; y < by + B; y++) {
        for (let x = bx; x < bx + B; x++) {
          const i = (y * w + x) * 4;
          for (let k = 0; k < 3; k++) {
            sum[k]! += da[i + k]!;
            sum[k + 3]! += db[i + k]!;
          }
        }
      }
      blocks++;
      if ([0, 1, 2].some((k) => Math.abs(sum[k]! - sum[k + 3]!) / (B * B) > 24)) differ++;
    }
  }
  return differ / blocks;
}

describe('PNG painted without an image load looks like the SVG', function () {
  this.timeout(180_000);
  for (const markup of VIEWS) {
    it(markup, async () => {
      const box = document.createElement('div');
      box.style.width = '640px';
      box.innerHTML = markup;
      document.body.append(box);
      try {
        const w = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        for (let i = 0; i < 300 && !w.shadowRoot?.querySelector('.chart svg, .chart canvas'); i++)
          await new Promise((r) => setTimeout(r, 100));
        await w.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
        const svg = figureSvg(w);
        const painted = svgToCanvas(svg, 1);
        const reference = await browserRaster(svg, painted.width, painted.height);
        const diff = blockDifference(painted, reference);
        expect(diff, 'share of 8×8 blocks that differ').to.be.below(0.02);
      } finally {
        box.remove();
      }
    });
  }
});
