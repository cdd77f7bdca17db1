/**
 * The PNG: the figure's SVG painted on a canvas element by element (image-canvas.ts), never
 * loaded as an image from a `data:` or `blob:` URL, so no Content-Security-Policy is involved
 * (a policy sent as a header cannot be read from script: trying an image load would already
 * be a violation report on a page whose `img-src` refuses it).
 */
import { svgToCanvas } from './image-canvas.js';

/** Paints an SVG made by figureSvg() at `scale`× and returns it as a PNG. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const canvas = svgToCanvas(svg, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}
