import { createChecker } from '../checker';
import type { Lang } from '../checker/types';
import { isLang, langFromLocale, t } from '../i18n';
import { DEFAULT_POLICY } from '../policy/schema';
import { parseArgs, stringOption } from './args';
import { checkJsonl } from './checkJsonl';
import { checkText } from './checkText';
import { loadPolicy } from './loadPolicy';
import { scanCsv } from './scanCsv';

/**
 * `safepost` command line: the extension's checker for admins testing a policy and auditing exports.
 *   safepost check "text" [--policy p.json] [--lang fr]
 *   safepost check --jsonl [--policy p.json]   < posts.jsonl > verdicts.jsonl
 *   safepost scan export.csv --column text [--policy p.json]
 * Exit status: 0 nothing to act on, 1 something flagged (or bad input lines), 2 usage or policy error.
 */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [command, ...rest] = args.positional;
  const ui: Lang = langFromLocale(stringOption(args, 'ui') ?? process.env.LC_ALL ?? process.env.LANG);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const langOption = stringOption(args, 'lang');
  const lang = isLang(langOption) ? langOption : undefined;
  try {
    const policyFile = stringOption(args, 'policy');
    const checker = createChecker(policyFile ? loadPolicy(policyFile) : DEFAULT_POLICY);
    for (const problem of checker.problems ?? []) err(problem);
    if (command === 'check' && args.options.has('jsonl')) return await checkJsonl(checker, process.stdin, out, err);
    if (command === 'check' && rest.length > 0) return checkText(checker, rest.join(' '), ui, lang, out);
    const column = stringOption(args, 'column');
    if (command === 'scan' && rest.length === 1 && column) return scanCsv(checker, rest[0]!, column, ui, out);
  } catch (e) {
    err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  err(t(ui, 'cli_usage'));
  return 2;
}
