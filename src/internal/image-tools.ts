/**
 * The footer's "Download image" buttons (`tools="image"`, `svg`, `png`): which formats the
 * attribute asks for, the buttons, and what the last download did, for a live region (and, on
 * failure, on screen). The export code loads on first use: most readers never export.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { normalize, type Normalized } from './option-hook.js';
import type { ImageFormat } from './image-export.js';
import { keyword, list } from './options.js';
import { msg, str } from './i18n/msg.js';

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
  /** What the last download did; worded when rendered, in the widget's language. */
  private _status: { format: ImageFormat; filename?: string; error?: string } | null = null;

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
      this._status = { format, filename };
    } catch (e) {
      console.warn(`<${this._host.localName}> The ${format.toUpperCase()} image could not be made: ${(e as Error).message}`);
      this._status = { format, error: (e as Error).message };
    }
    this._host.requestUpdate();
  }

  render(): TemplateResult {
    const status = this._status;
    const failed = status?.error !== undefined;
    const said = !status
      ? ''
      : failed
        ? msg(str`The ${status.format.toUpperCase()} image could not be made: ${status.error}`, { id: 'tools.failed' })
        : msg(str`Downloading ${status.filename}`, { id: 'tools.downloading' });
    return html`<span class="tools" part="tools" role="group" aria-labelledby="tools-label">
      <span id="tools-label">${msg('Download image', { id: 'tools.label' })}</span>
      ${this.formats.map(
        (f) =>
          html`<button type="button" aria-label=${msg(str`Download image as ${f.toUpperCase()}`, { id: 'tools.button' })} @click=${() => this._download(f)}>
            ${f.toUpperCase()}
          </button>`,
      )}
      <span role="status" class=${failed ? 'tools-error' : 'sr-only'}>${said}</span>
    </span>`;
  }
}
