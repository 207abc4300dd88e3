import { useTranslation } from 'react-i18next';
import { thousandDays } from '../../../../shared/domain/thousand-days';
import { thousandDaysText } from './thousandDaysText';
import { useToday } from './useToday';
import './ThousandDaysStrip.css';

/**
 * The first 1001 days as a strip: conception → the weeks of pregnancy → birth (the due week) → 24
 * months, with today marked. It moves by itself (today's local day). The sentence under it says the
 * same in words, so nothing rests on the drawing or on colour; the drawing is hidden from screen readers.
 */
export function ThousandDaysStrip({ dueWeek }: { dueWeek: string }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const position = thousandDays(dueWeek, today);
  const text = thousandDaysText(t, position, i18n.language);
  const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;
  const year1 = position.birthFraction + (1 - position.birthFraction) / 2;
  return (
    <section className="thousand-days" aria-labelledby="thousand-days-title" data-testid="thousand-days">
      <h2 id="thousand-days-title" className="thousand-days-title">
        {t('thousandDays.title')}
      </h2>
      <div className="thousand-days-track" aria-hidden="true">
        <div className="thousand-days-pregnancy" style={{ width: percent(position.birthFraction) }} />
        <div className="thousand-days-done" style={{ width: percent(position.fraction) }} />
        <span className="thousand-days-tick" style={{ left: percent(position.birthFraction) }} />
        <span className="thousand-days-tick" style={{ left: percent(year1) }} />
        <span className="thousand-days-now" style={{ left: percent(position.fraction) }} />
      </div>
      <div className="thousand-days-marks" aria-hidden="true">
        <span style={{ left: '0%' }}>{t('thousandDays.marks.conception')}</span>
        <span style={{ left: percent(position.birthFraction) }}>{t('thousandDays.marks.birth')}</span>
        <span style={{ left: percent(year1) }}>{t('thousandDays.marks.year1')}</span>
        <span style={{ left: '100%' }}>{t('thousandDays.marks.year2')}</span>
      </div>
      <p className="thousand-days-text" data-testid="thousand-days-text">
        {text}
      </p>
      {position.stage === 'after' || position.stage === 'beyond' ? <p className="muted small">{t('thousandDays.corrected')}</p> : null}
    </section>
  );
}
