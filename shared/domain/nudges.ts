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
  String.raw`\bheb(?:t)? (?:je|jij|u|jullie) (?:al |wel |ook |eens |er )*(?:geprobeerd|overwogen|gedacht aan|aan gedacht|overwogen om)`,
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
  String.raw`\bhave you (?:already |ever |also )?(?:tried|considered|thought about|thought of)\b`,
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

/** Whether a text reads like advice ("je zou…", "have you tried…"): a phrase heuristic, nl and en. */
export function looksLikeAdvice(text: string): boolean {
  const normalised = normalise(text);
  return ADVICE_PATTERNS.some((pattern) => pattern.test(normalised));
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

/** A hypothesis from the parent's perspective, or about the parent, gets the blame-check prompt. */
export function needsBlameCheck(contribution: Pick<Contribution, 'kind' | 'perspective' | 'text'>): boolean {
  if (contribution.kind !== 'hypothesis') return false;
  return contribution.perspective === 'parent' || mentionsParent(contribution.text);
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
