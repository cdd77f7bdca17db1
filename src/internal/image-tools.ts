/**
 * The footer's "Download image" buttons (`tools="image"`, `svg`, `png`): which formats the
 * attribute asks for, the buttons, and what the last download did, for a live region (and, on
 * failure, on screen). The export code loads on first use: most readers never export.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { normalize, type Normalized } from './option-hook.js';
import type { ImageFormat } from './image-export.js';
import { keyword, list } from './options.js';

/** `tools` keywords: `image` offers both formats. */
const TOOLS = ['image', 'svg', 'png', 'none'] as const;

/** `tools="image"`, `svg`, `png` or `none` (also `"svg png"`): the image formats offered, in order. */
export function toolsOption(tools: string | undefined): Normalized<ImageFormat[]> {
  return normalize((issues) => {
    const formats = new Set<ImageFormat>();
    for (const word of list(tools)) {
      const tool = keyword(word, 'tools', TOOLS, 'none', issues);
      if (tool === 'image' || tool === 'svg') formats.add('svg');
      if (tool === 'image' || tool === 'png') formats.add('png');
    }
    return (['svg', 'png'] as const).filter((f) => formats.has(f));
  });
}

export class ImageToolsController implements ReactiveController {
  private _status: { text: string; failed: boolean } | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement & { renderRoot: Node & ParentNode },
    /** Image formats the tools offer (the `tools` option); none by default. */
    private readonly _formats: () => ImageFormat[],
  ) {
    _host.addController(this);
  }

  get formats(): ImageFormat[] {
    return this._formats();
  }

  hostConnected(): void {}

  private async _download(format: ImageFormat): Promise<void> {
    try {
      const { exportImage, saveBlob } = await import('./image-export.js');
      const { blob, filename } = await exportImage(this._host, format);
      saveBlob(blob, filename, this._host.renderRoot);
      this._status = { text: `Downloading ${filename}`, failed: false };
    } catch (e) {
      const text = `The ${format.toUpperCase()} image could not be made: ${(e as Error).message}`;
      console.warn(`<${this._host.localName}> ${text}`);
      this._status = { text, failed: true };
    }
    this._host.requestUpdate();
  }

  render(): TemplateResult {
    const status = this._status;
    return html`<span class="tools" part="tools" role="group" aria-labelledby="tools-label">
      <span id="tools-label">Download image</span>
      ${this.formats.map(
        (f) =>
          html`<button type="button" aria-label=${`Download image as ${f.toUpperCase()}`} @click=${() => this._download(f)}>
            ${f.toUpperCase()}
          </button>`,
      )}
      <span role="status" class=${status?.failed ? 'tools-error' : 'sr-only'}>${status?.text ?? ''}</span>
    </span>`;
  }
}
