/**
 * What every site copy exposes to tests: what the site's own post button sent, and the editor's
 * own model of the draft (which must equal what is shown after SafePost edits it).
 */
declare global {
  interface Window {
    __posted: string[];
    __model: () => string;
  }
}

export function recordPost(text: string): void {
  window.__posted.push(text);
}

export function exposeModel(read: () => string): void {
  window.__posted ??= [];
  window.__model = read;
}
