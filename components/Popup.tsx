import { useEffect, useState } from 'react';
import type { CheckResult } from '../lib/checker/types';
import { sendRequest } from '../lib/messages';
import { debounce } from '../lib/page/debounce';
import { SiteSwitch } from './SiteSwitch';

/** Quick check of pasted text; the text stays in this page and the background, never stored. */
export function Popup() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<CheckResult>();
  const [check] = useState(() =>
    debounce((value: string) => {
      void sendRequest<'check'>({ type: 'check', text: value }).then(setResult);
    }, 60),
  );
  useEffect(() => () => check.cancel(), [check]);

  return (
    <main className="popup">
      <h1>SafePost</h1>
      <SiteSwitch />
      <label htmlFor="sp-text">Text to check</label>
      <textarea
        id="sp-text"
        autoFocus
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          check(e.target.value);
        }}
      />
      {result && (
        <p role="status" data-testid="verdict" className={`verdict-${result.verdict}`}>
          {result.verdict === 'ok' ? 'No patient information found.' : `${result.findings.length} finding(s): ${result.verdict}`}
        </p>
      )}
    </main>
  );
}
