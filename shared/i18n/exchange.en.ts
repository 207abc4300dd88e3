/** English strings of exchange files, reports, the privacy check, access export, retention and the audit screen. */
export const exchangeEn = {
  title: 'Sharing and reports',
};
