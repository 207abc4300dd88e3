import { useTranslation } from 'react-i18next';
import type { MethodPhase, TimerState } from '../../../../shared/domain/session';
import { formatClock, isOverTime, isRunning, plannedMs, remainingMs } from '../../../../shared/domain/timer';
import { useNow } from './useNow';
import './Timer.css';

/** The countdown of the current phase; a quiet signal (colour and a line of text) when time is up. */
export function PhaseClock({ timer, phase, large = false }: { timer: TimerState; phase: MethodPhase; large?: boolean }) {
  const { t } = useTranslation();
  const now = useNow(isRunning(timer));
  const remaining = remainingMs(timer, phase, now);
  const over = isOverTime(timer, phase, now);
  const fraction = Math.min(1, Math.max(0, 1 - remaining / plannedMs(timer, phase)));
  return (
    <div className={`phase-clock ${over ? 'over' : ''} ${large ? 'large' : ''}`} data-testid="phase-clock">
      <span className="clock-digits" role="timer" aria-label={t('sessions.run.timer')}>
        {formatClock(remaining)}
      </span>
      <span className="clock-bar" aria-hidden="true">
        <span className="clock-fill" style={{ width: `${fraction * 100}%` }} />
      </span>
      {over ? (
        <span className="clock-note" role="status">
          {t('sessions.run.timeUp')}
        </span>
      ) : null}
    </div>
  );
}
