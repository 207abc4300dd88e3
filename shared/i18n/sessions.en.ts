/** English strings of intervision sessions and action points. */
export const sessionsEn = {
  title: 'Intervision',
};
