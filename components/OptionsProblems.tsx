import type { Lang } from '../lib/checker/types';
import { t } from '../lib/i18n';
import type { PolicyProblem } from '../lib/policy/validate';

/** One refused key, in words: "Organization policy — customPatterns[0].pattern: not a valid pattern (…)". */
export function problemText(lang: Lang, problem: PolicyProblem): string {
  const where = problem.path || t(lang, 'options_problem_whole');
  return `${t(lang, `policy_source_${problem.source}`)} — ${where}: ${t(lang, problem.reason.key, problem.reason.values)}`;
}

/** The problems with a policy source or an import, for the user and for the admin who reads over their shoulder. */
export function OptionsProblems({ lang, title, problems, testId }: { lang: Lang; title: string; problems: PolicyProblem[]; testId: string }) {
  if (!problems.length) return null;
  return (
    <div role="alert" className="problems" data-testid={testId}>
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-path={p.path}>
            {problemText(lang, p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
