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
