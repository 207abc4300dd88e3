/**
 * The intervision methods the app ships (docs/domain.md), as data in Dutch and English.
 * The wording is ours. Shipped methods are read-only; a team copies one to change it.
 */
import type { ContributionKind, LocalizedText, MethodDefinition, MethodPhase, PhaseMode } from './session';

function phase(
  key: string,
  minutes: number,
  mode: PhaseMode,
  invites: readonly ContributionKind[],
  name: LocalizedText,
  instruction: LocalizedText,
): MethodPhase {
  return { key, name, minutes, invites: [...invites], instruction, mode };
}

function builtIn(id: string, name: LocalizedText, description: LocalizedText, phases: MethodPhase[]): MethodDefinition {
  return { id, builtIn: true, name, description, phases, copiedFrom: null, updatedAt: null };
}

const whatAndWhy = builtIn(
  'what-and-why',
  { nl: 'Wat en waarom', en: 'What and why' },
  {
    nl: 'Vraag niet alleen wat er speelt, maar ook waarom. Eerst vragen en hypothesen rond de kaart van de relatie tussen ouder en kind, pas daarna adviezen.',
    en: 'Ask why as well as what. Questions and hypotheses around the map of the parent–child relationship come first; advice only afterwards.',
  },
  [
    phase(
      'case-and-question',
      5,
      'question',
      ['question', 'observation'],
      { nl: 'Casus en vraag', en: 'Case and question' },
      {
        nl: 'De casusinbrenger vertelt de casus in het kort en formuleert één vraag voor deze intervisie.',
        en: 'The case holder tells the case briefly and puts one question to the group.',
      },
    ),
    phase(
      'silent-round',
      5,
      'silent',
      ['observation', 'question'],
      { nl: 'Stille ronde', en: 'Silent round' },
      {
        nl: 'Schrijf ieder voor jezelf op wat je al weet of nog zou willen weten, en wie in de keten dat misschien al gevraagd heeft. De notities blijven verborgen tot we ze samen tonen.',
        en: 'Each of you writes down, unseen, what you already know or would still want to know, and who in the chain may already have asked it. The notes stay hidden until we reveal them together.',
      },
    ),
    phase(
      'clarifying-questions',
      10,
      'discussion',
      ['clarifying-question'],
      { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      {
        nl: 'Stel alleen verhelderende vragen, naar feiten. Nog geen adviezen en nog geen waarom-vragen.',
        en: 'Ask about facts only. No advice yet, and no why-questions yet.',
      },
    ),
    phase(
      'map',
      10,
      'map',
      ['observation', 'strength', 'concern'],
      { nl: 'De kaart', en: 'The map' },
      {
        nl: 'Vul samen de kaart in: externe stress, interne stress bij kind en ouder, de relatie met de professionals, en de buffers.',
        en: 'Fill in the map together: external stress, internal stress in the child and the parent, the relationship with the professionals, and the buffers.',
      },
    ),
    phase(
      'why',
      15,
      'why',
      ['hypothesis'],
      { nl: 'Waarom', en: 'Why' },
      {
        nl: 'Formuleer hypothesen vanuit het kind, de ouder, de professional en de keten, en zeg bij elke hypothese wat je van gedachten zou doen veranderen. Is hij verwoord zonder de ouder de schuld te geven?',
        en: 'Put forward hypotheses from the child, the parent, the professional and the chain, and say with each what would change your mind. Is it worded without blaming the parent?',
      },
    ),
    phase(
      'intensity',
      5,
      'intensity',
      ['perspective'],
      { nl: 'Intensiteit', en: 'Intensity' },
      {
        nl: 'Weeg samen af wat past: gewone zorg en preventie, een specifieke interventie of behandeling, voor wie, in welke context en waarom. Het is een professioneel oordeel, geen score.',
        en: 'Weigh together what fits: ordinary care and prevention, a specific intervention or treatment, for whom, in which context and why. It is a professional judgment, not a score.',
      },
    ),
    phase(
      'options',
      10,
      'options',
      ['idea'],
      { nl: 'Mogelijkheden', en: 'Options' },
      {
        nl: 'Nu pas is er ruimte voor ideeën en adviezen. De casusinbrenger luistert en kiest later zelf.',
        en: 'Only now is there room for ideas and advice. The case holder listens and chooses later.',
      },
    ),
    phase(
      'take-away',
      5,
      'takeaway',
      ['reflection'],
      { nl: 'Wat neem je mee', en: 'Take-away' },
      {
        nl: 'De casusinbrenger vertelt wat hij of zij meeneemt. Leg actiepunten vast met een eigenaar en een datum.',
        en: 'The case holder says what they take with them. Record action points with an owner and a date.',
      },
    ),
    phase(
      'process',
      5,
      'process',
      ['reflection'],
      { nl: 'Terugblik op het proces', en: 'Process' },
      {
        nl: 'Hoe ging deze intervisie? Is iedere stem gehoord, en wat doen we een volgende keer anders?',
        en: 'How did this session go? Was every voice heard, and what will we do differently next time?',
      },
    ),
  ],
);

const incident = builtIn(
  'incident',
  { nl: 'Incidentmethode', en: 'Incident method' },
  {
    nl: 'Naar Hendriksen, ongeveer 65 minuten. Rond één concreet incident: eerst informatievragen, dan ieders eigen standpunt, dan vergelijken met wat de casusinbrenger werkelijk deed.',
    en: 'After Hendriksen, about 65 minutes. Around one concrete incident: information questions first, then everyone’s own position, then a comparison with what the case holder actually did.',
  },
  [
    phase(
      'last-time',
      5,
      'discussion',
      ['reflection', 'observation'],
      { nl: 'Terugblik', en: 'Since last time' },
      {
        nl: 'Wat is er terechtgekomen van de adviezen en afspraken van de vorige keer?',
        en: 'What became of the advice and agreements from the last session?',
      },
    ),
    phase(
      'choose-incident',
      5,
      'question',
      ['question'],
      { nl: 'Incident kiezen', en: 'Choose an incident' },
      {
        nl: 'De casusinbrenger kiest één concreet incident waarin een beslissing moest worden genomen, en zegt wat de vraag is.',
        en: 'The case holder chooses one concrete incident in which a decision had to be made, and says what the question is.',
      },
    ),
    phase(
      'sketch',
      5,
      'discussion',
      ['observation'],
      { nl: 'Schets van het incident', en: 'Sketch of the incident' },
      {
        nl: 'De casusinbrenger schetst het incident tot aan het moment van de beslissing. De anderen luisteren en noteren.',
        en: 'The case holder sketches the incident up to the moment of decision. The others listen and take notes.',
      },
    ),
    phase(
      'information-questions',
      10,
      'discussion',
      ['clarifying-question'],
      { nl: 'Informatievragen', en: 'Information questions' },
      {
        nl: 'Stel vragen om de situatie helder te krijgen. Alleen informatie, nog geen oordeel of advies.',
        en: 'Ask questions to get the situation clear. Information only, no judgment or advice yet.',
      },
    ),
    phase(
      'analysis',
      10,
      'why',
      ['hypothesis', 'perspective'],
      { nl: 'Analyse', en: 'Analysis' },
      {
        nl: 'Wat is hier eigenlijk het probleem, en vanuit wiens perspectief? Formuleer hypothesen.',
        en: 'What is the actual problem here, and from whose perspective? Put forward hypotheses.',
      },
    ),
    phase(
      'own-position',
      5,
      'silent',
      ['idea'],
      { nl: 'Eigen standpunt', en: 'Own position' },
      {
        nl: 'Schrijf ieder voor zich op wat jij zou doen en waarom. De notities blijven verborgen tot we ze samen tonen.',
        en: 'Each of you writes down what you would do and why. The notes stay hidden until we reveal them together.',
      },
    ),
    phase(
      'compare',
      10,
      'discussion',
      ['reflection', 'perspective'],
      { nl: 'Vergelijken', en: 'Compare' },
      {
        nl: 'De casusinbrenger vertelt wat hij of zij werkelijk deed. Vergelijk dat met de standpunten van de groep.',
        en: 'The case holder tells what they actually did. Compare it with the positions of the group.',
      },
    ),
    phase(
      'closing-discussion',
      5,
      'options',
      ['idea', 'reflection'],
      { nl: 'Afrondend gesprek', en: 'Closing discussion' },
      {
        nl: 'Welke inzichten en mogelijkheden levert dit op voor deze en vergelijkbare situaties?',
        en: 'Which insights and options does this bring for this situation and similar ones?',
      },
    ),
    phase(
      'agreements',
      5,
      'takeaway',
      ['reflection'],
      { nl: 'Afspraken', en: 'Agreements' },
      {
        nl: 'De casusinbrenger zegt wat hij of zij meeneemt. Spreek af wanneer we hierop terugkomen.',
        en: 'The case holder says what they take with them. Agree when we come back to this.',
      },
    ),
    phase(
      'evaluation',
      5,
      'process',
      ['reflection'],
      { nl: 'Evaluatie', en: 'Evaluation' },
      {
        nl: 'Hoe verliep de bespreking, en is iedere stem gehoord?',
        en: 'How did the discussion go, and was every voice heard?',
      },
    ),
  ],
);

const consultancy = builtIn(
  'consultancy',
  { nl: 'Consultatieprotocol', en: 'Consultancy protocol' },
  {
    nl: 'Naar de protocollen van critical friends, ongeveer 50 minuten. De groep bespreekt de vraag terwijl de casusinbrenger zwijgt en noteert.',
    en: 'After the critical-friends protocols, about 50 minutes. The group discusses the question while the case holder stays silent and takes notes.',
  },
  [
    phase(
      'frame-question',
      5,
      'question',
      ['question'],
      { nl: 'Vraag inbrengen', en: 'Frame the question' },
      {
        nl: 'De casusinbrenger schetst de situatie en legt één vraag aan de groep voor.',
        en: 'The case holder outlines the situation and puts one question to the group.',
      },
    ),
    phase(
      'clarifying-questions',
      5,
      'discussion',
      ['clarifying-question'],
      { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      {
        nl: 'Korte vragen naar feiten, die de casusinbrenger kort beantwoordt. Geen adviezen.',
        en: 'Short questions about facts, answered briefly by the case holder. No advice.',
      },
    ),
    phase(
      'probing-questions',
      10,
      'discussion',
      ['question'],
      { nl: 'Verdiepende vragen', en: 'Probing questions' },
      {
        nl: 'Stel open vragen die de casusinbrenger helpen verder te denken. Een advies verpakt als vraag is nog steeds een advies.',
        en: 'Ask open questions that help the case holder think further. Advice dressed up as a question is still advice.',
      },
    ),
    phase(
      'group-discussion',
      15,
      'discussion',
      ['perspective', 'hypothesis', 'concern', 'strength', 'idea'],
      { nl: 'Groepsgesprek', en: 'Group discussion' },
      {
        nl: 'De groep bespreekt de vraag onderling. De casusinbrenger zwijgt, luistert en maakt aantekeningen.',
        en: 'The group discusses the question among themselves. The case holder stays silent, listens and takes notes.',
      },
    ),
    phase(
      'case-holder-reflects',
      10,
      'takeaway',
      ['reflection'],
      { nl: 'Reactie casusinbrenger', en: 'Case holder reflects' },
      {
        nl: 'De casusinbrenger denkt hardop na over wat hij of zij hoorde en wat bruikbaar is.',
        en: 'The case holder reflects aloud on what they heard and what is useful.',
      },
    ),
    phase(
      'debrief',
      5,
      'process',
      ['reflection'],
      { nl: 'Nabespreking', en: 'Debrief' },
      {
        nl: 'Hoe werkte het protocol vandaag, en is iedere stem gehoord?',
        en: 'How did the protocol work today, and was every voice heard?',
      },
    ),
  ],
);

const collegialConsultation = builtIn(
  'collegial-consultation',
  { nl: 'Collegiale consultatie (Tietze)', en: 'Collegial case consultation (Tietze)' },
  {
    nl: 'Naar de Kollegiale Beratung van Tietze, in zes fasen. Hypothesen en oplossingen blijven gescheiden; een notulist legt ze vast.',
    en: 'After Tietze’s Kollegiale Beratung, in six phases. Hypotheses and solutions are kept apart; a scribe records them.',
  },
  [
    phase(
      'cast-roles',
      5,
      'discussion',
      [],
      { nl: 'Rollen verdelen', en: 'Cast the roles' },
      {
        nl: 'Spreek af wie de casusinbrenger, de gespreksleider en de notulist is; de anderen zijn kritische collega’s.',
        en: 'Agree who is the case holder, the facilitator and the scribe; the others are critical colleagues.',
      },
    ),
    phase(
      'spontaneous-account',
      10,
      'discussion',
      ['observation', 'clarifying-question'],
      { nl: 'Spontaan verslag', en: 'Spontaneous account' },
      {
        nl: 'De casusinbrenger vertelt vrijuit. De gespreksleider stelt alleen vragen die het verhaal helder maken.',
        en: 'The case holder tells freely. The facilitator only asks questions that make the story clear.',
      },
    ),
    phase(
      'key-question',
      5,
      'question',
      ['question'],
      { nl: 'Kernvraag', en: 'Key question' },
      {
        nl: 'De casusinbrenger formuleert de kernvraag: wat wil ik na deze consultatie weten of kunnen?',
        en: 'The case holder states the key question: what do I want to know or be able to do after this consultation?',
      },
    ),
    phase(
      'choose-method',
      5,
      'discussion',
      [],
      { nl: 'Werkvorm kiezen', en: 'Choose a method' },
      {
        nl: 'Kies samen een werkvorm die bij de kernvraag past, bijvoorbeeld hypothesen verzamelen of een brainstorm.',
        en: 'Choose together a way of working that fits the key question, for example collecting hypotheses or a brainstorm.',
      },
    ),
    phase(
      'consultation',
      15,
      'discussion',
      ['hypothesis', 'perspective', 'idea'],
      { nl: 'Consultatie', en: 'Consultation' },
      {
        nl: 'De kritische collega’s werken de gekozen werkvorm uit; houd hypothesen en oplossingen uit elkaar. De casusinbrenger luistert.',
        en: 'The critical colleagues work through the chosen method; keep hypotheses and solutions apart. The case holder listens.',
      },
    ),
    phase(
      'conclusion',
      5,
      'takeaway',
      ['reflection'],
      { nl: 'Slotwoord', en: 'Conclusion' },
      {
        nl: 'De casusinbrenger zegt wat hij of zij meeneemt en wat de volgende stap is.',
        en: 'The case holder says what they take with them and what the next step is.',
      },
    ),
  ],
);

const balint = builtIn(
  'balint',
  { nl: 'Balint-reflectie', en: 'Balint-style reflection' },
  {
    nl: 'Ongeveer 45 minuten per casus. De groep verkent gevoelens en de relatie tussen professional en gezin, zonder te oordelen, te adviseren of oplossingen te bieden. Wat hier gezegd wordt, blijft in de groep.',
    en: 'About 45 minutes per case. The group explores feelings and the relationship between professional and family, without judging, advising or offering solutions. What is said here stays in the group.',
  },
  [
    phase(
      'ground-rules',
      5,
      'discussion',
      [],
      { nl: 'Afspraken', en: 'Ground rules' },
      {
        nl: 'De gespreksleider herhaalt de afspraak: wat hier gezegd wordt, blijft in de groep, en we oordelen en adviseren niet.',
        en: 'The facilitator restates the rule: what is said here stays in the group, and we neither judge nor advise.',
      },
    ),
    phase(
      'account',
      10,
      'discussion',
      ['observation'],
      { nl: 'Vertellen', en: 'Account' },
      {
        nl: 'De casusinbrenger vertelt zonder aantekeningen over het gezin en over zichzelf in het contact.',
        en: 'The case holder tells, without notes, about the family and about themselves in the contact.',
      },
    ),
    phase(
      'clarifying-questions',
      5,
      'discussion',
      ['clarifying-question'],
      { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      {
        nl: 'Alleen korte vragen naar feiten. Geen adviezen.',
        en: 'Only short questions about facts. No advice.',
      },
    ),
    phase(
      'exploration',
      20,
      'discussion',
      ['reflection', 'perspective'],
      { nl: 'Verkennen', en: 'Exploration' },
      {
        nl: 'De casusinbrenger luistert terwijl de groep verkent wat de casus oproept en wat er tussen professional en gezin gebeurt. Zonder oordeel, zonder advies.',
        en: 'The case holder listens while the group explores what the case evokes and what happens between professional and family. Without judgment, without advice.',
      },
    ),
    phase(
      'case-holder-returns',
      5,
      'takeaway',
      ['reflection'],
      { nl: 'Terug naar de casusinbrenger', en: 'Case holder returns' },
      {
        nl: 'De casusinbrenger doet weer mee en zegt wat hem of haar raakte.',
        en: 'The case holder rejoins and says what touched them.',
      },
    ),
  ],
);

const reportingCode = builtIn(
  'reporting-code',
  { nl: 'Collegiale consultatie meldcode (stap 2)', en: 'Reporting-code consultation (step 2)' },
  {
    nl: 'Stap 2 van de meldcode huiselijk geweld en kindermishandeling: een collega raadplegen. De app maakt een verslag om over te nemen in het dossier; hij beslist niets.',
    en: 'Step 2 of the Dutch reporting code for domestic violence and child abuse: consulting a colleague. The app produces a record to copy into the official file; it decides nothing.',
  },
  [
    phase(
      'signals',
      10,
      'question',
      ['observation', 'question'],
      { nl: 'Signalen en vraag', en: 'Signals and question' },
      {
        nl: 'De casusinbrenger beschrijft de signalen zo feitelijk mogelijk en zegt waarover hij of zij wil overleggen.',
        en: 'The case holder describes the signals as factually as possible and says what they want to consult about.',
      },
    ),
    phase(
      'clarifying-questions',
      10,
      'discussion',
      ['clarifying-question'],
      { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      {
        nl: 'Vraag door op de signalen: wat is gezien en gehoord, door wie, en wanneer?',
        en: 'Ask about the signals: what was seen and heard, by whom, and when?',
      },
    ),
    phase(
      'weigh',
      15,
      'discussion',
      ['perspective', 'hypothesis', 'concern', 'strength'],
      { nl: 'Wegen', en: 'Weigh' },
      {
        nl: 'Weeg de signalen samen, met zorgen en krachten. Is overleg met Veilig Thuis nodig?',
        en: 'Weigh the signals together, with concerns and strengths. Is consulting Veilig Thuis needed?',
      },
    ),
    phase(
      'record',
      10,
      'step2',
      [],
      { nl: 'Verslag stap 2', en: 'Step 2 record' },
      {
        nl: 'Leg vast wie is geraadpleegd en in welke rol, wanneer, welke signalen zijn besproken, de uitkomst, en of Veilig Thuis is geraadpleegd.',
        en: 'Record who was consulted and in which role, when, which signals were discussed, the outcome, and whether Veilig Thuis was consulted.',
      },
    ),
    phase(
      'next-steps',
      5,
      'takeaway',
      ['reflection'],
      { nl: 'Volgende stappen', en: 'Next steps' },
      {
        nl: 'De casusinbrenger zegt welke volgende stap van de meldcode hij of zij zet. Leg actiepunten vast met een eigenaar en een datum.',
        en: 'The case holder says which next step of the reporting code they take. Record action points with an owner and a date.',
      },
    ),
  ],
);

export const BUILT_IN_METHODS: readonly MethodDefinition[] = [whatAndWhy, incident, consultancy, collegialConsultation, balint, reportingCode];

export function builtInMethod(id: string): MethodDefinition | undefined {
  return BUILT_IN_METHODS.find((method) => method.id === id);
}

export function isBuiltInMethodId(id: string): boolean {
  return builtInMethod(id) !== undefined;
}
