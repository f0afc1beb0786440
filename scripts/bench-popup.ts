// Prints how fast the popup of the built extension (run `npx wxt build` first) answers in Chromium:
// paste → highlighted findings for pastes from one sentence to ~800 kB, medians of several runs.
// The figure includes the 60 ms typing pause the popup waits for before checking.
import { launchWithExtension } from '../test/e2e/harness/chromium';

const RUNS = 5;
const SENTENCE = 'So proud of our ward team today, call 555-201-4477 about the surgery results. ';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const browser = await launchWithExtension();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 400, height: 600 });
await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await page.waitForSelector('[data-testid="text"]');

/** Sets the text box the way a paste does; resolves with ms until the popup shows that text checked. */
function paste(text: string): Promise<{ ms: number; findings: number }> {
  return page.evaluate(
    (text) =>
      new Promise<{ ms: number; findings: number }>((resolve) => {
        const box = document.querySelector<HTMLTextAreaElement>('[data-testid="text"]')!;
        const verdict = document.querySelector('[data-testid="verdict"]')!;
        const started = performance.now();
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          const shown = text === '' ? verdict.textContent === '' : document.querySelector('[data-testid="marked-text"]')?.textContent === text;
          if (!shown) return;
          observer.disconnect();
          resolve({ ms: performance.now() - started, findings: document.querySelectorAll('[data-testid="findings"] li').length });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, text);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
  );
}

console.log('characters  findings  median ms (paste → findings shown)');
for (const sentences of [1, 100, 1_000, 10_000]) {
  const text = SENTENCE.repeat(sentences);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    ({ ms: times[i], findings } = await paste(text));
    await paste('');
  }
  console.log(`${String(text.length).padStart(10)}  ${String(findings).padStart(8)}  ${median(times).toFixed(0).padStart(9)}`);
}
await browser.close();
