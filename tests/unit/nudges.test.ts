import { describe, expect, it } from 'vitest';
import { builtInMethod } from '../../shared/domain/methods-catalog';
import { blamingPhrases, isAdviceNudgeDue, looksLikeAdvice, mentionsParent, soundsBlaming, speakingCounts } from '../../shared/domain/nudges';
import type { MethodPhase } from '../../shared/domain/session';

const ADVICE_NL = [
  'Je zou haar kunnen verwijzen naar het wijkteam.',
  'Zou je niet eens met de huisarts bellen?',
  'Zou je haar kunnen vragen hoe de nachten gaan?',
  'Moet je niet gewoon een extra huisbezoek plannen?',
  'Je moet echt de verloskundige erbij halen.',
  'Heb je al geprobeerd om de kraamzorg te verlengen?',
  'Heb je er al aan gedacht om Veilig Thuis te raadplegen?',
  'Probeer eens een video-interactiebegeleiding.',
  'Ik zou vader ook uitnodigen voor het consult.',
  'Mijn advies: laat het consultatiebureau het overnemen.',
  'Waarom ga je niet samen met haar naar de huisarts?',
  'Wat als je de oma vraagt om te helpen?',
  'Kun je niet gewoon een tolk regelen?',
  'Kan je niet even langsgaan bij het wijkteam?',
  'Het lijkt me verstandig om de GGZ te bellen.',
  'Misschien moet je de kinderarts inschakelen.',
  'Als ik jou was, zou ik het gesprek met beide ouders voeren.',
  'Ik raad je aan om een vervolgafspraak te maken.',
  'JE ZOU ZE KUNNEN DOORVERWIJZEN',
  'Zou het niet helpen om een vaste contactpersoon te hebben?',
  'Verwijs haar gewoon door naar Opvoedpoli.',
  'Wat vind je ervan om de kraamverzorgende te vragen?',
  'Is het een idee om samen met de verloskundige te gaan?',
  'Een optie is een extra contactmoment na twee weken.',
  'Je kunt ook de POH-GGZ inschakelen.',
  'Bel de huisarts nog deze week.',
  'Vraag door naar hoe de nachten gaan.',
  'Dat klinkt zwaar. Plan een huisbezoek met vader erbij.',
  'Nodig oma uit voor het volgende consult.',
];

const ADVICE_EN = [
  'You should refer her to the neighbourhood team.',
  'Have you tried a home visit in the evening?',
  'Why don’t you ask the midwife to join?',
  'I would call Veilig Thuis first.',
  'I’d involve the GP straight away.',
  'You could offer video feedback.',
  'My advice is to slow down.',
  'What if you asked her mother to come along?',
  'You need to talk to the father as well.',
  'Try to see them together next time.',
  'Maybe try asking about the nights.',
  'Have you considered a parenting course?',
  'If I were you I would wait a week.',
  'I suggest a joint visit with maternity care.',
  'Why not ask the GP?',
  'It would be better to plan a second visit.',
  'How about calling her tomorrow?',
  'What do you think about asking the midwife?',
  'Would it be an idea to plan a joint visit?',
  'One option is an extra visit in two weeks.',
  'You can also involve the GP.',
  'Call the GP this week.',
  'Ask her about the nights.',
];

const QUESTIONS_NL = [
  'Hoe gaat de nacht?',
  'Wie helpt haar?',
  'Hoe oud is de baby nu?',
  'Wat zegt vader over de bevalling?',
  'Wanneer heb je haar voor het laatst gezien?',
  'Hoe vaak moet je daar op huisbezoek?',
  'Wat zou je willen weten van de verloskundige?',
  'Hoe zou je de band tussen moeder en kind omschrijven?',
  'Hoe zou je dat kunnen omschrijven?',
  'Ik zou graag willen weten wie er nog meer betrokken is.',
  'Ik zou benieuwd zijn hoe de zwangerschap verliep.',
  'Is er een netwerk om haar heen?',
  'Heeft ze zelf om hulp gevraagd?',
  'Welke taal spreken ze thuis?',
  'Sinds wanneer woont het gezin in deze wijk?',
  'Probeert ze de baby te troosten als hij huilt?',
  'Wie in de keten heeft dit al gevraagd?',
  'Wat vraag je dan precies aan haar?',
  'Wat heb je al geprobeerd?',
  'Wat hebben jullie al geprobeerd om haar te bereiken?',
  'Bel je haar weleens tussendoor?',
  'Vraag je dat ook aan vader?',
  'Zegt ze zelf iets over de bevalling?',
  'Wat wil de moeder zelf?',
];

const QUESTIONS_EN = [
  'What does she say about the birth?',
  'Who else is involved?',
  'How often do you have to visit?',
  'Could you tell us more about the father?',
  'Does she try to soothe him when he cries?',
  'I would like to know how the nights are.',
  'I’d be curious how the pregnancy went.',
  'When did you last see them?',
  'Is the GP aware of the situation?',
  'How long has the family lived here?',
  'Why is the baby not sleeping, do you think?',
  'What is her own question?',
  'What have you tried so far?',
  'What have you already tried?',
  'Ask her what?',
];

describe('looksLikeAdvice', () => {
  it.each([...ADVICE_NL, ...ADVICE_EN])('marks advice: %s', (text) => {
    expect(looksLikeAdvice(text)).toBe(true);
  });

  it.each([...QUESTIONS_NL, ...QUESTIONS_EN])('leaves an ordinary question alone: %s', (text) => {
    expect(looksLikeAdvice(text)).toBe(false);
  });

  it('ignores case, accents, curly apostrophes and extra spaces', () => {
    expect(looksLikeAdvice('WHY   DON’T YOU ask her?')).toBe(true);
    expect(looksLikeAdvice('Mijn ádvies is om te wachten')).toBe(true);
    expect(looksLikeAdvice('Heb  je   al\ngeprobeerd om te bellen?')).toBe(true);
  });

  it('needs whole words: "youshould" or "probeert" are not the phrases', () => {
    expect(looksLikeAdvice('youshould')).toBe(false);
    expect(looksLikeAdvice('Zij probeert het zelf')).toBe(false);
    expect(looksLikeAdvice('')).toBe(false);
  });
});

describe('isAdviceNudgeDue', () => {
  const phases = Object.fromEntries(builtInMethod('what-and-why')?.phases.map((phase) => [phase.key, phase]) ?? []) as Record<string, MethodPhase>;
  const advice = 'Je zou haar kunnen verwijzen naar het wijkteam.';

  it('marks advice in a phase that asks for questions', () => {
    expect(isAdviceNudgeDue(phases['clarifying-questions'] as MethodPhase, advice)).toBe(true);
    expect(isAdviceNudgeDue(phases['case-and-question'] as MethodPhase, 'You should call the GP')).toBe(true);
    expect(isAdviceNudgeDue(phases['silent-round'] as MethodPhase, advice)).toBe(true);
  });

  it('not once ideas are invited, nor in phases that do not ask for questions', () => {
    expect(isAdviceNudgeDue(phases.options as MethodPhase, advice)).toBe(false);
    expect(isAdviceNudgeDue(phases.why as MethodPhase, advice)).toBe(false);
    expect(isAdviceNudgeDue({ mode: 'discussion', invites: ['question', 'idea'] }, advice)).toBe(false);
    expect(isAdviceNudgeDue({ mode: 'options', invites: ['question'] }, advice)).toBe(false);
  });

  it('not for a question in a question phase', () => {
    expect(isAdviceNudgeDue(phases['clarifying-questions'] as MethodPhase, 'Hoe gaat de nacht?')).toBe(false);
  });
});

describe('the blame check', () => {
  it.each([
    'Moeder is uitgeput na de bevalling',
    'De ouders hebben zelf weinig steun gehad',
    'Mama slaapt slecht',
    'Vader werkt nachten en mist de avonden',
    'The mother may still be grieving her own mother',
    'Both parents are exhausted',
    'Dad feels shut out',
    'Her mum has not been able to rest',
  ])('hears a parent in: %s', (text) => {
    expect(mentionsParent(text)).toBe(true);
  });

  it.each(['De baby huilt veel', 'The GP has not seen the child', 'The grandparents live far away', 'Paraplu vergeten'])('no parent in: %s', (text) => {
    expect(mentionsParent(text)).toBe(false);
  });

  it.each([
    'Moeder verwaarloost de baby omdat ze liever uitgaat',
    'Ze is gewoon lui',
    'Vader doet geen moeite om op tijd te komen',
    'Moeder doet gewoon geen moeite.',
    'De ouders willen geen hulp',
    'Het is haar eigen schuld dat het kind niet slaapt',
    'Een slechte moeder die zich nergens iets van aantrekt',
    'Ze trekt zich er niets van aan',
    'Moeder overdrijft haar klachten',
    'She neglects the baby',
    "The father doesn't care",
    'Mum is lazy',
    'It is her own fault',
  ])('asks for a blame check on an explanation that judges: %s', (text) => {
    expect(soundsBlaming(text)).toBe(true);
  });

  it.each([
    'Moeder is uitgeput na een zware bevalling',
    'Ze heeft zelf nooit troost gekregen',
    'Het kind voelt de spanning van moeder',
    'Vader werkt nachten en mist de avonden',
    'De baby wil niet drinken',
    'Mother may still be grieving her own mother',
    'Both parents are exhausted',
  ])('not on an explanation that names a parent without judging: %s', (text) => {
    expect(soundsBlaming(text)).toBe(false);
  });

  it('on every kind of text: a question, an observation or a factor with a judging word gets it too', () => {
    expect(soundsBlaming('Moeder doet geen moeite')).toBe(true);
    expect(soundsBlaming('Is ze lui?')).toBe(true);
    expect(soundsBlaming('Vader trekt zich nergens iets van aan')).toBe(true);
  });
});

/** Judging sentences as they are said about parents in JGZ talk, and neutral ones that name a parent. */
const BLAMING_NL = [
  'Moeder verwaarloost de baby omdat ze liever uitgaat',
  'Ze is gewoon lui',
  'Vader doet geen moeite om op tijd te komen',
  'Moeder doet gewoon geen moeite.',
  'De ouders willen geen hulp',
  'Het is haar eigen schuld dat het kind niet slaapt',
  'Een slechte moeder die zich nergens iets van aantrekt',
  'Ze trekt zich er niets van aan',
  'Moeder overdrijft haar klachten',
  'Vader is te lui om op te staan voor de voeding',
  'Het kan haar niet schelen hoe de baby erbij ligt',
  'Ze denkt alleen aan zichzelf',
  'Moeder zit de hele dag op haar telefoon',
  'Die moeder is gewoon onverschillig',
  'Vader werkt niet mee aan het plan',
  'Moeder weigert de kraamzorg binnen te laten',
  'Ze stelt zich aan met die rugpijn',
  'De ouders maken er een puinhoop van',
  'Het is een onverantwoordelijke vader',
  'Moeder is erg nalatig met de vaccinaties',
  'Ze manipuleert de hulpverleners',
  'Vader is in ontkenning over zijn drinken',
  'Moeder is ongeïnteresseerd in het kind',
  'Ze zeurt steeds over de nachten',
  'Vader had beter moeten weten',
  'De moeder is egoïstisch',
  'Ze schiet tekort als moeder',
  'De ouders zijn ongeschikt als ouders',
  'Moeder is hysterisch bij elke huilbui',
  'Vader laat het kind aan zijn lot over',
  'Moeder is te onvolwassen voor een baby',
  'Het boeit haar niet',
];
const BLAMING_EN = [
  'She neglects the baby',
  "The father doesn't care",
  'Mum is lazy',
  'It is her own fault',
  'Mother makes no effort at all',
  'Dad refuses to come to the appointments',
  'She only thinks of herself',
  'The mother is always on her phone',
  'He is an irresponsible father',
  'She is manipulative with the nurses',
  'Mum is exaggerating again',
  'The parents are uncooperative',
  'She should know better',
  'A bad mother, honestly',
  'Dad is in denial',
  'She is selfish',
  "Mum can't be bothered to feed on time",
  'The mother is attention-seeking',
];
const NEUTRAL_NL = [
  'Moeder is uitgeput na een zware bevalling',
  'Ze heeft zelf nooit troost gekregen',
  'Het kind voelt de spanning van moeder',
  'Vader werkt nachten en mist de avonden',
  'De baby wil niet drinken',
  'Moeder wil graag borstvoeding geven',
  'Ze wil geen borstvoeding geven',
  'Het lukt moeder nog niet om de voeding vol te houden',
  'Vader maakt zich zorgen over het geld',
  'Moeder vertelt dat ze slecht slaapt',
  'De ouders hebben weinig steun van familie',
  'Moeder huilt als ze over haar eigen moeder praat',
  'Vader zegt dat hij niet weet wat hij moet doen',
  'Ze voelt zich alleen sinds de verhuizing',
  'Moeder heeft de afspraak gemist',
  'Vader was er niet bij het huisbezoek',
  'De baby slaapt alleen op de arm van moeder',
  'Moeder zegt: ik heb geen zin in bezoek',
  'Ze schaamt zich voor de rommel in huis',
  'De schulden geven veel stress',
  'Moeder kijkt weinig naar de baby tijdens de voeding',
  'Vader vindt het moeilijk om hulp te vragen',
  'Moeder wil niet dat de buren het weten',
  'Het gezin woont in een krap huis',
  'Moeder heeft een licht verstandelijke beperking',
  'Ze is bang dat ze het niet goed doet',
  'Vader lacht als de baby lacht',
  'Moeder zingt voor de baby',
  'De verloskundige maakt zich zorgen over de groei',
  'Ze heeft veel meegemaakt in haar jeugd',
  'Moeder is moe en prikkelbaar',
  'Vader werkt mee aan het plan',
];
const NEUTRAL_EN = [
  'Mother may still be grieving her own mother',
  'Both parents are exhausted',
  'Dad feels shut out',
  'She did not come to the last appointment',
  'Mum says she is scared of doing it wrong',
  'The father works night shifts',
  'She finds it hard to ask for help',
  'Mum has little support from family',
  'The parents worry about money',
  'She cries when she talks about the birth',
  'Dad holds the baby a lot',
  'Mum wants to try breastfeeding again',
  'The mother looks at her phone during feeds',
  'She told us she feels alone',
  'The baby cries a lot in the evening',
  'Dad does not know what to do when she cries',
  'The mother has a mild intellectual disability',
  'Mum sings to the baby',
];

describe('blamingPhrases on the corpus', () => {
  const positives = [...BLAMING_NL, ...BLAMING_EN];
  const negatives = [...NEUTRAL_NL, ...NEUTRAL_EN];

  it('finds the judging words with a rewording, and leaves sentences that only name a parent alone', () => {
    const hits = positives.filter((text) => blamingPhrases(text).length > 0);
    const falsePositives = negatives.filter((text) => blamingPhrases(text).length > 0);
    const recall = hits.length / positives.length;
    const falsePositiveRate = falsePositives.length / negatives.length;
    console.info(
      `blamingPhrases: ${positives.length} judging, ${negatives.length} neutral; recall ${recall.toFixed(2)}, false positives ${falsePositiveRate.toFixed(2)}`,
    );
    expect(positives.length + negatives.length).toBeGreaterThanOrEqual(60);
    expect(positives.filter((text) => blamingPhrases(text).length === 0)).toEqual([]);
    expect(falsePositives).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('gives each finding the words as typed and a suggestion in the same language', () => {
    expect(blamingPhrases('Moeder doet gewoon geen moeite.')).toEqual([{ phrase: 'doet gewoon geen moeite', suggestion: 'het lukt (nog) niet om …' }]);
    expect(blamingPhrases('Zoë   verwaarloost de baby')[0]?.phrase).toBe('verwaarloost');
    expect(blamingPhrases('Ze is egoïstisch')[0]?.phrase).toBe('egoïstisch');
    expect(blamingPhrases("The father doesn't care")).toEqual([{ phrase: "doesn't care", suggestion: "they haven't (yet) managed to …" }]);
    for (const text of positives) for (const finding of blamingPhrases(text)) expect(finding.suggestion.length).toBeGreaterThan(10);
  });

  it('lists two judging phrases in the order they stand', () => {
    expect(blamingPhrases('Ze is lui en het kan haar niet schelen').map((finding) => finding.phrase)).toEqual(['lui', 'kan haar niet schelen']);
  });
});

describe('speakingCounts', () => {
  const participants = [
    { id: 'a', name: 'Anna' },
    { id: 'b', name: 'Bram' },
    { id: 'c', name: 'CD' },
  ];

  it('puts the quietest first, counts anonymous notes once as null, and leaves out people who left', () => {
    const contributions = [{ authorId: 'a' }, { authorId: 'a' }, { authorId: 'b' }, { authorId: null }, { authorId: 'gone' }, { authorId: 'a' }];
    expect(speakingCounts(contributions, participants)).toEqual([
      { participantId: 'c', name: 'CD', count: 0 },
      { participantId: 'b', name: 'Bram', count: 1 },
      { participantId: null, name: null, count: 1 },
      { participantId: 'a', name: 'Anna', count: 3 },
    ]);
  });

  it('lists everyone at zero before anything was said', () => {
    expect(speakingCounts([], participants).map((row) => row.count)).toEqual([0, 0, 0]);
  });
});
