/**
 * What every site copy exposes to tests: what the site's own post button sent, and each editor's
 * own model of its draft (which must equal what is shown after SafePost edits it).
 */
declare global {
  interface Window {
    __posted: string[];
    /** The editor's own model text; pages with several editors name them. */
    __model: (name?: string) => string;
  }
}

const models = new Map<string, () => string>();

export function recordPost(text: string): void {
  window.__posted.push(text);
}

/** Registers how to read an editor's model; the first registered (or 'default') answers __model(). */
export function exposeModel(read: () => string, name = 'default'): void {
  window.__posted ??= [];
  models.set(name, read);
  window.__model ??= (key?: string) => {
    const reader = models.get(key ?? 'default') ?? models.values().next().value;
    if (!reader) throw new Error(`no editor model ${key ?? ''}`);
    return reader();
  };
}

/** Static markup as nodes, for copies of sites that are not React apps (parsed, never innerHTML). */
export function html(markup: string): DocumentFragment {
  const body = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;
  const fragment = document.createDocumentFragment();
  fragment.append(...[...body.childNodes].map((node) => document.importNode(node, true)));
  return fragment;
}
