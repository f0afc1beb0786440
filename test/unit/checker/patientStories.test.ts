import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/checker';
import type { Lang } from '../../../lib/checker/types';
import { DEFAULT_POLICY } from '../../../lib/policy/schema';

const checker = createChecker(DEFAULT_POLICY);
const verdict = (text: string, lang: Lang) => checker.check(text, { lang }).verdict;

describe('a patient in the writer’s story', () => {
  it.each<[Lang, string]>([
    ['en', 'A patient told me today that I saved her life.'],
    ['en', 'Had the cutest patient this morning, he showed me all his dinosaur toys.'],
    ['fr', "Une patiente m'a dit aujourd'hui que j'étais la meilleure infirmière du service."],
    ['fr', 'Une patiente adorable ce matin, elle chantait dans le couloir.'],
    ['es', 'Un paciente nos trajo churros esta mañana para todo el equipo.'],
    ['es', 'Esta mañana una paciente encantadora me contó su vida entera.'],
    ['it', 'Oggi una paziente mi ha regalato un disegno bellissimo.'],
    ['it', 'Una paziente dolcissima stamattina ci ha portato i biscotti.'],
    ['tr', 'Bugün bir hasta bana çiçek getirdi, bu mesleği çok seviyorum.'],
    // Without the article, as notes and quick posts write it.
    ['en', 'Patient asked me today if I was old enough to be a nurse. Made my week 😂'],
    ['fr', "Patiente m'a demandé si j'étais vraiment infirmière."],
    ['es', 'Paciente me preguntó hoy si era enfermera de verdad.'],
    ['it', "Paziente mi ha chiesto se ero davvero un'infermiera."],
  ])('%s: warns of a patient without identifiers: %s', (lang, text) => {
    expect(verdict(text, lang)).toBe('warn');
  });

  it.each<[Lang, string]>([
    ['en', 'Had the sweetest patient today, she brought us cookies after her last chemo session.'],
    ['fr', 'Une patiente adorable nous a quittés ce matin après sa dernière chimio.'],
    ['es', 'Una paciente me dijo que su quimio terminaba hoy.'],
  ])('%s: blocks the story’s patient with their health detail: %s', (lang, text) => {
    expect(verdict(text, lang)).toBe('block');
  });

  it.each<[Lang, string]>([
    ['en', 'Patients tell us they love the new parking garage.'],
    ['en', 'The patient portal lets you message us any time.'],
    ['en', 'When a patient asks you about costs, refer them to billing.'],
    ['fr', 'Les patients nous demandent souvent les horaires de visite.'],
    ['es', 'Los pacientes nos preguntan por el nuevo horario.'],
    ['it', 'I pazienti ci chiedono spesso degli orari di visita.'],
    ['en', 'Patients tell me all the time they love the new parking garage.'],
    ['it', 'Pazienti mi chiedono sempre del parcheggio.'],
    ['en', 'Patient Experience asked me to share this survey.'],
  ])('%s: says nothing of any one patient: %s', (lang, text) => {
    expect(verdict(text, lang)).toBe('ok');
  });
});

describe('a patient named under a spotlight label', () => {
  it.each<[Lang, string]>([
    ['en', 'Patient of the week: John, who beat COVID after 40 days on a ventilator!'],
    ['en', 'Patient Spotlight: Derek Olsen ran his first 5K one year after his heart transplant.'],
    ['fr', 'Patiente du mois : Chantal, qui a vaincu son cancer.'],
    ['es', 'Paciente del mes: Lucía, que venció la leucemia.'],
    ['it', "Paziente del mese: Giorgio, tornato a camminare dopo l'ictus."],
    ['tr', 'Ayın hastası: Murat, kemik iliği naklinden sonra ilk maratonunu koştu.'],
  ])('%s: blocks: %s', (lang, text) => {
    const result = checker.check(text, { lang });
    expect(result.verdict).toBe('block');
    expect(result.findings.some((f) => f.category === 'NAME')).toBe(true);
  });

  it.each<[Lang, string]>([
    ['en', 'Patient of the week: coming soon!'],
    ['en', 'Patient Spotlight: Cardiac Rehab Success'],
  ])('%s: a label with no name after it is nothing: %s', (lang, text) => {
    expect(verdict(text, lang)).toBe('ok');
  });
});

describe('a reply about the reader’s relative in care', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Your dad was admitted to the ward last night.', 'Where is my dad?'],
    ['en', 'Your mom was discharged this morning, she can call us anytime.', 'Is my mom still with you?'],
    ['it', "Tua madre è in osservazione breve, il medico la visiterà entro un'ora.", 'Mia madre è in pronto soccorso da 8 ore senza notizie!'],
    ['tr', 'Anneniz yarın sabah servise alınacak, doktoru sizi bilgilendirecek.', 'Annem 2 gündür acilde bekliyor, kimse ilgilenmiyor'],
    ['es', 'Tu padre está pendiente de un TAC, en breve le atenderán.', 'Mi padre lleva 6 horas en urgencias y nadie nos dice nada'],
  ])('%s: what happened to them in care is told: %s', (lang, text, inReplyTo) => {
    const result = checker.check(text, { lang, inReplyTo });
    expect(result.verdict).not.toBe('ok');
    expect(result.findings.some((f) => f.category === 'PATIENT')).toBe(true);
    expect(result.suggestPrivateChannel).toBe(true);
  });

  it.each<[Lang, string, string]>([
    ['it', 'Ci dispiace molto. Per favore scrivici in privato con i tuoi recapiti.', 'Mia madre è in pronto soccorso da 8 ore senza notizie!'],
    ['tr', "Geçmiş olsun! Lütfen bize DM'den ulaşın, yardımcı olalım.", 'Annem 2 gündür acilde bekliyor, kimse ilgilenmiyor'],
    ['en', 'So sorry. Please DM us so we can look into this for you.', 'My dad has been in your ER for 6 hours with no updates'],
  ])('%s: moving the talk to a private channel blocks nothing: %s', (lang, text, inReplyTo) => {
    const result = checker.check(text, { lang, inReplyTo });
    expect(result.verdict).not.toBe('block');
    expect(result.suggestPrivateChannel).toBe(true);
  });
});
