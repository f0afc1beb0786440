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

describe('announcements with a date', () => {
  it.each<[Lang, string]>([
    ['fr', 'Rendez-vous le 12 mars pour notre journée portes ouvertes à la maternité !'],
    ['en', 'Open house on March 12 at our new birthing center!'],
    ['es', 'Jornada de puertas abiertas el 15 de abril en nuestra maternidad.'],
    ['it', 'Sabato 10 maggio open day nel reparto di pediatria: vi aspettiamo!'],
    ['tr', "Açık kapı günü 15 Mayıs'ta doğumhanemizde, herkesi bekliyoruz!"],
  ])('%s: an open day keeps its date public, even after an appointment word: %s', (lang, text) => {
    expect(checker.check(text, { lang }).verdict).toBe('ok');
  });

  it.each<[Lang, string]>([
    ['en', 'Our new MRI machine arrives on June 3rd! Shorter wait times for everyone.'],
    ['fr', "Inauguration le 3 juin de notre nouvel appareil d'IRM."],
    ['es', 'El 3 de junio llega nuestro nuevo equipo de resonancia.'],
    ['it', 'Il 3 giugno arriva il nuovo macchinario per la risonanza magnetica.'],
    ['tr', "Yeni MR cihazımız 3 Haziran'da hizmete giriyor."],
    ['tr', "Grip aşısı kampanyamız 1 Ekim'de başlıyor, tüm polikliniklerimizde."],
  ])('%s: new equipment and campaigns keep their dates public: %s', (lang, text) => {
    expect(checker.check(text, { lang }).verdict).toBe('ok');
  });

  it('a test on a date is still tied to whoever had it', () => {
    expect(checker.check('Mrs Diaz had her MRI on June 3rd.', { lang: 'en' }).verdict).toBe('block');
    expect(checker.check('Your MRI is on June 3rd.', { lang: 'en', inReplyTo: 'When is my MRI?' }).verdict).not.toBe('ok');
  });

  it('an appointment with its person in view is still tied to them', () => {
    expect(checker.check('Mme Martin, votre rendez-vous du 12 mars est confirmé.', { lang: 'fr' }).verdict).toBe('block');
  });
});

describe('a titled name thanked', () => {
  it.each<[Lang, string]>([
    ['en', 'Thank you Mrs. Jones for your generous donation to our pediatric ward!'],
    ['fr', 'Un grand merci à Mme Bernard pour son don de 500 € au service de pédiatrie.'],
    ['es', 'Muchas gracias a la Sra. López por su donación a nuestra planta de pediatría.'],
    ['it', 'Grazie alla signora Bruno per la donazione al reparto di pediatria.'],
  ])('%s: with only a place of care in view, may be a donor: warn, not block: %s', (lang, text) => {
    expect(checker.check(text, { lang }).verdict).toBe('warn');
  });

  it('still blocks when the thanks come with the person’s care', () => {
    expect(checker.check('Thank you Mrs. Jones, your biopsy results are normal.', { lang: 'en' }).verdict).toBe('block');
    expect(checker.check('Thank you Mrs. Jones, we are glad you were discharged from our cardiac unit.', { lang: 'en' }).verdict).toBe('block');
  });
});
