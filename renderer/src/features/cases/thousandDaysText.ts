import type { TFunction } from 'i18next';
import { formatIsoWeek, type ThousandDaysPosition } from '../../../../shared/domain/thousand-days';

/** After the due week: weeks for the first three months, months after that. */
const WEEKS_UNTIL = 13;

/** The strip in words (its text equivalent): "Zwangerschapsweek 31 van 40; nog ongeveer 9 weken …". */
export function thousandDaysText(t: TFunction, position: ThousandDaysPosition, language: string): string {
  const due = formatIsoWeek(position.dueWeek, language);
  switch (position.stage) {
    case 'before':
      return t('thousandDays.text.before', { due });
    case 'pregnancy':
      return t('thousandDays.text.pregnancy', { count: position.weeksToDue, week: position.pregnancyWeek, due });
    case 'due':
      return t('thousandDays.text.due', { due });
    case 'after': {
      const weeks = -position.weeksToDue;
      return weeks < WEEKS_UNTIL
        ? t('thousandDays.text.afterWeeks', { count: weeks, due, day: position.day })
        : t('thousandDays.text.afterMonths', { count: position.monthsSinceDue ?? 0, due, day: position.day });
    }
    case 'beyond':
      return t('thousandDays.text.beyond', { due });
  }
}

/** The short status beside a due week: "zwanger, 31 weken". */
export function thousandDaysStatus(t: TFunction, position: ThousandDaysPosition): string {
  switch (position.stage) {
    case 'before':
      return t('thousandDays.status.before');
    case 'pregnancy':
      return t('thousandDays.status.pregnancy', { count: position.pregnancyWeek ?? 0 });
    case 'due':
      return t('thousandDays.status.due');
    case 'after': {
      const weeks = -position.weeksToDue;
      return weeks < WEEKS_UNTIL
        ? t('thousandDays.status.afterWeeks', { count: weeks })
        : t('thousandDays.status.afterMonths', { count: position.monthsSinceDue ?? 0 });
    }
    case 'beyond':
      return t('thousandDays.status.beyond');
  }
}
