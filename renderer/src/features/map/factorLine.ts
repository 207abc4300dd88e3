import type { Factor } from '../../../../shared/domain/case';
import { stressKindOf } from '../../../../shared/domain/map';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A factor in one line, as a session's summary lists what it added to the map, on screen and on paper:
 * "Externe stress: Financiën — text (waarneming, toxische stress)". The kind stays with the text, so a
 * reader still sees what was seen and what was thought.
 */
export function factorLine(f: Factor, t: Translate): string {
  const category = f.category === 'other' && f.otherLabel ? f.otherLabel : t(`map.categories.${f.category}`);
  const stress = stressKindOf(f);
  const about = [t(`map.kinds.${f.kind}`), stress ? t(`map.stressKinds.${stress}`) : null].filter(Boolean).join(', ');
  return `${t(`map.sectors.${f.sector}`)}: ${category}${f.text ? ` — ${f.text}` : ''} (${about})`;
}
