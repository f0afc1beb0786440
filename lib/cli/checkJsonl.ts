import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Checker } from '../checker/types';
import { isLang } from '../i18n';

/**
 * `safepost check --jsonl`: one JSON object per input line, {"id","text","lang"?,"in_reply_to"?}; one
 * line out per line in, {"id","verdict","findings":[{"start","end","category","severity"}],
 * "suggest_private_channel"}. A line that is not valid input gets {"id","error"} so the output stays
 * aligned with the input.
 */
export async function checkJsonl(checker: Checker, input: Readable, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let bad = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown; lang?: unknown; in_reply_to?: unknown };
    try {
      record = JSON.parse(line);
    } catch (e) {
      bad++;
      err(`line ${lineNumber}: not JSON (${e instanceof Error ? e.message : String(e)})`);
      out(JSON.stringify({ id: null, error: 'not JSON' }));
      continue;
    }
    if (typeof record.text !== 'string' || (record.in_reply_to !== undefined && typeof record.in_reply_to !== 'string')) {
      bad++;
      err(`line ${lineNumber}: "text" must be a string (and "in_reply_to", when present)`);
      out(JSON.stringify({ id: record.id ?? null, error: 'text must be a string' }));
      continue;
    }
    const result = checker.check(record.text, {
      lang: isLang(record.lang) ? record.lang : undefined,
      inReplyTo: record.in_reply_to as string | undefined,
    });
    out(
      JSON.stringify({
        id: record.id ?? null,
        verdict: result.verdict,
        findings: result.findings.map((f) => ({ start: f.start, end: f.end, category: f.category, severity: f.severity })),
        suggest_private_channel: result.suggestPrivateChannel,
      }),
    );
  }
  return bad ? 1 : 0;
}
