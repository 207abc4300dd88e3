/** Dutch strings of the app shell: its name, language, navigation, common words, the home screen and field errors. */
export const appNl = {
  app: {
    name: 'Dyade',
    tagline: 'Wat staat er tussen deze ouder en dit kind?',
    version: 'versie {{version}}',
    privacy: 'Alles blijft op dit apparaat, versleuteld. Er gaat niets over het netwerk.',
    skipToContent: 'Naar de inhoud',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
  },
  nav: {
    label: 'Hoofdmenu',
    vaults: 'Kluizen',
    cases: 'Casussen',
    sessions: 'Intervisie',
    journal: 'Journaal',
    search: 'Zoeken',
    settings: 'Instellingen',
    locked: 'Beschikbaar na het ontgrendelen van een kluis',
  },
  common: {
    cancel: 'Annuleren',
    close: 'Sluiten',
    back: 'Terug',
    next: 'Volgende',
    done: 'Klaar',
    save: 'Opslaan',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    choose: 'Kiezen…',
    showPassphrase: 'Wachtzin tonen',
    hidePassphrase: 'Wachtzin verbergen',
    moreActions: 'Meer acties voor {{name}}',
    loading: 'Bezig met laden…',
    working: 'Even geduld…',
    never: 'nooit',
    you: 'jij',
  },
  shell: {
    lock: 'Vergrendelen',
    lockShortcut: 'Ctrl+L',
    signedInAs: 'Ontgrendeld door {{name}}',
    lockedNotice: {
      user: 'De kluis is vergrendeld.',
      idle: 'De kluis is vergrendeld omdat er een tijd niets gebeurde.',
      suspend: 'De kluis is vergrendeld omdat de computer in slaap ging.',
      'screen-lock': 'De kluis is vergrendeld omdat het scherm werd vergrendeld.',
      shutdown: 'De kluis is vergrendeld.',
    },
  },
  home: {
    greeting: 'Welkom, {{name}}',
    body: 'De kluis {{label}} is open. Wat je hier vastlegt wordt direct opgeslagen en blijft versleuteld op dit apparaat.',
    autoLock: 'Automatisch vergrendelen na {{minutes}} minuten zonder activiteit.',
  },
  upcoming: {
    cases: {
      title: 'Casussen en de relatiekaart',
      body: 'Hier breng je in kaart wat er tussen ouder en kind staat: externe stress, interne stress bij kind en ouder, de relatie met de professionals en wat beschermt.',
    },
    sessions: {
      title: 'Intervisie met kritische collega’s',
      body: 'Hier bereid je een intervisie voor en leid je haar, fase na fase, met vragen en hypothesen vóór adviezen.',
    },
    journal: {
      title: 'Journaal en reflectie',
      body: 'Hier schrijf je voor jezelf over je casuïstiek, met reflectievragen en -modellen.',
    },
    search: {
      title: 'Zoeken',
      body: 'Hier zoek je in alles wat in de kluis staat, versleuteld en op dit apparaat.',
    },
    notYet: 'Dit onderdeel komt in een volgende versie van Dyade. Je kluis, leden en back-ups werken al.',
  },
  fieldErrors: {
    required: 'Dit veld is verplicht.',
    tooLong: 'Maximaal {{max}} tekens.',
    invalid: 'Deze waarde klopt niet.',
  },
};
