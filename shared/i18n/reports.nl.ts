/** Dutch strings of reports: the share menu, saved reports and the print view. */
export const reportsNl = {
  reports: {
    menu: 'Delen en rapporten',
    exportCase: 'Exporteren als uitwisselbestand…',
    overviewMarkdown: 'Overzicht opslaan als Markdown…',
    overviewPdf: 'Overzicht opslaan als PDF…',
    printOverview: 'Overzicht afdrukken',
    mapSvg: 'Kaart opslaan als SVG…',
    mapPng: 'Kaart opslaan als PNG…',
    accessExport: 'Inzageverzoek: alles over deze casus…',
    summaryMarkdown: 'Markdown opslaan…',
    summaryPdf: 'PDF opslaan…',
    saved: 'Opgeslagen in {{path}}',
    openMapFirst: 'Open eerst het tabblad Kaart om de kaart op te slaan.',
    checkBefore: 'Privacycheck voor het opslaan',
    print: {
      caseTitle: 'Casusoverzicht',
      print: 'Afdrukken…',
      back: 'Terug',
      map: 'Kaart',
      generated: 'Gemaakt op {{date}} · alleen pseudoniemen',
    },
  },
};
