import styles from './style.css?inline';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { InlineUi } from '../../components/InlineUi';
import { watchAttachments } from '../../lib/page/attachments';
import { installEnforcement } from '../../lib/page/enforcement';
import { FieldHighlighter } from '../../lib/page/highlight';
import { createInlineController, isPanelShortcut } from '../../lib/page/inlineController';
import { createInlineStore } from '../../lib/page/inlineStore';
import { refuseForgedRestarts, stopIfOrphaned } from '../../lib/page/lifetime';
import { refuseUntrustedEvents } from '../../lib/page/untrustedEvents';
import { startWatcher } from '../../lib/page/watcher';
import { createRequestChannel } from '../../lib/requestPort';
import { siteAllowed } from '../../lib/policy/sites';
import { connectPolicyStore, usePolicyStore } from '../../lib/policy/store';
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
    const { signal } = ctx;
    const requests = createRequestChannel();
    connectPolicyStore(signal);

    const store = createInlineStore();
    const highlighter = new FieldHighlighter();
    const controller = createInlineController({ store, highlighter });
    const ui = await createShadowRootUi(ctx, {
      name: 'safepost-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: styles,
      // Keys and clicks inside the panel stay there: the site's shortcuts and "click outside" handlers never see them.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
      onMount: (container, shadow) => {
        refuseUntrustedEvents(shadow, signal);
        const root = createRoot(container);
        root.render(<InlineUi store={store} controller={controller} browserLocale={browser.i18n.getUILanguage()} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
    ctx.onInvalidated(() => highlighter.clearAll());

    /** Watches compose fields until `stop` aborts: checks, enforcement, attachments, the panel shortcut. */
    const watchFields = (stop: AbortSignal) => {
      const sessions = startWatcher({
        adapter,
        signal: stop,
        onResult: controller.onResult,
        onEdit: (field) => highlighter.reanchor(field),
        onDispose: (session) => controller.forget(session.field),
        check: (text, { inReplyTo, mediaCount }) =>
          requests.send<'check'>({ type: 'check', text, inReplyTo, site, mediaCount: mediaCount || undefined }).catch((error: unknown) => {
            stopIfOrphaned(ctx);
            throw error;
          }),
      });
      const watched = () => sessions.values();
      installEnforcement({ adapter, sessions: watched, enforcement: () => usePolicyStore.getState().policy.enforcement, hold: controller.hold, submitted: controller.submitted, signal: stop });
      watchAttachments({ adapter, sessions: watched, signal: stop });
      window.addEventListener(
        'keydown',
        (e) => {
          if (!isPanelShortcut(e)) return;
          const session = [...watched()].find((s) => e.composedPath().includes(s.field));
          if (session && controller.togglePanelOf(session.field)) e.preventDefault();
        },
        { capture: true, signal: stop },
      );
    };

    // Fields are watched only while the policy allows this site; a change applies live.
    let watching: AbortController | undefined;
    const follow = (allowed: boolean) => {
      if (allowed && !watching) {
        watching = new AbortController();
        watchFields(AbortSignal.any([signal, watching.signal]));
      } else if (!allowed && watching) {
        watching.abort();
        watching = undefined;
        highlighter.clearAll();
      }
    };
    follow(siteAllowed(usePolicyStore.getState().policy, site));
    const unsubscribe = usePolicyStore.subscribe((state) => follow(siteAllowed(state.policy, site)));
    signal.addEventListener('abort', unsubscribe);
  },
});
