import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/checker';
import type { Lang } from '../../../lib/checker/types';
import { DEFAULT_POLICY } from '../../../lib/policy/schema';

const checker = createChecker(DEFAULT_POLICY);

describe('staff roles', () => {
  it.each<[Lang, string]>([
    ['en', 'Congrats to Dr. Maria Gonzalez on being named Chief of Surgery! 🎉'],
    ['en', 'Please welcome Kevin Hart, our new Medical Director of Cardiology.'],
    ['fr', 'Félicitations au Dr Julien Petit, nommé chef de service de cardiologie.'],
    ['es', 'Felicidades a Laura Gómez, nueva supervisora de enfermería de la UCI.'],
    ['it', 'Benvenuta a Chiara Fontana, nuova direttrice del reparto di pediatria.'],
  ])('%s: a role after a name or "named" is no one’s name, and a clinician’s news is ok: %s', (lang, text) => {
    const result = checker.check(text, { lang });
    expect(result.verdict).toBe('ok');
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('"Nurse Practitioner" is a role, not a title before a name', () => {
    const text = 'Nurse Practitioner week: a big thank you to our whole team!';
    const names = checker.check(text, { lang: 'en' }).findings.filter((f) => f.category === 'NAME');
    expect(names.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});
