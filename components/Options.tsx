import { useEffect, useState } from 'react';
import { sendRequest } from '../lib/messages';

/** Settings page. */
export function Options() {
  const [connected, setConnected] = useState<boolean>();
  useEffect(() => {
    sendRequest<'ping'>({ type: 'ping' }).then(
      (r) => setConnected(r.ok),
      () => setConnected(false),
    );
  }, []);
  return (
    <main>
      <h1>SafePost options</h1>
      <p data-testid="connection">{connected === undefined ? '…' : connected ? 'Checker ready.' : 'Checker unavailable.'}</p>
    </main>
  );
}
