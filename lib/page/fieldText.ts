/** A compose field: a text control or the editing host of a rich editor. */
export type ComposeField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** The text the user sees in the field, with rich editors' blocks joined by newlines. */
export function readFieldText(field: ComposeField): string {
  if (isTextControl(field)) return field.value;
  return field.innerText.replace(/\n$/, '');
}
