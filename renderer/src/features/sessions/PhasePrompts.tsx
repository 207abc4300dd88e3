import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePhase } from '../../../../shared/domain/case';
import { promptsForPhase } from '../../../../shared/domain/phases';
import type { MethodPhase } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { localized } from '../../lib/localized';
import { queryKey } from '../../lib/queryKeys';
import './PhasePrompts.css';

/**
 * The phase's reflection questions from the prompt library (its "in intervisie" contexts), as a compact
 * panel that folds away: open where there is room, folded in the map phase so the map keeps its width.
 * Questions to think with, never a checklist: nothing is ticked off or counted.
 */
export function PhasePrompts({
  phase,
  casePhase,
  folded,
  onFoldedChange,
}: {
  phase: MethodPhase;
  casePhase: CasePhase | null;
  /** Whether the facilitator folded the panel away (kept by the runner across phases); null: not chosen yet. */
  folded: boolean | null;
  onFoldedChange(folded: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const prompts = useQuery({ queryKey: queryKey('prompts.list'), queryFn: () => call('prompts.list', {}) });
  // The map phase starts folded whatever was chosen before: the map needs the room.
  const [open, setOpen] = useState(phase.mode === 'map' ? false : folded !== true);
  const shown = promptsForPhase(prompts.data ?? [], phase, casePhase);
  if (shown.length === 0) return null;
  return (
    <details
      className="phase-prompts"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        setOpen(next);
        if (phase.mode !== 'map') onFoldedChange(!next);
      }}
      data-testid="phase-prompts"
    >
      <summary>
        <span className="phase-prompts-title">{t('sessions.prompts.title')}</span>{' '}
        <span className="muted small">{t('sessions.prompts.count', { count: shown.length })}</span>
      </summary>
      <ul className="phase-prompts-list">
        {shown.map((p) => (
          <li key={p.id}>{localized(p.text, i18n.language)}</li>
        ))}
      </ul>
    </details>
  );
}
