import { useState } from 'react';
import { LANGS } from '../lib/checker/types';
import { t } from '../lib/i18n';
import { compileCustomPattern } from '../lib/policy/customPattern';
import { SEVERITIES, type CustomPattern } from '../lib/policy/schema';
import { usePolicyStore } from '../lib/policy/store';
import { OptionsSetting } from './OptionsSetting';
import { useUiLang } from '../lib/i18n/useUiLang';

type Save = (path: string, value: unknown) => Promise<void>;

/** A text box saved when it loses focus; it shows the effective value again when that changes. */
function SavedText({ value, label, multiline, onSave }: { value: string; label: string; multiline?: boolean; onSave: (v: string) => void }) {
  const props = {
    defaultValue: value,
    'aria-label': label,
    onBlur: (e: { target: { value: string } }) => {
      if (e.target.value !== value) onSave(e.target.value);
    },
  };
  return multiline ? <textarea key={value} rows={4} {...props} /> : <input key={value} type="text" {...props} />;
}

const ORGANIZATION_FIELDS = ['name', 'phone', 'secureLink', 'email'] as const;
const REPLY_PLACEHOLDERS = '{handle} {organization} {phone} {secureLink} {email}';

/** Allowed terms, organisation contacts and reply templates: the settings typed as text. */
export function OptionsText({ save }: { save: Save }) {
  const lang = useUiLang();
  const policy = usePolicyStore((s) => s.policy);
  return (
    <>
      <section aria-labelledby="sp-terms">
        <h2 id="sp-terms">{t(lang, 'options_section_terms')}</h2>
        <OptionsSetting path="allowedTerms" label={t(lang, 'options_terms_help')}>
          <SavedText
            multiline
            label={t(lang, 'options_section_terms')}
            value={policy.allowedTerms.join('\n')}
            onSave={(text) => void save('allowedTerms', [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))])}
          />
        </OptionsSetting>
      </section>
      <section aria-labelledby="sp-org">
        <h2 id="sp-org">{t(lang, 'options_section_organization')}</h2>
        {ORGANIZATION_FIELDS.map((field) => (
          <OptionsSetting key={field} path={`organization.${field}`} label={t(lang, `options_org_${field}`)}>
            <SavedText label={t(lang, `options_org_${field}`)} value={policy.organization[field]} onSave={(v) => void save(`organization.${field}`, v)} />
          </OptionsSetting>
        ))}
      </section>
      <section aria-labelledby="sp-replies">
        <h2 id="sp-replies">{t(lang, 'options_section_replies')}</h2>
        <p className="help">
          {t(lang, 'options_replies_help')} <code>{REPLY_PLACEHOLDERS}</code>
        </p>
        {LANGS.map((l) => (
          <OptionsSetting key={l} path={`replyTemplates.${l}`} label={t(l, 'options_language_name')}>
            <SavedText multiline label={t(l, 'options_language_name')} value={policy.replyTemplates[l] ?? ''} onSave={(v) => void save(`replyTemplates.${l}`, v || undefined)} />
          </OptionsSetting>
        ))}
      </section>
      <OptionsPatterns save={save} patterns={policy.customPatterns} />
    </>
  );
}

const EMPTY_PATTERN = { name: '', pattern: '', flags: '', severity: 'warn' as CustomPattern['severity'], contextWords: '' };

/** The organisation's own identifier formats: listed, removable, and added one at a time after a check. */
function OptionsPatterns({ save, patterns }: { save: Save; patterns: CustomPattern[] }) {
  const lang = useUiLang();
  const [draft, setDraft] = useState(EMPTY_PATTERN);
  const [error, setError] = useState('');
  const add = () => {
    const compiled = compileCustomPattern(draft.pattern, draft.flags);
    if (!draft.name.trim() || !draft.pattern) return setError(t(lang, 'options_pattern_incomplete'));
    if (!compiled.ok) return setError(t(lang, `policy_error_${compiled.error === 'invalid' ? 'regex_invalid' : 'regex_empty_match'}`, { detail: compiled.detail }));
    const contextWords = draft.contextWords.split(',').map((w) => w.trim()).filter(Boolean);
    setError('');
    setDraft(EMPTY_PATTERN);
    void save('customPatterns', [...patterns, { name: draft.name.trim(), pattern: draft.pattern, flags: draft.flags, severity: draft.severity, contextWords }]);
  };
  const field = (key: 'name' | 'pattern' | 'flags' | 'contextWords') => (
    <label>
      {t(lang, `options_pattern_${key}`)}
      <input type="text" value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );
  return (
    <section aria-labelledby="sp-patterns">
      <h2 id="sp-patterns">{t(lang, 'options_section_patterns')}</h2>
      <OptionsSetting path="customPatterns" label={t(lang, 'options_patterns_help')}>
        <ul data-testid="patterns">
          {patterns.map((p, i) => (
            <li key={`${i}-${p.name}`}>
              <strong>{p.name}</strong> <code>{p.pattern}</code> {p.flags && <code>/{p.flags}</code>} {t(lang, `policy_severity_${p.severity}`)}
              {p.contextWords.length > 0 && ` (${p.contextWords.join(', ')})`}{' '}
              <button type="button" onClick={() => void save('customPatterns', patterns.filter((_, j) => j !== i))}>
                {t(lang, 'options_pattern_remove')}
              </button>
            </li>
          ))}
        </ul>
        <div className="pattern-form">
          {field('name')}
          {field('pattern')}
          {field('flags')}
          <label>
            {t(lang, 'options_severity')}
            <select value={draft.severity} onChange={(e) => setDraft({ ...draft, severity: e.target.value as CustomPattern['severity'] })}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(lang, `policy_severity_${s}`)}
                </option>
              ))}
            </select>
          </label>
          {field('contextWords')}
          <button type="button" onClick={add}>
            {t(lang, 'options_pattern_add')}
          </button>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </div>
      </OptionsSetting>
    </section>
  );
}
