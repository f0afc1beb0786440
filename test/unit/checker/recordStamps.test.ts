import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/checker';
import type { Lang } from '../../../lib/checker/types';
import { DEFAULT_POLICY } from '../../../lib/policy/schema';

const checker = createChecker(DEFAULT_POLICY);
const stamps = (text: string, lang: Lang) =>
  checker
    .check(text, { lang })
    .findings.filter((f) => f.reason.key === 'reason_record_stamp')
    .map((f) => [text.slice(f.start, f.end), f.severity]);

describe('text copied from a patient record: its stamps', () => {
  it.each([
    ['fr', 'Document imprimé de Hôpital Charles-Nicolle le 02/09/2021 à 09:23', '02/09/2021'],
    ['fr', 'Compte rendu signé par Dr. Jean-Pierre Fongueuse', 'Jean-Pierre Fongueuse'],
    ['fr', 'Avis du 12/02/2027 par le Dr Martin', '12/02/2027'],
    ['en', 'Printed on 02/09/2021 at 09:23 by the ward office', '02/09/2021'],
    ['en', 'Electronically signed by Dr. Jane Smith', 'Jane Smith'],
    ['en', 'Consultation note 12/02/2027 by Dr. Jane Smith', '12/02/2027'],
    ['es', 'Impreso el 02/09/2021 a las 09:23', '02/09/2021'],
    ['es', 'Informe firmado por Dra. María López', 'María López'],
    ['es', 'Informe del 12/02/2027 por el Dr. García', '12/02/2027'],
    ['it', 'Stampato il 02/09/2021 alle 09:23', '02/09/2021'],
    ['it', 'Referto firmato da Dott. Marco Bianchi', 'Marco Bianchi'],
    ['it', 'Lettera del 12/02/2027 a cura del Dott. Bianchi', '12/02/2027'],
    ['tr', 'Yazdırılma tarihi: 02.09.2021 09:23', '02.09.2021'],
    ['tr', 'Raporu imzalayan: Dr. Ayşe Yılmaz', 'Ayşe Yılmaz'],
  ] as const)('%s: %s', (lang, text, stamped) => {
    expect(checker.check(text, { lang }).verdict).toBe('warn');
    expect(stamps(text, lang)).toContainEqual([stamped, 'warn']);
  });

  it.each([
    // A date after a word that is no stamp, a heading without its author, a signature without a name.
    ['fr', "Selon l'avis du 12 mars 2020, le projet de la mairie est maintenu."],
    ['fr', 'Une tribune signée par 300 médecins, publiée le 02/09/2021.'],
    ['en', 'Our new clinic opens on 5 May 2025, come and see us!'],
    ['en', 'The report of 12 March 2021 found more flu cases.'],
    ['en', 'Our flyers are printed on recycled paper.'],
    // A stamp opens its line; in running prose the same words are no stamp.
    ['en', 'Our annual report for the community, printed on 12 May 2024, is out now.'],
    ['fr', 'Merci à toute l’équipe pour ce bilan annuel imprimé le 12/05/2024.'],
    ['es', 'La campaña empieza el 12/03/2025.'],
    ['it', 'Il libro è stato stampato in 2000 copie.'],
    ['tr', 'Kampanya 12.03.2025 tarihinde başlıyor.'],
  ] as const)('%s, no stamp: %s', (lang, text) => {
    expect(stamps(text, lang)).toEqual([]);
    expect(checker.check(text, { lang }).verdict).toBe('ok');
  });

  it('a stamp on a later line of the page, after a page number', () => {
    expect(stamps('Résultats de biologie\nPage 2 Imprimé le 02/09/2021 à 09:23', 'fr')).toEqual([['02/09/2021', 'warn']]);
  });

  it('a stamp is one line: a date on the next line is not the stamp’s', () => {
    expect(stamps('Document imprimé par le service\n\nRendez-vous le 02/09/2021', 'fr')).toEqual([]);
  });
});
