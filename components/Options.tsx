import { t } from '../lib/i18n';
import { usePolicyStore } from '../lib/policy/store';
import { OptionsDetectors } from './OptionsDetectors';
import { OptionsGeneral } from './OptionsGeneral';
import { OptionsImportExport } from './OptionsImportExport';
import { OptionsProblems } from './OptionsProblems';
import { OptionsTestBox } from './OptionsTestBox';
import { OptionsText } from './OptionsText';
import { OptionsFindingsChart } from './OptionsFindingsChart';
import { usePageLanguage } from './usePageLanguage';
import { useSaveSetting } from './useSaveSetting';
import { useUiLang } from '../lib/i18n/useUiLang';

/**
 * The settings page: every setting of the policy, the ones the organisation enforces shown locked,
 * what was refused in a policy source, a test box, import/export, and the warning counts. It reads
 * the effective policy from usePolicyStore (connected in entrypoints/options/main.tsx) and writes
 * only the user's own settings.
 */
export function Options() {
  const lang = useUiLang();
  usePageLanguage(lang, 'options_title');
  const problems = usePolicyStore((s) => s.problems);
  const locked = usePolicyStore((s) => s.locked);
  const [save, saveProblems] = useSaveSetting();
  return (
    <main className="options" lang={lang}>
      <h1>{t(lang, 'options_title')}</h1>
      <OptionsProblems lang={lang} title={t(lang, 'options_problems_title')} problems={problems} testId="policy-problems" />
      {locked.length > 0 && <p data-testid="managed-note">{t(lang, 'options_managed_note')}</p>}
      <OptionsProblems lang={lang} title={t(lang, 'options_save_failed')} problems={saveProblems} testId="save-problems" />
      <OptionsGeneral save={save} />
      <OptionsDetectors save={save} />
      <OptionsText save={save} />
      <OptionsTestBox />
      <OptionsImportExport />
      <OptionsFindingsChart />
    </main>
  );
}
