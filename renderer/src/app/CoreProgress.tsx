import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../lib/api';
import { nextRunning, percentOf, type RunningOperation } from '../lib/progress';
import './CoreProgress.css';

/** Small bars for the core's long operations (backup, restore, import, …), in a corner that never blocks the window. */
export function CoreProgress() {
  const { t } = useTranslation();
  const [running, setRunning] = useState<readonly RunningOperation[]>([]);
  useEffect(() => onEvent('core.progress', (event) => setRunning((current) => nextRunning(current, event))), []);
  if (running.length === 0) return null;
  return (
    <div className="core-progress" aria-label={t('progress.label')} role="group" data-testid="core-progress">
      {running.map((run) => {
        const percent = percentOf(run.fraction);
        const labelId = `core-progress-${run.id}`;
        return (
          <div key={run.id} className="core-progress-item">
            <div className="core-progress-head">
              <span id={labelId}>{t(`progress.operations.${run.operation}`)}</span>
              <span className="muted small" aria-hidden="true">
                {t('progress.percent', { percent })}
              </span>
            </div>
            <div className="core-progress-track" role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
              <div className="core-progress-fill" style={{ width: `${percent}%` }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
