import { browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/checker/types';
import { addCounts, countByCategory, createFindingCounter, dayOf, KEEP_DAYS, loadFindingCounts, FINDING_COUNTS_KEY } from '../../lib/findingCounts';

const finding = (category: Finding['category'], start = 0): Finding => ({
  start,
  end: start + 4,
  category,
  severity: 'warn',
  ruleId: 'test',
  reason: { key: 'reason_test' },
});

describe('warning counts', () => {
  it('counts findings per category, and nothing for an ok verdict', () => {
    expect(countByCategory({ verdict: 'warn', findings: [finding('PHONE'), finding('PHONE', 9), finding('NAME')] })).toEqual({ PHONE: 2, NAME: 1 });
    expect(countByCategory({ verdict: 'ok', findings: [finding('HEALTH')] })).toEqual({});
  });

  it('adds to a day and drops days older than the window', () => {
    const old = dayOf(new Date(2024, 0, 1));
    const next = addCounts({ [old]: { NAME: 5 }, '2024-05-01': { PHONE: 1 } }, '2024-05-01', { PHONE: 2, EMAIL: 1 });
    expect(next).toEqual({ '2024-05-01': { PHONE: 3, EMAIL: 1 } });
    const kept = addCounts({ '2024-02-02': { NAME: 1 } }, '2024-05-01', {});
    expect(Object.keys(kept)).toEqual(['2024-02-02', '2024-05-01']);
    expect(KEEP_DAYS).toBe(90);
  });

  it('counts a finding once per sender, however often the same draft is re-checked', async () => {
    const counter = createFindingCounter(() => new Date(2024, 4, 1, 12));
    const draft = { verdict: 'warn' as const, findings: [finding('PHONE')] };
    await counter.record('tab:1:0', draft);
    await counter.record('tab:1:0', draft);
    await counter.record('tab:1:0', { verdict: 'block', findings: [finding('PHONE'), finding('HEALTH', 10)] });
    await counter.record('tab:2:0', draft);
    expect(await loadFindingCounts()).toEqual({ '2024-05-01': { PHONE: 2, HEALTH: 1 } });
    // Cleared, then written again: a new warning.
    await counter.record('tab:1:0', { verdict: 'ok', findings: [] });
    await counter.record('tab:1:0', draft);
    expect(await loadFindingCounts()).toEqual({ '2024-05-01': { PHONE: 3, HEALTH: 1 } });
  });

  it('stores numbers under dates and category names only: no text of the post or its findings', async () => {
    const counter = createFindingCounter(() => new Date(2024, 4, 1));
    const secret = 'Mrs Diaz 555-201-4477';
    await counter.record('tab:1:0', { verdict: 'warn', findings: [{ ...finding('NAME'), reason: { key: 'reason_name', values: { text: secret } } }] });
    const dump = JSON.stringify(await browser.storage.local.get(null));
    expect(dump).toBe(JSON.stringify({ [FINDING_COUNTS_KEY]: { '2024-05-01': { NAME: 1 } } }));
  });

  it('reads unreadable stored counts as none rather than failing', async () => {
    await browser.storage.local.set({ [FINDING_COUNTS_KEY]: { yesterday: 'lots' } });
    expect(await loadFindingCounts()).toEqual({});
  });
});
