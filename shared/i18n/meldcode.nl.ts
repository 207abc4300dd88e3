/**
 * Dutch strings of the meldcode record (steps 1–5 and the afwegingskader). The questions are in our
 * own words after the public texts of the 2019 afwegingskader (NJi, huiselijkgeweld.nl); see docs/meldcode.md.
 */
export const meldcodeNl = {
  meldcode: {
    title: 'Meldcode huiselijk geweld en kindermishandeling',
    intro:
      'Leg per stap vast wat je deed en wat je afwoog, in je eigen woorden, voor je dossier. Dyade rekent niets uit, geeft geen score en stelt geen uitkomst voor: jij beantwoordt de vragen en jij beslist.',
    readOnly: 'Deze casus is gesloten; het verslag kun je lezen en afdrukken, niet wijzigen.',
    date: 'Datum',
    preview: 'Dossiertekst bekijken en afdrukken',
    savePdf: 'PDF opslaan…',
    lastSaved: 'Laatst opgeslagen: {{when}}',
    notSaved: 'Nog niets opgeslagen voor deze casus.',
    yes: 'Ja',
    no: 'Nee',
    unanswered: 'Nog niet beantwoord',
    adviceSources: {
      'veilig-thuis': 'Veilig Thuis',
      expert: 'een deskundige (bijvoorbeeld de aandachtsfunctionaris)',
      none: 'Niemand anders',
    },
    steps: {
      step1: {
        title: 'Stap 1 – Signalen in kaart brengen',
        help: 'Beschrijf zo feitelijk mogelijk wat je zag en hoorde, met de bron. Noteer ook wat de zorg tegenspreekt, en zet veronderstellingen apart.',
        signals: 'Signalen (wat, wanneer, van wie)',
        kindcheck: 'Kindcheck: welke kinderen zijn er (ook ongeboren), wie zorgt voor hen en hoe veilig zijn zij?',
      },
      step2: {
        title: 'Stap 2 – Collegiale consultatie en advies',
        help: 'Overleg met een collega of de aandachtsfunctionaris; vraag bij twijfel advies aan Veilig Thuis of een andere deskundige.',
        consulted: 'Met wie heb je overlegd? (naam of functie)',
        adviceFrom: 'Advies gevraagd aan',
        adviceBy: 'Wie gaf het advies? (naam of functie)',
        advice: 'Wat kwam uit het overleg en het advies?',
      },
      step3: {
        title: 'Stap 3 – Gesprek met de ouders',
        help: 'Bespreek de signalen met de ouder of ouders: wat je zag, wat je zorgen zijn, en hoe zij het zien.',
        withWhom: 'Met wie was het gesprek?',
        said: 'Wat heb je gezegd en besproken?',
        reaction: 'Hoe reageerde de ouder of reageerden de ouders?',
      },
      step4: {
        title: 'Stap 4 – Wegen met het afwegingskader',
        help: 'Beantwoord de vijf vragen zelf, met je toelichting. Bij acute of structurele onveiligheid is melden bij Veilig Thuis de beroepsnorm; de vragen 3 tot en met 5 loop je dan samen met Veilig Thuis door.',
        answer: 'Jouw antwoord',
        note: 'Toelichting',
      },
      step5: {
        title: 'Stap 5 – Beslissen',
        help: 'Twee beslissingen, allebei van jou; ze kunnen allebei ja zijn.',
        reportNeeded: 'Is melden bij Veilig Thuis noodzakelijk?',
        reportReasons: 'Toelichting bij melden',
        helpPossible: 'Is hulp bieden of organiseren (ook) mogelijk?',
        helpReasons: 'Toelichting bij hulp: waarom, en welke hulp',
      },
    },
    questions: {
      suspicion: {
        text: 'Heb ik na de stappen 1 tot en met 3 een vermoeden van (dreigend) huiselijk geweld of kindermishandeling?',
        help: 'Zo niet: de meldcode afsluiten en dat vastleggen.',
      },
      unsafety: {
        text: 'Schat ik in dat er sprake is van acute en/of structurele onveiligheid?',
        help: 'Acuut: iemand is nu of de komende dagen in direct gevaar. Structureel: onveiligheid die steeds terugkomt of blijft, ook na eerdere hulp.',
      },
      'able-to-help': {
        text: 'Kan ik effectieve hulp bieden of organiseren om (verder) geweld of mishandeling af te wenden?',
        help: 'Denk aan wat jij en je organisatie kunnen, en aan de ketenpartners.',
      },
      'help-accepted': {
        text: 'Aanvaarden de betrokkenen die hulp, en willen zij zich er ook voor inzetten?',
        help: 'Wat zeggen en doen de ouders zelf?',
      },
      'help-works': {
        text: 'Leidt de hulp binnen de gewenste termijn tot de nodige veiligheid en het welzijn (herstel) van alle betrokkenen?',
        help: 'Deze vraag beantwoord je opnieuw zolang de hulp loopt.',
      },
    },
    dossier: {
      title: 'Meldcode huiselijk geweld en kindermishandeling – verslag voor het dossier',
      case: 'Casus',
      updated: 'Bijgewerkt op {{date}}',
      headingOn: '{{step}} ({{date}})',
      notRecorded: 'Nog niet vastgelegd.',
      signals: 'Signalen',
      kindcheck: 'Kindcheck',
      consulted: 'Collegiaal overleg met {{who}}.',
      consultedOn: 'Op {{date}} collegiaal overleg met {{who}}.',
      adviceFrom: 'Advies gevraagd aan {{from}}.',
      adviceFromBy: 'Advies gevraagd aan {{from}} ({{who}}).',
      adviceNone: 'Geen advies van Veilig Thuis of een andere deskundige gevraagd.',
      advice: 'Uitkomst',
      talk: 'Gesprek met {{who}}.',
      talkOn: 'Op {{date}} gesprek met {{who}}.',
      said: 'Besproken',
      reaction: 'Reactie',
      ownAnswers: 'De antwoorden van de professional op de vragen van het afwegingskader:',
      yes: 'Ja',
      no: 'Nee',
      unanswered: 'Nog niet beantwoord',
      reportNeeded: 'Melden bij Veilig Thuis noodzakelijk:',
      helpPossible: 'Hulp bieden of organiseren (ook) mogelijk:',
      footer: 'Vastgelegd door de professional; Dyade heeft niets berekend of voorgesteld.',
    },
  },
};
