import type { meldcodeNl } from './meldcode.nl';

/** English strings of the meldcode record (the Dutch reporting code for domestic violence and child abuse). */
export const meldcodeEn: typeof meldcodeNl = {
  meldcode: {
    title: 'Reporting code for domestic violence and child abuse (meldcode)',
    intro:
      'Record per step what you did and weighed, in your own words, for your file. Dyade computes nothing, gives no score and suggests no outcome: you answer the questions and you decide.',
    readOnly: 'This case is closed; you can read and print the record, not change it.',
    date: 'Date',
    preview: 'View and print the file text',
    savePdf: 'Save as PDF…',
    lastSaved: 'Last saved: {{when}}',
    notSaved: 'Nothing saved for this case yet.',
    yes: 'Yes',
    no: 'No',
    unanswered: 'Not answered yet',
    adviceSources: {
      'veilig-thuis': 'Veilig Thuis',
      expert: 'an expert (for example the designated safeguarding officer)',
      none: 'Nobody else',
    },
    steps: {
      step1: {
        title: 'Step 1 – Map the signals',
        help: 'Describe as factually as you can what you saw and heard, with its source. Note what contradicts the worry too, and keep assumptions apart.',
        signals: 'Signals (what, when, from whom)',
        kindcheck: 'Child check: which children are there (unborn too), who cares for them and how safe are they?',
      },
      step2: {
        title: 'Step 2 – Consult a colleague and seek advice',
        help: 'Consult a colleague or the safeguarding officer; when in doubt, ask Veilig Thuis or another expert for advice.',
        consulted: 'Whom did you consult? (name or role)',
        adviceFrom: 'Advice asked from',
        adviceBy: 'Who gave the advice? (name or role)',
        advice: 'What came out of the consultation and the advice?',
      },
      step3: {
        title: 'Step 3 – Talk with the parents',
        help: 'Discuss the signals with the parent or parents: what you saw, what worries you, and how they see it.',
        withWhom: 'Whom did you talk with?',
        said: 'What did you say and discuss?',
        reaction: 'How did the parent or parents respond?',
      },
      step4: {
        title: 'Step 4 – Weigh with the assessment framework',
        help: 'Answer the five questions yourself, with your explanation. With acute or structural unsafety, reporting to Veilig Thuis is the professional norm; questions 3 to 5 are then gone through together with Veilig Thuis.',
        answer: 'Your answer',
        note: 'Explanation',
      },
      step5: {
        title: 'Step 5 – Decide',
        help: 'Two decisions, both yours; both can be yes.',
        reportNeeded: 'Is a report to Veilig Thuis necessary?',
        reportReasons: 'Explanation of reporting',
        helpPossible: 'Is offering or organising help (also) possible?',
        helpReasons: 'Explanation of help: why, and which help',
      },
    },
    questions: {
      suspicion: {
        text: 'After steps 1 to 3, do I suspect (a threat of) domestic violence or child abuse?',
        help: 'If not: close the reporting code and record that.',
      },
      unsafety: {
        text: 'Do I judge that there is acute and/or structural unsafety?',
        help: 'Acute: someone is in direct danger now or in the coming days. Structural: unsafety that keeps coming back or stays, also after earlier help.',
      },
      'able-to-help': {
        text: 'Can I offer or organise effective help to avert (further) violence or abuse?',
        help: 'Think of what you and your organisation can do, and of the care chain.',
      },
      'help-accepted': {
        text: 'Do those involved accept that help, and are they willing to commit to it?',
        help: 'What do the parents themselves say and do?',
      },
      'help-works': {
        text: 'Does the help lead, within the desired time, to the necessary safety and the well-being (recovery) of everyone involved?',
        help: 'You answer this again for as long as the help goes on.',
      },
    },
    dossier: {
      title: 'Reporting code for domestic violence and child abuse – record for the file',
      case: 'Case',
      updated: 'Updated on {{date}}',
      headingOn: '{{step}} ({{date}})',
      notRecorded: 'Not recorded yet.',
      signals: 'Signals',
      kindcheck: 'Child check',
      consulted: 'Consulted {{who}}.',
      consultedOn: 'On {{date}}, consulted {{who}}.',
      adviceFrom: 'Advice asked from {{from}}.',
      adviceFromBy: 'Advice asked from {{from}} ({{who}}).',
      adviceNone: 'No advice asked from Veilig Thuis or another expert.',
      advice: 'Outcome',
      talk: 'Talked with {{who}}.',
      talkOn: 'On {{date}}, talked with {{who}}.',
      said: 'Discussed',
      reaction: 'Response',
      ownAnswers: 'The professional’s answers to the questions of the assessment framework:',
      yes: 'Yes',
      no: 'No',
      unanswered: 'Not answered yet',
      reportNeeded: 'Report to Veilig Thuis necessary:',
      helpPossible: 'Offering or organising help (also) possible:',
      footer: 'Recorded by the professional; Dyade computed or suggested nothing.',
    },
  },
};
