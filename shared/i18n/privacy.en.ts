import type { privacyNl } from './privacy.nl';

/** English strings of privacy: identifier warnings, the access export, the retention term and erasing a case. */
export const privacyEn: typeof privacyNl = {
  privacy: {
    warning: 'Possibly identifying. Dyade blocks nothing; replace it if it is not needed.',
    replace: 'Replace with {{placeholder}}',
    kinds: {
      bsn: 'Citizen service number',
      phone: 'Phone number',
      email: 'E-mail address',
      postcode: 'Postcode',
      birthdate: 'Date of birth',
      address: 'Address',
      name: 'Name',
    },
    access: {
      title: 'Access request',
      intro:
        'Everything this vault holds about the case, as a JSON file (with a documented schema) and as readable Markdown. Your own journal entries on the case are included.',
      json: 'Save JSON…',
      markdown: 'Save Markdown…',
      generated: 'Access export, made on {{date}}',
      journal: 'Journal',
    },
    retention: {
      title: 'Retention',
      intro:
        'Closed cases should not be kept longer than needed. With a retention period you get a reminder; nothing is ever erased without your confirmation.',
      enabled: 'Remind me of closed cases after a retention period',
      months: 'Months after closing',
      save: 'Save',
      saved: 'Retention period saved.',
      due: 'Ready to erase',
      noneDue: 'No closed case is past its retention period.',
      off: 'Retention is off.',
      closedAt: 'Closed on',
      dueAt: 'Period ended on',
      erase: 'Erase…',
    },
    erase: {
      title: 'Erase {{name}} for good',
      body: 'Everything of this case leaves the vault: people, map, snapshots, intervisions, action points, journal entries and the search index. The file is then compacted so no remains are left. The audit log keeps only a number, not the pseudonym.',
      backups: 'Note: backups from before now ({{count}}) still hold the case (encrypted). Remove them under Backups if they must go too.',
      confirm: 'Type "{{name}}" to confirm',
      mismatch: 'That is not this case’s pseudonym.',
      action: 'Erase for good',
      done: 'The case was erased.',
    },
  },
};
