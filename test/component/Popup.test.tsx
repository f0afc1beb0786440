import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import { SHOWN_FINDINGS_MAX } from '../../components/PopupFindings';
import { MAX_CHECKED_CHARS } from '../../lib/checkBudget';
import { createChecker } from '../../lib/checker';
import type { CheckResult } from '../../lib/checker/types';
import { t } from '../../lib/i18n';
import { MAX_TEXT } from '../../lib/messages';
import { DEFAULT_POLICY } from '../../lib/policy/schema';
import { usePolicyStore } from '../../lib/policy/store';
import { startFakeBackground } from './fakeBackground';

const PHI = 'Mrs Diaz called from 555-201-4477 about her surgery results.';
const BENIGN = 'Flu shots are available at every clinic this week.';
const PATIENT_MESSAGE = 'I had my surgery at your hospital last week and I still have pain.';
const THANKS = 'Thanks for your message!';

/** What the checker the background runs says about a text: the popup must show exactly this. */
const expected = (text: string, inReplyTo?: string): CheckResult => createChecker(DEFAULT_POLICY).check(text, { inReplyTo });

const writeText = vi.fn<(text: string) => Promise<void>>();

/** user-event installs its own clipboard on setup(); this one, installed after, records what is copied. */
function setupUser() {
  const user = userEvent.setup();
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return user;
}

afterEach(() => {
  cleanup();
  usePolicyStore.setState({ policy: DEFAULT_POLICY, locked: [], problems: [] });
});

async function typeInPopup(text: string) {
  const user = setupUser();
  render(<Popup />);
  const box = screen.getByTestId('text');
  await user.click(box);
  await user.paste(text);
  return { user, box };
}

describe('popup quick check', () => {
  it('opens with the text box focused', () => {
    startFakeBackground();
    render(<Popup />);
    expect(document.activeElement).toBe(screen.getByTestId('text'));
  });

  it('typing PHI shows the verdict, each finding marked in the text and its reason in plain words', async () => {
    startFakeBackground();
    const result = expected(PHI);
    expect(result.findings.length).toBeGreaterThan(0);
    await typeInPopup(PHI);

    // The count is of items to fix: health words (info) are listed to explain them, not counted.
    const toFix = result.findings.filter((f) => f.severity !== 'info').length;
    expect(toFix).toBeGreaterThan(1);
    expect(toFix).toBeLessThan(result.findings.length);
    const verdict = await screen.findByText(t('en', `popup_verdict_${result.verdict}_other`, { count: toFix }));
    expect(verdict).toHaveProperty('dataset.verdict', result.verdict);
    const marks = [...screen.getByTestId('marked-text').querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(result.findings.map((f) => PHI.slice(f.start, f.end)));
    expect(screen.getByTestId('marked-text').textContent).toBe(PHI);

    const items = within(screen.getByTestId('findings')).getAllByRole('listitem');
    expect(items).toHaveLength(result.findings.length);
    result.findings.forEach((f, i) => {
      const reason = t('en', f.reason.key, f.reason.values);
      expect(reason, `catalog has ${f.reason.key}`).not.toBe(f.reason.key);
      expect(items[i]!.textContent).toContain(reason);
      expect(items[i]!.textContent).toContain(PHI.slice(f.start, f.end));
    });
  });

  it('says there is nothing to worry about for benign text, and clears when the box is emptied', async () => {
    startFakeBackground();
    const { user, box } = await typeInPopup(BENIGN);
    await screen.findByText(t('en', 'popup_verdict_ok'));
    expect(screen.queryByTestId('findings')).toBeNull();
    expect(screen.queryByTestId('copy-redacted')).toBeNull();
    await user.clear(box);
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toBe(''));
  });

  it('shows the text as text: markup in a paste is never parsed', async () => {
    startFakeBackground();
    const text = '<img src=x onerror=alert(1)> call 555-201-4477';
    await typeInPopup(text);
    await waitFor(() => expect(screen.getByTestId('marked-text').textContent).toBe(text));
    expect(document.querySelector('img')).toBeNull();
  });

  it('copies the redacted version of exactly the current text', async () => {
    startFakeBackground();
    const { user } = await typeInPopup(PHI);
    await user.click(await screen.findByTestId('copy-redacted'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText).toHaveBeenCalledWith(expected(PHI).redacted);
    expect(writeText.mock.calls[0]![0]).not.toContain('555-201-4477');
    expect(screen.getByTestId('copied').textContent).toBe(t('en', 'popup_copied_redacted'));
  });

  it('says so when the clipboard refuses', async () => {
    startFakeBackground();
    const { user } = await typeInPopup(PHI);
    writeText.mockRejectedValue(new Error('denied'));
    await user.click(await screen.findByTestId('copy-redacted'));
    await screen.findByText(t('en', 'popup_copy_failed'));
  });

  it('suggests the private-channel reply for a reply to a patient about their care, and copies it', async () => {
    const received = startFakeBackground();
    const suggested = expected(THANKS, PATIENT_MESSAGE);
    expect(expected(THANKS).suggestPrivateChannel).toBe(false);
    expect(suggested.suggestPrivateChannel).toBe(true);
    const { user } = await typeInPopup(THANKS);
    await screen.findByText(t('en', 'popup_verdict_ok'));
    expect(screen.queryByTestId('reply')).toBeNull();

    await user.click(screen.getByText(t('en', 'popup_in_reply_to_toggle')));
    await user.click(screen.getByTestId('in-reply-to'));
    await user.paste(PATIENT_MESSAGE);
    expect((await screen.findByTestId('reply')).textContent).toContain(suggested.reply);
    expect(received).toHaveBeenLastCalledWith({ type: 'check', text: THANKS, inReplyTo: PATIENT_MESSAGE });

    await user.click(screen.getByTestId('copy-reply'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(suggested.reply));
    expect(screen.getByTestId('copied').textContent).toBe(t('en', 'popup_copied_reply'));
  });

  it('follows the browser language and switches when settings override it', async () => {
    startFakeBackground();
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('es-ES');
    render(<Popup />);
    expect(screen.getByLabelText(t('es', 'popup_text_label'))).toBe(screen.getByTestId('text'));
    expect(screen.getByRole('main').lang).toBe('es');

    act(() => usePolicyStore.setState({ policy: { ...DEFAULT_POLICY, uiLanguage: 'tr' } }));
    expect(screen.getByLabelText(t('tr', 'popup_text_label'))).toBe(screen.getByTestId('text'));
    expect(screen.getByRole('button', { name: t('tr', 'popup_open_options') })).toBeTruthy();
    expect(screen.getByRole('main').lang).toBe('tr');
    expect(document.documentElement.lang).toBe('tr');
  });

  it('explains findings in the chosen language', async () => {
    startFakeBackground();
    usePolicyStore.setState({ policy: { ...DEFAULT_POLICY, uiLanguage: 'fr' } });
    const result = expected(PHI);
    await typeInPopup(PHI);
    const items = await within(await screen.findByTestId('findings')).findAllByRole('listitem');
    result.findings.forEach((f, i) => expect(items[i]!.textContent).toContain(t('fr', f.reason.key, f.reason.values)));
  });

  it('keeps the text and findings when Escape is pressed', async () => {
    startFakeBackground();
    const { user, box } = await typeInPopup(PHI);
    await screen.findByTestId('findings');
    await user.keyboard('{Escape}');
    expect((box as HTMLTextAreaElement).value).toBe(PHI);
    expect(screen.getByTestId('findings')).toBeTruthy();
  });

  it('never stores or logs the text', async () => {
    startFakeBackground();
    const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const { user } = await typeInPopup(PHI);
    await user.click(await screen.findByTestId('copy-redacted'));
    for (const area of ['local', 'sync', 'session'] as const) {
      expect(await fakeBrowser.storage[area].get(null)).toEqual({});
    }
    expect(JSON.stringify(localStorage)).toBe('{}');
    expect(JSON.stringify(sessionStorage)).toBe('{}');
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it('checks a large paste; past the check budget says only the start was checked; beyond the limit refuses clearly', async () => {
    const received = startFakeBackground();
    const big = `${BENIGN} `.repeat(Math.floor((MAX_CHECKED_CHARS - PHI.length) / (BENIGN.length + 1))) + PHI;
    expect(big.length).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    const { verdict } = expected(big);
    const { box } = await typeInPopup(big);
    await waitFor(() => expect(screen.getByTestId('verdict').dataset.verdict).toBe(verdict), { timeout: 20_000 });
    expect(screen.queryByTestId('truncation-notice')).toBeNull();

    // Pasting megabytes through user-event is slow; an input event is what a paste amounts to.
    const paste = (text: string) =>
      act(async () => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, text);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await paste(`${big} ${big}`);
    expect((await screen.findByTestId('truncation-notice', {}, { timeout: 20_000 })).textContent).toBe(
      t('en', 'notice_truncated', { count: MAX_CHECKED_CHARS.toLocaleString('en') }),
    );

    received.mockClear();
    await paste('x'.repeat(MAX_TEXT + 1));
    await screen.findByText(t('en', 'popup_too_long', { max: MAX_TEXT.toLocaleString('en') }));
    expect(screen.queryByTestId('truncation-notice')).toBeNull();
    expect(received).not.toHaveBeenCalled();
  }, 60_000);

  it('draws at most the first findings of a paste with thousands, and says how many are not shown', async () => {
    startFakeBackground();
    const many = 'call me at 555-201-4477 about the surgery. '.repeat(150);
    const result = expected(many);
    expect(result.findings.length).toBeGreaterThan(SHOWN_FINDINGS_MAX);
    await typeInPopup(many);
    const more = await screen.findByTestId('findings-more');
    expect(more.textContent).toBe(t('en', 'popup_findings_more', { shown: SHOWN_FINDINGS_MAX, total: result.findings.length }));
    expect(within(screen.getByTestId('findings')).getAllByRole('listitem')).toHaveLength(SHOWN_FINDINGS_MAX);
    expect(screen.getByTestId('marked-text').querySelectorAll('mark')).toHaveLength(SHOWN_FINDINGS_MAX);
    expect(screen.getByTestId('marked-text').textContent).toBe(many);
  });

  it('opens the options page', async () => {
    startFakeBackground();
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const user = setupUser();
    render(<Popup />);
    await user.click(screen.getByRole('button', { name: t('en', 'popup_open_options') }));
    expect(open).toHaveBeenCalledOnce();
  });
});
