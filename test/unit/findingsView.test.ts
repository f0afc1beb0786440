import { describe, expect, it } from 'vitest';
import type { CheckResult, Finding } from '../../lib/checker/types';
import { badgeVerdict, findingId, panelItems, redactExcept } from '../../lib/page/findingsView';

const text = 'Mrs Diaz, call 555-201-4477 about your surgery.';
const f = (start: number, end: number, category: Finding['category'], severity: Finding['severity']): Finding => ({
  start,
  end,
  category,
  severity,
  ruleId: `test.${category}`,
  reason: { key: `reason_${category}` },
});
const findings = [f(0, 8, 'NAME', 'warn'), f(15, 27, 'PHONE', 'warn'), f(39, 46, 'HEALTH', 'info')];
const result: CheckResult = {
  verdict: 'block',
  findings,
  suggestPrivateChannel: false,
  redacted: '[NAME], call [PHONE] about your [HEALTH DETAIL].',
  lang: 'en',
};

describe('panelItems', () => {
  it('lists each finding with the text it covers, less the ignored ones', () => {
    const items = panelItems(result, text, [findingId(text, findings[1]!)]);
    expect(items.map((i) => [i.category, i.excerpt])).toEqual([
      ['NAME', 'Mrs Diaz'],
      ['HEALTH', 'surgery'],
    ]);
  });

  it('lists a finding about the whole composer (attached media) with no excerpt', () => {
    const photo: Finding = { ...f(0, 0, 'PHOTO', 'block'), reason: { key: 'reason_attachment_photo', values: { count: 2 } } };
    expect(panelItems({ ...result, findings: [photo, ...findings] }, text, [])[0]).toMatchObject({ category: 'PHOTO', excerpt: '' });
  });
});

describe('badgeVerdict', () => {
  it('is the checker’s verdict until findings are ignored, then the most serious of those left', () => {
    expect(badgeVerdict(result, panelItems(result, text, []))).toBe('block');
    expect(badgeVerdict(result, panelItems(result, text, [findingId(text, findings[0]!)]))).toBe('warn');
    expect(badgeVerdict(result, panelItems(result, text, findings.slice(0, 2).map((x) => findingId(text, x))))).toBe('ok');
    expect(badgeVerdict(result, [])).toBe('ok');
  });
});

describe('redactExcept', () => {
  it('is the checker’s redaction when nothing is ignored', () => {
    expect(redactExcept(text, result, [])).toBe(result.redacted);
  });

  it('keeps the original text of ignored findings and redacts the rest', () => {
    expect(redactExcept(text, result, [findingId(text, findings[0]!)])).toBe('Mrs Diaz, call [PHONE] about your [HEALTH DETAIL].');
    expect(redactExcept(text, result, [findingId(text, findings[2]!)])).toBe('[NAME], call [PHONE] about your surgery.');
  });

  it('falls back to the whole redaction when it does not have the expected shape', () => {
    const odd = { ...result, redacted: 'something else entirely' };
    expect(redactExcept(text, odd, [findingId(text, findings[0]!)])).toBe('something else entirely');
  });
});
