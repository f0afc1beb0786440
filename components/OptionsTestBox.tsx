import { useState } from 'react';
import type { CheckResult } from '../lib/checker/types';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import { useUiLang } from '../lib/i18n/useUiLang';

/** Checks sample text against the policy in force, through the background's checker (not counted in the statistics). */
export function OptionsTestBox() {
  const lang = useUiLang();
  const [text, setText] = useState('');
  const [result, setResult] = useState<CheckResult>();
  const [error, setError] = useState('');
  const check = () =>
    sendRequest<'check'>({ type: 'check', text }).then(
      (r) => {
        setResult(r);
        setError('');
      },
      (err: unknown) => setError(String(err)),
    );
  return (
    <section aria-labelledby="sp-test">
      <h2 id="sp-test">{t(lang, 'options_section_test')}</h2>
      <textarea aria-label={t(lang, 'options_test_label')} data-testid="test-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" data-testid="test-check" onClick={() => void check()}>
        {t(lang, 'options_test_button')}
      </button>
      {error && <p role="alert">{error}</p>}
      {result && (
        <div role="status" data-testid="test-result" data-verdict={result.verdict}>
          <p>{t(lang, `options_verdict_${result.verdict}`)}</p>
          <ul>
            {result.findings.map((f, i) => (
              <li key={i} data-category={f.category}>
                <mark>{text.slice(f.start, f.end)}</mark> — {t(lang, `category_${f.category}`)}: {t(lang, f.reason.key, f.reason.values)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
