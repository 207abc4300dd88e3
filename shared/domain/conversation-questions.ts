/**
 * The prenatal conversation questions, said to the parent by the professional (the seed's "Hoe krijg
 * je een indruk van de prenatale gehechtheid?" and the usual questions about the baby in the womb).
 * The case page shows them as a conversation aid; the parent's answer can go straight onto the map as
 * a factor of the kind 'parent-words'. The words live in shared/i18n (parentVoice.conversation.questions).
 * They are not reflection prompts: the journal's prenatal prompts are for the professional.
 */
export const CONVERSATION_QUESTIONS = ['imagine-baby', 'talk-sing', 'feel-moves', 'parent-to-be', 'baby-wish', 'baby-traits', 'partner'] as const;
export type ConversationQuestion = (typeof CONVERSATION_QUESTIONS)[number];
