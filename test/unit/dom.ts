/** Builds test DOM from markup without innerHTML: parsed by DOMParser, then adopted into the page. */
export function fragment(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const frag = document.createDocumentFragment();
  frag.append(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  return frag;
}

/** Appends markup to a fresh container in document.body and returns the container. */
export function mount(html: string): HTMLElement {
  const container = document.createElement('div');
  container.append(fragment(html));
  document.body.append(container);
  return container;
}

/** Attaches an open shadow root holding markup to host. */
export function withShadow(host: Element, html: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  root.append(fragment(html));
  return root;
}

export function $(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}
