import { createStore } from 'zustand/vanilla';
import type { BudgetedResult } from '../checkBudget';
import type { HeldSubmit } from './enforcement';

/** What the inline UI shows for one watched field. */
export interface FieldView {
  id: string;
  field: HTMLElement;
  result: BudgetedResult;
  /** The text `result` is about. */
  text: string;
  /** Findings the user ignored for this draft (see findingId). */
  ignored: string[];
  /** Whether the findings panel is open. */
  open: boolean;
}

export interface InlineState {
  fields: Record<string, FieldView>;
  /** The submit being held, with the field it came from. */
  held: (HeldSubmit & { fieldId: string }) | undefined;
}

export type InlineStore = ReturnType<typeof createInlineStore>;

export function createInlineStore() {
  return createStore<InlineState>(() => ({ fields: {}, held: undefined }));
}
