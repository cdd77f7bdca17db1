/**
 * The embed builder and the iframe embed page, as an editor uses them: choosing options
 * gives the expected snippet, and that snippet pasted into a blank page draws the same view.
 *
 * Two sources of components: demo-widget (a stand-in with an enum, a list and a boolean
 * attribute, manifest in demo-widget.manifest.json) so the builder is always tested, and the
 * real components from /custom-elements.json, each imported from the module the manifest says registers it.
 * Regenerate the stand-in's manifest after changing demo-widget.ts or the shared base with
 * the analyzer's cli({ noWrite: true }) on test/demo/demo-widget.ts, test/fixtures/test-widget.ts
 * and src/internal/base-element.ts (members dropped to keep it short), with named unions
 * (`Theme`, `Tools`) spelled out as scripts/manifest.mjs does.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountBuilder, type EmbedBuilder } from '../../demo/builder.js';
import { mountEmbed, loadComponents } from '../../demo/embed.js';
import { RESIZE_LISTENER, readComponents, type ComponentSpec, type Manifest } from '../../demo/builder-manifest.js';
import './demo-widget.js';

const CDN_SCRIPT = '<script type="module" src="https://YOUR-CDN/myanmar-ties/dist/myanmar-ties.js"></script>';

let demo: ComponentSpec[];
/** The real components, or null when custom-elements.json has not been generated. */
let real: ComponentSpec[] | null = null;

before(async () => {
  // The builder's own layout rules (grid, 320 px) apply in these tests too.
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/builder.css' });
  document.head.append(link);
  await new Promise((r) => link.addEventListener('load', r, { once: true }));
  demo = readComponents((await (await fetch('/test/demo/demo-widget.manifest.json')).json()) as Manifest);
  const res = await fetch('/custom-elements.json');
  if (res.ok) real = readComponents((await res.json()) as Manifest);
});

const builders: EmbedBuilder[] = [];
afterEach(() => {
  for (const b of builders.splice(0)) b.disconnect();
  for (const f of document.querySelectorAll('iframe.under-test')) f.remove();
});

async function mount(components: ComponentSpec[], width = 960): Promise<EmbedBuilder> {
  const root = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const b = mountBuilder(root, components);
  builders.push(b);
  await b.ready;
  return b;
}

/** The form control for an attribute, found by its visible label as a person would. */
function control(b: EmbedBuilder, name: string): HTMLInputElement | HTMLSelectElement {
  const label = [...b.form.querySelectorAll('label')].find((l) => l.querySelector('code')?.textContent === name);
  const c = label?.control;
  if (!(c instanceof HTMLInputElement || c instanceof HTMLSelectElement)) throw new Error(`no labelled control for "${name}"`);
  return c;
}

/** Changes a control the way the browser reports a user's change. */
async function choose(b: EmbedBuilder, name: string, value: string | boolean): Promise<void> {
  const c = name === 'component' ? b.form.querySelector('select')! : control(b, name);
  if (c instanceof HTMLInputElement && c.type === 'checkbox') {
    if (c.checked !== value) c.click();
  } else {
    c.value = String(value);
    if (c instanceof HTMLInputElement) c.dispatchEvent(new Event('input', { bubbles: true }));
    c.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await b.ready;
}

interface View {
  size: string;
  attrs: string[];
  title: string;
  marks: Record<string, number>;
  rows: string[];
  background: string;
}

/** What a reader sees, reduced to comparable facts: attributes, title, marks drawn, table rows, colours. */
function viewOf(el: Element): View {
  const root = el.shadowRoot!;
  const marks: Record<string, number> = {};
  for (const m of root.querySelectorAll('svg *')) marks[m.localName] = (marks[m.localName] ?? 0) + 1;
  return {
    size: ((svg) => `${svg?.getAttribute('width')}x${svg?.getAttribute('height')} ${svg?.getAttribute('viewBox')}`)(
      root.querySelector('[part="chart"] svg') ?? root.querySelector('svg'),
    ),
    attrs: [...el.attributes]
      .filter((a) => a.name !== 'eager')
      .map((a) => `${a.name}=${a.value}`)
      .sort(),
    title: root.querySelector('[part="title"]')?.textContent?.trim() ?? '',
    marks,
    rows: [...root.querySelectorAll('table tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim()),
    background: el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor,
  };
}

const drawn = (el: Element | null | undefined) => !!el?.shadowRoot?.querySelector('svg');

/** A frame fixed on screen (so lazy widgets in it draw), loaded from a URL or from markup. */
async function frame(src: { url?: string; doc?: string }, width: number, height = 900): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.className = 'under-test';
  f.title = 'page under test';
  f.width = String(width);
  f.height = String(height);
  // Fixed at the top: a frame scrolled out of view neither lays out its widgets nor paints.
  Object.assign(f.style, { position: 'fixed', top: '0', left: '0', border: '0', background: '#fff', zIndex: '10' });
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  if (src.doc !== undefined) f.srcdoc = src.doc;
  else f.src = src.url!;
  document.body.append(f);
  await loaded;
  return f;
}

/**
 * Pastes a snippet into a blank page, the CDN script swapped for modules the test server
 * serves (the source entry and the component's own registration module), and waits for it to draw.
 */
async function paste(snippet: string, tag: string, modules: string[], preview: Element): Promise<Element> {
  const box = preview.getBoundingClientRect();
  expect(snippet.startsWith(`${CDN_SCRIPT}\n`), 'the snippet starts with the CDN script').to.be.true;
  const scripts = modules.map((m) => `<script type="module" src="/${m}"></script>`).join('');
  // A blank page with the browser's default 8px body margin, as wide as the preview and tall
  // enough that no scrollbar (which takes width in Firefox) narrows the widget.
  // In the builder's font, on the colour of the preview's page: the widgets take the page's
  // font, and an explicit theme on a page of another colour is padded.
  let around = '';
  for (let n = preview.parentElement; n && !around; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    if (!/^(transparent|rgba\(.*,\s*0\))$/.test(bg)) around = bg;
  }
  const doc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body { font-family: ${getComputedStyle(preview).fontFamily}; background: ${around || '#fff'}; }</style></head><body>${snippet.replace(CDN_SCRIPT, scripts)}</body></html>`;
  const f = await frame({ doc }, Math.floor(box.width) + 16, Math.ceil(box.height) + 600);
  const page = f.contentDocument!;
  await waitUntil(() => drawn(page.querySelector(tag)), `the pasted <${tag}> did not draw`, { timeout: 15000 });
  const el = page.querySelector(tag)!;
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** Waits until a widget's view stops changing (a map's geometry loads later, resizes redraw). */
async function settled(el: Element): Promise<View> {
  let last = JSON.stringify(viewOf(el));
  for (let i = 0; i < 40; i++) {
    await aTimeout(150);
    const now = JSON.stringify(viewOf(el));
    if (now === last) return viewOf(el);
    last = now;
  }
  throw new Error(`<${el.localName}> kept changing for 6 s`);
}

/** Waits until the preview has drawn and settled. */
async function settledPreview(b: EmbedBuilder): Promise<Element> {
  await waitUntil(() => drawn(b.preview), 'the preview did not draw', { timeout: 8000 });
  await settled(b.preview!);
  return b.preview!;
}

/**
 * Asserts the pasted widget shows the preview's view. Both load parts late (a map's geometry),
 * so wait until they agree twice in a row, up to a limit; then compare for the message.
 */
async function expectSameView(pasted: Element, preview: Element, what = ''): Promise<void> {
  const same = () => JSON.stringify(viewOf(pasted)) === JSON.stringify(viewOf(preview));
  const until = performance.now() + 20000;
  let agreed = 0;
  while (agreed < 2 && performance.now() < until) {
    agreed = same() ? agreed + 1 : 0;
    await aTimeout(200);
  }
  expect(viewOf(pasted), what).to.deep.equal(viewOf(preview));
}

describe('embed builder (stand-in component)', () => {
  it('builds the form from the manifest: a select per enum, a text box per list, a checkbox per boolean', async () => {
    const b = await mount(demo);
    const view = control(b, 'view') as HTMLSelectElement;
    expect(view.localName).to.equal('select');
    expect([...view.options].map((o) => o.value)).to.deep.equal(['bars', 'dots']);
    expect(view.options[0]!.textContent).to.equal('bars (default)');
    expect((control(b, 'highlight') as HTMLInputElement).type).to.equal('text');
    expect((control(b, 'show-values') as HTMLInputElement).type).to.equal('checkbox');
    // Values come from the type (as scripts/manifest.mjs spells it), not from the description, which names only three.
    expect([...(control(b, 'theme') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['auto', 'light', 'dark', 'system']);
    expect((control(b, 'lang') as HTMLSelectElement).value).to.equal('');
    const legends = [...b.form.querySelectorAll('fieldset:not([hidden]) > legend')].map((l) => l.textContent);
    expect(legends).to.deep.equal([
      'Component',
      'View and filters',
      'Theme and language',
      'Title and text',
      'Data, tools and loading',
      'Hosting',
    ]);
    expect(b.snippet).to.equal(`${CDN_SCRIPT}\n<demo-widget></demo-widget>`);
  });

  it('choosing view, filter, highlight, theme and language gives the exact snippet and iframe', async () => {
    const b = await mount(demo);
    await choose(b, 'view', 'dots');
    await choose(b, 'highlight', ' In favour ');
    await choose(b, 'show-values', true);
    await choose(b, 'theme', 'dark');
    await choose(b, 'lang', 'ru');
    expect(b.snippet).to.equal(
      `${CDN_SCRIPT}\n<demo-widget view="dots" highlight="In favour" show-values theme="dark" lang="ru"></demo-widget>`,
    );
    const preview = await settledPreview(b);
    const height = Math.ceil(preview.getBoundingClientRect().height + 16);
    expect(b.iframeCode.value).to.equal(
      '<iframe src="https://YOUR-CDN/myanmar-ties/dist/embed.html?component=demo-widget&amp;view=dots&amp;highlight=In+favour&amp;show-values=&amp;theme=dark&amp;lang=ru"' +
        ` title="Bundled default" width="100%" height="${height}" loading="lazy" style="border:0" data-myanmar-ties></iframe>\n${RESIZE_LISTENER}`,
    );
    // Back to the default: the attribute leaves the snippet and the preview.
    await choose(b, 'view', 'bars');
    expect(b.snippet).to.equal(`${CDN_SCRIPT}\n<demo-widget highlight="In favour" show-values theme="dark" lang="ru"></demo-widget>`);
    const fresh = await settledPreview(b);
    expect(fresh.getAttribute('view'), 'a fresh preview, the default reflected').to.equal('bars');
    const pasted = await paste(b.snippet, 'demo-widget', ['test/demo/demo-widget.ts'], fresh);
    await expectSameView(pasted, fresh);
  });

  it('escapes values in attributes, writes only what changed, and points at the chosen host', async () => {
    const b = await mount(demo);
    await choose(b, 'heading', 'Votes & "abstentions" <2021>');
    await choose(b, 'heading-level', '2');
    expect(b.snippet).to.equal(`${CDN_SCRIPT}\n<demo-widget heading="Votes &amp; &quot;abstentions&quot; &lt;2021>"></demo-widget>`);
    await settledPreview(b);
    expect(b.iframeCode.value).to.contain('&amp;heading=Votes+%26+%22abstentions%22+%3C2021%3E"');
    expect(b.iframeCode.value).to.contain(' title="Votes &amp; &quot;abstentions&quot; &lt;2021>"');
    expect(b.preview!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Votes & "abstentions" <2021>');
    const base = b.form.querySelector<HTMLInputElement>('.hosting input')!;
    base.value = 'https://cdn.example.org/mt/1.0/';
    base.dispatchEvent(new Event('change', { bubbles: true }));
    expect(b.snippet.split('\n')[0]).to.equal('<script type="module" src="https://cdn.example.org/mt/1.0/dist/myanmar-ties.js"></script>');
    expect(b.iframeCode.value).to.match(
      /^<iframe src="https:\/\/cdn\.example\.org\/mt\/1\.0\/dist\/embed\.html\?component=demo-widget&amp;/,
    );
  });

  it('the snippet pasted into a blank page draws the same view as the preview', async () => {
    const b = await mount(demo, 640);
    await choose(b, 'view', 'dots');
    await choose(b, 'highlight', 'Against');
    await choose(b, 'theme', 'dark');
    await choose(b, 'lang', 'ru');
    const preview = await settledPreview(b);
    const pasted = await paste(b.snippet, 'demo-widget', ['test/demo/demo-widget.ts'], preview);
    const want = viewOf(preview);
    expect(want.marks.circle).to.equal(3);
    expect(preview.shadowRoot!.querySelectorAll('.hl')).to.have.length(1);
    await expectSameView(pasted, preview);
    expect(pasted.shadowRoot!.querySelectorAll('.hl')).to.have.length(1);
    expect(want.background).to.equal('rgb(22, 22, 22)');
  });

  it('copies with the clipboard, or selects the code for Ctrl+C where the clipboard is refused', async () => {
    const b = await mount(demo);
    const copied: string[] = [];
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const fake = (ok: boolean) =>
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (ok ? (copied.push(t), Promise.resolve()) : Promise.reject(new Error('denied'))) },
      });
    try {
      fake(true);
      // The second button copies the short form (the first, the code with its picture).
      const [, copyCode] = [...b.root.querySelectorAll<HTMLButtonElement>('button.copy')];
      copyCode!.click();
      await waitUntil(() => b.status.textContent!.startsWith('Copied'));
      expect(copied).to.deep.equal([b.snippet]);
      fake(false);
      copyCode!.click();
      await waitUntil(() => b.status.textContent!.includes('Ctrl+C'));
      expect(document.activeElement).to.equal(b.scriptCode);
      expect([b.scriptCode.selectionStart, b.scriptCode.selectionEnd]).to.deep.equal([0, b.snippet.length]);
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('is accessible: every control labelled and reachable by keyboard, axe finds nothing', async () => {
    const b = await mount(demo);
    await settledPreview(b);
    for (const c of b.root.querySelectorAll<HTMLElement>('select, input, textarea, button')) {
      expect(c.tabIndex, `${c.outerHTML} is in the tab order`).to.equal(0);
      expect((c as HTMLInputElement).labels?.length || c.textContent!.trim().length, `${c.outerHTML} has a label`).to.be.greaterThan(0);
    }
    await expect(b.root).to.be.accessible();
  });

  it('fits a 320 px screen: nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      const b = mountBuilder(root, demo);
      builders.push(b);
      await settledPreview(b);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const part of [b.form, b.scriptCode, b.iframeCode, b.preview!]) {
        expect(part.getBoundingClientRect().right, part.localName).to.be.at.most(320);
      }
      expect(Number(b.preview!.shadowRoot!.querySelector('svg')!.getAttribute('width'))).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1200, height: 800 });
    }
  });
});

describe('embed page (stand-in component)', () => {
  it('sets only whitelisted attributes from a hostile query, with setAttribute, never as markup', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const evil = '"><img src=x onerror="window.__pwned=1">';
    const q = new URLSearchParams({
      component: 'demo-widget',
      view: evil,
      heading: '<b>bold</b>',
      onclick: 'window.__pwned=1',
      bogus: '1',
      eager: '',
    });
    const { element, ignored } = mountEmbed(root, q, demo);
    expect(element!.localName).to.equal('demo-widget');
    expect(element!.getAttribute('view')).to.equal(evil);
    expect(element!.hasAttribute('onclick')).to.be.false;
    expect(element!.hasAttribute('bogus')).to.be.false;
    expect(ignored).to.deep.equal(['onclick', 'bogus']);
    await waitUntil(() => drawn(element));
    expect(root.querySelector('img, b')).to.be.null;
    expect(element!.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(element!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('<b>bold</b>');
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('says which components exist when the query names an unknown one', () => {
    const root = document.createElement('div');
    const { element } = mountEmbed(root, new URLSearchParams('component=<svg onload=alert(1)>'), demo);
    expect(element).to.be.null;
    expect(root.querySelector('svg')).to.be.null;
    const p = root.querySelector('[role="alert"]')!;
    expect(p.textContent).to.equal('Unknown component. This page shows one of: demo-widget.');
    mountEmbed(root, new URLSearchParams('component=pie-chart'), demo);
    expect(root.textContent).to.equal('Unknown component "pie-chart". This page shows one of: demo-widget.');
  });
});

describe('embed builder and embed page with the real components', () => {
  /** The real component, registered from the module the manifest names for it. */
  async function landed(tag: string): Promise<ComponentSpec> {
    // npm test builds (and so writes custom-elements.json) before the browser tests.
    expect(real, '/custom-elements.json could not be loaded: run npm run build').to.not.be.null;
    const spec = real!.find((c) => c.tag === tag);
    expect(spec, `<${tag}> is not in custom-elements.json`).to.not.be.undefined;
    await loadComponents([spec!]);
    expect(customElements.get(tag), `importing ${spec!.module} did not register <${tag}>`).to.not.be.undefined;
    return spec!;
  }

  it('vote-chart: view, group, highlight, theme and lang give the exact snippet, and pasted it draws the same', async function () {
    this.timeout(40000);
    const spec = await landed('vote-chart');
    const b = await mount([spec], 720);
    await choose(b, 'view', 'hemicycle');
    await choose(b, 'group', 'neighbours');
    await choose(b, 'highlight', 'BLR RUS CHN');
    await choose(b, 'theme', 'dark');
    await choose(b, 'lang', 'ru');
    // The component's own attributes come in its source order, then theme and lang.
    const chosen: Record<string, string> = { view: 'hemicycle', group: 'neighbours', highlight: 'BLR RUS CHN' };
    const own = spec.attrs.filter((a) => a.name in chosen).map((a) => ` ${a.name}="${chosen[a.name]}"`);
    expect(own).to.have.length(3);
    expect(b.snippet).to.equal(`${CDN_SCRIPT}\n<vote-chart${own.join('')} theme="dark" lang="ru"></vote-chart>`);
    const preview = await settledPreview(b);
    const pasted = await paste(b.snippet, 'vote-chart', ['src/all.ts', spec.module], preview);
    await expectSameView(pasted, preview);
  });

  for (const tag of ['vote-chart', 'arms-flow', 'relation-map']) {
    it(`${tag}: every view's snippet, pasted into a blank page, draws the same view as the preview`, async function () {
      this.timeout(120000);
      const spec = await landed(tag);
      const b = await mount([spec], 720);
      const viewAttr = spec.attrs.find((a) => !a.common && a.kind === 'enum' && (a.name === 'view' || a.name === 'layout'));
      expect(viewAttr, `<${tag}> documents its view attribute as a union of strings`).to.exist;
      for (const view of viewAttr!.options) {
        await choose(b, viewAttr!.name, view);
        const preview = await settledPreview(b);
        const pasted = await paste(b.snippet, tag, ['src/all.ts', spec.module], preview);
        await expectSameView(pasted, preview, `${viewAttr!.name}="${view}"`);
        for (const f of document.querySelectorAll('iframe.under-test')) f.remove();
      }
    });
  }

  it('reads every value from the manifest’s types: each enum is its type’s literals, HTML-only aliases are left out', async () => {
    expect(real, '/custom-elements.json could not be loaded: run npm run build').to.not.be.null;
    const raw = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const decls = raw.modules.flatMap((m) => m.declarations ?? []);
    for (const spec of real!) {
      const decl = decls.find((d) => d.tagName === spec.tag)!;
      for (const a of spec.attrs) {
        const type = decl.attributes!.find((x) => x.name === a.name)!.type?.text ?? '';
        const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
        if (a.kind === 'enum') expect([...a.options].sort(), `${spec.tag} ${a.name}`).to.deep.equal(literals.sort());
        else expect(literals, `${spec.tag} ${a.name}: a union of strings is a choice`).to.deep.equal([]);
      }
    }
    const map = real!.find((c) => c.tag === 'relation-map')!;
    expect(map.attrs.map((a) => a.name))
      .to.include.members(['view', 'center'])
      .and.not.include.members(['layout', 'focus']);
  });

  it('builder.html boots from /custom-elements.json and lists every component in it', async function () {
    expect(real?.length, '/custom-elements.json is missing or lists no component').to.be.greaterThan(0);
    const f = await frame({ url: `/demo/builder.html#component=${real![0]!.tag}` }, 1200, 900);
    const doc = f.contentDocument!;
    await waitUntil(() => doc.querySelector('form select'), 'the builder did not start', { timeout: 8000 });
    const picker = doc.querySelector('form select') as HTMLSelectElement;
    // Every component, the vote (the story's lead) first.
    expect([...picker.options].map((o) => o.value)).to.have.members(real!.map((c) => c.tag));
    expect(picker.options[0]!.value).to.equal('vote-chart');
    expect(doc.querySelectorAll<HTMLTextAreaElement>('textarea')[1]!.value).to.equal(
      `${CDN_SCRIPT}\n<${real![0]!.tag}></${real![0]!.tag}>`,
    );
  });

  it('embed.html ignores unknown and hostile parameters and shows no injected markup', async function () {
    const target = await landed(real?.[0]?.tag ?? 'vote-chart');
    const evil = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const f = await frame(
      { url: `/demo/embed.html?component=${target.tag}&view=${evil}&layout=${evil}&onclick=alert(1)&bogus=1` },
      600,
      600,
    );
    const doc = f.contentDocument!;
    await waitUntil(() => doc.querySelector(target.tag), 'embed.html rendered nothing', { timeout: 8000 });
    const el = doc.querySelector(target.tag)!;
    expect(doc.querySelector('img')).to.be.null;
    expect(el.hasAttribute('onclick')).to.be.false;
    expect(el.hasAttribute('bogus')).to.be.false;
    const named = ['view', 'layout'].filter((n) => target.attrs.some((a) => a.name === n));
    for (const n of named) expect(el.getAttribute(n)).to.equal('"><img src=x onerror=alert(1)>');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"], [role="alert"]'), 'the bad value is not reported', {
      timeout: 8000,
    });
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('the hosted page (dist/embed.html, where the iframe snippet points) draws with the CMS bundle and loads nothing from src/', async function () {
    this.timeout(30000);
    const f = await frame({ url: '/dist/embed.html?component=vote-chart&view=hemicycle&theme=dark&bogus=1' }, 600, 700);
    const win = f.contentWindow!;
    const doc = f.contentDocument!;
    await waitUntil(
      () => doc.querySelector('vote-chart')?.shadowRoot?.querySelector('.frame svg [data-key]'),
      'the hosted page drew nothing',
      { timeout: 15000 },
    );
    const el = doc.querySelector('vote-chart')!;
    expect(el.getAttribute('view')).to.equal('hemicycle');
    expect(el.hasAttribute('bogus')).to.be.false;
    // The frame's page is titled by the widget's own title (the finding, by default).
    await waitUntil(() => doc.title === 'Belarus alone voted against; Russia and China abstained', `the page title is "${doc.title}"`, {
      timeout: 10000,
    });
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => (p.endsWith('.js') || p.endsWith('.ts')) && !p.startsWith('/__web-dev-server'));
    expect(
      scripts.filter((p) => !p.startsWith('/dist/')),
      scripts.join('\n'),
    ).to.deep.equal([]);
    expect(scripts).to.include('/dist/myanmar-ties.js');
  });

  it('embed.html names the available components when asked for an unknown one', async function () {
    expect(real?.length, '/custom-elements.json is missing or lists no component').to.be.greaterThan(0);
    const f = await frame({ url: '/demo/embed.html?component=pie-chart' }, 600, 300);
    await waitUntil(() => f.contentDocument!.querySelector('[role="alert"]'));
    expect(f.contentDocument!.querySelector('[role="alert"]')!.textContent).to.equal(
      `Unknown component "pie-chart". This page shows one of: ${real!.map((c) => c.tag).join(', ')}.`,
    );
  });
});
