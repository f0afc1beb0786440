import { createChecker } from '../checker';
import { DEFAULT_POLICY } from '../policy/schema';

/** `safepost` command line: checks text with the same engine as the extension. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check' && rest.length > 0) {
    const result = createChecker(DEFAULT_POLICY).check(rest.join(' '));
    process.stdout.write(`${result.verdict}\n`);
    for (const f of result.findings) process.stdout.write(`  ${f.category} ${f.start}-${f.end} ${f.severity}\n`);
    return result.verdict === 'ok' ? 0 : 1;
  }
  process.stderr.write('usage: safepost check "text"\n');
  return 2;
}
