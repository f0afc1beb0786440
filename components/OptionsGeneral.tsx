import { t } from '../lib/i18n';
import { JURISDICTION_PRESETS } from '../lib/policy/jurisdictions';
import { ENFORCEMENTS, JURISDICTIONS, UI_LANGUAGES } from '../lib/policy/schema';
import { usePolicyStore } from '../lib/policy/store';
import { SUPPORTED_SITES } from '../lib/sites/hosts';
import { OptionsSetting } from './OptionsSetting';
import { useUiLang } from '../lib/i18n/useUiLang';

type Save = (path: string, value: unknown) => Promise<void>;

/** Enforcement, jurisdiction, UI language and sites: the choices made from a fixed list. */
export function OptionsGeneral({ save }: { save: Save }) {
  const lang = useUiLang();
  const policy = usePolicyStore((s) => s.policy);
  return (
    <section aria-labelledby="sp-general">
      <h2 id="sp-general">{t(lang, 'options_section_general')}</h2>
      <OptionsSetting path="enforcement" label={t(lang, 'options_enforcement')}>
        {ENFORCEMENTS.map((e) => (
          <label key={e} className="choice">
            <input type="radio" name="enforcement" value={e} checked={policy.enforcement === e} onChange={() => void save('enforcement', e)} />
            {t(lang, `policy_enforcement_${e}`)}
          </label>
        ))}
      </OptionsSetting>
      <OptionsSetting path="jurisdiction" label={t(lang, 'options_jurisdiction')}>
        <select aria-label={t(lang, 'options_jurisdiction')} value={policy.jurisdiction} onChange={(e) => void save('jurisdiction', e.target.value)}>
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(lang, JURISDICTION_PRESETS[j].labelKey)}
            </option>
          ))}
        </select>
        <p className="help">{t(lang, 'options_jurisdiction_help', { law: t(lang, JURISDICTION_PRESETS[policy.jurisdiction].lawKey), data: t(lang, JURISDICTION_PRESETS[policy.jurisdiction].dataKey) })}</p>
      </OptionsSetting>
      <OptionsSetting path="uiLanguage" label={t(lang, 'options_ui_language')}>
        <select aria-label={t(lang, 'options_ui_language')} value={policy.uiLanguage} onChange={(e) => void save('uiLanguage', e.target.value)}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l === 'auto' ? t(lang, 'options_ui_language_auto') : t(l, 'options_language_name')}
            </option>
          ))}
        </select>
      </OptionsSetting>
      <OptionsSetting path="sites" label={t(lang, 'options_sites')}>
        {SUPPORTED_SITES.map((site) => (
          <OptionsSetting key={site.id} path={`sites.enabled.${site.id}`} label={site.name}>
            <label className="choice">
              <input
                type="checkbox"
                checked={policy.sites.enabled[site.id] ?? true}
                onChange={(e) => void save(`sites.enabled.${site.id}`, e.target.checked)}
              />
              {t(lang, 'options_site_on')}
            </label>
          </OptionsSetting>
        ))}
        <OptionsSetting path="sites.allowUserSites" label={t(lang, 'options_sites_allow_user')}>
          <label className="choice">
            <input type="checkbox" checked={policy.sites.allowUserSites} onChange={(e) => void save('sites.allowUserSites', e.target.checked)} />
            {t(lang, 'options_sites_allow_user_help')}
          </label>
        </OptionsSetting>
      </OptionsSetting>
    </section>
  );
}
