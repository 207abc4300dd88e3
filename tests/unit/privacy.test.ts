import { describe, expect, it } from 'vitest';
import {
  findIdentifiers,
  passesElevenTest,
  placeholderFor,
  replaceFinding,
  scanFields,
  type IdentifierKind,
  type PrivacyFinding,
} from '../../shared/domain/privacy';

/** The single finding in `text`, with its offsets checked against the expected substring. */
function expectOne(text: string, kind: IdentifierKind, expected: string): void {
  const start = text.indexOf(expected);
  expect(start, `"${expected}" is in the sample`).toBeGreaterThanOrEqual(0);
  expect(findIdentifiers(text)).toEqual([{ kind, start, end: start + expected.length, text: expected }]);
}

function kinds(text: string): Array<[IdentifierKind, string]> {
  return findIdentifiers(text).map((f) => [f.kind, f.text]);
}

describe('eleven-test', () => {
  it.each(['111222333', '123456782', '012345672', '999999990'])('accepts %s', (digits) => {
    expect(passesElevenTest(digits)).toBe(true);
  });

  it.each(['123456789', '111222334', '000000000', '12345678', '1234567820', '12345678a'])('refuses %s', (digits) => {
    expect(passesElevenTest(digits)).toBe(false);
  });
});

describe('BSN', () => {
  it.each([
    ['BSN 111222333 bekend bij de JGZ.', '111222333'],
    ['bsn: 123456782', '123456782'],
    ['Burgerservicenummer 123.456.782 genoteerd.', '123.456.782'],
    ['BSN 1234 56 782 (kind)', '1234 56 782'],
    ['BSN 123 456 782.', '123 456 782'],
    ['BSN 1234.56.782', '1234.56.782'],
    ['Het nummer 012345672 is met een voorloopnul geschreven.', '012345672'],
    ['(123456782)', '123456782'],
  ])('finds it in %s', (text, expected) => {
    expectOne(text, 'bsn', expected);
  });

  it.each([
    'Nummer 123456789 klopt niet met de elfproef.',
    'Een 8-cijferig nummer 12345672 is geen BSN zonder voorloopnul.',
    'Nul: 000000000.',
    'Tien cijfers 1234567820 vormen geen BSN.',
    'Bedrag € 123.456.782 is geen BSN.',
    'Code AB123456782 hoort bij een product.',
  ])('ignores %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind === 'bsn')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['Bel moeder op 06-12345678.', '06-12345678'],
    ['Mobiel: 06 1234 5678', '06 1234 5678'],
    ['Vader 0612345678 na 17 uur', '0612345678'],
    ['Nummer 06 12 34 56 78 genoteerd', '06 12 34 56 78'],
    ['Tel. 06 - 12345678', '06 - 12345678'],
    ['Huisarts 010-1234567', '010-1234567'],
    ['School 020 123 4567.', '020 123 4567'],
    ['Oma (020) 123 4567', '(020) 123 4567'],
    ['Praktijk 0513-123456', '0513-123456'],
    ['Via 0031 20 1234567', '0031 20 1234567'],
    ['WhatsApp +31 6 12345678', '+31 6 12345678'],
    ['WhatsApp +31612345678', '+31612345678'],
    ['Kantoor +31 (0)20 123 4567', '+31 (0)20 123 4567'],
    ['Father in London: +44 20 7946 0958.', '+44 20 7946 0958'],
    ['Tante in België +32 470 12 34 56', '+32 470 12 34 56'],
    ['Nummer 06.12.34.56.78', '06.12.34.56.78'],
    ['tel:0612345678', '0612345678'],
    ['Bel 0612345678 2x per week', '0612345678'],
  ])('finds it in %s', (text, expected) => {
    expectOne(text, 'phone', expected);
  });

  it('finds a number right after a date without swallowing it', () => {
    expect(kinds('Gebeld op 01-02-2024 0612345678')).toEqual([['phone', '0612345678']]);
  });

  it('finds two numbers written one after the other', () => {
    expect(kinds('06 12345678 06 87654321')).toEqual([
      ['phone', '06 12345678'],
      ['phone', '06 87654321'],
    ]);
  });

  it.each([
    'Om 14:30 gebeld.',
    'Om 06:30 wakker.',
    'Afspraak 05-04-2024 om 10.30 uur.',
    'Tussen 08.30-09.00 bereikbaar.',
    'Bedrag € 0,50 per dag.',
    'Kosten € 1.250,00.',
    'Van 0 tot 4 jaar, 0-4 jaar en 4-12 jaar.',
    'Nummer 012345672 is een BSN, geen telefoon.',
    'Korte nummers: 112, 0800 en 14020.',
    'Week 12 van 2024.',
  ])('ignores %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind === 'phone')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Mail: jan.devries@example.nl.', 'jan.devries@example.nl'],
    ['ouder+school@mail.example.com vraagt om een afspraak', 'ouder+school@mail.example.com'],
    ['(m.bakker@ggd.nl)', 'm.bakker@ggd.nl'],
    ['Contact: Anne_Smith-2@school.co.uk', 'Anne_Smith-2@school.co.uk'],
    ['e-mail josé@voorbeeld.nl', 'josé@voorbeeld.nl'],
  ])('finds it in %s', (text, expected) => {
    expectOne(text, 'email', expected);
  });

  it('does not read an @-mention or a bare domain as an address', () => {
    expect(findIdentifiers('Via @jgz_utrecht en example.nl gezocht; moeder@ zonder domein.')).toEqual([]);
  });
});

describe('postcodes', () => {
  it.each([
    ['1234 AB Utrecht', '1234 AB'],
    ['Postcode 3511AB.', '3511AB'],
    ['Kerkstraat zonder nummer, 9999 ZZ Groningen', '9999 ZZ'],
    ['(1011 AC)', '1011 AC'],
  ])('finds it in %s', (text, expected) => {
    expectOne(text, 'postcode', expected);
  });

  it.each(['1234 SA', '1234 SD', '1234SS', '0123 AB', '1234 aa', '1234 ABC', '12345 AB', 'ABC 1234 AB1'])('ignores %s', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});

describe('dates of birth', () => {
  it.each([
    ['Kind geboren op 12 maart 2019 in Utrecht.', '12 maart 2019'],
    ['geb. 12-03-2019', '12-03-2019'],
    ['Geboortedatum: 12/3/2019', '12/3/2019'],
    ['Geboortedatum van het kind: 2019-03-12', '2019-03-12'],
    ['geboren te Utrecht op 1-4-2018', '1-4-2018'],
    ['DOB 3 March 2019', '3 March 2019'],
    ['Date of birth: March 3, 2019', 'March 3, 2019'],
    ['Born on the 3rd of March 2019.', '3rd of March 2019'],
    ['Zoon (geb. 03.04.19)', '03.04.19'],
    ['Moeder, geboren 7 okt. 1990, vertelt', '7 okt. 1990'],
  ])('finds it in %s', (text, expected) => {
    expectOne(text, 'birthdate', expected);
  });

  it.each([
    'Op 12 maart 2024 huisbezoek.',
    'Huisbezoek 12-03-2024, moeder was alleen thuis.',
    'Geboren in 2019 en op 12 maart 2024 was er een huisbezoek.',
    'Kind is geboren. Op 12 maart 2024 eerste huisbezoek.',
    'Born at 38 weeks; seen again on 3 March 2024 with both parents present at home.',
    'Geboren op 12 maart, zonder jaartal.',
    'Geboren op 31-13-2019 (onmogelijke datum).',
  ])('ignores %s', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each([
    ['Woont op Kerkstraat 12.', 'Kerkstraat 12'],
    ['Adres: Van Goghlaan 3B', 'Van Goghlaan 3B'],
    ['Gezin verhuisd naar 2e Jan Steenstraat 45', '2e Jan Steenstraat 45'],
    ['Woont aan de Jan van Galenstraat 12-II', 'Jan van Galenstraat 12-II'],
    ['Dorpsweg 4 bis', 'Dorpsweg 4 bis'],
    ['Oudegracht 231a, Utrecht', 'Oudegracht 231a'],
    ['Stationsplein 1', 'Stationsplein 1'],
    ['Hoofdstraat 12 A', 'Hoofdstraat 12 A'],
    ['Prinsengracht 263-1', 'Prinsengracht 263-1'],
    ['Burgemeester de Withstraat 8', 'Burgemeester de Withstraat 8'],
    ['Lives at 221B Baker Street.', '221B Baker Street'],
    ['Baker Street 221B', 'Baker Street 221B'],
    ['Moved to 10 Downing Street.', '10 Downing Street'],
    ['Address: 12 Church Rd.', '12 Church Rd.'],
  ])('finds it in %s', (text, expected) => {
    expectOne(text, 'address', expected);
  });

  it.each([
    'week 12',
    'groep 7',
    'fase 2',
    'stap 2',
    'Aflevering 2 van de cursus.',
    'Onderweg 3 keer gestopt.',
    'Naar het Vondelpark 2 keer per week.',
    'De Kerkstraat is druk.',
    'Op het speelveld 2 kinderen.',
  ])('ignores %s', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});

describe('names after a form of address', () => {
  it.each([
    ['Gesprek met mevrouw De Vries.', 'De Vries'],
    ['dhr. van der Berg belt terug', 'van der Berg'],
    ['Mrs Smith called.', 'Smith'],
    ['Mr. John Brown came.', 'John Brown'],
    ['Ms Taylor agreed.', 'Taylor'],
    ['Miss Jones, the teacher.', 'Jones'],
    ['Dr Visser verwees.', 'Visser'],
    ['MEVROUW Jansen', 'Jansen'],
    ['Meneer Yılmaz vertelt', 'Yılmaz'],
    ['Mw. Bakker-Smit belde', 'Bakker-Smit'],
    ['mevr. Van den Heuvel', 'Van den Heuvel'],
    ['De heer El Amrani', 'El Amrani'],
    ["Mevrouw D'Souza", "D'Souza"],
    ['dhr. J. Jansen', 'J. Jansen'],
    ['mw. Anna de Vries', 'Anna de Vries'],
  ])('finds it in %s', (text, expected) => {
    expectOne(text, 'name', expected);
  });

  it('keeps a following clause word out of the name', () => {
    expect(kinds('De heer Jansen En mevrouw Bakker kwamen.')).toEqual([
      ['name', 'Jansen'],
      ['name', 'Bakker'],
    ]);
  });

  it.each([
    'Mevrouw vertelde dat het slecht gaat.',
    'Meneer zegt dat hij moe is.',
    'Gesprek met mw. Ze vertelde over de nacht.',
    'Gesprek met mevr. De moeder was moe.',
    'Mr and Mrs came together.',
    'The children miss Grandma.',
    'Moeder heeft MS. Vader zorgt nu.',
    'Mevrouwtje Jansen is geen aanspreekvorm.',
  ])('ignores %s', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});

describe('several identifiers and overlaps', () => {
  it('returns findings sorted by start, each with its own text', () => {
    const text = 'Mevrouw De Vries, Kerkstraat 12, 1234 AB Utrecht, tel. 06-12345678, BSN 111222333, mail devries@example.nl, geb. 12-03-1990.';
    const found = findIdentifiers(text);
    expect(found.map((f) => f.kind)).toEqual(['name', 'address', 'postcode', 'phone', 'bsn', 'email', 'birthdate']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    const starts = found.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('keeps the longer finding when two overlap', () => {
    // A postcode-shaped local part is part of the e-mail address.
    expect(kinds('Mail 1234AB@example.nl')).toEqual([['email', '1234AB@example.nl']]);
    // A capitalised word before a street after a form of address: the address covers more than the name.
    expect(kinds('dhr. Jansen Kerkstraat 12')).toEqual([['address', 'Jansen Kerkstraat 12']]);
    // Nine digits inside an international number are part of the phone number.
    expect(kinds('+31 123456782')).toEqual([['phone', '+31 123456782']]);
  });

  it('never returns overlapping findings', () => {
    const text = 'dhr. Kerkstraat 12 06-12345678 123456782 geboren 12-03-2019 1234 AB a@b.nl';
    const found = findIdentifiers(text);
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '👶 geboren 12-03-2019';
    expect(findIdentifiers(text)).toEqual([{ kind: 'birthdate', start: 11, end: 21, text: '12-03-2019' }]);
  });

  it('returns nothing for empty text', () => {
    expect(findIdentifiers('')).toEqual([]);
  });
});

describe('placeholders and replacement', () => {
  it.each([
    ['bsn', '[BSN]', '[BSN]'],
    ['phone', '[telefoonnummer]', '[phone number]'],
    ['email', '[e-mail]', '[e-mail]'],
    ['postcode', '[postcode]', '[postcode]'],
    ['birthdate', '[geboortedatum]', '[date of birth]'],
    ['address', '[adres]', '[address]'],
    ['name', '[naam]', '[name]'],
  ] as const)('%s: %s / %s', (kind, nl, en) => {
    expect(placeholderFor(kind, 'nl')).toBe(nl);
    expect(placeholderFor(kind, 'en')).toBe(en);
  });

  it('replaces a finding with the Dutch placeholder by default', () => {
    const text = 'Bel 06-12345678 vandaag.';
    const [phone] = findIdentifiers(text);
    expect(phone).toBeDefined();
    expect(replaceFinding(text, phone as PrivacyFinding)).toBe('Bel [telefoonnummer] vandaag.');
  });

  it('uses a given placeholder', () => {
    const text = 'Gesprek met mevrouw De Vries.';
    const [name] = findIdentifiers(text);
    expect(replaceFinding(text, name as PrivacyFinding, placeholderFor('name', 'en'))).toBe('Gesprek met mevrouw [name].');
    expect(replaceFinding(text, name as PrivacyFinding, 'mevrouw A.')).toBe('Gesprek met mevrouw mevrouw A..');
  });

  it('replacing every finding from the end leaves no identifiers', () => {
    const text = 'Mevrouw De Vries, Kerkstraat 12, 1234 AB, 06-12345678, BSN 111222333, devries@example.nl, geb. 12-03-1990.';
    const replaced = [...findIdentifiers(text)].reverse().reduce((acc, f) => replaceFinding(acc, f), text);
    expect(replaced).toBe('Mevrouw [naam], [adres], [postcode], [telefoonnummer], BSN [BSN], [e-mail], geb. [geboortedatum].');
    expect(findIdentifiers(replaced)).toEqual([]);
  });

  it('leaves the text alone when the finding is stale', () => {
    const finding: PrivacyFinding = { kind: 'phone', start: 4, end: 15, text: '06-12345678' };
    expect(replaceFinding('Bel 06-87654321 vandaag.', finding)).toBe('Bel 06-87654321 vandaag.');
    expect(replaceFinding('kort', finding)).toBe('kort');
  });
});

describe('scanFields', () => {
  it('lists only the fields that hold identifiers, keeping their order', () => {
    const result = scanFields([
      { label: 'Hulpvraag', text: 'Moeder zegt dat het slapen moeilijk is.' },
      { label: 'Notitie', text: 'Bel moeder 06-12345678, BSN 123456782.' },
      { label: 'Leeg', text: '' },
      { label: 'Acties', text: 'Mail naar school@example.nl' },
    ]);
    expect(result.map((field) => field.label)).toEqual(['Notitie', 'Acties']);
    expect(result[0]?.findings.map((f) => f.kind)).toEqual(['phone', 'bsn']);
    expect(result[1]?.findings.map((f) => f.text)).toEqual(['school@example.nl']);
  });

  it('returns an empty list when nothing is found', () => {
    expect(scanFields([{ label: 'Notitie', text: 'Huisbezoek in week 28.' }])).toEqual([]);
  });
});

// Ordinary case-note sentences in the style of youth health care: none names a person directly.
const ORDINARY_CASE_NOTES = [
  'Op 12 maart huisbezoek bij het gezin.',
  'Op 12 maart 2024 huisbezoek, beide ouders aanwezig.',
  'Moeder is 28 weken zwanger van het tweede kind.',
  'Zwangerschapsduur 39+2 weken bij de geboorte.',
  'Het kind is geboren na 38 weken, gewicht 3250 gram.',
  'Zij is 24 jaar en woont sinds 2021 in de wijk.',
  'Moeder zegt dat het kind slecht slaapt.',
  'Mevrouw vertelde dat de nachten zwaar zijn.',
  'Meneer zegt dat hij weinig steun ervaart.',
  'Vader werkt in ploegendienst, 3 nachten per week.',
  'Het gezin heeft 3 kinderen: 2, 5 en 8 jaar.',
  'Kind zit in groep 7 en doet het goed.',
  'We zitten nu in fase 2 van het plan.',
  'Stap 2: samen doelen formuleren.',
  'Om 06:30 wakker, om 19:30 naar bed.',
  'Om 14:30 telefonisch contact met moeder.',
  'Consult om 08.45 uur op het consultatiebureau.',
  'Vervolgafspraak in week 12.',
  'Controle in week 28 van de zwangerschap.',
  'Paracetamol 2x per dag 5 ml.',
  'Vitamine D 400 IE per dag, 1x daags.',
  'Ferrofumaraat 3x per dag 100 mg.',
  'Toeslag van € 1.250,00 per kwartaal aangevraagd.',
  'Schuld van ongeveer € 3.400 bij de energieleverancier.',
  'Huur is 850 euro per maand.',
  'Gewicht op P50, lengte -1,5 SD.',
  'Lengte 52 cm, hoofdomtrek 35,5 cm.',
  'Ze scoort 3 van de 10 op de vragenlijst.',
  'SDQ-totaalscore 14, grensgebied.',
  'Ongeveer 80% van de tijd is het rustig.',
  'Voeding: 6 x 120 ml per 24 uur.',
  'Moeder slaapt 4 tot 5 uur per nacht.',
  'Kind is 18 maanden en loopt sinds 2 weken.',
  'Eerste consult 0-4 jaar, daarna 4-12 jaar.',
  'Moeder vertelt dat zij 2 miskramen heeft gehad.',
  'Huisbezoek gepland op 05-04-2024 om 10.30 uur.',
  'Evaluatie op 1 juli, daarna elke 6 weken.',
  'Het gezin woont op de derde verdieping zonder lift.',
  'De Kerkstraat is druk, moeder loopt liever door het park.',
  'Naar het Vondelpark 2 keer per week met de kinderwagen.',
  'Onderweg 3 keer gestopt om te voeden.',
  'Aflevering 2 van de oudercursus gemist.',
  'Gesprek met mw. Ze vertelde over de nacht.',
  'Moeder heeft MS. Vader zorgt nu voor de kinderen.',
  'Score op de EPDS was 13 van de 30.',
  'Wachttijd GGZ is 16 weken.',
  'Overleg met het sociaal wijkteam op dinsdag.',
  'Baby drinkt 7 keer per dag, 90 tot 120 ml.',
  'Apgar 9/10 na 5 minuten.',
  'In 2019 verhuisd, sinds 2022 weer in de buurt.',
  'Dossier besproken in het MDO van 14 februari.',
  'Kosten eigen bijdrage 0,50 per rit.',
  'Contact opgenomen, terugbelverzoek voor 17.00 uur.',
  'Zoon (3) en dochter (6) waren aanwezig.',
  'The mother says the baby wakes up 4 times a night.',
  'Home visit on 12 March 2024, both parents present.',
  'She is 24 years old and lives with her partner.',
  'At 14:30 we spoke on the phone for 20 minutes.',
  'Child is in Year 2 and doing well.',
  'Score of 3 out of 10 on the wellbeing scale.',
  'Mrs asked whether the visit could be moved.',
  'Mr and Mrs came together to the clinic.',
  'The children miss Grandma since the move.',
  'Born at 36 weeks, now 4 months old.',
  'Dose: 2.5 ml twice a day for 5 days.',
  'About 60% of nights are disturbed.',
  'Cost was £ 1,250.00 for the course.',
  'Visit at 09:15, next appointment in week 30.',
  'Follow-up in phase 2 of the plan.',
  'Father works 40 hours a week on Main Street.',
];

describe('false positives on ordinary case notes', () => {
  it('has a corpus of at least 60 sentences', () => {
    expect(ORDINARY_CASE_NOTES.length).toBeGreaterThanOrEqual(60);
  });

  it('finds nothing in the corpus as a whole', () => {
    const flagged = ORDINARY_CASE_NOTES.map((sentence) => ({ sentence, found: kinds(sentence) })).filter((entry) => entry.found.length > 0);
    const rate = flagged.length / ORDINARY_CASE_NOTES.length;
    console.info(`privacy false-positive rate: ${flagged.length}/${ORDINARY_CASE_NOTES.length} sentences (${(rate * 100).toFixed(1)}%)`);
    expect(flagged).toEqual([]);
    // Joined into one text, no detector picks up something across sentence borders either.
    expect(findIdentifiers(ORDINARY_CASE_NOTES.join(' '))).toEqual([]);
    expect(findIdentifiers(ORDINARY_CASE_NOTES.join('\n'))).toEqual([]);
  });
});

describe('long texts', () => {
  it('scans a text of more than 20,000 characters and finds what is planted in it', () => {
    const filler = ORDINARY_CASE_NOTES.join(' ');
    let text = '';
    while (text.length < 20_000) text += `${filler} `;
    text += 'Bel 06-12345678.';
    const found = findIdentifiers(text);
    expect(text.length).toBeGreaterThan(20_000);
    expect(found).toEqual([{ kind: 'phone', start: text.length - 12, end: text.length - 1, text: '06-12345678' }]);
  });

  it('completes on adversarial runs of digits, separators and letters', () => {
    const inputs = [
      '0 '.repeat(10_000),
      '0'.repeat(20_000),
      '1'.repeat(20_000),
      `${'a'.repeat(20_000)}@`,
      `${'a.'.repeat(10_000)}@b`,
      'Mevrouw '.repeat(2_500),
      'Kerkstraat '.repeat(2_000),
      '12-'.repeat(7_000),
      '+3'.repeat(10_000),
      'geboren '.repeat(2_500) + '12-03-2019',
    ];
    for (const input of inputs) expect(Array.isArray(findIdentifiers(input))).toBe(true);
  });
});
