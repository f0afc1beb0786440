import { CATEGORIES } from '../lib/checker/types';
import { t } from '../lib/i18n';
import { isLocked } from '../lib/policy/merge';
import { SEVERITIES } from '../lib/policy/schema';
import { usePolicyStore } from '../lib/policy/store';
import { useUiLang } from '../lib/i18n/useUiLang';

type Save = (path: string, value: unknown) => Promise<void>;

/** On/off and severity per category; each control is locked on its own. */
export function OptionsDetectors({ save }: { save: Save }) {
  const lang = useUiLang();
  const detectors = usePolicyStore((s) => s.policy.detectors);
  const locked = usePolicyStore((s) => s.locked);
  const lockNote = <span className="lock" title={t(lang, 'options_locked_explain')} aria-label={t(lang, 'options_locked')}>🔒</span>;
  return (
    <section aria-labelledby="sp-detectors">
      <h2 id="sp-detectors">{t(lang, 'options_section_detectors')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'options_detector_category')}</th>
            <th scope="col">{t(lang, 'options_detector_enabled')}</th>
            <th scope="col">{t(lang, 'options_severity')}</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((category) => {
            const setting = detectors[category];
            const enabledPath = `detectors.${category}.enabled`;
            const severityPath = `detectors.${category}.severity`;
            return (
              <tr key={category} data-category={category}>
                <th scope="row">{t(lang, `category_${category}`)}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t(lang, 'options_detector_enabled')}: ${t(lang, `category_${category}`)}`}
                    checked={setting?.enabled ?? true}
                    disabled={isLocked(locked, enabledPath)}
                    onChange={(e) => void save(enabledPath, e.target.checked)}
                  />
                  {isLocked(locked, enabledPath) && lockNote}
                </td>
                <td>
                  <select
                    aria-label={`${t(lang, 'options_severity')}: ${t(lang, `category_${category}`)}`}
                    value={setting?.severity ?? ''}
                    disabled={isLocked(locked, severityPath)}
                    onChange={(e) => void save(severityPath, e.target.value || undefined)}
                  >
                    <option value="">{t(lang, 'options_severity_default')}</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {t(lang, `policy_severity_${s}`)}
                      </option>
                    ))}
                  </select>
                  {isLocked(locked, severityPath) && lockNote}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
