/**
 * The PNG: the figure's SVG drawn on a canvas. It goes through a `data:` image, which a page's
 * Content-Security-Policy may refuse; then the reader is told why, and the SVG still works.
 */
import { serializeSvg } from './image-svg.js';

/** What the README promises a reader sees when the page's policy refuses the PNG's source image. */
const CSP_MESSAGE = "the page's Content-Security-Policy blocks the image the PNG is drawn from: its img-src must allow data: (the SVG works)";

/** Set once the page's policy refused a `data:` image: later PNG requests answer without trying. */
let dataImagesBlocked = false;

/**
 * Whether a `<meta http-equiv="Content-Security-Policy">` of the document refuses `data:`
 * images (a policy sent as a header cannot be read from script; that one is learnt from the
 * first refusal).
 */
export function metaPolicyBlocksData(doc: Document): boolean {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[http-equiv]')) {
    if (meta.httpEquiv.toLowerCase() !== 'content-security-policy') continue;
    const directives = new Map<string, string[]>();
    for (const part of meta.content.split(';')) {
      const [name, ...values] = part.trim().toLowerCase().split(/\s+/);
      if (name && !directives.has(name)) directives.set(name, values);
    }
    const sources = directives.get('img-src') ?? directives.get('default-src');
    if (sources && !sources.includes('data:')) return true;
  }
  return false;
}

/**
 * Draws an SVG on a canvas at `scale`× and returns a PNG. The SVG is loaded as an image
 * from a `data:` URL, so a page with a Content-Security-Policy must allow `img-src data:`.
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  // Not tried where the policy is known to refuse it: a second violation report helps no one.
  if (dataImagesBlocked || metaPolicyBlocksData(svg.ownerDocument)) {
    dataImagesBlocked = true;
    throw new Error(CSP_MESSAGE);
  }
  const img = new Image();
  let refused = false;
  const onViolation = (e: SecurityPolicyViolationEvent): void => {
    if (e.blockedURI === 'data' || e.blockedURI.startsWith('data:')) refused = true;
  };
  const doc = svg.ownerDocument;
  doc.addEventListener('securitypolicyviolation', onViolation);
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => {
      // The violation event is queued as a task: let it arrive before deciding what went wrong.
      setTimeout(() => {
        if (refused) dataImagesBlocked = true;
        reject(new Error(refused ? CSP_MESSAGE : 'the chart image could not be loaded; if the page has a Content-Security-Policy, its img-src must allow data:'));
      }, 50);
    };
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializeSvg(svg))}`;
  try {
    await loaded;
  } finally {
    doc.removeEventListener('securitypolicyviolation', onViolation);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}
