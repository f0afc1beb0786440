import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../../lib/checker/detectors/names';
import { detectVocativeNames } from '../../../../lib/checker/detectors/vocatives';
import { detect, found } from './detect';

describe('names', () => {
  it.each([
    ['en', 'Please call Mrs Diaz about tomorrow', 'Diaz'],
    ['en', 'Dr. Okafor will see you', 'Okafor'],
    ['fr', 'Nous avons reçu M. Bernard Lefèvre ce matin', 'Bernard Lefèvre'],
    ['fr', 'Mme Dupont est sortie', 'Dupont'],
    ['es', 'La Sra. García López llamó ayer', 'García López'],
    ['es', 'Dña. Remedios Ortega', 'Remedios Ortega'],
    ['it', 'La Sig.ra Bianchi è arrivata', 'Bianchi'],
    ['it', 'Il Dott. Marco Esposito', 'Marco Esposito'],
    ['tr', 'Bayan Yılmaz bugün geldi', 'Yılmaz'],
  ] as const)('%s: a title before the name: %s', (lang, text, name) => {
    expect(found(detectNames, text, lang)).toContain(name);
  });

  it('a role right after the comma makes the name a clinician’s, but a title before another name does not', () => {
    expect(detect(detectNames, 'Félicitations à Léa Fournier, aide-soignante en gériatrie', 'fr')).toContainEqual(['Léa Fournier', 'name.staff']);
    expect(detect(detectNames, 'Hi Maria, nurse Kelly says your wound looks great', 'en')).not.toContainEqual(['Maria', 'name.staff']);
  });

  it('after "Patient", a service word is no one\'s name: "our Patient Relations team"', () => {
    expect(found(detectNames, 'please contact our Patient Relations team', 'en')).toEqual([]);
    expect(found(detectNames, 'Patient Harold is doing well', 'en')).toEqual(['Harold']);
  });

  it('capitals before "Award" or "Prize" name an honour, not a person', () => {
    expect(found(detectNames, 'Congratulations to Maria Lopez, winner of the Golden Heart Award for her work', 'en')).toEqual(['Maria Lopez']);
    expect(found(detectNames, 'winner of this year\'s DAISY Award', 'en')).toEqual([]);
    expect(found(detectNames, 'a prize for Florence Nightingale and her nurses', 'en')).toEqual(['Florence Nightingale']);
  });

  it('after an abbreviated title a city\'s name is a person\'s: "Dr. Burke", "Ms. Austin"', () => {
    expect(found(detectNames, 'Dr. Burke is a 53 year old man', 'en')).toContain('Burke');
    expect(found(detectNames, 'Ms. Austin flew to Oslo on Sunday', 'en')).toContain('Austin');
    expect(found(detectNames, 'We opened a clinic in Austin on Sunday', 'en')).toEqual([]);
    // Before a listed surname, too: "Charlotte Nielsen"; alone, Charlotte is the city.
    expect(found(detectNames, 'We met Charlotte Nielsen on Sunday', 'en')).toContain('Charlotte Nielsen');
    expect(found(detectNames, 'We opened a clinic in Charlotte on Sunday', 'en')).toEqual([]);
  });

  it('surnames from the people-names list count beside a first name; stop words and headline words do not', () => {
    expect(found(detectNames, 'Jay Pearce lives at 12 Elm Road', 'en')).toContain('Jay Pearce');
    expect(found(detectNames, 'Shares Tips on How To Train Your Brain to Be More Positive', 'en')).toEqual([]);
    expect(found(detectNames, "Halle Berry's Pregnancy: The Real Deal on Fertility in Your 40s", 'en')).not.toContain('The Real Deal');
  });

  it('a street abbreviation after a name is not its initial: "Noemí Ruiz del Río C./ Melchor…"', () => {
    expect(found(detectNames, 'Responsable clínico: Noemí Ruiz del Río C./ Melchor Fernández Almagro, nº 29', 'es')).toContain('Noemí Ruiz del Río');
  });

  it('Turkish titles after the name: "Ayşe Hanım", "Mehmet Bey", also in lower case', () => {
    expect(found(detectNames, 'Ayşe Hanım odasında', 'tr')).toContain('Ayşe');
    expect(found(detectNames, 'dün mehmet bey aradı', 'tr')).toContain('mehmet');
    // "doktor bey" is a way of addressing a doctor, not a name
    expect(found(detectNames, 'doktor bey ilaç verdi', 'tr')).toEqual([]);
  });

  it('a given name that is also a word is a name when capitalised mid-sentence, not after a handle, a link or in a contraction', () => {
    expect(found(detectNames, 'sobre todo para Mía, de la habitación 6', 'es')).toEqual(['Mía']);
    expect(found(detectNames, '@ChaplainSimonE Don’t believe it', 'en')).toEqual([]);
    expect(found(detectNames, 'see http://example.org/referrals.html Hope you feel better', 'en')).toEqual([]);
  });

  it('a word title that ends its sentence takes no name from the next one', () => {
    expect(found(detectNames, 'Patient asked me if I was old enough to be a nurse. Made my week', 'en')).toEqual([]);
    expect(found(detectNames, 'Merci à notre infirmière. Julie vous attend', 'fr')).toEqual(['Julie']);
    // An abbreviated title keeps its period: "Dr. Okafor".
    expect(found(detectNames, 'Ask for Dr. Okafor', 'en')).toEqual(['Okafor']);
  });

  it('a clinician named with a staff title is marked as staff', () => {
    expect(detect(detectNames, 'Seen by Dr Amara Nwosu today', 'en')).toContainEqual(['Amara Nwosu', 'name.staff']);
    expect(detect(detectNames, 'Signed by Mrs Amara Nwosu today', 'en')).toContainEqual(['Amara Nwosu', 'name.title']);
  });

  it.each([
    ['es', 'Nombre: Ernesto.\nApellidos: Rivera Bueno.', ['Ernesto', 'Rivera Bueno']],
    ['fr', 'Nom : MARTIN\nPrénom : Lucie', ['MARTIN', 'Lucie']],
    ['it', 'Cognome: Russo\nNome: Giulia', ['Russo', 'Giulia']],
    ['tr', 'Adı Soyadı: Elif Demir', ['Elif Demir']],
    ['en', 'Patient name: Tom Hardwick', ['Tom Hardwick']],
  ] as const)('%s: form labels: %j', (lang, text, names) => {
    expect(found(detectNames, text, lang)).toEqual(names);
  });

  it.each([
    ['en', 'my patient Harold came back', 'Harold'],
    ['es', 'la paciente Lucía ingresó', 'Lucía'],
    ['fr', 'le patient Dubois a été vu', 'Dubois'],
    ['it', 'il paziente Ferri è stabile', 'Ferri'],
    ['en', 'patient J.S. was seen', 'J.S'],
  ] as const)('%s: "patient X": %s', (lang, text, name) => {
    expect(found(detectNames, text, lang).join(' ')).toContain(name);
  });

  it('initials before a surname, and record-style upper-case surnames', () => {
    expect(found(detectNames, 'C. Carlizian, D. Martin', 'fr')).toEqual(['C. Carlizian', 'D. Martin']);
    expect(found(detectNames, 'Internes : JALONNET Christine', 'fr')).toContain('JALONNET Christine');
  });

  it('an enumeration after a title is a list of names when a conjunction closes it', () => {
    expect(found(detectNames, 'La Cour a entendu MM. Martínez, Fitzgerald et Pannick.', 'fr')).toEqual(['Martínez', 'Fitzgerald', 'Pannick']);
    expect(found(detectNames, 'Thanks to Drs. Lee, Moreau and Patel for the talk', 'en')).toEqual(['Lee', 'Moreau', 'Patel']);
    // no closing "and X": the words after the comma are not taken as names
    expect(found(detectNames, 'Ask Dr. Lee, Cardiology Unit', 'en')).toEqual(['Lee']);
  });

  it.each([
    ['en', 'Judge Potts of the Divisional Court said', 'Potts'],
    ['fr', 'Le sergent Gamble et quatre autres policiers', 'Gamble'],
    ['es', 'la jueza Morales dictó sentencia', 'Morales'],
    ['it', 'il giudice Ferri ha deciso', 'Ferri'],
    ['tr', 'hakim Yılmaz karar verdi', 'Yılmaz'],
  ] as const)('%s: a role before a surname: %s', (lang, text, name) => {
    expect(found(detectNames, text, lang)).toContain(name);
  });

  it('records write the surname first, alone on the line or after a label', () => {
    expect(found(detectNames, 'Dupuis Pierre\n0 2 6 6 4 1 6 6 5 6', 'fr')).toEqual(['Dupuis Pierre']);
    expect(found(detectNames, 'Contacts importants : Verdot Sophie, tél : 06 08 21 37 89', 'fr')).toEqual(['Verdot Sophie']);
    expect(found(detectNames, 'Foubert, Daniel Rene  1 8 5 0 7', 'fr')).toEqual(['Foubert, Daniel Rene']);
    // a greeting or a word in running text before a first name is no surname
    expect(detect(detectNames, 'Happy Easter! Eggs for everyone', 'en').map(([, rule]) => rule)).not.toContain('name.record');
  });

  it('a record line or a table cell names even a given name that is also a word ("Marie", "Pierre")', () => {
    expect(found(detectNames, 'Lacombe Marie\n06 12 34 56 78', 'fr')).toEqual(['Lacombe Marie']);
    expect(found(detectNames, '1 8 0 3 2 0 1 9  Renard Louise  2 7 5 0 1 8 3', 'fr')).toEqual(['Renard Louise']);
    expect(found(detectNames, 'Contacts importants : Verdier Claire Tél : 01 23 45 67 89', 'fr')).toEqual(['Verdier Claire']);
    expect(found(detectNames, '¦ Pierre Robert Fontaine ¦ 96.2 ± 0.7 ¦\n¦ Noel Marchetti ¦ 91.0 ¦', 'fr')).toEqual(expect.arrayContaining(['Pierre Robert Fontaine', 'Noel Marchetti']));
    // a greeting's comma or a word before a first name in running text is no record; a cell of words only a guess
    expect(found(detectNames, 'Courage Marie, on pense à toi', 'fr')).not.toContain('Courage Marie');
    expect(detect(detectNames, '| Grace Period | 30 days |', 'en')).toEqual([['Grace Period', 'name.partial']]);
    expect(found(detectNames, 'Les Renard Marie 3 fois', 'fr')).not.toContain('Renard Marie');
  });

  it('given names from the per-language lists, without the rare ones that are words or places', () => {
    expect(found(detectNames, 'Hier, Fernand Lebœuf a appelé', 'fr')).toContain('Fernand Lebœuf');
    expect(found(detectNames, 'Rendez-vous avec Annick ce matin', 'fr')).toContain('Annick');
    expect(found(detectNames, 'Reactions: Life Outside the Hospital', 'en')).toEqual([]);
    expect(found(detectNames, 'Black men in Britain are more likely to be diagnosed', 'en')).toEqual([]);
  });

  it('what a name label or question names, even a month, a place or a listed name in lower case', () => {
    expect(found(detectNames, "What's your last name? Okonkwo-Baines", 'en')).toEqual(['Okonkwo-Baines']);
    expect(found(detectNames, 'everyone calls me Ján', 'en')).toEqual(['Ján']);
    expect(found(detectNames, 'my name is vitoria', 'en')).toEqual(['vitoria']);
    expect(found(detectNames, 'sometimes people call me selma.', 'en')).toEqual(['selma']);
    // Who was given a name: "named her Lily", "la llamaron Lucía", "l'ont appelée Lina", "l'hanno chiamata Giulia", "adını Elif koydular".
    expect(found(detectNames, 'Her parents named her Lily', 'en')).toEqual(['Lily']);
    expect(found(detectNames, 'La llamaron Lucía', 'es')).toEqual(['Lucía']);
    expect(found(detectNames, "Ils l'ont appelée Lina", 'fr')).toEqual(['Lina']);
    expect(found(detectNames, "L'hanno chiamata Giulia", 'it')).toEqual(['Giulia']);
    expect(found(detectNames, 'Adını Elif koydular', 'tr')).toEqual(['Elif']);
    expect(found(detectNames, 'We named him after his grandpa', 'en')).toEqual([]);
    expect(found(detectNames, "What's In A (Domain) Name? Lookalike Site Raises Concerns", 'en')).toEqual([]);
    expect(found(detectNames, 'her name is on the list; call me tomorrow', 'en')).toEqual([]);
    // a label and a title with nothing after them (a property-test counterexample)
    expect(found(detectNames, 'Adı Soyadı: Dr. ', 'tr')).toEqual([]);
  });

  it("a transcript's speakers, the speaker after a quotation, and lists of given names in lower case", () => {
    expect(found(detectNames, 'Ella: What a day.\nDestiny: Remember me?', 'en')).toEqual(['Ella', 'Destiny']);
    expect(found(detectNames, 'Note: closed Monday\nHope: we reopen soon', 'en')).toEqual([]);
    expect(found(detectNames, 'Ubul: What a wife.\nNicole: Remember me?', 'en').sort()).toEqual(['Nicole', 'Ubul']);
    expect(found(detectNames, 'Koppány: "Who are you?"\nAmanda:"I am her daughter".', 'en').sort()).toEqual(['Amanda', 'Koppány']);
    expect(found(detectNames, 'Hours: 9 to 5\nNicole: call us', 'en')).toEqual(['Nicole']);
    expect(found(detectNames, 'I am so jealous! said Gladys to her sister', 'en')).toEqual(['Gladys']);
    expect(found(detectNames, '"Get your flu shot," says Vitamin D.', 'en')).toEqual([]);
    expect(found(detectNames, 'they had 4: silvana, adam, kristina and caleb.', 'en')).toEqual(['silvana', 'adam', 'kristina', 'caleb']);
    expect(found(detectNames, 'we need milk, eggs, bread and butter', 'en')).toEqual([]);
    expect(found(detectNames, 'rose, lily, daisy and iris bloom in May', 'en')).toEqual([]);
  });

  it('two unlisted capitalised words right after a word that takes a person are a guessed name', () => {
    expect(detect(detectNames, 'Follow up with Satsita Umkhayev in a couple of months.', 'en')).toEqual([['Satsita Umkhayev', 'name.partial']]);
    expect(found(detectNames, 'Hablamos con Ximeno Aldabe ayer', 'es')).toEqual(['Ximeno Aldabe']);
    expect(found(detectNames, "Hi, I'm Bojka Žilih, originally from Dolores", 'en')).toContain('Bojka Žilih');
    expect(found(detectNames, 'Soy Ximena Aldabe, la hija de la paciente', 'es')).toEqual(['Ximena Aldabe']);
    expect(found(detectNames, "I'm Very Happy With The Care", 'en')).toEqual([]);
    // an article before it, a longer run of capitals, a headline: an institution or a title
    expect(found(detectNames, 'Reunión con la Agencia Tributaria', 'es')).toEqual([]);
    expect(found(detectNames, 'Explore the data with Google Public Data Explorer today', 'en')).toEqual([]);
  });

  it('a relative named after a possessive is a guessed name, not in a headline', () => {
    expect(detect(detectNames, 'I would like to remove my kid Agi from the will.', 'en')).toEqual([['Agi', 'name.single']]);
    expect(detect(detectNames, 'Votre fille Inès a bien été vaccinée', 'fr')).toEqual([['Inès', 'name.single']]);
    expect(found(detectNames, 'Su hijo Ximo ya puede recoger los resultados', 'es')).toEqual(['Ximo']);
    expect(found(detectNames, 'Hai visto suo figlio Brando ieri?', 'it')).toEqual(['Brando']);
    expect(found(detectNames, 'Oğlum Emre dün acile geldi', 'tr')).toEqual(['Emre']);
    // a relative without a name, a possessive before something else, a Title Case headline
    expect(found(detectNames, 'Your daughter Can come too', 'en')).toEqual([]);
    expect(found(detectNames, 'Your Health Matters', 'en')).toEqual([]);
    expect(found(detectNames, 'What Do Your Kids Know About Sleep?', 'en')).toEqual([]);
  });

  it('the addressee over a postal address is a guessed name; a heading or a service over one is not', () => {
    expect(detect(detectNames, 'Harry Sheppard\n\n515 385 Gemsbok St\n Apt. 460\n Pietersburg', 'en')).toEqual([['Harry Sheppard', 'name.partial']]);
    expect(found(detectNames, 'Harry Sheppard\nSales director\n515 Gemsbok St', 'en')).toEqual([]);
    expect(found(detectNames, 'Main Office\n12 Elm Street\nSpringfield', 'en')).toEqual([]);
    // A given name a town has, a quoted block, a company's line between, names no list has.
    expect(found(detectNames, '> Elizabeth Hanson\n> 077 Mellemstræde 74\n> Apt. 316', 'en')).toEqual(['Elizabeth Hanson']);
    expect(found(detectNames, 'Julcsa Kárpáthy\nMhealthcoach\n50668 Kiannonkatu 98 Apt. 105', 'en')).toEqual(['Julcsa Kárpáthy']);
    expect(found(detectNames, '??? Hafþór Smárason\n??? Johnson Inc.\n??? 4923 Parmova 109\n??? Suite 380', 'en')).toEqual(['Hafþór Smárason']);
    expect(found(detectNames, 'Harry Sheppard\nSales director\n515 Gemsbok St', 'en')).toEqual([]);
  });

  it('the words of a line that spell an e-mail address\'s local part are its owner\'s name', () => {
    expect(found(detectNames, 'Einojuhani Pyysalo\n\nLocal transit bus driver\n\nE-mail:\nEinojuhaniPyysalo@gustr.com', 'en')).toEqual(['Einojuhani Pyysalo']);
    expect(found(detectNames, 'bertram m. jørgensen\n\nsoldier\n\ne-mail:\nbertrammjorgensen@armyspy.com', 'en')).toEqual(['bertram m. jørgensen']);
    expect(found(detectNames, 'Opening hours\nwrite to frontdesk@clinic.org', 'en')).toEqual([]);
  });

  it('after a greeting or a patient word, initials name someone but a one-letter word does not', () => {
    expect(found(detectNames, 'Hi J, your results are in', 'en')).toEqual(['J']);
    expect(found(detectNames, 'Hi, I need to reschedule my appointment', 'en')).toEqual([]);
    expect(found(detectNames, 'The patient I saw today is better', 'en')).toEqual([]);
    expect(found(detectNames, 'Hola, y gracias por todo', 'es')).toEqual([]);
  });

  it('a surname with initials alone in its field, and initials with a hyphen', () => {
    expect(found(detectNames, 'Pellerin R.\n+16 4 26 07 36 51', 'fr')).toEqual(['Pellerin R']);
    expect(found(detectNames, 'Louet J.-C.\n0621573054', 'fr')).toEqual(['Louet J.-C']);
    expect(found(detectNames, 'Dr. J.-C. Keppy\nSecrétariat', 'fr')).toContain('J.-C. Keppy');
    expect(found(detectNames, 'Enterovirus D68: 3 cases', 'en')).toEqual([]);
    expect(found(detectNames, "Avoid A&E 'unless real emergency'", 'en')).toEqual([]);
  });

  it('first names with a surname from the lists, also in lower case', () => {
    expect(detect(detectNames, 'We are proud of John Smith and the team', 'en')).toContainEqual(['John Smith', 'name.full']);
    expect(found(detectNames, 'saw emma petersen in the corridor', 'en')).toContain('emma petersen');
  });

  it('names that are ordinary words need context: Rose, Deniz, Mercedes', () => {
    expect(found(detectNames, 'A rose by any other name', 'en')).toEqual([]);
    expect(found(detectNames, 'Bugün deniz çok güzeldi', 'tr')).toEqual([]);
    expect(found(detectNames, 'Bayan Deniz Kaya aradı', 'tr')).toContain('Deniz Kaya');
    expect(found(detectNames, 'Sra. Mercedes Ruiz', 'es')).toContain('Mercedes Ruiz');
  });

  it('a long enumeration of names is a sentence, not a Title Case headline', () => {
    const text = 'El 23 de septiembre, Resul Sadak, Nihat Osal, Mehmet Çakar, Rustem Bayar, Tahir Kutlu y Cengiz Balık fueron detenidos en Batman';
    expect(found(detectNames, text, 'es')).toEqual(expect.arrayContaining(['Resul Sadak', 'Nihat Osal', 'Mehmet Çakar']));
  });

  it('places and Title Case headlines are not names', () => {
    expect(found(detectNames, 'Cases rise in Sierra Leone again', 'en')).toEqual([]);
    expect(found(detectNames, 'Doctor Speaks About New Treatment Options', 'en')).toEqual([]);
  });

  it('an abbreviated staff title is followed by a name even in a line of capitalised words', () => {
    // "Jorge" is also a (rare) dictionary word; after "Dr." it is a name.
    expect(found(detectNames, 'Remitido por: Dr. Jorge Planelles Gómez Servicio de Urología Hospital Universitario', 'es').join(' ')).toContain('Jorge Planelles Gómez');
  });

  it('a clinical note has no headlines: its capitalised words after a title are names', () => {
    // "Lavignac" is on no name list: in a headline it would be one more capitalised word.
    const text = 'Consultation Docteur Lavignac Hôpital Européen Georges-Pompidou Service Cardiologie';
    expect(found(detectNames, text, 'fr', { clinical: true }).join(' ')).toContain('Lavignac');
    expect(found(detectNames, text, 'fr').join(' ')).not.toContain('Lavignac');
  });

  it('a name no list has, written with a middle initial', () => {
    expect(detect(detectNames, 'We met Oksana T. Vereshchak at the fair', 'en')).toContainEqual(['Oksana T. Vereshchak', 'name.full']);
    expect(found(detectNames, 'a song by Bartosz K Wilczyński tonight', 'en')).toContain('Bartosz K Wilczyński');
    // A capital that is a word or a numeral, or a clinical note's terms, is no initial.
    expect(found(detectNames, 'the Plan A Trial and Factor V Leiden', 'en')).toEqual([]);
    expect(found(detectNames, 'mutación Factor G Leiden', 'es', { clinical: true })).toEqual([]);
  });

  it('a signature: a line of name words over a contact line, not a heading', () => {
    expect(detect(detectNames, 'Secrétariat\nIlse Vandromme\nTél : 04 12 34 56 78', 'fr')).toContainEqual(['Ilse Vandromme', 'name.signature']);
    expect(found(detectNames, 'Personal Info:\nPhone:\n555 0100', 'en')).toEqual([]);
    expect(detect(detectNames, 'Ilse Vandromme\nHoraires : lundi', 'fr')).not.toContainEqual(['Ilse Vandromme', 'name.signature']);
  });

  it('a record label with a number, and "the record of" labels', () => {
    expect(found(detectNames, 'Patients discutés :\nPatient 3 : Vandromme Ilse | F | 1961', 'fr').join(' ')).toContain('Vandromme');
    expect(found(detectNames, 'Dossier médical de Vandromme Ilse, date de naissance : 1961', 'fr').join(' ')).toContain('Vandromme');
    expect(found(detectNames, 'Cartella clinica di Okonkwo Ada', 'it').join(' ')).toContain('Okonkwo');
  });

  it('words listed with a name are names, but not parts of words or a clinical note\'s markers', () => {
    expect(found(detectNames, 'the founders were Oyelaran, Becker and Vasquez', 'en')).toEqual(expect.arrayContaining(['Oyelaran', 'Becker', 'Vasquez']));
    expect(found(detectNames, 'Ekwueme and Murphy were engineers', 'en')).toContain('Ekwueme');
    expect(found(detectNames, 'negatividad para N-Cam, Cromogranina y Sinaptofisina', 'es')).not.toContain('Sinaptofisina');
    expect(found(detectNames, 'Pfizer and Moderna shipped doses', 'en')).toEqual([]);
  });

  it('in a list of names, listed names that are also words or places are names too; a list of places is not', () => {
    expect(found(detectNames, 'They had 6: Hleb, Sheila, Donna, Sherry, Donald and Shane.', 'en')).toEqual(expect.arrayContaining(['Hleb', 'Sheila', 'Sherry']));
    expect(found(detectNames, 'our founders: Kónya, Becker and Vasquez', 'en')).toContain('Kónya');
    // A listed surname anchors a list when it is no ordinary word, even if a town has it.
    expect(found(detectNames, 'Later on, Torpy and Salinas were engineers', 'en')).toEqual(expect.arrayContaining(['Torpy', 'Salinas']));
    expect(found(detectNames, 'Later on, Park and Mann were engineers', 'en')).toEqual(expect.arrayContaining(['Park', 'Mann']));
    expect(found(detectNames, 'We opened clinics in Denver, Austin and Houston.', 'en')).toEqual([]);
    expect(found(detectNames, 'Dale and White were colleagues', 'en')).toEqual([]);
  });

  it('whoever does what only people do is a person: the subject opening a sentence, the object after "shouted at"', () => {
    expect(found(detectNames, 'Ciset lives on the third floor.', 'en')).toEqual(['Ciset']);
    expect(found(detectNames, 'Tomomi Nishiyama lives at 86036 Rua do Arenque', 'en')).toContain('Tomomi Nishiyama');
    expect(found(detectNames, 'Mehrudin shouted at Gary in the ward', 'en')).toEqual(['Mehrudin', 'Gary']);
    expect(found(detectNames, 'Scott had given Belle his address', 'en')).toContain('Belle');
    expect(found(detectNames, 'Rintanen began writing as a teenager', 'en')).toEqual(['Rintanen']);
    expect(found(detectNames, 'Yolanda vive en la tercera planta', 'es')).toContain('Yolanda');
    // Not a thing that "lives", a desk one speaks to, or a company given credit.
    expect(found(detectNames, 'The virus lives on surfaces for days.', 'en')).toEqual([]);
    expect(found(detectNames, 'Please speak to Admissions tomorrow', 'en')).toEqual([]);
    expect(found(detectNames, 'We gave Pfizer credit for it.', 'en')).toEqual([]);
  });

  it('a dialogue\'s speaker is a person even when a town has the name; so is whose relative someone is', () => {
    expect(found(detectNames, 'Amy: Remember me, Chelsea?\nBryan: You saved my life!', 'en')).toContain('Bryan');
    expect(found(detectNames, "I'm Misty's daughter", 'en')).toEqual(['Misty']);
    expect(found(detectNames, "Mother's Day is coming, hug your mom", 'en')).toEqual([]);
    expect(found(detectNames, "The doctor's daughter called", 'en')).toEqual([]);
  });

  it('after a speech verb, whom the speaker spoke to: "said Gladys to Logan"', () => {
    expect(found(detectNames, "I'm so jealous! said Gladys to Logan", 'en')).toEqual(['Gladys', 'Logan']);
    expect(found(detectNames, '"We are ready," said Dr. Smith to the press.', 'en')).toEqual(['Smith']);
  });

  it('lower-case names with a middle initial: "emidio p lombardo", "eric g. samoylova … early samoylova"', () => {
    expect(found(detectNames, 'emidio p lombardo\nunit 1009 box 0219', 'en')).toEqual(['emidio p lombardo']);
    expect(found(detectNames, 'the verses from eric g. samoylova. nothing beats early samoylova', 'en')).toEqual(['eric g. samoylova', 'samoylova']);
    expect(found(detectNames, 'i told john a story', 'en')).toEqual([]);
  });

  it('a request opening on a word and a comma speaks to that person, unless the word is an interjection', () => {
    expect(found(detectVocativeNames, 'Warrane, can I please speak to your boss?', 'en')).toEqual(['Warrane']);
    expect(found(detectVocativeNames, 'Kuba, could you call me back?', 'en')).toEqual(['Kuba']);
    expect(found(detectVocativeNames, 'Anyway, can I get a flu shot?', 'en')).toEqual([]);
    expect(found(detectVocativeNames, 'Honestly, can we talk?', 'en')).toEqual([]);
    expect(found(detectVocativeNames, '@Dolvett, can you share your favorite tip?', 'en')).toEqual([]);
  });

  it('a part of a full name found elsewhere is the same person, but an ordinary word opening a sentence is not', () => {
    expect(found(detectNames, 'a film directed by Joakim Westgård and starring Westgård', 'en')).toContain('Westgård');
    expect(found(detectNames, 'Alvir spent a year as the assistant to Alvir D. Pušaver', 'en')).toContain('Alvir');
    expect(found(detectNames, 'a film directed by Brad L Key and starring Key', 'en')).toEqual(expect.arrayContaining(['Brad L Key', 'Key']));
    expect(found(detectNames, 'Dr. Rose White saw him. White blood cells were low.', 'en')).toEqual(['Rose White']);
    expect(found(detectNames, 'Westgård is a quiet town', 'en')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(found(detectNames, 'The Mrsdiaz account', 'en')).toEqual([]);
  });
});
