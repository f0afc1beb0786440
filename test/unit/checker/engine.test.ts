import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_REPLY_TEMPLATES } from '../../../lib/checker';
import type { CheckOptions, CheckResult } from '../../../lib/checker/types';
import { DEFAULT_POLICY, policySchema } from '../../../lib/policy/schema';

type PolicyInput = v.InferInput<typeof policySchema>;

const checker = createChecker(DEFAULT_POLICY);
const withPolicy = (input: PolicyInput) => createChecker(v.parse(policySchema, input));
const shown = (text: string, r: CheckResult) => r.findings.map((f) => [text.slice(f.start, f.end), f.category, f.severity]);
const check = (text: string, options?: CheckOptions) => checker.check(text, options);

describe('verdicts', () => {
  it.each([
    ['an identifier with health information', 'Call Mrs Diaz at 555-123-4567 about her surgery'],
    ['a patient reference with health information', 'The lady in bed 4 has pneumonia again'],
    ['a patient photo', 'Selfie with my patient before her discharge!'],
    ['a checksum-valid national ID, alone', 'Hastanın T.C. Kimlik No: 10000000146'],
    ['a patient named by a first-person reference', 'My patient Harold is such a character'],
    ['Italian: name, address and admission date with a diagnosis', 'Il paziente Mario Rossi, via Roma 10, è stato ricoverato il 12 marzo 2023 per polmonite.'],
    ['Turkish: a named patient with a condition', 'Ayşe Hanım 85 yaşında, kalp krizi geçirdi, 3 numaralı yatakta.'],
    ['Turkish: T.C. number and diagnosis', 'Hastamız Mehmet Demir (TC 10000000146) diyabet tanısıyla yatırıldı.'],
    ['Spanish: clinical note', 'Varón de 67 años que ingresa por disnea; fecha de ingreso 12/03/2024.'],
    ['French: clinical note', 'Mme Martin, née le 03/05/1948, hospitalisée pour une pneumopathie.'],
    ['French: a first name with the person’s age and a hospital stay', 'Jean-Pierre, 78 ans, hospitalisé depuis lundi pour une pneumonie, va mieux.'],
    ['a resident’s 95th birthday on the dementia unit', 'Happy 95th birthday to Dorothy in room 212, our longest-stay resident on the dementia unit!'],
    ['a first name with the room number beside it and a condition', 'Emily from room 5 beat leukemia and rang the bell today!'],
    ['a get-well wish to a named person with a hospital stay (Italian)', 'Buona guarigione a Giulia, ricoverata da noi per una polmonite. Forza!'],
    ['a name and a joint replacement, spoken to', 'Great to see John Miller walking again after his hip replacement! Room 412 misses you!'],
    ['Turkish: a titled name and their MR results', 'Ayşe Hanım, MR sonuçlarınız çıktı, lütfen bizi arayın.'],
    ['a name with a birth date and a care event', 'Mrs. Robinson (DOB 07/22/1941) is asking for her discharge papers.'],
    ['a reply about the reader’s mother’s stroke', '@maria_g glad your mom is home after her stroke, tell her the 4th floor nurses say hi!'],
    ['Spanish: a titled name with their room', 'El Sr. Martínez de la habitación 305 necesita ayuda para comer.'],
    ['a child named with a broken arm, "our bravest patient"', 'Little Tommy (6) broke his arm on the trampoline, but he was our bravest patient today!'],
    ['Turkish: the patient in a numbered room, with a suspected hip fracture', "Oda 305'teki hasta düştü, kalça kırığı şüphesi var."],
    ['Italian: "our patient" after a contracted article, named', 'Un grande abbraccio al nostro paziente Giovanni che dopo 3 mesi torna a casa!'],
    ['a photo in a sentence about "our celebrity patient"', 'Our celebrity patient on the 6th floor asked for an autograph photo with the nurses lol'],
    ['an Italian codice fiscale under any preset, with a hospital stay', 'Tessera sanitaria RSSMRA85T10A562S, ricoverato in ortopedia'],
    ['a named reply about the reader’s root canal', 'Dear Karen, we are sorry your root canal was painful. Dr. Lee will call you to follow up.'],
    ['Spanish: the care team announcing a named baby’s birth', '¡Bienvenida al mundo, Valentina! Nació ayer en nuestro paritorio con 3,2 kg.'],
    ['a named discharge after an injury, without "we"', 'Happy discharge day to Maria! After the car accident in March she worked so hard in rehab.'],
    ['Spanish: whom the team discharged ("dado el alta a Carmen")', 'Hoy hemos dado el alta a Carmen después de tres semanas en la UCI.'],
    ['ringing the bell after radiation, with a name', 'Congrats to Jake on ringing the bell today after 6 weeks of radiation!'],
    ['Spanish: congratulations to a named person on finishing chemo', 'Enhorabuena a Lucía, hoy ha terminado la quimio'],
    ['Turkish: a name with its case ending, on the last chemotherapy session', "Selin'e tebrikler! Bugün kemoterapisinin son seansını tamamladı"],
    ['French: a named baby gone home from neonatology', 'La petite Inès est repartie chez elle avec ses parents après 3 semaines en néonatologie'],
    ['a handle set off by a comma is the reader: their results', 'Sorry for the wait, @jdoe. Your lab results are ready in the portal.'],
    ['French: a named baby born in the maternity ward', 'Bienvenue au petit Gabriel, né hier soir à la maternité !'],
    ['an old patient in a numbered bed and her new hip', 'Sweet 82-year-old in bed 9 just got her new hip this morning and is already asking for coffee'],
    ['French: the lady the team treated yesterday for a fracture', "La dame qu'on a soignée hier pour une fracture du poignet est revenue nous apporter des chocolats"],
    ['Turkish: the auntie whose burn the team dressed', 'Dün elindeki yanık için pansuman yaptığımız teyze bugün bize börek getirdi'],
    ['Spanish: a teenager admitted with alcohol poisoning after a village party', 'Ayer ingresó un chico de 17 años con una intoxicación etílica tras la fiesta del pueblo.'],
    ['the reader named beside their own results', 'Sarah, your biopsy results are back'],
    ['Italian: the reader named beside their own surgery', 'Marco, il tuo intervento è confermato per lunedì'],
    ['Spanish: the reader named beside their own appointment', 'Laura, tu cita de quimioterapia es el lunes'],
    ['good luck to the reader with their own surgery', 'Good luck with your surgery tomorrow, Sarah!'],
    ['French: a birthday wish to a resident with her room and her condition', 'Joyeux anniversaire à Madeleine, chambre 12, notre doyenne du service Alzheimer !'],
    ['the writer’s patient with the age between ("my 80 y/o patient"), after a heading that ends in a colon', "Night shift: my 80 y/o patient with dementia kept calling me by her daughter's name, Susan. Broke my heart."],
    ['an age over 89 written as a chart does', '92 y/o F with dementia, family at bedside'],
    ['French: a testimonial signed by a transplant recipient', "« L'équipe m'a sauvé la vie. » — Marie G., greffée du cœur, témoignage partagé avec son accord"],
    ['Spanish: a testimonial signed by a transplant recipient', '«El equipo me salvó la vida». — María G., trasplantada de corazón, testimonio compartido con su permiso'],
    ['Italian: a testimonial signed by a transplant recipient', '«Il team mi ha salvato la vita». — Maria G., trapiantata di cuore, testimonianza condivisa con il suo consenso'],
    ['a patient in a numbered room with a condition', "Room 318's patient is a former NFL player with CTE — please be mindful of visitors asking questions."],
    ['Italian: a newborn welcomed home after her days in the neonatal unit', 'Bentornata a casa, Sofia! Dopo 112 giorni nella nostra terapia intensiva neonatale, la nostra piccola guerriera torna finalmente a casa.'],
    ['Spanish: a given name that is also a word, capitalised mid-sentence, with her room and chemo', 'Reparto de peluches en pediatría, sobre todo para Mía, de la habitación 6, que acaba de terminar la quimio.'],
    ['Spanish: the same after a sentence’s first word', 'Hoy Lucía, de la habitación 6, acaba de terminar la quimio.'],
    ['French: a young man’s age with his arrival in the emergency department', "Le jeune de 19 ans amené cette nuit aux urgences après l'accident est en réanimation."],
    ['a patient lost in "our ED", with an age and the overdose', 'Lost a 34-year-old to an overdose in our ED tonight. Please carry naloxone.'],
    ['a reply naming its reader’s recent visit', "@janedoe_87 we've sent you a DM about your recent visit."],
    ['a full name treated by a clinician named in the same sentence', 'Dr. Kim pulled 3 wisdom teeth from Jake Wilson this morning — he was a champ!'],
    ['a full name before the clinician, the title’s period inside the sentence', 'Jake Wilson and Dr. Kim talked about wisdom teeth.'],
    ['a patient whose care a colleague gave', 'Our nurse Emily Carter treated Mrs. Diaz for her burns'],
    ['Spanish: a woman’s age before her admission', 'Mujer de 40 años ingresando por disnea'],
    ['a note-style patient with a clinical abbreviation', 'Pt Jane R., DOB 03/14/1931, in 5B for CHF exacerbation — family asking for updates.'],
    ['"our" clinic’s address still points at the patient named beside it', 'Our patient at our clinic, 1200 Oak Ave, has cancer'],
    ['a full name with the visit told and its health details', 'Happy to report that John Miller, who came in Tuesday with chest pain, is recovering well after his stent.'],
    ['a child named in a care unit', 'Sending love to little Noah in the PICU tonight. Keep fighting, buddy!'],
    ['French: a child named in a care unit', 'Toutes nos pensées pour le petit Noé en réanimation pédiatrique ce soir.'],
    ['Spanish: a child named in a care unit', 'Mucha fuerza al pequeño Hugo, que sigue en la UCI pediátrica.'],
    ['Italian: a child named in a care unit', 'Forza piccolo Leonardo, ancora in terapia intensiva pediatrica.'],
    ['Turkish: a child named in a care unit', "Çocuk yoğun bakımda yatan minik Emir'e bu gece tüm sevgimizi gönderiyoruz."],
    ['Italian: a newborn named with the date of birth in the birth centre', 'La piccola Sofia è nata il 2 dicembre alle 3:42 nel nostro punto nascita.'],
    ['Spanish: a full name with the arrival told and the symptom', 'Lucía Fernández llegó el martes con dolor torácico y ya se recupera.'],
    ['French: a full name with the arrival told and the symptom', 'Marie Dubois est arrivée mardi avec une douleur thoracique.'],
  ])('block: %s', (_, text) => {
    expect(check(text).verdict).toBe('block');
  });

  it.each([
    ['a patient reference without identifiers', 'My patient made me laugh today'],
    ['a patient had today, without identifiers', 'Had a patient today who reminded me why I became a nurse'],
    ['a date tied to a visit', 'Your appointment is on 12/03/2024'],
    ['an identifier without health context in a reply', 'Thanks Maria, see you soon!', { inReplyTo: 'Great job everyone!' }],
    ['a phone number next to health words, with no person in view (maybe the organisation’s own)', 'Questions about the flu shot? My cell is 555-123-4567'],
    ['a personal email address next to health words', 'email me at jane.doe@gmail.com about your appointment'],
    ['a name with a title, alone', 'Mrs Diaz called this morning'],
    ['a name with another of the person’s identifiers (a record), without health words', 'Marina Louverse Solène, N° d’identification 2 7 9 9 1 8 3 1 2 1 8 1 7 5 2'],
    ['a name with a birth date', 'Robert Kowalski, date of birth 03/14/1952'],
    ['a clinician’s name alone on its line, as a note signs', 'Compte rendu\nDr. Gilberte Dichamp'],
    ['a person thanked by name with only a place of care in view (staff as likely as a patient)', 'Thank you Linda for her 30 years at our clinic'],
    ['a clinician named in a reply (who treated them)', 'Dr. Okafor will call you back this afternoon', { inReplyTo: 'Nobody called me about my scan' }],
    ['French: a person thanked for years on a ward (staff as likely as a patient), no age', 'Merci à Sophie pour ses 20 ans au service de cardiologie'],
    ['a clinician thanked for a talk, in a reply (at most who treated them)', 'Thanks Dr. Smith for the great talk!', { inReplyTo: 'Dr. Smith spoke at our event' }],
  ] as const)('warn: %s', (_, text, options?: CheckOptions) => {
    expect(check(text, options).verdict).toBe('warn');
  });

  it.each([
    ['health education', 'Flu shots are available at all clinics this week.'],
    ['an awareness day', 'World Diabetes Day: get your blood sugar checked, it is quick and free.'],
    ['public-health news', 'Measles cases rose in 2019, a study published on 12/03/2020 shows.'],
    ['a name in the news', 'Remembering Florence Nightingale, born 200 years ago.'],
    ['a clinician congratulated in a broadcast', 'Congrats to Dr. Sarah Lee on her award for excellence in pediatric nursing research!'],
    ['a link and a handle', 'Read more from @WHO: https://www.who.int/news'],
    ['handles listed as partners, not spoken to', 'Thanks to our partners, @WHO and @CDCgov, for the vaccine drive!'],
    ['French prevention', 'Le dépistage du cancer colorectal est recommandé dès 50 ans.'],
    ['Turkish self-report', '27 haziran günü ateşim çıktı, ertesi gün hastaneye gittim, test pozitif.'],
    ['a colleague introduced', 'Meet Emily, our new diabetes educator! She will run classes every Tuesday.'],
    ['Spanish: years of service at the hospital (a duration, not an age)', 'Felicidades a nuestra enfermera Marta por sus 25 años en el hospital'],
    ['a retirement after years on a ward (a duration, not an age)', 'Happy retirement to Linda after 30 years in our emergency department!'],
    ['a clinician welcomed to the team', 'Welcome Dr. Ahmed to our oncology department!'],
    ['a role mailbox next to health words (the organisation’s own)', 'Questions? Email info@ourhospital.org or visit ourhospital.org/flu'],
    ['Italian: a clinician welcomed to the ward', 'Benvenuta alla dottoressa Ricci nel nostro reparto di oncologia!'],
    ['a colleague named with her role on the team', 'Welcome Emily, our new oncology nurse!'],
    ['Spanish: a colleague named with her role on the team', 'Enhorabuena a Lucía, nuestra nueva enfermera de oncología'],
    ['Italian: a colleague greeted with her role on the team', 'Benvenuta Giulia, la nostra nuova infermiera di pediatria!'],
    ['French: a clinician’s absence announced, with whom to book instead', 'Le Dr Martin sera absent du 12 au 20 août, merci de prendre rendez-vous avec le Dr Roux.'],
    ['a service named after patients ("patient relations"), not a patient', 'Please call our patient relations team at 555-0100.'],
    ['Turkish: a nurse named after "hemşiremiz", retiring', "Servis hemşiremiz Ayşe Hanım'a emekliliğinde başarılar dileriz."],
    ['a treatment schedule without anyone’s dates or name', 'Our chemo unit is open Monday to Friday, 8 am to 6 pm.'],
    ['a clinician welcomed, with the service’s line', 'Our cardiology team welcomes Dr. Luca Bianchi. Info: (212) 555-7345.'],
    ['Italian: a clinician presenting a programme, with the info line', 'Il dottor Luca Bianchi, nuovo primario di cardiologia, presenterà il programma di prevenzione. Info: 06 9876 5432.'],
    ['French: a clinician joining, with the booking line', 'Le Dr Isabelle Moreau, gynécologue, rejoint notre maternité. Prise de rendez-vous au 03 20 44 55 66.'],
    ['Spanish: health education with a toll-free number', '¿Sabías que el 80% de los ictus se pueden prevenir? Controla tu tensión arterial: 900 123 456.'],
    ['a clinic day announced with its date', 'Flu shot clinic this Saturday 10/12, 9am to 1pm, at our Westside office.'],
    ['Spanish: a clinician’s talk on a condition, with its date', 'La Dra. Beatriz Molina impartirá una charla sobre el cáncer de piel el 12 de junio a las 18:00.'],
    ['Turkish: a clinician starting to see patients from a date', 'Kardiyoloji uzmanı Dr. Selin Arslan 3 Mart itibarıyla hastanemizde hasta kabulüne başlamıştır.'],
    ['French: an aide named with her role right after the comma', "Félicitations à Léa Fournier, aide-soignante en gériatrie, lauréate du prix de l'innovation !"],
    ['a nurse named with her unit after the comma', 'Congrats to Emily Clarke, nurse on our oncology unit, for her award!'],
    ['a late nurse remembered, named again by first name', 'In loving memory of nurse Betty Howard, who cared for our NICU babies for 41 years. Rest in peace, Betty.'],
    ['a clinician’s quotation, signed with her role', '“Yoğun bakım hemşiresi olmak benim için bir onur.” - Zeynep, 10 yıllık hemşiremiz'],
    ['Italian: a nurse’s quotation, with her years on the ward', '«Fare l’infermiera in pediatria è la mia vocazione.» — Chiara, infermiera del nostro reparto da 15 anni'],
    ['a sign-up deadline for flu shots', 'Flu shot sign-up closes March 12'],
    ['a registration deadline for a workshop', 'Registration for the diabetes workshop closes on April 3'],
    ['French: a vaccination sign-up deadline', 'Les inscriptions pour la vaccination antigrippale ferment le 12 mars'],
    ['Spanish: a vaccination sign-up deadline', 'Las inscripciones para la vacuna de la gripe cierran el 12 de marzo'],
    ['Italian: a vaccination sign-up deadline', 'Le iscrizioni al vaccino antinfluenzale chiudono il 12 marzo'],
    ['Turkish: a vaccination sign-up deadline', "Grip aşısı kayıtları 12 Mart'ta kapanıyor"],
    ['an invitation to a health fair on a date', 'Join us on May 3 for our community health fair and free blood pressure checks'],
    ['French: an invitation to a screening day', 'Rejoignez-nous le 3 mai pour le dépistage gratuit du diabète'],
    ['Italian: an invitation to a free screening', 'Vi aspettiamo il 3 maggio per lo screening gratuito del diabete'],
    ['a recruitment post with its deadline', "We're hiring ICU nurses! Apply by March 3"],
    ['a recruitment post whose applications close on a date', 'Now hiring oncology nurses. Applications close March 15'],
    ['French: a recruitment post', 'Nous recrutons des infirmiers pour la réanimation. Candidatures avant le 15 mars'],
    ['Spanish: a recruitment post', 'Estamos contratando enfermeras para oncología. Envía tu CV antes del 15 de marzo'],
    ['Italian: a recruitment post', 'Cerchiamo infermieri per la terapia intensiva, candidature entro il 3 marzo'],
    ['Turkish: a recruitment post', 'Yoğun bakım hemşiresi arıyoruz! Son başvuru 3 Mart'],
    ['cheers to a team for days without an infection', 'Cheers to our ICU team for 100 days without a CLABSI'],
    ['French: a team’s days without an infection (a streak, not an age)', "Bravo à l'équipe de réanimation pour 100 jours sans infection"],
    ['Spanish: a team’s days without an infection', '¡Enhorabuena al equipo de la UCI por 100 días sin infecciones!'],
    ['Italian: a team’s days without an infection', 'Complimenti al team di terapia intensiva per 100 giorni senza infezioni'],
    ['French: years together, counted after "ces"', "Santé à toute l'équipe des urgences pour ces 10 ans !"],
    ['years together, counted after "these"', 'Thank you to our ICU team for these 20 years together!'],
    ['Spanish: years together, counted after "estos"', 'Gracias a todo el equipo de urgencias por estos 15 años.'],
    ['Italian: years together, counted after "questi"', 'Grazie a tutto il reparto di cardiologia per questi 30 anni insieme.'],
    ['a firm named by two surnames and "&", thanked', 'Thank you Johnson & Johnson for supporting our cardiology department'],
    ['French: a firm named by two surnames and "&"', 'Merci à Johnson & Johnson pour le soutien à notre service de cardiologie'],
    ['Spanish: a firm named by two surnames and "&"', 'Gracias a Smith & Nephew por donar material a nuestro servicio de traumatología'],
    ['Italian: a firm named by two surnames and "&"', 'Grazie a Procter & Gamble per il sostegno al nostro reparto di pediatria'],
    ['Turkish: a firm named by two surnames and "&"', 'Teşekkürler Johnson & Johnson, onkoloji servisimize destek için'],
    ['a law firm named by two surnames and "&"', 'Welcome Baker & McKenzie, our new legal partner for the oncology center'],
    ['good luck to a colleague on her boards, named after the comma', 'Good luck on your boards, Sarah!'],
    ['good luck to a colleague leaving for a new role', 'Best of luck in your new role, Mike! The ICU will miss you'],
    ['French: good luck to a colleague on a new post', 'Bonne chance Julie pour ton nouveau poste'],
    ['French: good luck to a colleague on an exam, named after the comma', 'Bonne chance pour ton concours, Julie !'],
    ['Spanish: good luck to a colleague in a new job', '¡Buena suerte en tu nuevo trabajo, Laura!'],
    ['Italian: good luck to a colleague on a specialty exam', 'In bocca al lupo per il tuo esame di specializzazione, Marco!'],
    ['Turkish: good luck to a colleague in a new post', 'Yeni görevinde bol şans Elif, seni çok özleyeceğiz!'],
    ['a birthday wish to a titled clinician', 'Happy birthday Dr. Patel!'],
    ['a birthday wish to a colleague, from the ICU team', 'Happy birthday Sarah! The whole ICU team loves you'],
    ['French: a birthday wish to a titled clinician', 'Joyeux anniversaire à notre Dr Martin'],
    ['French: a birthday wish to a colleague, from the ICU team', "Joyeux anniversaire Julie ! Toute l'équipe de réanimation t'embrasse"],
    ['Spanish: a birthday wish to a titled clinician', 'Feliz cumpleaños a la Dra. López'],
    ['Spanish: a birthday wish to a colleague, from the ER team', 'Feliz cumpleaños Carmen, de parte de todo el equipo de urgencias'],
    ['Italian: a birthday wish to a titled clinician', 'Buon compleanno dott. Rossi'],
    ['Italian: a birthday wish to a colleague, from the ward', 'Buon compleanno Giulia, da tutto il reparto di pediatria!'],
    ['Turkish: a birthday wish to a titled clinician', 'İyi ki doğdun Dr. Ayşe'],
    ['Turkish: a birthday wish to a colleague, from the ICU', 'Doğum günün kutlu olsun Elif, yoğun bakım ekibi olarak seni seviyoruz!'],
    ['a work anniversary of a nurse on her unit', 'Happy 10th work anniversary to Nurse Jane on 4 West!'],
    ['French: years in the service of patients (a duration, not an age)', 'Félicitations à Marie pour ses 30 ans au service des patients'],
    ['Spanish: years of service (a duration, not an age)', 'Felicidades a Carmen por sus 25 años de servicio'],
    ['Spanish: a nurse’s years of service in oncology', 'Felicidades a nuestra enfermera Carmen por sus 25 años de servicio en oncología'],
    ['Italian: a nurse’s years of service in paediatrics', 'Complimenti alla nostra infermiera Giulia per i suoi 30 anni di servizio in pediatria'],
    ['a nurse’s years of service in oncology', 'Congrats to our nurse Linda on her 30 years of service in oncology'],
    ['a clinician thanked for a talk', 'Thanks Dr. Smith for the great talk on heart failure!'],
    ['French: a clinician thanked for a talk', 'Merci Dr Martin pour la superbe conférence sur le diabète'],
    ['Spanish: a clinician thanked for a talk', 'Gracias Dra. López por la charla sobre diabetes'],
    ['Italian: a clinician thanked for a lesson', "Grazie dott. Rossi per la bella lezione sull'ictus"],
    ['Turkish: a clinician thanked for a talk', 'Teşekkürler Dr. Ayşe Yılmaz, diyabet sunumu harikaydı'],
    ['beds counted in a new unit for patients', 'A 12-bed ward for patients with dementia opens today'],
    ['beds counted, with patients welcomed', 'Our new 24-bed unit welcomes patients from Monday'],
    ['rooms counted', 'Our new wing adds 24 beds and 3 operating rooms for cardiac patients'],
    ['French: beds counted', 'Notre nouvelle unité de soins palliatifs compte 12 lits pour nos patients'],
    ['Spanish: beds counted', 'La nueva planta tendrá 20 camas para pacientes con ictus'],
    ['Italian: beds counted', 'Il nuovo reparto avrà 16 letti per i pazienti oncologici'],
    ['Turkish: beds counted', '10 yataklı ünitede hasta kabulü başladı'],
    ['Turkish: beds counted in an intensive care unit', '10 yataklı yoğun bakım ünitemiz hizmete girdi'],
    ['cheers to a colleague for her years in the ER (a career, not a patient’s stay)', 'Cheers to Sarah for 10 years in our ER!'],
    ['French: a work anniversary, years on the ward', 'Joyeux anniversaire de travail Julie ! 10 ans dans notre service de cardiologie'],
    ['Spanish: a work anniversary, years in the ICU', 'Feliz aniversario laboral Carmen, 10 años en nuestra UCI'],
    ['Italian: a work anniversary, years on the ward', 'Buon anniversario di lavoro Giulia, 10 anni nel nostro reparto di pediatria!'],
    ['an invitation to a screening on a date', 'Come to our blood pressure screening on March 4 in the main lobby'],
    ['a vaccine day announced with its date', 'Mark your calendars: flu vaccine day is October 5'],
    ['Spanish: an invitation to a screening day', 'Te esperamos el 3 de mayo en la jornada de detección de diabetes'],
    ['Turkish: an invitation to a vaccination day', "12 Haziran'da aşı gününe davetlisiniz"],
    ['Turkish: an invitation to a free screening', "3 Mayıs'ta ücretsiz diyabet taramasına bekliyoruz"],
    ['Spanish: a toast to a team’s days without falls (days are no age over 89)', '¡Brindamos por el equipo de urgencias y sus 100 días sin caídas!'],
    ['a thread counter at the end is no date', 'Sepsis kills. Know the signs 1/3'],
    ['French: a thread counter at the start is no date', "1/2 Les signes de l'AVC : visage, bras, parole"],
    ['Spanish: a thread counter in parentheses at the end', 'Los síntomas del ictus: cara, brazo, habla (2/3)'],
    ['Turkish: a thread counter at the end', 'Grip aşısı hakkında bilmeniz gerekenler 1/3'],
    ['a day of the week after "welcome" is greeted as no one', 'Reminder: flu vaccines are now available at all our pharmacies. Walk-ins welcome Monday through Friday.'],
    ['French: a day after a greeting word', 'Bienvenue Lundi à la journée de dépistage du diabète'],
    ['a child named with no one’s care (the writer’s own, as likely)', 'Happy birthday little Noah!'],
    ['French: booking asked for before the number in its sentence', 'Octobre rose : prenez rendez-vous pour votre mammographie au 01 45 67 89 00.'],
    ['a retirement with the years of deliveries and the hospital named for a saint', "Happy retirement, Dr. Frank Wu! 40 years of delivering babies at St. Mary's."],
    ['French: years of deliveries are a career, not an age', "Bonne retraite au Dr François Petit ! 40 ans d'accouchements à la maternité."],
    ['Spanish: years attending births are a career, not an age', '¡Feliz jubilación, Dr. Francisco Gil! 40 años atendiendo partos en nuestra maternidad.'],
    ['Italian: years of births are a career, not an age', 'Buona pensione al dott. Franco Villa! 40 anni di parti nel nostro punto nascita.'],
    ['an executive named after the role', 'Our CEO Jane Porter will speak at the state hospital association meeting on June 2.'],
    ['French: a staff reminder with its deadline', 'Rappel au personnel : le test annuel de tuberculose est à faire avant le 31 mars.'],
    ['Spanish: a staff reminder with its deadline', 'Recordatorio al personal: la prueba anual de tuberculosis debe hacerse antes del 31 de marzo.'],
    ['Italian: a staff reminder with its deadline', 'Promemoria per il personale: il test annuale della tubercolosi va fatto entro il 31 marzo.'],
    ['congratulations to a colleague on passing a licensing exam', 'Congrats to Tom on passing his NCLEX! Welcome to the nursing team.'],
    ['years that patients survive are no age', 'Why 2 of every 3 cancer patients now survive 5 years: new data from the ACS.'],
    ['the address of "our" clinic, with no one in view', 'Free skin cancer screenings this Saturday at our Dermatology clinic, 1200 Oak Ave.'],
    ['French: the address of "notre" health centre', 'Dépistage gratuit samedi dans notre centre de santé, 12 rue de la Paix.'],
    ['Turkish: the address of "kliniğimiz"', 'Ücretsiz tarama kliniğimizde, Atatürk Cad. No 12'],
    ['a doctor whose surname ends like a street is no address', 'Join Dr. Lisa Park for a free webinar on managing type 2 diabetes, Thursday at 6pm.'],
    ['a colleague named with her credential after a comma', 'Congrats to Jessica Moore, RN, named our Nurse of the Year for her work in the cardiac ICU!'],
    ['an opening announced with the line to book at', 'Our new diabetes clinic opens in March. Call (555) 010-2000 to book.'],
  ])('ok: %s', (_, text) => {
    const result = check(text);
    expect(result.verdict).toBe('ok');
    expect(result.findings.filter((f) => f.category === 'HEALTH')).toEqual([]);
  });

  it('a dose makes the dates beside it dates of a treatment: "Ritozumab 20mg/g C1 3/4/19 C2 1/7/19"', () => {
    const result = check('Ritozumab 20mg/g C1 3/4/19 C2 1/7/19 C3 2/8', { lang: 'fr' });
    expect(result.verdict).toBe('warn');
    expect(result.findings.filter((f) => f.category === 'DATE').map((f) => f.ruleId)).toEqual(['date.care', 'date.care', 'date.care']);
    expect(check('Essai publié le 3/4/19 sur 1 200 adultes', { lang: 'fr' }).verdict).toBe('ok');
  });

  it.each([
    ["12 Mart'ta ameliyat oldu"],
    ["3 Ocak'ta taburcu edildi"],
    ["Annem 15 Şubat'ta yatırıldı, hâlâ bekliyoruz"],
  ])('Turkish tells the visit after its date: %s', (text) => {
    const result = check(text, { lang: 'tr' });
    expect(result.findings.filter((f) => f.category === 'DATE').map((f) => f.ruleId)).toEqual(['date.person']);
    expect(result.verdict).not.toBe('ok');
  });

  it('a greeting names the person after it without the greeting: "Merhaba Can Bey" names Can, and is a reply', () => {
    const text = 'Merhaba Can Bey, randevunuzu yarına aldık, tahlil sonuçlarınız hazır.';
    const result = check(text, { lang: 'tr' });
    expect(result.findings.filter((f) => f.category === 'NAME').map((f) => text.slice(f.start, f.end))).toEqual(['Can']);
    expect(result.suggestPrivateChannel).toBe(true);
  });

  it('a clinician’s name read also as a listed full name is still the clinician’s: no record of a patient with a phone', () => {
    // The number is the organisation's own (it only asks to be called), and no patient's record (a block).
    expect(check('Our cardiology team welcomes Dr. Luca Bianchi. Call (212) 555-7345.').verdict).not.toBe('block');
    expect(check('Our cardiology team welcomes Dr. Luca Bianchi. Reach him on (212) 555-7345.').verdict).toBe('warn');
  });

  it('a quotation signed by a private person telling of their own care is that patient’s story', () => {
    expect(check('« Grâce à l’équipe de cardiologie, j’ai repris le vélo trois mois après mon infarctus. » — Jacques, 72 ans, témoignage publié avec son accord.', { lang: 'fr' }).verdict).toBe('block');
    expect(check('«Dopo il tumore al seno pensavo di non farcela.» — Lucia, 52 anni, racconta il suo percorso.', { lang: 'it' }).verdict).toBe('block');
    // Unsigned, or speaking of the place only, or a famous saying: no one's care is told.
    expect(check('« L’équipe de cardiologie m’a redonné confiance après mon infarctus. » Témoignage publié avec l’accord de la famille.', { lang: 'fr' }).verdict).toBe('ok');
    expect(check('“The nurses on the ward made me feel at home.” – Maria').verdict).toBe('ok');
    expect(check('"Let food be thy medicine and medicine be thy food." - Hippocrates').verdict).toBe('ok');
  });

  it('an age or a room a sentence away from a name does not make a record of that person', () => {
    const news = 'Aunt of Angelina Jolie who carried the same gene mutation as the actress dies of breast cancer at age 61';
    expect(check(news).verdict).not.toBe('block');
    expect(check('Emily Clarke talks about living with leukemia tonight. The talk is in the auditorium, room 101 on the ground floor.').verdict).toBe('ok');
    expect(check('Angelina Jolie, 61 ans, a un cancer du sein', { lang: 'fr' }).verdict).toBe('block');
  });

  it('explains each finding with a message key and values, with offsets into the original text', () => {
    const text = 'Call Mrs Diaz at ５５５-１２３-４５６７ about her surgery';
    const result = check(text);
    expect(shown(text, result)).toEqual([
      ['Diaz', 'NAME', 'block'],
      ['５５５-１２３-４５６７', 'PHONE', 'block'],
      ['surgery', 'HEALTH', 'info'],
    ]);
    expect(result.findings.map((f) => f.reason.key)).toEqual(['reason_name', 'reason_contact_phone', 'reason_health_procedure']);
  });

  it('flags every copy of a name once it is known to be one', () => {
    const text = 'Mrs Diaz had her surgery. Diaz is resting now.';
    expect(shown(text, check(text)).filter(([, category]) => category === 'NAME')).toEqual([
      ['Diaz', 'NAME', 'block'],
      ['Diaz', 'NAME', 'block'],
    ]);
  });

  it('flags a copy glued to a health word, which redaction replaces too', () => {
    const text = 'Mrs Diaz: cancer. Call Diazcancer';
    // Inside one longer word it is still no copy.
    expect(check('+33 6 12 34 56 78+33 6 12 34 56 78cancer').redacted).not.toContain('+33 6 12 34 56 78');
    expect(check(text).redacted).toContain('Diazcancer');
  });

  it('a lab value asked about next to a birth date and a record number is a patient record', () => {
    expect(check('DOB 03/14/1962, MRN 4482910 - can someone on nights check his potassium?').verdict).toBe('block');
    expect(check('Bananas are rich in potassium.').verdict).toBe('ok');
  });

  it('is deterministic', () => {
    const text = 'Il paziente Mario Rossi è stato ricoverato il 12 marzo per polmonite.';
    expect(check(text)).toEqual(check(text));
  });
});

describe('policy', () => {
  it('never flags allowed terms, matched whole-word and case-insensitively after normalisation', () => {
    const allowing = withPolicy({ allowedTerms: ['Dr. Rivera', 'Mercy Hospital'] });
    const text = 'Dr. RIVERA at MERCY   hospital treats diabetes';
    expect(allowing.check(text).findings).toEqual([]);
    expect(checker.check(text).findings.some((f) => f.category === 'NAME')).toBe(true);
    // whole words only: "Mercy Hospitality" is not the allowed term
    expect(allowing.check('Dr. Rivera at Mercy Hospitality').findings).toEqual([]);
    expect(allowing.check('Dr. Rivera and Dr. Okafor treat diabetes').findings.map((f) => f.category)).toContain('NAME');
  });

  it("never flags the organisation's own contact details", () => {
    const org = withPolicy({ organization: { name: 'Mercy', phone: '555-123-4567' } });
    expect(org.check('Call 555-123-4567 to book your flu shot').verdict).toBe('ok');
  });

  it('raises or lowers a category, and turns one off', () => {
    const text = 'Mrs Diaz called this morning';
    expect(withPolicy({ detectors: { NAME: { severity: 'info' } } }).check(text).verdict).toBe('ok');
    expect(withPolicy({ detectors: { NAME: { severity: 'block' } } }).check(text).verdict).toBe('block');
    expect(withPolicy({ detectors: { NAME: { enabled: false } } }).check(text).findings).toEqual([]);
    // Without health detection, a name and a surgery are no longer PHI together.
    expect(withPolicy({ detectors: { HEALTH: { enabled: false } } }).check('Mrs Diaz had surgery').verdict).toBe('warn');
  });

  it('finds custom patterns, with their severity and context words', () => {
    const custom = withPolicy({
      customPatterns: [
        { name: 'Badge', pattern: 'BADGE-\\d{6}', severity: 'block' },
        { name: 'Ward code', pattern: 'W\\d{3}', contextWords: ['ward', 'servicio'] },
      ],
    });
    const text = 'Lost BADGE-123456 near ward W123';
    expect(shown(text, custom.check(text)).filter(([, c]) => c === 'CUSTOM')).toEqual([
      ['BADGE-123456', 'CUSTOM', 'block'],
      ['W123', 'CUSTOM', 'warn'],
    ]);
    expect(custom.check('Model W456 in stock').findings).toEqual([]);
    expect(custom.problems).toEqual([]);
  });

  it('refuses a pattern that could backtrack catastrophically, says why, and keeps the rest', () => {
    const custom = withPolicy({
      customPatterns: [
        { name: 'Repeated', pattern: '^(a+)+\\1$' },
        { name: 'MRN', pattern: 'MRN\\d{5}' },
      ],
    });
    expect(custom.problems).toHaveLength(1);
    expect(custom.problems?.[0]).toMatch(/Custom pattern "Repeated" was refused: backreferences and lookarounds .*catastrophic backtracking/);
    expect(custom.check('MRN12345').findings.map((f) => f.category)).toEqual(['CUSTOM']);
  });

  it('runs a pattern that backtracking engines cannot ("(a+)+$") in linear time', () => {
    const custom = withPolicy({ customPatterns: [{ name: 'As', pattern: '(a+)+$' }] });
    const started = Date.now();
    custom.check(`${'a'.repeat(50_000)}!`);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('replies and the private channel', () => {
  it('the handle a reply opens with is the patient when the reply speaks of their care', () => {
    const r = check('@jmiller22 your appointment is on the 14th at 3pm.');
    expect(r.verdict).toBe('block');
    expect(shown('@jmiller22 your appointment is on the 14th at 3pm.', r)[0]).toEqual(['@jmiller22', 'HANDLE', 'block']);
    // Answering someone is not a disclosure by itself: the site shows whom a reply answers.
    expect(check('@jmiller22 thanks for the kind words!')).toMatchObject({ verdict: 'ok', findings: [] });
  });

  it('a regular of the ED called "our frequent flyer" is a patient', () => {
    expect(check("Guess who's back in the ED for the 4th time this month, our frequent flyer with the fake seizures").verdict).not.toBe('ok');
    expect(check('Earn frequent flyer miles with our partner airline').verdict).toBe('ok');
  });

  it('a reader thanked by a first name that a city has too is still the reader: "Thank you for the review, Gary!"', () => {
    expect(check('Thank you for the review, Gary! We’re happy your colonoscopy went smoothly.').verdict).toBe('block');
    // A place before the comma, or nobody spoken to: "City, Country".
    expect(check('El demandante nació en 1936 y vive en Varsovia, Polonia.', { lang: 'es' }).verdict).toBe('ok');
  });

  it('a review reply that apologises for the reader’s own wait in the ER names no other patient', () => {
    const reply = 'Thank you for your review. We’re sorry your wait in our ER was long; we’ve shared your feedback with our ED leadership.';
    expect(check(reply, { inReplyTo: 'Waited forever in the ER' }).verdict).toBe('ok');
    expect(check('Thank you for your review. The man in our ER last night was rude.', { inReplyTo: 'Waited forever in the ER' }).verdict).not.toBe('ok');
  });

  it.each([
    ['en', 'You charged my card twice and nobody answers the phone'],
    ['es', 'Me habéis pasado el cobro dos veces a mi tarjeta'],
    ['it', 'Mi avete fatto pagare due volte il ticket'],
    ['tr', 'Muayene ücreti iki kez kartımdan çekildi'],
    ['tr', 'Ameliyat faturamda fazladan ücret var'],
    ['it', 'Aspetto ancora il rimborso del ticket che ho pagato due volte'],
  ] as const)('%s: a complaint about their own payment is their own bill: %s', (_, complaint) => {
    expect(check('Sorry for the trouble, our billing office will look into it.', { inReplyTo: complaint }).suggestPrivateChannel).toBe(true);
  });

  it.each([
    ['en', 'When will I get my test results?', 'Thank you for reaching out'],
    ['fr', 'Quand aurai-je mes résultats ?', 'Merci pour votre message'],
    ['es', '¿Cuándo me darán mis resultados?', 'Gracias por escribirnos'],
    ['it', 'Quando arrivano i miei risultati?', 'Grazie per averci scritto'],
    ['tr', 'Tahlil sonuçlarım ne zaman çıkar?', 'Bize yazdığınız için teşekkür ederiz'],
  ] as const)('%s: a question about their own care suggests a private reply in their language', (_, question, opening) => {
    const result = createChecker(v.parse(policySchema, { organization: { name: 'Mercy', phone: '+1 555 0100' } })).check('We will look into it', {
      inReplyTo: question,
      inReplyToAuthor: '@maria_g',
    });
    expect(result.suggestPrivateChannel).toBe(true);
    expect(result.reply).toContain(opening);
    expect(result.reply).toMatch(/^@maria_g /);
    expect(result.reply).toContain('+1 555 0100');
    expect(result.reply).toContain('Mercy');
  });

  it.each([
    ['en', "Why did my son's surgery get cancelled??"],
    ['es', 'Llevo 3 horas esperando en urgencias con mi hija'],
    ['fr', "J'attends depuis deux heures aux urgences avec ma fille"],
    ['es', 'Mi madre lleva dos días en observación y nadie nos informa'],
  ] as const)('%s: a message in the first person about a care matter, without a set phrase, suggests a private reply', (_, question) => {
    expect(check('We are sorry to hear that', { inReplyTo: question }).suggestPrivateChannel).toBe(true);
  });

  it.each([
    ['Me operaron de la rodilla', 'Gracias por escribirnos, lo revisamos'],
    ['Me hicieron una analítica', 'Lo sentimos mucho, lo revisamos'],
    ['Me hicieron la ecografía', 'Lo sentimos, lo revisamos'],
    ['Me han hecho una ecografía', 'Gracias, lo revisamos'],
  ] as const)('Spanish: the answered message is read in the reply’s language when its own is unclear: %s', (answered, reply) => {
    const result = check(reply, { inReplyTo: answered });
    expect(result.suggestPrivateChannel).toBe(true);
    expect(result.reply).toContain('Gracias por escribirnos');
  });

  it('a number and a time unit after a person is a time, not a room, in each language’s units', () => {
    expect(check('The lady in 2 weeks will be back for her follow-up').findings.filter((f) => f.category === 'LOCATION')).toEqual([]);
    expect(check('La señora de la 3 semanas después volvió', { lang: 'es' }).findings.filter((f) => f.category === 'LOCATION')).toEqual([]);
  });

  it('a message with no first person or no care word suggests nothing', () => {
    expect(check('Thanks!', { inReplyTo: 'The surgery wing looks great' }).suggestPrivateChannel).toBe(false);
    expect(check('Thanks!', { inReplyTo: 'I love the new parking lot' }).suggestPrivateChannel).toBe(false);
  });

  it('a draft that answers someone about their own care is a patient reference and suggests a private reply', () => {
    const result = check('Sorry to hear about your surgery, we will call you', { inReplyTo: 'Worst hospital ever' });
    expect(result.suggestPrivateChannel).toBe(true);
    expect(result.verdict).toBe('block');
  });

  it('the reply discloses nothing about the person and leaves out what is missing', () => {
    const result = check('Thanks', { inReplyTo: 'My appointment for my chemo was cancelled!' });
    expect(result.reply).toBe(
      "Thank you for reaching out. To protect your privacy, we can't discuss personal matters on social media. Please contact us directly so we can help.",
    );
    expect(result.reply).not.toMatch(/chemo|appointment|patient/i);
  });

  it('uses the policy template of the language when there is one', () => {
    const custom = withPolicy({ replyTemplates: { en: '[{handle} ]Please DM us.[ {phone}]' } });
    expect(custom.check('ok', { inReplyTo: 'where are my results?', inReplyToAuthor: '@sam' }).reply).toBe('@sam Please DM us.');
    expect(DEFAULT_REPLY_TEMPLATES.tr).toContain('{secureLink}');
  });

  it.each([
    ['en', 'Sorry your knee surgery on the 12th hurt, Mrs. Diaz.', 'Diaz'],
    ['en', 'We are sorry your colonoscopy was so unpleasant, John!', 'John'],
    ['en', 'John, we are sorry your colonoscopy was so unpleasant.', 'John'],
    ['fr', 'Mme Martin, désolés que votre opération du genou se soit mal passée.', 'Martin'],
    ['es', 'Siento que tu operación de rodilla te doliera, Sra. García.', 'García'],
    ['it', 'Ci dispiace che il tuo intervento al ginocchio sia stato doloroso, Sig.ra Rossi.', 'Rossi'],
    ['tr', 'Diz ameliyatınızın ağrılı geçtiğine üzüldük, Ayşe Hanım.', 'Ayşe'],
    ['en', 'Get well soon Emily, we are all thinking of you after your surgery', 'Emily'],
    ['it', 'Buona guarigione a Giulia, ricoverata da noi per una polmonite.', 'Giulia'],
  ] as const)('%s: a draft that names its reader answers them like a reply: %s', (_, text, name) => {
    const result = check(text);
    expect(result.verdict).toBe('block');
    expect(result.suggestPrivateChannel).toBe(true);
    expect(shown(text, result)).toContainEqual([name, 'NAME', 'block']);
    expect(result.findings.some((f) => f.category === 'PATIENT')).toBe(true);
  });

  it.each([
    ['en', 'Hi Karen, sorry to hear about your surgery. Please DM us.', 'Worst hospital ever', 'Karen'],
    ['en', '@karen your biopsy results are in, please call us', 'any news?', '@karen'],
    ['fr', "Bonjour Karine, votre rendez-vous d'IRM est confirmé.", 'Quand est mon IRM ?', 'Karine'],
    ['es', 'Hola Carmen, sentimos mucho lo de tu operación.', 'Me operaron y fue horrible', 'Carmen'],
    ['it', 'Ciao Giulia, la tua risonanza è fissata per martedì.', 'Quando è la mia risonanza?', 'Giulia'],
    ['tr', 'Merhaba Ayşe, tahlil sonuçlarınız hazır.', 'Sonuçlarım ne zaman çıkar?', 'Ayşe'],
  ] as const)('%s: a reply that names its reader beside their care discloses it: %s', (_, text, answered, name) => {
    const result = check(text, { inReplyTo: answered });
    expect(result.verdict).toBe('block');
    expect(shown(text, result).some(([found, , severity]) => found === name && severity === 'block')).toBe(true);
  });

  it('a name in a list or a sentence that goes on is no vocative; a public health post is no reply', () => {
    expect(check('Get your flu shot today at any of our clinics!').suggestPrivateChannel).toBe(false);
    expect(check('Thanks to our volunteers, John and Ana, for the flu clinic.').suggestPrivateChannel).toBe(false);
    expect(check('Our nurse John answers questions about your flu shot, today at noon.').suggestPrivateChannel).toBe(false);
  });

  it('a colleague greeted by a clinical title is no reader to answer, unless the draft speaks of their care', () => {
    expect(check('Dr. Sarah Kim joins our cardiology department this month. Welcome, Dr. Kim!').verdict).toBe('ok');
    const care = check('Dr. Kim, your lab results are back and look great');
    expect(care.verdict).toBe('block');
    expect(care.suggestPrivateChannel).toBe(true);
  });

  it('years spent in a ward are a career; days there are a stay', () => {
    expect(check('Cheers to Sarah for 10 years in our ER!').verdict).toBe('ok');
    expect(check('Sarah spent 3 days in our ICU after her crash').verdict).toBe('block');
  });

  it('a number and a letter after a person and "in" is their room; a clinician\'s is an office', () => {
    expect(check('Mr. Thompson in 4B is asking for more pain meds').verdict).toBe('block');
    expect(check('Patient in 12B is refusing dialysis again').verdict).toBe('block');
    expect(check('Meeting in 4B at noon').verdict).toBe('ok');
    expect(check('Dr. Lee in 2A today').verdict).toBe('ok');
  });

  it('a count of patients is no patient; a reminder to a titled name about their care answers them', () => {
    expect(check('Onkoloji ekibimiz bu yıl 300 hastaya hizmet verdi. Emeği geçen herkese teşekkürler!', { lang: 'tr' }).verdict).toBe('ok');
    const reminder = check('Recordatorio para la Sra. Núñez: su cita de quimioterapia es el martes 14 a las 9:00.', { lang: 'es' });
    expect(reminder.verdict).toBe('block');
    expect(reminder.suggestPrivateChannel).toBe(true);
    expect(check('Petit rappel à M. Girard : votre IRM est prévue jeudi à 14h.', { lang: 'fr' }).suggestPrivateChannel).toBe(true);
    expect(check('Join Mr. Rogers for storytime in the lobby, your kids will love it.').suggestPrivateChannel).toBe(false);
  });

  it('a name with a person word after its comma, and a place after a word title, are names', () => {
    expect(check('Qué alegría ver a Martina, la niña que operamos del corazón en 2023.', { lang: 'es' }).verdict).toBe('block');
    expect(check('Un abbraccio alla signora Bruno, ricoverata da noi dopo la caduta di ieri.', { lang: 'it' }).verdict).toBe('block');
  });

  it('Italian and Spanish say "I" in the verb: an answered message about booking a visit is about own care', () => {
    expect(check('Grazie!', { inReplyTo: 'Non riesco a prenotare la visita cardiologica da settimane' }).suggestPrivateChannel).toBe(true);
    expect(check('Gracias', { inReplyTo: 'No consigo pedir cita con el dermatólogo' }).suggestPrivateChannel).toBe(true);
    expect(check('Grazie!', { inReplyTo: "Posso parcheggiare vicino all'ospedale?" }).suggestPrivateChannel).toBe(false);
  });

  it("someone's treatment told as theirs beside their name blocks; a role after 'named' and an awareness day do not", () => {
    expect(check('Max the therapy dog made little Ethan smile today during his chemo session in the pediatric ward').verdict).toBe('block');
    expect(check('Max the therapy dog visits the pediatric ward every Tuesday!').verdict).toBe('ok');
    expect(check('Congratulations to Dr. Maria Gonzalez on being named Physician of the Year! Her dedication to her patients inspires us all.').verdict).toBe('ok');
    expect(check('Recuerda: el 14 de noviembre es el Día Mundial de la Diabetes. Cuida tu salud.', { lang: 'es' }).verdict).toBe('ok');
  });

  it('a person said to be in a room makes the room theirs', () => {
    expect(check("Can't believe the guy in room 12 came back with the same overdose").verdict).toBe('block');
    expect(check('la señora de la habitación 3 sigue con fiebre').verdict).toBe('block');
    expect(check('Meeting with the family in room 12 about the new flu protocol').verdict).toBe('ok');
  });

  it('Turkish: a first person in the verb ending and a care word make an answered message about own care', () => {
    const result = check('Yaşadığınız sorun için özür dileriz, lütfen bize DM üzerinden ulaşın.', { inReplyTo: 'Randevu almak için 3 saattir arıyorum, kimse açmıyor' });
    expect(result.suggestPrivateChannel).toBe(true);
    expect(check('Teşekkürler!', { inReplyTo: 'Hastanenizin otoparkı çok güzel olmuş' }).suggestPrivateChannel).toBe(false);
  });

  it('a relative in the ER is the writer’s own care', () => {
    expect(check('We are sorry to hear that. Please send us a private message.', { inReplyTo: 'My dad has been in your ER for 10 hours!' }).suggestPrivateChannel).toBe(true);
    expect(check('Üzgünüz, lütfen bize yazın.', { inReplyTo: 'Annem 5 saattir acilde bekliyor, kimse ilgilenmiyor!' }).suggestPrivateChannel).toBe(true);
  });

  it('no suggestion for a reply about something else', () => {
    expect(check('Thank you!', { inReplyTo: 'Great event yesterday' }).suggestPrivateChannel).toBe(false);
  });
});

describe('redaction', () => {
  it.each([
    ['en', 'Mrs Diaz had surgery', '[name]'],
    ['fr', 'Mme Dupont a été opérée hier', '[nom]'],
    ['es', 'La Sra. García fue operada ayer', '[nombre]'],
    ['it', 'La Sig.ra Bianchi è stata operata ieri', '[nome]'],
    ['tr', 'Bayan Yılmaz dün ameliyat edildi', '[ad]'],
  ] as const)('%s: findings are replaced by placeholders in the text’s language', (lang, text, placeholder) => {
    const result = check(text);
    expect(result.lang).toBe(lang);
    expect(result.redacted).toContain(placeholder);
    for (const f of result.findings) expect(result.redacted).not.toContain(text.slice(f.start, f.end));
  });

  it('the language can be forced', () => {
    expect(check('Mrs Diaz had surgery', { lang: 'es' }).redacted).toContain('[nombre]');
  });
});

describe('attached media', () => {
  it('adds a composer-level PHOTO finding covering no text, first, reminding about authorization', () => {
    const result = check('My patient is back on her feet!', { mediaCount: 2 });
    expect(result.findings[0]).toMatchObject({ start: 0, end: 0, category: 'PHOTO', severity: 'block', reason: { key: 'reason_attachment_photo', values: { count: 2 } } });
    expect(result.redacted).toBe('[patient] is back on her feet!');
    expect(check('Our new garden', { mediaCount: 1 }).verdict).toBe('ok');
  });
});
