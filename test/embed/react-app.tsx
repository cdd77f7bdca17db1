// The README's React 19 recipe, bundled by esbuild from the built package (dist/) as a
// React app would be: properties and custom events on a custom element, no wrapper.
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'myanmar-ties/vote-chart';

export interface AppProps {
  record: unknown;
  view: string;
  onSelect: (detail: unknown) => void;
}

function Vote({ record, view, onSelect }: AppProps) {
  // React 19 sets `data` as a property (the element has one) and listens to `vote-select`.
  // @ts-expect-error: custom element tags are not in React's JSX types here
  return <vote-chart eager view={view} data={record} onvote-select={(e: CustomEvent) => onSelect(e.detail)} />;
}

export function mount(container: HTMLElement, props: AppProps): Root {
  const root = createRoot(container);
  flushSync(() => root.render(<Vote {...props} />));
  return root;
}
