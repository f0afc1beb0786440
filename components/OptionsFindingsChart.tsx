import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category } from '../lib/checker/types';
import { t, tPlural } from '../lib/i18n';
import { dayOf, loadFindingCounts, FINDING_COUNTS_KEY, type FindingCounts } from '../lib/findingCounts';
import { useUiLang } from '../lib/i18n/useUiLang';

const DAYS = 30;
const BAR = 12;
const HEIGHT = 80;

/** The last DAYS days, oldest first. */
function lastDays(today: Date): string[] {
  return Array.from({ length: DAYS }, (_, i) => {
    const d = new Date(today);
    d.setDate(d.getDate() - (DAYS - 1 - i));
    return dayOf(d);
  });
}

const total = (counts: Partial<Record<Category, number>> | undefined) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

/** Warnings per day over the last 30 days (inline SVG), and per category: counts only, never text. */
export function OptionsFindingsChart({ today = new Date() }: { today?: Date }) {
  const lang = useUiLang();
  const [counts, setCounts] = useState<FindingCounts>({});
  useEffect(() => {
    void loadFindingCounts().then(setCounts);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FINDING_COUNTS_KEY in changes) void loadFindingCounts().then(setCounts);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const days = lastDays(today);
  const perDay = days.map((d) => total(counts[d]));
  const max = Math.max(1, ...perDay);
  const perCategory = CATEGORIES.map((c) => [c, days.reduce((sum, d) => sum + (counts[d]?.[c] ?? 0), 0)] as const).filter(([, n]) => n > 0);

  return (
    <section aria-labelledby="sp-stats">
      <h2 id="sp-stats">{t(lang, 'options_section_stats')}</h2>
      {perCategory.length === 0 ? (
        <p>{t(lang, 'options_stats_empty')}</p>
      ) : (
        <>
          <svg role="img" aria-label={t(lang, 'options_stats_chart')} width={DAYS * BAR} height={HEIGHT} viewBox={`0 0 ${DAYS * BAR} ${HEIGHT}`}>
            {perDay.map((n, i) => {
              const h = Math.round((n / max) * (HEIGHT - 2));
              return (
                <rect key={days[i]} data-day={days[i]} x={i * BAR + 1} y={HEIGHT - h} width={BAR - 2} height={h} fill="#c2410c">
                  <title>{`${days[i]}: ${tPlural(lang, 'options_stats_total', n)}`}</title>
                </rect>
              );
            })}
          </svg>
          <table data-testid="stats-by-category">
            <tbody>
              {perCategory.map(([c, n]) => (
                <tr key={c} data-category={c}>
                  <th scope="row">{t(lang, `category_${c}`)}</th>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
