import type { appNl } from './app.nl';

/** English strings of the app shell: its name, language, navigation, common words, the home screen and field errors. */
export const appEn: typeof appNl = {
  app: {
    name: 'Dyade',
    tagline: 'What stands between this parent and this child?',
    version: 'version {{version}}',
    privacy: 'Everything stays on this device, encrypted. Nothing goes over the network.',
    skipToContent: 'Skip to content',
  },
  language: {
    label: 'Language',
    nl: 'Nederlands',
    en: 'English',
  },
  nav: {
    menu: 'Menu',
    sidebar: 'Vault and navigation',
    label: 'Main menu',
    vaults: 'Vaults',
    cases: 'Cases',
    sessions: 'Intervision',
    journal: 'Journal',
    search: 'Search',
    settings: 'Settings',
    locked: 'Available after unlocking a vault',
  },
  common: {
    blameSuggestion: '“{{phrase}}” – for example: {{suggestion}}',
    cancel: 'Cancel',
    close: 'Close',
    back: 'Back',
    next: 'Next',
    done: 'Done',
    save: 'Save',
    copy: 'Copy',
    copied: 'Copied',
    copiedClears_one: 'Copied; cleared from the clipboard in {{count}} minute',
    copiedClears_other: 'Copied; cleared from the clipboard in {{count}} minutes',
    choose: 'Choose…',
    showPassphrase: 'Show passphrase',
    hidePassphrase: 'Hide passphrase',
    moreActions: 'More actions for {{name}}',
    loading: 'Loading…',
    working: 'One moment…',
    never: 'never',
    you: 'you',
  },
  shell: {
    lock: 'Lock',
    lockShortcut: 'Ctrl+L',
    signedInAs: 'Unlocked by {{name}}',
    lockedNotice: {
      user: 'The vault is locked.',
      idle: 'The vault was locked because nothing happened for a while.',
      suspend: 'The vault was locked because the computer went to sleep.',
      'screen-lock': 'The vault was locked because the screen was locked.',
      shutdown: 'The vault is locked.',
    },
  },
  home: {
    greeting: 'Welcome, {{name}}',
    body: 'The vault {{label}} is open. What you record here is saved at once and stays encrypted on this device.',
    autoLock: 'Locks automatically after {{minutes}} minutes without activity.',
  },
  upcoming: {
    cases: {
      title: 'Cases and the relational map',
      body: 'Here you map what stands between parent and child: external stress, internal stress of child and parent, the relationship with the professionals, and what protects.',
    },
    sessions: {
      title: 'Intervision with critical colleagues',
      body: 'Here you prepare and run an intervision session, phase by phase, with questions and hypotheses before advice.',
    },
    journal: {
      title: 'Journal and reflection',
      body: 'Here you write for yourself about your casework, with reflection prompts and models.',
    },
    search: {
      title: 'Search',
      body: 'Here you search everything in the vault, encrypted and on this device.',
    },
    notYet: 'This part arrives in a next version of Dyade. Your vault, members and backups already work.',
  },
  fieldErrors: {
    required: 'This field is required.',
    tooLong: 'At most {{max}} characters.',
    invalid: 'This value is not valid.',
  },
};
