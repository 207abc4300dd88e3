import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '../../../../shared/domain/case';
import {
  CONTRIBUTION_KINDS,
  PERSPECTIVES,
  type Contribution,
  type ContributionKind,
  type MethodPhase,
  type Participant,
  type Perspective,
} from '../../../../shared/domain/session';
import { isAdviceNudgeDue, soundsBlaming, speakingCounts } from '../../../../shared/domain/nudges';
import { preselectedKind } from '../../../../shared/domain/phases';
import { Choice } from '../../ui/Choice';
import { announce } from '../../ui/announce';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { TextArea } from '../../ui/TextArea';
import { fieldErrors } from '../../lib/fieldErrors';
import { BlameFindings } from '../../ui/BlameFindings';
import './Contributions.css';

/** The advice nudge, naming the phase where advice belongs by its real name when the method has one. */
function adviceNudgeText(t: ReturnType<typeof useTranslation>['t'], ideasPhase: string | null | undefined): string {
  return ideasPhase ? t('sessions.contribution.adviceNudge', { phase: ideasPhase }) : t('sessions.contribution.adviceNudgeLater');
}

export function factorLabel(factor: Factor, t: ReturnType<typeof useTranslation>['t']): string {
  const category = factor.category === 'other' && factor.otherLabel ? factor.otherLabel : t(`map.categories.${factor.category}`);
  return `${t(`map.sectors.${factor.sector}`)}: ${category}${factor.text ? ` — ${factor.text.slice(0, 40)}` : ''}`;
}

interface ComposerProps {
  sessionId: string;
  phase: MethodPhase;
  /** The method's phase for options and ideas, by its real name: the advice nudge points there. */
  ideasPhase?: string | null;
  participants: Participant[];
  factors: Factor[];
  disabled: boolean;
  /** Who is speaking: kept by the runner, so it stays chosen after adding and across phases. */
  authorId: string | null;
  onAuthorChange(authorId: string | null): void;
}

/** The author chips' value for an anonymous contribution (participant ids are uuids). */
const ANONYMOUS = 'anonymous';

/**
 * Whoever types adds a contribution; it is saved the moment it is added. The scribe picks the author
 * with one click, the kind starts from what the phase asks for, Enter adds (Shift+Enter is a new line).
 * Nudges advise, never block.
 */
export function ContributionComposer({ sessionId, phase, ideasPhase, participants, factors, disabled, authorId, onAuthorChange }: ComposerProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invited = phase.invites.length > 0 ? phase.invites : (['observation'] as ContributionKind[]);
  const [kind, setKind] = useState<ContributionKind>(() => preselectedKind(phase));
  const [text, setText] = useState('');
  const [factorId, setFactorId] = useState('');
  const [perspective, setPerspective] = useState<Perspective | ''>(phase.mode === 'why' ? 'child' : '');
  const [changeMyMind, setChangeMyMind] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error, t);
  const silent = phase.mode === 'silent';
  const why = phase.mode === 'why';
  const advice = isAdviceNudgeDue(phase, text);
  const blame = soundsBlaming(text);
  const otherKinds = CONTRIBUTION_KINDS.filter((k) => !invited.includes(k));
  const textBox = useRef<HTMLTextAreaElement>(null);
  const authorOptions = [...participants.map((p) => p.id), ANONYMOUS];
  const authorName = (id: string) => (id === ANONYMOUS ? t('sessions.contribution.anonymous') : (participants.find((p) => p.id === id)?.name ?? id));

  // A nudge is told once when it appears, in the app's live region.
  const adviceText = adviceNudgeText(t, ideasPhase);
  const blameText = t('sessions.contribution.blameCheck');
  useEffect(() => {
    if (advice) announce(adviceText);
  }, [advice, adviceText]);
  useEffect(() => {
    if (blame) announce(blameText);
  }, [blame, blameText]);

  const submit = async (event: FormEvent | KeyboardEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    if (busy || disabled || !text.trim()) {
      textBox.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await call('contributions.save', {
        sessionId,
        phaseKey: phase.key,
        kind,
        authorId,
        text,
        factorId: factorId || null,
        perspective: perspective || null,
        changeMyMind: why ? changeMyMind : '',
        hidden: silent,
      });
      setText('');
      setChangeMyMind('');
      // A contribution is about one factor: the next one starts about none, or it would be linked unseen.
      setFactorId('');
      setError(null);
      // Focus stays where the next contribution is typed; the author, kind and perspective stay chosen.
      textBox.current?.focus();
      announce(t('sessions.contribution.added'));
      await queryClient.invalidateQueries({ queryKey: queryKey('sessions.get', sessionId) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  /** Enter adds, Shift+Enter starts a new line; a word still being composed (IME) is left alone. */
  const enterAdds = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.nativeEvent.isComposing) return;
    void submit(e);
  };

  return (
    <form className="panel composer" onSubmit={submit} aria-labelledby="composer-title" data-testid="composer">
      <h2 className="section-title" id="composer-title">
        {t('sessions.contribution.add')}
      </h2>
      <div className="composer-chips" data-testid="author-chips">
        <Choice
          name={`contribution-author-${sessionId}`}
          legend={t('sessions.contribution.author')}
          options={authorOptions}
          value={authorId ?? ANONYMOUS}
          label={authorName}
          onChange={(id) => onAuthorChange(id === ANONYMOUS ? null : id)}
          disabled={disabled}
        />
      </div>
      {why ? (
        <div className="composer-chips" data-testid="perspective-chips">
          <Choice
            name={`contribution-perspective-${sessionId}`}
            legend={t('sessions.contribution.perspective')}
            options={PERSPECTIVES}
            value={perspective || null}
            label={(p) => t(`sessions.contribution.perspectives.${p}`)}
            onChange={(p) => setPerspective(p)}
            disabled={disabled}
          />
        </div>
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor="contribution-kind">
          {t('sessions.contribution.kind')}
        </label>
        <select id="contribution-kind" value={kind} onChange={(e) => setKind(e.target.value as ContributionKind)} disabled={disabled}>
          {invited.map((k) => (
            <option key={k} value={k}>
              {t(`sessions.contribution.kinds.${k}`)}
            </option>
          ))}
          {otherKinds.length > 0 ? <option disabled>──────────</option> : null}
          {otherKinds.map((k) => (
            <option key={k} value={k}>
              {t(`sessions.contribution.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <TextArea
        id="contribution-text"
        label={t('sessions.contribution.text')}
        rows={3}
        ref={textBox}
        value={text}
        disabled={disabled}
        error={errors.text ?? null}
        hint={t('sessions.contribution.enterHint')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={enterAdds}
      />
      {advice ? (
        <p className="nudge" data-testid="advice-nudge">
          {adviceText}
        </p>
      ) : null}
      <BlameFindings text={text} lead={blameText} />
      {why ? (
        <TextArea
          id="contribution-mind"
          label={t('sessions.contribution.changeMyMind')}
          rows={2}
          value={changeMyMind}
          disabled={disabled}
          onChange={(e) => setChangeMyMind(e.target.value)}
          onKeyDown={enterAdds}
        />
      ) : null}
      {factors.length > 0 ? (
        <div className="field">
          <label className="field-label" htmlFor="contribution-factor">
            {t('sessions.contribution.factor')}
          </label>
          <select id="contribution-factor" value={factorId} onChange={(e) => setFactorId(e.target.value)} disabled={disabled}>
            <option value="">{t('sessions.contribution.noFactor')}</option>
            {factors.map((f) => (
              <option key={f.id} value={f.id}>
                {factorLabel(f, t)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {Object.keys(errors).length === 0 ? <ErrorText error={error} /> : null}
      <div className="form-actions">
        {/* Not disabled while saving or empty: a disabled button would drop the focus it holds. */}
        <button type="submit" className="button primary" disabled={disabled} aria-disabled={busy || !text.trim() ? true : undefined}>
          {t('sessions.contribution.save')}
        </button>
      </div>
    </form>
  );
}

interface ListProps {
  sessionId: string;
  phase: MethodPhase;
  /** The method's phase for options and ideas, by its real name: the advice nudge points there. */
  ideasPhase?: string | null;
  contributions: Contribution[];
  participants: Participant[];
  factors: Factor[];
  disabled: boolean;
}

/**
 * This phase's contributions; in a silent round the notes stay hidden until revealed together. (The
 * beamer has its own list in PresenterView, from what the shared screen may read.)
 */
export function ContributionList({ sessionId, phase, ideasPhase, contributions, participants, factors, disabled }: ListProps) {
  const { t } = useTranslation();
  const adviceText = adviceNudgeText(t, ideasPhase);
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const inPhase = contributions.filter((c) => c.phaseKey === phase.key);
  const hidden = inPhase.filter((c) => c.hidden);
  const name = (id: string | null) => participants.find((p) => p.id === id)?.name ?? t('sessions.contribution.anonymous');
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKey('sessions.get', sessionId) });
  const reveal = async () => {
    try {
      await call('contributions.reveal', { sessionId, phaseKey: phase.key });
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (id: string) => {
    try {
      await call('contributions.remove', { id });
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  const perspectivesDone = new Set(inPhase.filter((c) => c.kind === 'hypothesis' && c.perspective).map((c) => c.perspective)).size;

  return (
    <section className="panel contributions" aria-labelledby={`contributions-${phase.key}`} data-testid="contributions">
      <header className="panel-header">
        <h2 className="section-title" id={`contributions-${phase.key}`}>
          {t('sessions.contribution.list')}
        </h2>
        {phase.mode === 'why' ? <span className="muted small">{t('sessions.contribution.perspectivesCovered', { done: perspectivesDone })}</span> : null}
      </header>
      {hidden.length > 0 ? (
        <div className="silent-box">
          <p>{t('sessions.silent.hiddenCount', { count: hidden.length })}</p>
          <button type="button" className="button secondary" onClick={() => void reveal()} disabled={disabled}>
            {t('sessions.silent.reveal')}
          </button>
        </div>
      ) : null}
      {inPhase.length === 0 ? <p className="muted">{t('sessions.contribution.empty')}</p> : null}
      <ol className="contribution-list">
        {inPhase.map((c) => {
          if (c.hidden) {
            return (
              <li key={c.id} className="contribution hidden-note" data-testid="contribution">
                {t('sessions.silent.hiddenNote', { name: name(c.authorId) })}
              </li>
            );
          }
          const factor = factors.find((f) => f.id === c.factorId);
          return (
            <li key={c.id} className={`contribution kind-${c.kind}`} data-testid="contribution">
              <div className="contribution-head">
                <span className="badge kind">{t(`sessions.contribution.kinds.${c.kind}`)}</span>
                {c.perspective ? <span className="badge perspective">{t(`sessions.contribution.perspectives.${c.perspective}`)}</span> : null}
                <span className="muted small">{name(c.authorId)}</span>
                {!disabled ? (
                  <button type="button" className="link-button small remove" onClick={() => void remove(c.id)}>
                    {t('sessions.contribution.remove')}
                  </button>
                ) : null}
              </div>
              <p className="contribution-text">{c.text}</p>
              {c.changeMyMind ? (
                <p className="contribution-mind">
                  <span className="muted">{t('sessions.contribution.changeMyMind')}</span> {c.changeMyMind}
                </p>
              ) : null}
              {factor ? <p className="muted small">↳ {factorLabel(factor, t)}</p> : null}
              {isAdviceNudgeDue(phase, c.text) ? (
                <p className="nudge small" data-testid="advice-mark">
                  {adviceText}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <ErrorText error={error} />
    </section>
  );
}

/** Who has spoken how often, quietest first, so the facilitator can invite quiet voices. */
export function SpeakingPanel({ contributions, participants }: { contributions: Contribution[]; participants: Participant[] }) {
  const { t } = useTranslation();
  const counts = speakingCounts(contributions, participants);
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section className="panel" aria-labelledby="speaking-title" data-testid="speaking">
      <h2 className="section-title" id="speaking-title">
        {t('sessions.speaking.title')}
      </h2>
      <p className="muted small">{t('sessions.speaking.hint')}</p>
      <ul className="speaking-list">
        {counts.map((c) => (
          <li key={c.participantId ?? 'anonymous'}>
            <span className="speaking-name">{c.name ?? t('sessions.contribution.anonymous')}</span>
            <span className="speaking-bar" aria-hidden="true">
              <span style={{ width: `${(c.count / max) * 100}%` }} />
            </span>
            <span className="speaking-count">{t('sessions.speaking.times', { count: c.count })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
