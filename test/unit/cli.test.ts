import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/checker';
import { checkJsonl } from '../../lib/cli/checkJsonl';
import { checkText } from '../../lib/cli/checkText';
import { loadPolicy } from '../../lib/cli/loadPolicy';
import { scanCsv } from '../../lib/cli/scanCsv';
import { DEFAULT_POLICY } from '../../lib/policy/schema';

const checker = createChecker(DEFAULT_POLICY);
const dir = mkdtempSync(join(tmpdir(), 'safepost-cli-'));
const collect = () => {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
};

describe('safepost check --jsonl', () => {
  it('writes one line per input line, aligned, with verdict, findings and the private-channel flag', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Call Mrs Diaz at 555-123-4567 about her surgery' }),
      JSON.stringify({ id: 'b', text: 'Flu shots this week', lang: 'en' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'We will check', in_reply_to: 'Where are my test results?' }),
      JSON.stringify({ id: 'd', text: 42 }),
    ].join('\n');
    const { lines, out } = collect();
    const errors: string[] = [];
    const status = await checkJsonl(checker, Readable.from([input]), out, (e) => errors.push(e));
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(['a', 'b', null, 'c', 'd']);
    expect(records[0]).toMatchObject({ verdict: 'block', suggest_private_channel: false });
    expect(records[0].findings[0]).toEqual({ start: 9, end: 13, category: 'NAME', severity: 'block' });
    expect(records[1]).toEqual({ id: 'b', verdict: 'ok', findings: [], suggest_private_channel: false });
    expect(records[2]).toEqual({ id: null, error: 'not JSON' });
    expect(records[3].suggest_private_channel).toBe(true);
    expect(records[4].error).toMatch(/text/);
    expect(errors).toHaveLength(2);
    expect(status).toBe(1);
  });
});

describe('safepost check "text"', () => {
  it('prints the verdict, each finding with its reason, and the redacted text', () => {
    const { lines, out } = collect();
    expect(checkText(checker, 'Mrs Diaz had surgery', 'en', undefined, out)).toBe(1);
    expect(lines[0]).toMatch(/^BLOCK \(language: en\)/);
    expect(lines.join('\n')).toContain("A person's name");
    expect(lines.join('\n')).toContain('Redacted: Mrs [name] had [health detail]');
  });
});

describe('policy files', () => {
  it('names the key that is wrong', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ enforcement: 'sometimes', detectors: { NAME: { enabled: 'yes' } } }));
    expect(() => loadPolicy(file)).toThrow(/invalid policy[\s\S]*enforcement[\s\S]*detectors\.NAME\.enabled/);
  });

  it('says when the file is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ nope');
    expect(() => loadPolicy(file)).toThrow(/broken\.json: cannot read the policy/);
  });
});

describe('safepost scan', () => {
  it('summarises an export and lists the rows to review, without printing the posts', () => {
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'id,text\n1,"Flu shots this week"\n2,"Call Mrs Diaz at 555-123-4567 about her surgery"\n3,"My patient made me laugh"\n');
    const { lines, out } = collect();
    expect(scanCsv(checker, file, 'text', 'en', out)).toBe(1);
    const printed = lines.join('\n');
    expect(printed).toContain('3 posts checked: 1 ok, 1 warn, 1 block.');
    expect(printed).toMatch(/\s3\s+BLOCK/);
    expect(printed).not.toContain('Diaz');
  });

  it('names the columns when the one asked for is missing', () => {
    const file = join(dir, 'other.csv');
    writeFileSync(file, 'id,message\n1,hello\n');
    expect(() => scanCsv(checker, file, 'text', 'en', () => {})).toThrow(/No column "text".*id, message/);
  });
});
