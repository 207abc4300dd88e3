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

/**
 * Words that judge a parent rather than explain what is going on: neglect, laziness, not trying, not
 * caring, fault. "Moeder is uitgeput na een zware bevalling" names a parent and judges nothing.
 */
const BLAMING = new RegExp(
  [
    // Dutch
    String.raw`\bverwaarlo(?:os|ost|osd|zen|zing|zend)\w*`,
    String.raw`\blui(?:heid)?\b`,
    String.raw`\b(?:doet|doen) (?:(?:gewoon|echt|bijna|helemaal|ook|zelf|zelfs|nog) )*(?:geen|weinig|niet genoeg|nauwelijks) (?:enkele )?moeite\b`,
    String.raw`\b(?:geen|weinig) moeite (?:doen|doet|doen ze|doet ze)\b`,
    String.raw`\b(?:wil|willen) (?:gewoon )?(?:niet|geen hulp|niets|het niet)\b(?! (?:lukken|slapen|drinken|eten)\b)`,
    String.raw`\bonwillig\w*`,
    String.raw`\bonverschillig\w*`,
    String.raw`\begoistisch\w*`,
    String.raw`\bongeinteresseerd\w*`,
    String.raw`\b(?:haar|zijn|hun|eigen) schuld\b`,
    String.raw`\bschuld van (?:de )?(?:moeder|vader|ouders?|haar|hem|hen)\b`,
    String.raw`\bslechte (?:moeder|vader|ouders?|mama|papa)\b`,
    String.raw`\b(?:faalt|falen|schiet tekort|schieten tekort|tekortschiet\w*)\b`,
    String.raw`\bmanipul\w*`,
    String.raw`\b(?:overdrijft|overdrijven|stelt zich aan|zeurt|zeuren)\b`,
    String.raw`\b(?:trekt|trekken) zich (?:er )?(?:niets|niks) van aan\b`,
    String.raw`\b(?:interesseert|boeit) (?:het )?(?:haar|hem|hen|ze) (?:niet|niets|niks)\b`,
    String.raw`\bmaa?kt? er een (?:puinhoop|potje|zooitje) van\b`,
    String.raw`\b(?:onverantwoordelijk|nalatig|incompetent|aandachtziek)\w*`,
    // English
    String.raw`\bneglect\w*`,
    String.raw`\blaz(?:y|iness)\b`,
    String.raw`\b(?:doesn't|does not|don't|do not|won't|will not) (?:even )?(?:care|bother|try|make (?:an|any) effort)\b`,
    String.raw`\b(?:no|little|zero) effort\b`,
    String.raw`\b(?:unwilling|selfish|uninterested|indifferent|irresponsible|careless|incompetent)\w*`,
    String.raw`\b(?:her|his|their|own) fault\b`,
    String.raw`\bbad (?:mother|father|parents?|mom|mum|dad)\b`,
    String.raw`\bmanipulat\w*`,
    String.raw`\battention[- ]seeking\b`,
    String.raw`\bexaggerat\w*`,
  ].join('|'),
  'u',
);

/** Whether a text judges a parent ("verwaarloost", "lui", "doet geen moeite", "doesn't care"), nl and en. */
export function soundsBlaming(text: string): boolean {
  return BLAMING.test(normalise(text));
}

/**
 * An explanation (a hypothesis or an interpretation) that judges the parent gets the blame-check
 * prompt: what else could explain it, and what would she herself say? A hypothesis that merely names
 * a parent, or takes her perspective, does not.
 */
export function needsBlameCheck(item: { kind: string; text: string; perspective?: Contribution['perspective'] }): boolean {
  // A session's hypothesis, or a map factor marked as a hypothesis or an interpretation.
  if (item.kind !== 'hypothesis' && item.kind !== 'interpretation') return false;
  return soundsBlaming(item.text);
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
