import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../components/Options';
import { effectivePolicy, NO_SOURCES } from '../../lib/policy/merge';
import { usePolicyStore } from '../../lib/policy/store';
import { loadUserSettings, saveUserSettings } from '../../lib/policy/userSettings';
import { dayOf, FINDING_COUNTS_KEY } from '../../lib/findingCounts';
import { startFakeBackground } from './fakeBackground';

function setPolicy(managed: Parameters<typeof effectivePolicy>[0]['managed'], user = {}) {
  act(() => usePolicyStore.setState({ ...effectivePolicy({ managed, user }) }, true));
}

function fieldset(path: string): HTMLFieldSetElement {
  return document.querySelector(`fieldset[data-setting="${path}"]`)!;
}

beforeEach(() => {
  usePolicyStore.setState(effectivePolicy(NO_SOURCES), true);
});

describe('options page', () => {
  it('shows every setting the organisation enforces as locked and disabled, and leaves the rest editable', () => {
    render(<Options />);
    setPolicy({ enforcement: 'block', allowedTerms: ['Mercy Clinic'], detectors: { PHONE: { enabled: false } }, defaults: { jurisdiction: 'uk' } });

    expect(screen.getByTestId('managed-note')).toBeTruthy();
    expect(fieldset('enforcement').disabled).toBe(true);
    expect(within(fieldset('enforcement')).getByText('Set by your organization')).toBeTruthy();
    expect((screen.getByRole('radio', { name: /Block posting/ }) as HTMLInputElement).checked).toBe(true);
    expect(fieldset('allowedTerms').disabled).toBe(true);
    expect((within(fieldset('allowedTerms')).getByRole('textbox') as HTMLTextAreaElement).value).toBe('Mercy Clinic');

    const phone = screen.getByRole('checkbox', { name: 'Check: Phone or fax number' }) as HTMLInputElement;
    expect(phone.disabled).toBe(true);
    expect(phone.checked).toBe(false);
    expect((screen.getByRole('combobox', { name: 'Severity: Phone or fax number' }) as HTMLSelectElement).disabled).toBe(false);

    // Recommended by the organisation, not enforced: the user may change it.
    expect(fieldset('jurisdiction').disabled).toBe(false);
    expect(fieldset('jurisdiction').dataset.locked).toBeUndefined();
    expect((screen.getByRole('combobox', { name: 'Rules that apply' }) as HTMLSelectElement).value).toBe('uk');
  });

  it('saves a change as the user setting in storage.sync', async () => {
    render(<Options />);
    fireEvent.click(screen.getByRole('radio', { name: /Ask me to confirm/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Check: Email address' }));
    await waitFor(async () => expect((await loadUserSettings()).raw).toEqual({ enforcement: 'confirm', detectors: { EMAIL: { enabled: false } } }));
  });

  it('saves text settings when the box loses focus', async () => {
    render(<Options />);
    const name = within(fieldset('organization.name')).getByRole('textbox');
    fireEvent.change(name, { target: { value: 'Mercy Clinic' } });
    fireEvent.blur(name);
    const terms = within(fieldset('allowedTerms')).getByRole('textbox');
    fireEvent.change(terms, { target: { value: '#NursesWeek\n\n 555-201-4477 \n#NursesWeek' } });
    fireEvent.blur(terms);
    await waitFor(async () =>
      expect((await loadUserSettings()).raw).toEqual({ organization: { name: 'Mercy Clinic' }, allowedTerms: ['#NursesWeek', '555-201-4477'] }),
    );
  });

  it('refuses a custom pattern that cannot run in linear time, before saving anything', async () => {
    render(<Options />);
    const form = within(fieldset('customPatterns'));
    fireEvent.change(form.getByRole('textbox', { name: 'Name' }), { target: { value: 'MRN' } });
    fireEvent.change(form.getByRole('textbox', { name: 'Pattern' }), { target: { value: '(\\d)\\1+' } });
    fireEvent.click(form.getByRole('button', { name: 'Add pattern' }));
    expect(form.getByRole('alert').textContent).toMatch(/linear time/);
    expect((await loadUserSettings()).raw).toBeUndefined();

    fireEvent.change(form.getByRole('textbox', { name: 'Pattern' }), { target: { value: 'MRN\\d{6}' } });
    fireEvent.click(form.getByRole('button', { name: 'Add pattern' }));
    await waitFor(async () => expect((await loadUserSettings()).raw).toMatchObject({ customPatterns: [{ name: 'MRN', pattern: 'MRN\\d{6}', severity: 'warn' }] }));
  });

  it('shows what was refused in a policy source, naming the key', () => {
    render(<Options />);
    act(() =>
      usePolicyStore.setState({
        problems: [{ source: 'managed', path: 'customPatterns[0].pattern', reason: { key: 'policy_error_regex_invalid', values: { detail: 'missing )' } } }],
      }),
    );
    const alert = screen.getByTestId('policy-problems');
    expect(alert.textContent).toContain('Part of the policy was refused');
    expect(alert.textContent).toContain('Organization policy — customPatterns[0].pattern: not a pattern SafePost can run in linear time (missing )');
  });

  it('speaks the language the policy sets', () => {
    render(<Options />);
    setPolicy({ uiLanguage: 'tr', enforcement: 'warn' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('SafePost ayarları');
    expect(within(fieldset('enforcement')).getByText('Kurumunuz tarafından ayarlandı')).toBeTruthy();
    expect(document.title).toBe('SafePost ayarları');
    expect(document.documentElement.lang).toBe('tr');
  });
});

describe('import and export', () => {
  const upload = (content: string) => {
    const file = new File([content], 'policy.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
  };

  it('imports a bad file: shows every problem and keeps the settings as they were', async () => {
    await saveUserSettings({ enforcement: 'confirm', allowedTerms: ['#NursesWeek'] });
    render(<Options />);
    upload(JSON.stringify({ enforcement: 'block', allowedTerms: 'all', __proto__x: 1, customPatterns: [{ name: 'x', pattern: '(?=a)' }] }));
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('The file was not imported; your settings are unchanged.');
    expect(problems.textContent).toContain('Imported file — allowedTerms: wrong type');
    expect(problems.textContent).toContain('Imported file — __proto__x: unknown setting');
    expect((await loadUserSettings()).raw).toEqual({ enforcement: 'confirm', allowedTerms: ['#NursesWeek'] });
  });

  it('imports a file that is not JSON: says so, changes nothing', async () => {
    render(<Options />);
    upload('enforcement = block');
    expect((await screen.findByTestId('import-problems')).textContent).toContain('is not valid JSON');
    expect((await loadUserSettings()).raw).toBeUndefined();
  });

  it('imports a good file as the user settings', async () => {
    await saveUserSettings({ uiLanguage: 'fr' });
    render(<Options />);
    upload(JSON.stringify({ enforcement: 'block', allowedTerms: ['Mercy Clinic'] }));
    expect(await screen.findByText('Policy imported.')).toBeTruthy();
    expect((await loadUserSettings()).raw).toEqual({ enforcement: 'block', allowedTerms: ['Mercy Clinic'] });
  });

  it('exports the policy in force as a JSON file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:policy';
    };
    URL.revokeObjectURL = () => undefined;
    render(<Options />);
    setPolicy({ enforcement: 'block' });
    fireEvent.click(screen.getByTestId('export'));
    expect(JSON.parse(await blobs[0]!.text())).toEqual(usePolicyStore.getState().policy);
  });
});

describe('test box and warning chart', () => {
  it('checks sample text through the background', async () => {
    startFakeBackground();
    render(<Options />);
    fireEvent.change(screen.getByTestId('test-text'), { target: { value: 'Call Mrs Diaz at 555-123-4567 about her surgery' } });
    fireEvent.click(screen.getByTestId('test-check'));
    const result = await screen.findByTestId('test-result');
    expect(result.dataset.verdict).toBe('block');
    expect(result.textContent).toContain('555-123-4567');
    expect(result.textContent).toContain('This discloses patient information.');
  });

  it('charts the stored counts per day and per category, live', async () => {
    const today = dayOf(new Date());
    await browser.storage.local.set({ [FINDING_COUNTS_KEY]: { [today]: { PHONE: 3, NAME: 1 } } });
    render(<Options />);
    const table = await screen.findByTestId('stats-by-category');
    expect(within(table).getByText('Phone or fax number').nextSibling?.textContent).toBe('3');
    expect(document.querySelector(`rect[data-day="${today}"] title`)?.textContent).toBe(`${today}: 4 warnings`);
    await act(() => browser.storage.local.set({ [FINDING_COUNTS_KEY]: { [today]: { PHONE: 5 } } }));
    await waitFor(() => expect(within(screen.getByTestId('stats-by-category')).getByText('Phone or fax number').nextSibling?.textContent).toBe('5'));
  });
});
