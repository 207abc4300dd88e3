import { useTranslation } from 'react-i18next';
import { blamingPhrases } from '../../../shared/domain/nudges';

/**
 * The "Zonder schuld" nudge under a text field: the lead question, then each judging phrase found in
 * the text with a neutral way to say it. It marks, never blocks; nothing is shown while the text
 * judges no one.
 */
export function BlameFindings({ text, lead, testId = 'blame-check' }: { text: string; lead: string; testId?: string }) {
  const { t } = useTranslation();
  const findings = blamingPhrases(text);
  if (findings.length === 0) return null;
  return (
    <div className="nudge blame" data-testid={testId} role="status">
      <p>{lead}</p>
      <ul className="blame-findings">
        {findings.map((finding) => (
          <li key={finding.phrase}>{t('common.blameSuggestion', { phrase: finding.phrase, suggestion: finding.suggestion })}</li>
        ))}
      </ul>
    </div>
  );
}
