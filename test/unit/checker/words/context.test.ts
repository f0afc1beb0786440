import { describe, expect, it } from 'vitest';
import { detectHealth } from '../../../../lib/checker/detectors/health';
import { detectPatientReferences } from '../../../../lib/checker/detectors/patient';
import { detectPhotoReferences } from '../../../../lib/checker/detectors/photos';
import { detect, found } from './detect';

describe('health context', () => {
  it.each([
    ['en', 'she has type 2 diabetes and takes metformin', ['diabetes', 'metformin']],
    ['fr', 'hospitalisé pour une pneumonie, sous amoxicilline', ['hospitalisé', 'pneumonie', 'amoxicilline']],
    ['es', 'cirugía de cadera y fisioterapia', ['cirugía', 'fisioterapia']],
    ['it', 'ricoverato in terapia intensiva per ictus', ['ricoverato', 'terapia intensiva', 'ictus']],
    ['tr', 'kemoterapisi bitti, hastaneden taburcu oldu', ['kemoterapisi', 'hastaneden', 'taburcu']],
    ['en', 'after my double bypass and a dog bite', ['double bypass', 'dog bite']],
    ['fr', 'une morsure de chien et une intoxication', ['morsure de chien', 'intoxication']],
    ['es', 'con una intoxicación etílica', ['intoxicación etílica']],
    ['it', 'per il morso del cane', ['morso del cane']],
    ['es', 'dos meses en nuestra planta de hematología', ['hematología']],
    ['tr', 'nefroloji servisinde', ['nefroloji']],
    // Lab values asked about a person: a clinical request, not news.
    ['en', 'can someone check his potassium and the troponin', ['potassium', 'troponin']],
    ['fr', 'kaliémie basse, hémocultures en cours', ['kaliémie', 'hémocultures']],
    ['es', 'hemoglobina en 7 y el urocultivo pendiente', ['hemoglobina', 'urocultivo']],
    ['it', 'emocromo e potassiemia da ripetere', ['emocromo', 'potassiemia']],
    ['tr', 'potasyumu düşük, hemogramı bekleniyor', ['potasyumu', 'hemogramı']],
  ] as const)('%s: %s', (lang, text, terms) => {
    expect(found(detectHealth, text, lang)).toEqual(expect.arrayContaining([...terms]));
  });

  it.each([
    ['en', 'two transfusions and the fractures healed', ['transfusions', 'fractures']],
    ['fr', 'deux transfusions et des biopsies', ['transfusions', 'biopsies']],
    ['es', 'biopsias y ecografías seriadas', ['biopsias', 'ecografías']],
    ['it', 'due trasfusioni e tre ecografie', ['trasfusioni', 'ecografie']],
  ] as const)('%s: the plural of a listed one-word term is health too: %s', (lang, text, terms) => {
    expect(found(detectHealth, text, lang)).toEqual([...terms]);
  });

  it('a plural whose singular is too short to tell, or is no health word, is not health', () => {
    // "ill" is listed, "ills" of the economy are not a condition; "cases" is no plural of a health term.
    expect(found(detectHealth, 'the ills of the economy, in many cases', 'en')).toEqual([]);
    expect(found(detectHealth, 'les mois de mars et les jours', 'fr')).toEqual([]);
  });

  it('says what kind of health information it is', () => {
    expect(detect(detectHealth, 'fever after the biopsy', 'en')).toEqual([
      ['fever', 'health.symptom'],
      ['biopsy', 'health.procedure'],
    ]);
  });

  it('matches whole words, Unicode-aware: no "ill" inside "Illinois", no "aids" inside "braids", no "malade" inside "maladroit"', () => {
    expect(found(detectHealth, 'Illinois braids public policy', 'en')).toEqual([]);
    expect(found(detectHealth, 'un geste maladroit', 'fr')).toEqual([]);
    expect(found(detectHealth, 'un geste maladroit et malade', 'fr')).toEqual(['malade']);
  });
});

describe('patient references', () => {
  it.each([
    ['en', 'my patient is doing better', 'my patient'],
    ['en', 'the lady in bed 4 asked for water', 'the lady in bed'],
    ['en', 'we saw you on Tuesday', 'we saw you'],
    ['fr', 'la patiente de la chambre 5', 'la patiente de la chambre'],
    ['es', 'nuestra paciente ya está en casa', 'nuestra paciente'],
    ['it', 'il nostro paziente è stato dimesso', 'il nostro paziente'],
    ['tr', 'hastamız taburcu edildi', 'hastamız'],
    ['fr', "la dame qu'on a soignée hier", "qu'on a soignée"],
    ['es', 'el abuelito de la habitación 214', 'el abuelito de la habitación'],
    ['es', 'hoy una paciente me ha dado las gracias', 'hoy una paciente'],
    ['it', 'la signora che abbiamo medicato ieri', 'abbiamo medicato'],
    ['tr', 'pansuman yaptığımız teyze', 'pansuman yaptığımız'],
    ['tr', 'teşekkür eden hastama', 'hastama'],
    ['en', 'the family of the young man we couldn\'t save tonight', "we couldn't save"],
    ['en', 'the 6-year-old we lost in the PICU last night', 'we lost in the PICU'],
    ['es', 'el chico que no pudimos salvar', 'no pudimos salvar'],
  ] as const)('%s: %s', (lang, text, reference) => {
    expect(found(detectPatientReferences, text, lang).join(' | ')).toContain(reference);
  });

  it.each([
    ['en', 'your results are ready', 'your results'],
    ['fr', 'ton rendez-vous est confirmé', 'ton rendez-vous'],
    ['es', 'tu cita es el lunes', 'tu cita'],
    ['it', 'il tuo intervento è andato bene', 'il tuo intervento'],
    ['tr', 'randevunuz yarın', 'randevunuz'],
  ] as const)('%s: the reader\'s own care counts in a reply only: %s', (lang, text, phrase) => {
    expect(found(detectPatientReferences, text, lang, { isReply: true })).toContain(phrase);
    expect(found(detectPatientReferences, text, lang, { isReply: false })).toEqual([]);
  });

  it.each([
    ['en', 'sorry your knee surgery hurt', 'your knee surgery'],
    ['fr', 'votre dernière prise de sang est normale', 'votre dernière prise de sang'],
    ['es', 'tu operación de rodilla salió bien', 'tu operación'],
    ['it', 'la tua ultima terapia è finita', 'tua ultima terapia'],
    ['tr', 'diz ameliyatınızın sonucu iyi', 'ameliyatınızın'],
  ] as const)('%s: "your" shortly before a care word is the reader\'s own care: %s', (lang, text, phrase) => {
    expect(found(detectPatientReferences, text, lang, { isReply: true })).toContain(phrase);
  });

  it.each([
    ['en', 'glad your mom is home after her stroke', 'your mom is home after her stroke'],
    ['fr', 'votre fils va mieux après son opération', 'votre fils va mieux après son opération'],
    ['es', 'que tu hija se recupere pronto de la fractura', 'tu hija se recupere pronto de la fractura'],
    ['it', 'speriamo che tuo padre stia meglio dopo il ricovero', 'tuo padre stia meglio dopo il ricovero'],
    ['en', 'so glad your little one is feeling better after the ear infection', 'your little one is feeling better after the ear infection'],
  ] as const)('%s: the care of the reader\'s relative a few words on is theirs too: %s', (lang, text, phrase) => {
    expect(found(detectPatientReferences, text, lang, { isReply: true })).toContain(phrase);
    expect(found(detectPatientReferences, 'your mom will love our new café, the best coffee in the hospital', 'en', { isReply: true })).toEqual([]);
  });

  it.each([
    ['my favorite patient went home today', 'my favorite patient'],
    ['pt in rm 14 had a seizure overnight', 'pt in'],
    ['our NICU graduate Mason is 1 today', 'NICU graduate'],
  ])('English shorthand and adjectives before "patient": %s', (text, phrase) => {
    expect(found(detectPatientReferences, text, 'en')).toContain(phrase);
  });

  it.each([
    ['en', 'he was our bravest patient today', 'our bravest patient'],
    ['fr', 'notre plus jeune patiente a 3 jours', 'notre plus jeune patiente'],
    ['es', 'nuestra querida paciente Carmen', 'nuestra querida paciente'],
    ['it', 'il nostro piccolo paziente è a casa', 'nostro piccolo paziente'],
  ] as const)('%s: "our" and a patient word with adjectives between: %s', (lang, text, phrase) => {
    expect(found(detectPatientReferences, text, lang)).toContain(phrase);
    expect(found(detectPatientReferences, 'try our new patient portal; our best, patient team', 'en')).toEqual([]);
  });

  it.each([
    ['en', 'our patient and family advisory council met today', 'our patient is doing better'],
    ['en', 'shared with our patient\'s permission', 'our patient asked for water'],
    ['fr', 'la charte des droits du patient', 'la patiente va mieux'],
    ['es', 'el servicio de atención al paciente le llamará', 'la paciente ya está en casa'],
    ['es', 'testimonio compartido con autorización de la paciente', 'nuestra paciente ya está en casa'],
    ['it', 'la sicurezza del paziente prima di tutto', 'il nostro paziente è a casa'],
    ['tr', 'hastamızın izniyle paylaşılmıştır', 'hastamız taburcu edildi'],
    ['en', 'thank you for your work in our ICU', 'three weeks in our ICU'],
    ['es', 'por su trabajo en nuestra planta', 'tres semanas en nuestra planta'],
    ['tr', 'servisimizde çalışan hemşiremiz', 'servisimizde yatan amca'],
  ] as const)('%s: a patient word that names a service, a formality or a workplace is no one: %s', (lang, text, person) => {
    expect(found(detectPatientReferences, text, lang)).toEqual([]);
    expect(found(detectPatientReferences, person, lang)).not.toEqual([]);
  });

  it('Turkish "hasta" naming a service ("hasta hakları") is no one\'s health', () => {
    expect(found(detectHealth, 'Hasta hakları birimimiz sizi arayacak', 'tr')).toEqual([]);
    expect(found(detectHealth, 'Hasta yatağında', 'tr')).toEqual(['Hasta']);
  });

  it('"your" before a care setting, or with a comma between, is not the reader\'s care', () => {
    expect(found(detectPatientReferences, 'thanks for choosing your local hospital', 'en', { isReply: true })).toEqual([]);
    expect(found(detectPatientReferences, 'your team, and physiotherapy', 'en', { isReply: true })).toEqual([]);
  });

  it('a clinical note that opens on the patient', () => {
    expect(found(detectPatientReferences, 'Paciente de 70 años que acude por disnea', 'es')).toContain('Paciente');
    expect(found(detectPatientReferences, 'Patient safety is everyone’s job', 'en')).toEqual([]);
  });
});

describe('photo references', () => {
  it.each([
    ['en', 'selfie with my patient after her surgery', 'selfie with my patient'],
    ['en', 'check out this x-ray from today', 'check out this x-ray'],
    ['fr', 'photo avec une patiente adorable', 'photo avec une patiente'],
    ['es', 'mirad esta radiografía', 'mirad esta radiografía'],
    ['it', 'selfie con un paziente', 'selfie con un paziente'],
    ['tr', 'hastayla selfie çektik', 'hastayla selfie'],
  ] as const)('%s: %s', (lang, text, phrase) => {
    expect(found(detectPhotoReferences, text, lang)).toContain(phrase);
  });

  it('a photo of the team is not a patient photo', () => {
    expect(found(detectPhotoReferences, 'a photo with the whole team at the gala', 'en')).toEqual([]);
  });

  it.each([
    ['en', 'Photo with Maria after her last chemo session!', 'Photo'],
    ['it', 'Foto ricordo con la piccola Sofia, dimessa oggi dalla terapia intensiva', 'Foto'],
    ['fr', 'Photo avec Julie après sa dernière chimio', 'Photo'],
  ] as const)('%s: a photo with a named person in a sentence about their care: %s', (lang, text, word) => {
    expect(found(detectPhotoReferences, text, lang)).toEqual([word]);
  });

  it('a photo with someone at an event named after a condition, with a clinician, or an imaging test is no patient photo', () => {
    expect(found(detectPhotoReferences, 'Photo with Maria at the diabetes walk', 'en')).toEqual([]);
    expect(found(detectPhotoReferences, 'Photo with Dr. Lee after her talk on chemotherapy', 'en')).toEqual([]);
    expect(found(detectPhotoReferences, 'ecografía con Doppler tras la cirugía', 'es')).toEqual([]);
  });
});
