import { useTranslation } from 'react-i18next';
import type { HypothesisStatus } from '../../../../shared/domain/hypotheses';

/** A hypothesis's status in words; the colour only repeats the word (never a score). */
export function StatusBadge({ status }: { status: HypothesisStatus }) {
  const { t } = useTranslation();
  return <span className={`badge hypothesis-status ${status}`}>{t(`hypotheses.statuses.${status}`)}</span>;
}
