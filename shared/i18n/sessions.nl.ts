/** Dutch strings of intervision sessions and action points. */
export const sessionsNl = {
  title: 'Intervisie',
};
