/** Dutch strings of privacy: identifier warnings, the access export, the retention term and erasing a case. */
export const privacyNl = {
  privacy: {
    warning: 'Mogelijk herleidbaar. Dyade blokkeert niets; vervang het als het niet nodig is.',
    replace: 'Vervang door {{placeholder}}',
    kinds: {
      bsn: 'BSN',
      phone: 'Telefoonnummer',
      email: 'E-mailadres',
      postcode: 'Postcode',
      birthdate: 'Geboortedatum',
      address: 'Adres',
      name: 'Naam',
    },
    access: {
      title: 'Inzageverzoek',
      intro:
        'Alles wat deze kluis over de casus bewaart, als JSON-bestand (met gedocumenteerd schema) en als leesbare Markdown. Je eigen journaalnotities bij de casus horen erbij.',
      json: 'JSON opslaan…',
      markdown: 'Markdown opslaan…',
      generated: 'Inzage-export, gemaakt op {{date}}',
      journal: 'Journaal',
    },
    retention: {
      title: 'Bewaartermijn',
      intro:
        'Gesloten casussen horen niet langer bewaard te worden dan nodig. Met een bewaartermijn krijg je een herinnering; er wordt nooit iets gewist zonder jouw bevestiging.',
      enabled: 'Herinner me aan gesloten casussen na een bewaartermijn',
      months: 'Maanden na sluiten',
      save: 'Opslaan',
      saved: 'Bewaartermijn opgeslagen.',
      due: 'Klaar om te wissen',
      noneDue: 'Er zijn geen gesloten casussen over hun bewaartermijn.',
      off: 'De bewaartermijn staat uit.',
      closedAt: 'Gesloten op',
      dueAt: 'Termijn verlopen op',
      erase: 'Wissen…',
    },
    erase: {
      title: '{{name}} definitief wissen',
      body: 'Alles van deze casus verdwijnt uit de kluis: mensen, kaart, momentopnamen, intervisies, actiepunten, journaalnotities en de zoekindex. Daarna wordt het bestand gecomprimeerd zodat er geen resten achterblijven. In het auditlog staat alleen een nummer, niet het pseudoniem.',
      backups: 'Let op: back-ups van vóór nu ({{count}}) bevatten de casus nog (versleuteld). Verwijder ze in Back-ups als ook die weg moeten.',
      confirm: 'Typ "{{name}}" om te bevestigen',
      mismatch: 'Dat is niet het pseudoniem van deze casus.',
      action: 'Definitief wissen',
      done: 'De casus is gewist.',
    },
  },
};
