import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category, type CheckResult } from './checker/types';

/**
 * How many warnings SafePost raised, per day and category, for the chart on the options page.
 * Counts only: what is written is checked against a schema whose keys are dates and category names
 * and whose values are whole numbers, so no text — of a post, a finding or anything else — can be
 * stored through here.
 */
export const FINDING_COUNTS_KEY = 'findingCounts';
/** Days kept; older days are dropped on the next write. */
export const KEEP_DAYS = 90;

export type CategoryCounts = Partial<Record<Category, number>>;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const categoryCountsSchema = v.strictObject(
  Object.fromEntries(CATEGORIES.map((c) => [c, v.optional(count)])) as Record<Category, v.OptionalSchema<typeof count, undefined>>,
);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const findingCountsSchema = v.record(v.pipe(v.string(), v.regex(DAY)), categoryCountsSchema);
export type FindingCounts = v.InferOutput<typeof findingCountsSchema>;

/** Local calendar day, as the chart shows it. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Findings per category in one check result (nothing when its verdict is ok). */
export function countByCategory(result: Pick<CheckResult, 'verdict' | 'findings'>): CategoryCounts {
  const counts: CategoryCounts = {};
  if (result.verdict === 'ok') return counts;
  for (const f of result.findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return counts;
}

/** Adds `added` to `day` and drops days older than KEEP_DAYS before `day`. Pure. */
export function addCounts(stored: FindingCounts, day: string, added: CategoryCounts): FindingCounts {
  const oldest = new Date(`${day}T00:00:00`);
  oldest.setDate(oldest.getDate() - KEEP_DAYS + 1);
  const keepFrom = dayOf(oldest);
  const next: FindingCounts = Object.fromEntries(Object.entries(stored).filter(([d]) => d >= keepFrom));
  const today = { ...next[day] };
  for (const [category, n] of Object.entries(added) as [Category, number][]) today[category] = (today[category] ?? 0) + n;
  next[day] = today;
  return next;
}

export async function loadFindingCounts(): Promise<FindingCounts> {
  const stored = (await browser.storage.local.get(FINDING_COUNTS_KEY))[FINDING_COUNTS_KEY];
  const parsed = v.safeParse(findingCountsSchema, stored ?? {});
  return parsed.success ? parsed.output : {};
}

/**
 * Counts what each sender (a tab's frame, the popup) newly shows: a draft re-checked after every
 * pause in typing is counted once per finding, not once per check. Writes are queued so that
 * concurrent checks do not overwrite each other's counts.
 */
export function createFindingCounter(now: () => Date = () => new Date()) {
  const shown = new Map<string, CategoryCounts>();
  let queue = Promise.resolve();
  return {
    record(sender: string, result: Pick<CheckResult, 'verdict' | 'findings'>): Promise<void> {
      const current = countByCategory(result);
      const before = shown.get(sender) ?? {};
      shown.set(sender, current);
      const added: CategoryCounts = {};
      for (const [category, n] of Object.entries(current) as [Category, number][]) {
        const delta = n - (before[category] ?? 0);
        if (delta > 0) added[category] = delta;
      }
      if (!Object.keys(added).length) return queue;
      queue = queue.then(async () => {
        const next = v.parse(findingCountsSchema, addCounts(await loadFindingCounts(), dayOf(now()), added));
        await browser.storage.local.set({ [FINDING_COUNTS_KEY]: next });
      }).catch((err: unknown) => console.warn('SafePost: could not store finding counts', err));
      return queue;
    },
  };
}
