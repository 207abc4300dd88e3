/**
 * The shipped library of reflection prompts, as data, in Dutch and English.
 * The wording follows the seed (../shared/seed): prenatal attachment, the chain, what stands
 * between parent and child, what as well as why, and the blame check. Ids are stable: entries keep them.
 */
import type { PhaseMode } from './session';
import type { CasePhase } from './case';
import type { Prompt, PromptContexts, PromptGroup } from './journal';

export type BuiltInPrompt = Omit<Prompt, 'hidden'>;

function prompt(
  id: string,
  group: PromptGroup,
  nl: string,
  en: string,
  contexts: { journal?: boolean; sessionModes?: PhaseMode[]; casePhases?: CasePhase[] } = {},
): BuiltInPrompt {
  const full: PromptContexts = { journal: contexts.journal ?? true, sessionModes: contexts.sessionModes ?? [], casePhases: contexts.casePhases ?? [] };
  return { id, builtIn: true, group, text: { nl, en }, contexts: full };
}

const PREGNANCY: CasePhase[] = ['pregnancy'];
/** From pregnancy to two: where a baby is (or is about to be) in the story. */
const BABY: CasePhase[] = ['pregnancy', '0-6m', '6-12m', '1-2y'];

export const BUILT_IN_PROMPTS: readonly BuiltInPrompt[] = [
  // Prenatal attachment: the seed's four questions, turned to the professional's own reflection (ids
  // kept). Phrased to the parent, they are conversation questions on the case page instead
  // (shared/domain/conversation-questions.ts), whose answers can go onto the map in her words.
  prompt(
    'prenatal-parent',
    'prenatal',
    'Wat weet ik van het beeld dat deze ouder heeft van de ouder die zij wil zijn, in haar eigen woorden?',
    'What do I know of the picture this parent has of the parent she wants to be, in her own words?',
    { casePhases: PREGNANCY, sessionModes: ['question', 'discussion'] },
  ),
  prompt(
    'prenatal-baby',
    'prenatal',
    'Welk beeld heeft de ouder van haar baby, en wat roept dat beeld bij mij op?',
    'What picture does the parent have of her baby, and what does that picture stir in me?',
    { casePhases: PREGNANCY, sessionModes: ['question', 'discussion'] },
  ),
  prompt(
    'prenatal-traits',
    'prenatal',
    'Hoe beschrijft de ouder haar baby, en wat hoor ik daarin over de band die al groeit?',
    'How does the parent describe her baby, and what do I hear in it about the bond already growing?',
    { casePhases: PREGNANCY, sessionModes: ['question', 'discussion'] },
  ),
  prompt(
    'prenatal-partner',
    'prenatal',
    'Wat weet ik van hoe de relatie met de partner verandert door de komst van de baby? Wie heeft daar al naar gevraagd?',
    'What do I know of how the relationship with the partner changes as the baby comes? Who has already asked about it?',
    { casePhases: PREGNANCY, sessionModes: ['question', 'discussion'] },
  ),
  prompt(
    'chain-why-ask',
    'chain',
    'Waarom vraag ik dit, en wie in de keten heeft dit al eerder gevraagd?',
    'Why do I ask this, and who in the chain has already asked it?',
    { sessionModes: ['question', 'map', 'options'] },
  ),
  prompt(
    'chain-which-conversation',
    'chain',
    'In welk gesprek zit ik met deze ouder, en op welke plek in de keten?',
    'Which conversation am I in with this parent, and where in the chain?',
    { sessionModes: ['map', 'discussion'] },
  ),
  prompt(
    'between-parent-child',
    'relationship',
    'Wat staat er tussen deze ouder en dit kind om een veilige, sensitieve en veerkrachtige relatie te hebben?',
    'What stands between this parent and this child in having a safe, sensitive and resilient relationship?',
    { sessionModes: ['map', 'why', 'discussion'] },
  ),
  prompt(
    'relational-context',
    'relationship',
    'Kan ik de ervaring van het kind en het gezin begrijpen binnen hun relaties, inclusief de keten?',
    "Can I understand the child's and the family's experience within their relationships, including the chain?",
    { sessionModes: ['why', 'discussion'] },
  ),
  prompt('what-and-why', 'why', 'Wat is er aan de hand, én waarom is dit aan de hand?', 'What is going on, and why is it going on?', {
    sessionModes: ['why', 'discussion'],
  }),
  prompt(
    'label-too-fast',
    'why',
    'Geef ik het gedrag van het kind te snel een naam? Wat gebeurt er dan met de ouder?',
    "Am I labelling the child's behaviour too fast? What does that do to the parent?",
    { sessionModes: ['why', 'options'] },
  ),
  prompt('blame-check', 'blame', 'Kan ik dit beschrijven zonder de ouder de schuld te geven?', 'Can I describe this without blaming the parent?', {
    sessionModes: ['silent', 'why', 'discussion', 'takeaway'],
  }),
  prompt(
    'failed-without-blame',
    'blame',
    'Waar kan deze ouder tekortgeschoten zijn zonder dat iemand de schuld krijgt? Waar geeft de ouder zichzelf al de schuld?',
    'Where may this parent have fallen short without anyone being blamed? Where does the parent already blame themselves?',
    { sessionModes: ['why', 'process'] },
  ),
  prompt('working-well', 'strengths', 'Wat gaat er goed tussen deze ouder en dit kind?', 'What is working well between this parent and this child?', {
    sessionModes: ['map', 'discussion', 'takeaway'],
  }),
  prompt(
    'who-protects',
    'strengths',
    'Welke relaties beschermen dit kind en deze ouder nu, en hoe houden we die sterk?',
    'Which relationships protect this child and this parent now, and how do we keep them strong?',
    { sessionModes: ['map', 'options'] },
  ),
  prompt(
    'my-relationship',
    'professional',
    'Hoe is mijn eigen relatie met dit gezin: vertrouwen, continuïteit, transparantie? Wat doet die relatie met de ouder-kindrelatie?',
    'How is my own relationship with this family: trust, continuity, transparency? What does it do to the parent–child relationship?',
    { sessionModes: ['map', 'process'] },
  ),
  prompt(
    'right-intensity',
    'professional',
    'Welke zwaarte van hulp past hier: gewone zorg, een specifieke interventie of behandeling? Waarom?',
    'Which intensity of help fits here: ordinary care, a specific intervention or treatment? Why?',
    { sessionModes: ['intensity'] },
  ),
  prompt(
    'observation-or-interpretation',
    'why',
    'Wat heb ik gezien of gehoord, en wat heb ik daarvan gemaakt?',
    'What did I see or hear, and what did I make of it?',
    { sessionModes: ['silent', 'why'] },
  ),
  // After RIOS reflective supervision: the parallel process, use of self, holding the baby in mind.
  prompt(
    'parallel-process',
    'professional',
    'Wat gebeurt er tussen ons en het gezin dat lijkt op wat er tussen ouder en kind gebeurt?',
    'What happens between us and the family that resembles what happens between parent and child?',
    { sessionModes: ['why', 'discussion', 'process'] },
  ),
  prompt(
    'parallel-process-group',
    'professional',
    'Wat gebeurt er nu in deze groep dat lijkt op wat er in het gezin gebeurt?',
    'What is happening in this group right now that resembles what happens in the family?',
    { sessionModes: ['discussion', 'process'] },
  ),
  prompt(
    'use-of-self',
    'professional',
    'Wat roept dit gezin bij jou op, en wat doe je daarmee?',
    'What does this family stir up in you, and what do you do with it?',
    {
      sessionModes: ['question', 'silent', 'why', 'discussion', 'takeaway'],
    },
  ),
  prompt(
    'use-of-self-last-contact',
    'professional',
    'Met welk gevoel ging je weg na het laatste contact met dit gezin?',
    'What feeling did you leave with after your last contact with this family?',
    { sessionModes: ['question', 'silent', 'process'] },
  ),
  prompt(
    'baby-in-mind',
    'relationship',
    'Waar is de baby in dit verhaal? Wat zou de baby ervaren?',
    'Where is the baby in this story? What might the baby be experiencing?',
    {
      sessionModes: ['question', 'map', 'why', 'options', 'discussion'],
      casePhases: BABY,
    },
  ),
  prompt(
    'baby-in-mind-parent',
    'relationship',
    'Hoe houdt de ouder de baby in gedachten, en wie houdt de ouder in gedachten?',
    'How does the parent hold the baby in mind, and who holds the parent in mind?',
    { sessionModes: ['map', 'why'], casePhases: BABY },
  ),
];

export function builtInPrompt(id: string): BuiltInPrompt | undefined {
  return BUILT_IN_PROMPTS.find((p) => p.id === id);
}
