import styles from './style.css?inline';
import { createRoot, type Root } from 'react-dom/client';
import { Badge } from '../../components/Badge';
import { TruncationNotice } from '../../components/TruncationNotice';
import { langFromLocale } from '../../lib/i18n';
import { sendRequest } from '../../lib/messages';
import type { FieldSession } from '../../lib/page/fieldSession';
import { refuseForgedRestarts, stopIfOrphaned } from '../../lib/page/lifetime';
import { startWatcher } from '../../lib/page/watcher';
import { SUPPORTED_MATCH_PATTERNS, siteForHost } from '../../lib/sites/hosts';
import { adapterForHost } from '../../lib/sites';

export default defineContentScript({
  matches: SUPPORTED_MATCH_PATTERNS,
  runAt: 'document_idle',
  // Styles go into the shadow root itself: no web-accessible resources a page could probe.
  cssInjectionMode: 'manual',
  async main(ctx) {
    refuseForgedRestarts(ctx.signal);
    const adapter = adapterForHost(location.hostname);
    const site = siteForHost(location.hostname) ?? 'generic';
    let root: Root | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: 'safepost-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: styles,
      isolateEvents: true,
      onMount: (container) => {
        root = createRoot(container);
        return root;
      },
      onRemove: (r) => r?.unmount(),
    });
    ui.mount();

    const render = (session: FieldSession) => {
      const result = session.result;
      if (!root || !result) return;
      root.render(
        <>
          <Badge verdict={result.verdict} count={result.findings.length} />
          {result.checkedChars !== undefined && <TruncationNotice checkedChars={result.checkedChars} lang={langFromLocale(navigator.language)} />}
        </>,
      );
    };

    startWatcher({
      adapter,
      signal: ctx.signal,
      onResult: render,
      check: (text, inReplyTo) =>
        sendRequest<'check'>({ type: 'check', text, inReplyTo, site }).catch((error: unknown) => {
          stopIfOrphaned(ctx);
          throw error;
        }),
    });
  },
});
