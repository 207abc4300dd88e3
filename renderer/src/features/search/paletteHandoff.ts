/** The palette's query handed to the search page when the user asks for all results; memory only, never stored. */
export const paletteHandoff = { query: '' };

export function handOffQuery(query: string): void {
  paletteHandoff.query = query;
}
