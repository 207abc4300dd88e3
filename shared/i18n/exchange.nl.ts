/** Dutch strings of exchange files, reports, the privacy check, access export, retention and the audit screen. */
export const exchangeNl = {
  title: 'Delen en rapporten',
};
