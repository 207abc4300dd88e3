/**
 * Nudges, never blocks: small pure rules the session screen uses to mark a contribution (advice in a
 * question phase, a hypothesis about the parent) and to show who has spoken how often. A simple phrase
 * heuristic in Dutch and English: it will miss things and sometimes mark too much, so it only marks.
 */
import type { Contribution, MethodPhase, Participant } from './session';
import { fold } from './text';

/** Lower case without diacritics and with one kind of apostrophe, so "Zoë’s" and "zoe's" match alike. */
function normalise(text: string): string {
  return fold(text)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/** Wanting to know is a question, not advice: "ik zou graag willen weten…", "I would like to know…". */
const WANTING_TO_KNOW = String.raw`(?!\s+(?:(?:graag|ook|nog|wel|heel|even)\s+)*(?:willen\s+)?(?:weten|vragen|horen|begrijpen|benieuwd|nieuwsgierig)\b)(?!\s+(?:really\s+|also\s+)?(?:like|love|want)\s+to\s+(?:know|ask|hear|understand)\b)(?!\s+be\s+(?:curious|interested)\b)`;

/** A factual "how often do you have to…" is a question about the situation, not an instruction. */
const AFTER_QUESTION_WORD = String.raw`(?<!\b(?:hoe vaak|hoe lang|hoeveel|wat|waar|wanneer|waarom|welke|hoe laat)\s)`;

const ADVICE_PATTERNS: readonly RegExp[] = [
  // Dutch
  String.raw`\b(?:je|jij|u|jullie) (?:zou|zoudt|zouden)\b(?!\s+(?:willen|zeggen|verwachten|denken|vinden)\b)`,
  // "Zou je haar kunnen vragen…?" suggests; "Hoe zou je dat kunnen omschrijven?" asks.
  String.raw`(?<!\b(?:hoe|wat|waar|wanneer|waarom|welke|wie)\s)\bzou(?:den)? (?:je|jij|u|jullie) (?:[a-z]+ ){0,3}?(?:kunnen|moeten)\b`,
  String.raw`\bzou(?:den)? (?:je|jij|u|jullie) (?:niet )?eens\b`,
  String.raw`\bzou het niet (?:goed|beter|helpen|fijn|slim|verstandig)\b`,
  String.raw`${AFTER_QUESTION_WORD}\bmoet(?:en)? (?:je|jij|u|jullie)\b`,
  String.raw`\b(?:je|jij|u|jullie) moet(?:en)?\b`,
  // "Heb je al geprobeerd om…?" suggests; "Wat heb je al geprobeerd?" asks.
  String.raw`${AFTER_QUESTION_WORD}\bheb(?:t)? (?:je|jij|u|jullie) (?:al |wel |ook |eens |er )*(?:geprobeerd|overwogen|gedacht aan|aan gedacht|overwogen om)`,
  String.raw`\bwat (?:vind|vindt) (?:je|jij|u|jullie) (?:ervan|er van) (?:om|als)\b`,
  String.raw`\bis het (?:niet )?(?:een )?(?:idee|optie) (?:om|als|dat)\b`,
  String.raw`\b(?:een|de) (?:optie|mogelijkheid|idee) (?:is|kan zijn|zou zijn|zou kunnen zijn)\b`,
  String.raw`\b(?:je|jij|u|jullie) (?:kunt|kan|kun|kunnen) (?:ook|altijd|daarnaast|eventueel)\b`,
  String.raw`\bprobeer (?:eens|het|dan|om|maar|gewoon|vooral|ook)\b`,
  String.raw`\bik zou\b${WANTING_TO_KNOW}`,
  String.raw`\b(?:mijn|ons) (?:advies|tip|suggestie)\b`,
  String.raw`\bik (?:adviseer|raad (?:je|u|jullie|aan)|stel voor|zou zeggen)\b`,
  String.raw`\bals ik (?:jou|u) (?:was|ben)\b`,
  String.raw`\bwaarom (?:ga|doe|probeer|vraag|bel|zeg|neem|maak|verwijs) (?:je|jij|u) (?:dan |het |er |haar |hem |ze )*niet\b`,
  String.raw`\bwat als (?:je|jij|u|jullie)\b`,
  String.raw`\b(?:kun|kan|kunt) (?:je|jij|u) (?:dan |er |het |haar |hem |ze )*niet (?:gewoon|eens|even|beter)\b`,
  String.raw`\bhet (?:is|lijkt me|lijkt mij) (?:beter|verstandig|slim|goed) (?:om|als|dat)\b`,
  String.raw`\bmisschien (?:moet|kun|kan|kunt|zou) (?:je|jij|u|jullie)\b`,
  String.raw`\b(?:je|jij|u) (?:kunt|kan|kun) (?:beter|het beste|ook gewoon|eens)\b`,
  String.raw`\b(?:doe|vraag|bel|verwijs) (?:het |haar |hem |ze )?(?:eens|gewoon)\b`,
  // English
  String.raw`\byou (?:should|shouldn't|ought to|could|might want to|may want to|must|'d better|had better)\b`,
  // "Do you have to visit weekly?" asks about the situation.
  String.raw`(?<!\b(?:do|did|does|will|would)\s)\byou (?:need to|have to)\b`,
  String.raw`(?<!\b(?:what|which|how|when|where|who)\s)\bhave you (?:already |ever |also )?(?:tried|considered|thought about|thought of)\b`,
  String.raw`\bwhat do you think (?:about|of) (?:trying|asking|calling|making|referring|inviting|offering|planning|going)\b`,
  String.raw`\b(?:would|could) it be an idea\b`,
  String.raw`\b(?:one|an|another) option (?:is|would be|could be|might be)\b`,
  String.raw`\byou can (?:also|always)\b`,
  String.raw`\bwhy (?:don't|not|wouldn't) (?:you|just)\b`,
  String.raw`\bwhy not\b`,
  String.raw`\bi(?: would|'d)\b${WANTING_TO_KNOW}(?!\s+(?:guess|think|say that)\b)`,
  String.raw`\bmy (?:advice|tip|suggestion)\b`,
  String.raw`\bi (?:suggest|recommend|advise|propose)\b`,
  String.raw`\bwhat if you\b`,
  String.raw`\bhow about (?:you|asking|calling|trying|talking|referring|making|going)\b`,
  String.raw`\bif i were you\b`,
  String.raw`\bit (?:would|might|could) (?:be (?:better|wise|good|helpful) to|help to)\b`,
  String.raw`(?:^|[.!?;:,]\s*|\b(?:just|maybe|perhaps|please|then|so|and)\s+)try (?:to|and|asking|calling|talking|giving|making|referring)\b`,
  String.raw`\bcan't you (?:just|simply)\b`,
].map((source) => new RegExp(source, 'u'));

/**
 * A sentence that starts with a verb telling what to do: "Bel de huisarts.", "Ask her about the
 * nights." Not a question ("Bel je haar weleens?" ends in "?"), and not a verb followed by its
 * subject, which in Dutch makes a question too ("Vraag je dat?").
 */
const IMPERATIVE_START = new RegExp(
  String.raw`^(?:(?:en|dus|dan|gewoon|misschien|so|and|just|maybe|perhaps|then)\s+)?(?:bel|vraag|verwijs|ga|neem|maak|zeg|laat|geef|plan|zoek|regel|schakel|bespreek|probeer|check|stel|benoem|leg|nodig|betrek|meld|begin|stop|wacht|call|ask|refer|make|tell|give|let|book|arrange|talk|invite|involve|offer|start|stop|wait|discuss|contact|report|schedule|see)\b(?!\s+(?:je|jij|u|jullie|ze|zij|hij|we|wij|er|het|dat|dit|ik)\b(?!\s))`,
  'u',
);

function sentences(text: string): string[] {
  return (text.match(/[^.!?;]+[.!?;]*/g) ?? []).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

function startsWithImperative(sentence: string): boolean {
  return !sentence.endsWith('?') && IMPERATIVE_START.test(sentence);
}

/** Whether a text reads like advice ("je zou…", "have you tried…", "Bel de huisarts."): a phrase heuristic, nl and en. */
export function looksLikeAdvice(text: string): boolean {
  const normalised = normalise(text);
  return ADVICE_PATTERNS.some((pattern) => pattern.test(normalised)) || sentences(normalised).some(startsWithImperative);
}

/** Mark advice only where the phase asks for questions and not (yet) for ideas. */
export function isAdviceNudgeDue(phase: Pick<MethodPhase, 'mode' | 'invites'>, text: string): boolean {
  if (phase.mode === 'options' || phase.invites.includes('idea')) return false;
  const invitesQuestions = phase.invites.includes('clarifying-question') || phase.invites.includes('question');
  return invitesQuestions && looksLikeAdvice(text);
}

// "pap" (porridge) and "ouder" as in "older than" are left to the reader: a nudge may over-ask.
const PARENT_WORDS = new RegExp(
  String.raw`\b(?:moeder|moeders|vader|vaders|ouder|ouders|ouderlijke?|mama|mamma|mam|papa|pappa|stiefmoeder|stiefvader|pleegmoeder|pleegvader|pleegouders?|mother|mothers|mother's|father|fathers|father's|parent|parents|parent's|parental|parenting|mum|mom|mummy|mommy|dad|daddy|stepmother|stepfather|foster parents?)\b`,
  'u',
);

/** Whether a text speaks about a parent (nl and en). */
export function mentionsParent(text: string): boolean {
  return PARENT_WORDS.test(normalise(text));
}

/** A judging phrase found in a text, with a neutral rewording to offer in its place. */
export interface BlamingPhrase {
  /** The words as they stand in the text. */
  phrase: string;
  /** A way to say it without blame, in the language of the phrase. */
  suggestion: string;
}

interface BlameRule {
  pattern: string;
  suggestion: string;
}

/**
 * Words that judge a parent rather than describe what is going on: neglect, laziness, not trying, not
 * caring, refusing, fault. "Moeder is uitgeput na een zware bevalling" names a parent and judges
 * nothing; "Ze wil geen borstvoeding geven" states her wish. Each rule carries its rewording.
 */
const BLAME_RULES: readonly BlameRule[] = [
  // Dutch
  { pattern: String.raw`\bverwaarlo(?:os|ost|osd|zen|zing|zend)\w*`, suggestion: 'beschrijf wat je zag: welke zorg kreeg het kind (nog) niet, en wanneer?' },
  { pattern: String.raw`\b(?:te )?lui(?:heid)?\b|\bgemakzuchtig\w*|\blaks\b`, suggestion: 'het lukt (nog) niet om …; wat kost de ouder zoveel energie?' },
  {
    pattern: String.raw`\b(?:doet|doen) (?:(?:gewoon|echt|bijna|helemaal|ook|zelf|zelfs|nog) )*(?:geen|weinig|niet genoeg|nauwelijks) (?:enkele )?moeite\b|\b(?:geen|weinig) moeite (?:doen|doet)\b|\bkan (?:het )?(?:niet|nauwelijks) opbrengen\b|\bheeft er geen zin in\b`,
    suggestion: 'het lukt (nog) niet om …',
  },
  {
    pattern: String.raw`\b(?:wil|willen) (?:gewoon |echt |ook |nog steeds )?(?:geen hulp|niet meewerken|niet luisteren|niet veranderen|het niet zien|niet inzien|niets aannemen|niks aannemen)\b|\b(?:werkt|werken) (?:niet|nooit|slecht) mee\b|\bonwillig\w*|\bweiger(?:t|en|de|den)\b|\bdwars(?:ligt|liggen|ligger)\b`,
    suggestion: 'de ouder staat (nog) niet open voor …; wat maakt hulp aannemen moeilijk?',
  },
  {
    pattern: String.raw`\bonverschillig\w*|\bongeinteresseerd\w*|\b(?:interesseert|boeit) (?:het )?(?:haar|hem|hen|ze) (?:niet|niets|niks)\b|\bkan (?:het )?(?:haar|hem|hen|ze) (?:niet|niets|niks) schelen\b|\bgeeft er (?:niets|niks|weinig) om\b|\b(?:trekt|trekken) zich (?:er )?(?:niets|niks|nergens iets) van aan\b|\bnergens iets van aan(?:trekt|trekken)\b`,
    suggestion: 'de ouder laat (nog) weinig zien van …; wat maakt dat moeilijk?',
  },
  {
    pattern: String.raw`\begoistisch\w*|\bdenkt alleen aan zichzelf\b|\bdenken alleen aan zichzelf\b|\bzet zichzelf (?:altijd )?op de eerste plaats\b|\bzit (?:de hele dag |alleen maar |steeds )+(?:op haar telefoon|op zijn telefoon|op de bank|te gamen)\b`,
    suggestion: 'de eigen behoeften van de ouder vragen nu veel ruimte; wat heeft de ouder zelf nodig?',
  },
  {
    pattern: String.raw`\b(?:haar|zijn|hun|eigen) schuld\b|\bschuld van (?:de )?(?:moeder|vader|ouders?|haar|hem|hen)\b|\bhad beter moeten (?:weten|opletten)\b|\bzou beter moeten weten\b`,
    suggestion: 'wat heeft hieraan bijgedragen, en wat was er toen mogelijk?',
  },
  {
    pattern: String.raw`\bslechte (?:moeder|vader|ouders?|mama|papa)\b|\bongeschikt(?:e)? (?:als )?(?:moeder|vader|ouders?)\b|\bniet geschikt als (?:moeder|vader|ouders?)\b|\bweet niet wat goed is voor (?:haar|zijn|hun) kind\b`,
    suggestion: 'het lukt (nog) niet om …; wat is er nodig om dat wel te kunnen?',
  },
  {
    pattern: String.raw`\b(?:faalt|falen|schiet tekort|schieten tekort|tekortschiet\w*|onverantwoordelijk\w*|nalatig\w*|incompetent\w*)\b`,
    suggestion: 'het lukt (nog) niet om …; wat zag je precies?',
  },
  {
    pattern: String.raw`\bmanipul\w*|\bclaim(?:end|erig)\w*|\baandachtziek\w*|\bspeelt (?:ons|de hulpverleners|iedereen) tegen elkaar uit\b`,
    suggestion: 'wat probeert de ouder te bereiken, en welke steun zoekt hij of zij?',
  },
  {
    pattern: String.raw`\b(?:overdrijft|overdrijven|stelt zich aan|stellen zich aan|zeurt|zeuren|hysterisch\w*|overbezorgd\w*)\b`,
    suggestion: 'de ouder ervaart … als zwaar of zorgelijk',
  },
  {
    pattern: String.raw`\b(?:maakt|maken) er een (?:puinhoop|potje|zooitje|bende) van\b|\blaat de boel de boel\b|\blaat (?:het kind|de baby|haar kind|zijn kind) aan (?:zijn|haar) lot over\b`,
    suggestion: 'het lukt (nog) niet om … op orde te houden; wat zag je?',
  },
  {
    pattern: String.raw`\bonvolwassen\b|\bkinderachtig\w*|\bnaief\b|\bdom(?:me)?\b`,
    suggestion: 'de ouder heeft (nog) weinig ervaring met …; wat is al geleerd en wat nog niet?',
  },
  { pattern: String.raw`\b(?:in ontkenning|ontkent|ontkennen)\b`, suggestion: 'de ouder ziet het (nog) anders; hoe ziet hij of zij het zelf?' },
  // English
  { pattern: String.raw`\bneglect\w*`, suggestion: 'describe what you saw: which care did the child (not yet) get, and when?' },
  { pattern: String.raw`\b(?:too )?laz(?:y|iness)\b`, suggestion: "they haven't (yet) managed to …; what takes so much of their energy?" },
  {
    pattern: String.raw`\b(?:doesn't|does not|don't|do not|won't|will not) (?:even )?(?:care|bother|try|make (?:an|any) effort)\b|\b(?:no|little|zero) effort\b|\bcan't be bothered\b|\bcouldn't care less\b`,
    suggestion: "they haven't (yet) managed to …",
  },
  {
    pattern: String.raw`\b(?:unwilling|uncooperative|non-compliant|noncompliant)\w*|\brefus(?:es|ed|ing)\b|\bwon't (?:listen|cooperate|accept help|change)\b`,
    suggestion: "they aren't (yet) open to …; what makes accepting help hard?",
  },
  { pattern: String.raw`\b(?:uninterested|indifferent|disinterested)\w*`, suggestion: 'they show little of … (yet); what makes that hard for them?' },
  {
    pattern: String.raw`\bselfish\w*|\bonly thinks (?:of|about) (?:herself|himself)\b|\b(?:is )?always on (?:her|his) phone\b`,
    suggestion: 'their own needs take up a lot of room now; what do they need themselves?',
  },
  {
    pattern: String.raw`\b(?:her|his|their|own) fault\b|\bshould know better\b|\bshould have known better\b`,
    suggestion: 'what contributed to this, and what was possible then?',
  },
  { pattern: String.raw`\b(?:bad|unfit) (?:mother|father|parents?|mom|mum|dad)\b`, suggestion: "they haven't (yet) managed to …; what would help them do it?" },
  {
    pattern: String.raw`\b(?:irresponsible|careless|incompetent|negligent)\w*|\b(?:fails|failing) (?:her|his|their|the) (?:child|baby|kids?)\b`,
    suggestion: "they haven't (yet) managed to …; what exactly did you see?",
  },
  {
    pattern: String.raw`\bmanipulat\w*|\battention[- ]seeking\b|\bclingy\b`,
    suggestion: 'what are they trying to reach, and what support are they looking for?',
  },
  { pattern: String.raw`\bexaggerat\w*|\bhysterical\w*|\boverprotective\b|\bdrama queen\b`, suggestion: 'they experience … as heavy or worrying' },
  { pattern: String.raw`\bimmature\b|\bstupid\b|\bnaive\b`, suggestion: 'they have little experience with … (yet); what have they learned so far?' },
  { pattern: String.raw`\bin denial\b`, suggestion: 'they see it differently (for now); how do they see it themselves?' },
];

const BLAME_PATTERNS = BLAME_RULES.map((rule) => ({ regex: new RegExp(rule.pattern, 'gu'), suggestion: rule.suggestion }));

/** Where `normalised` (folded, one space) starts and ends in `text`: folding keeps letters one to one except for combining marks. */
function originalSlice(text: string, start: number, end: number): string {
  // Map each character of the original to its folded length, then walk to the offsets.
  let folded = 0;
  let from = -1;
  let to = text.length;
  let lastWasSpace = false;
  for (let index = 0; index < text.length; index++) {
    if (folded === start && from < 0) from = index;
    if (folded >= end) {
      to = index;
      break;
    }
    const char = text[index]!;
    const isSpace = /\s/.test(char);
    if (isSpace && lastWasSpace) continue;
    lastWasSpace = isSpace;
    folded += fold(char).length;
  }
  return (from < 0 ? '' : text.slice(from, to)).trim();
}

/**
 * The judging phrases in a text, each with a neutral rewording ("doet geen moeite" → "het lukt (nog)
 * niet om …"), Dutch and English. Mentioning a parent is not blame. A phrase heuristic: it marks, the
 * professional decides.
 */
export function blamingPhrases(text: string): BlamingPhrase[] {
  const normalised = normalise(text);
  const found: Array<BlamingPhrase & { at: number }> = [];
  for (const { regex, suggestion } of BLAME_PATTERNS) {
    regex.lastIndex = 0;
    for (const match of normalised.matchAll(regex)) {
      const at = match.index ?? 0;
      const phrase = originalSlice(text, at, at + match[0].length) || match[0];
      if (!found.some((other) => other.at === at)) found.push({ phrase, suggestion, at });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ phrase, suggestion }) => ({ phrase, suggestion }));
}

/**
 * Whether a text judges a parent ("verwaarloost", "lui", "doet geen moeite", "doesn't care"), nl and en: the blame
 * check ("Zonder schuld") for any text typed about a family. Naming a parent, or taking her perspective, is not blame.
 */
export function soundsBlaming(text: string): boolean {
  return blamingPhrases(text).length > 0;
}

export interface SpeakingCount {
  /** null: the anonymous contributions. */
  participantId: string | null;
  name: string | null;
  count: number;
}

/**
 * How often each participant contributed, quietest first, so the facilitator can invite quiet voices.
 * Hidden silent-round notes count (they were written); anonymous contributions appear as one entry
 * when there are any; authors no longer among the participants are left out (they are not in the room).
 */
export function speakingCounts(
  contributions: readonly Pick<Contribution, 'authorId'>[],
  participants: readonly Pick<Participant, 'id' | 'name'>[],
): SpeakingCount[] {
  const counts = new Map<string | null, number>(participants.map((participant) => [participant.id, 0]));
  let anonymous = 0;
  for (const contribution of contributions) {
    if (contribution.authorId === null) anonymous += 1;
    else if (counts.has(contribution.authorId)) counts.set(contribution.authorId, (counts.get(contribution.authorId) ?? 0) + 1);
  }
  const rows: SpeakingCount[] = participants.map((participant) => ({
    participantId: participant.id,
    name: participant.name,
    count: counts.get(participant.id) ?? 0,
  }));
  if (anonymous > 0) rows.push({ participantId: null, name: null, count: anonymous });
  // Array.prototype.sort is stable: equal counts keep the participants' order, anonymous last.
  return rows.sort((a, b) => a.count - b.count);
}
