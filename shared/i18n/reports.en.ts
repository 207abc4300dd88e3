import type { reportsNl } from './reports.nl';

/** English strings of reports: the share menu, saved reports and the print view. */
export const reportsEn: typeof reportsNl = {
  reports: {
    menu: 'Sharing and reports',
    exportCase: 'Export as exchange file…',
    overviewMarkdown: 'Save overview as Markdown…',
    overviewPdf: 'Save overview as PDF…',
    printOverview: 'Print overview',
    mapSvg: 'Save map as SVG…',
    mapPng: 'Save map as PNG…',
    accessExport: 'Access request: everything about this case…',
    summaryMarkdown: 'Save Markdown…',
    summaryPdf: 'Save PDF…',
    saved: 'Saved in {{path}}',
    openMapFirst: 'Open the Map tab first to save the map.',
    checkBefore: 'Privacy check before saving',
    print: {
      caseTitle: 'Case overview',
      print: 'Print…',
      back: 'Back',
      map: 'Map',
      generated: 'Made on {{date}} · pseudonyms only',
    },
  },
};
