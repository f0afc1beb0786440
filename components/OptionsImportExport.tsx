import { useState } from 'react';
import { t } from '../lib/i18n';
import { usePolicyStore } from '../lib/policy/store';
import { saveUserSettings, SettingsError } from '../lib/policy/userSettings';
import { parsePolicyFile, type PolicyProblem } from '../lib/policy/validate';
import { OptionsProblems } from './OptionsProblems';
import { useUiLang } from '../lib/i18n/useUiLang';

/**
 * A policy as a JSON file, for organisations without device management: export the policy in force,
 * import one as the user's settings after the same validation as any other source. A refused file
 * changes nothing.
 */
export function OptionsImportExport() {
  const lang = useUiLang();
  const policy = usePolicyStore((s) => s.policy);
  const [problems, setProblems] = useState<PolicyProblem[]>([]);
  const [imported, setImported] = useState(false);

  const importFile = async (file: File) => {
    setImported(false);
    const parsed = parsePolicyFile(await file.text());
    if (!parsed.ok) return setProblems(parsed.problems);
    try {
      await saveUserSettings(parsed.value);
      setProblems([]);
      setImported(true);
    } catch (err) {
      setProblems(err instanceof SettingsError ? err.problems : [{ source: 'import', path: '', reason: { key: 'policy_error_storage', values: { detail: String(err) } } }]);
    }
  };

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(policy, null, 2)}\n`], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'safepost-policy.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section aria-labelledby="sp-import">
      <h2 id="sp-import">{t(lang, 'options_section_import')}</h2>
      <label>
        {t(lang, 'options_import')}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <button type="button" data-testid="export" onClick={exportFile}>
        {t(lang, 'options_export')}
      </button>
      {imported && <p role="status">{t(lang, 'options_import_done')}</p>}
      <OptionsProblems lang={lang} title={t(lang, 'options_import_failed')} problems={problems} testId="import-problems" />
    </section>
  );
}
