import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AlertDialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRef, SessionInfo } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { isNewPassphraseAccepted, NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { formatDateTime } from '../../lib/i18n';
import { OldBackups } from './OldBackups';

function AddMemberDialog({ session, onClose }: { session: SessionInfo; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!name.trim() || !(await isNewPassphraseAccepted(passphrase, repeat, [name, session.label]))) return;
    setBusy(true);
    setError(null);
    try {
      await call('members.add', { displayName: name.trim(), passphrase });
      await queryClient.invalidateQueries({ queryKey: queryKey('members.list') });
      await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={t('settings.members.addTitle')} description={t('settings.members.addBody')}>
      <form onSubmit={submit} noValidate className="form">
        <Field
          label={t('create.memberName')}
          value={name}
          maxLength={80}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          error={showErrors && !name.trim() ? t('errors.INVALID_INPUT') : null}
        />
        <NewPassphraseFields
          label={t('create.passphrase')}
          repeatLabel={t('create.passphraseRepeat')}
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
          userInputs={[name, session.label]}
          showErrors={showErrors}
        />
        <ErrorText error={error} />
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? t('common.working') : t('settings.members.add')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function RemoveMember({ member, onRemoved }: { member: MemberRef; onRemoved(name: string): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The removal re-encrypts the vault with a new key: on a large vault that takes a moment.
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('members.remove', { memberId: member.id });
      onRemoved(member.displayName);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className="button ghost small">{t('settings.members.remove')}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-overlay" />
        <AlertDialog.Content className="modal">
          <AlertDialog.Title className="modal-title">{t('settings.members.removeTitle', { name: member.displayName })}</AlertDialog.Title>
          <AlertDialog.Description className="modal-description">{t('settings.members.removeBody', { name: member.displayName })}</AlertDialog.Description>
          <ErrorText error={error} />
          <div className="form-actions">
            <AlertDialog.Cancel className="button ghost">{t('common.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action
              className="button danger"
              disabled={busy}
              aria-busy={busy}
              onClick={(event) => {
                event.preventDefault();
                void remove();
              }}
            >
              {busy ? t('common.working') : t('settings.members.remove')}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

export function MembersTab({ session }: { session: SessionInfo }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const [adding, setAdding] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const refresh = async (name: string) => {
    setRemoved(name);
    await queryClient.invalidateQueries();
  };
  return (
    <section className="card">
      <div className="card-header">
        <p className="muted">{t('settings.members.intro')}</p>
        <button type="button" className="button primary" onClick={() => setAdding(true)}>
          {t('settings.members.add')}
        </button>
      </div>
      <ErrorText error={members.error} />
      <ul className="member-list" aria-label={t('settings.tabs.members')}>
        {(members.data ?? []).map((member) => (
          <li key={member.id} className="member-row">
            <span className="avatar" aria-hidden="true">
              {member.displayName.slice(0, 1).toUpperCase()}
            </span>
            <span className="member-text">
              <span className="member-name">
                {member.displayName} {member.isYou ? <span className="muted">{t('settings.members.you')}</span> : null}
              </span>
              <span className="muted small">{t('settings.members.added', { when: formatDateTime(member.addedAt, i18n.language) })}</span>
            </span>
            {(members.data?.length ?? 0) > 1 ? <RemoveMember member={member} onRemoved={refresh} /> : null}
          </li>
        ))}
      </ul>
      {removed ? (
        <p className="success-text" role="status">
          {t('settings.members.removed', { name: removed })}
        </p>
      ) : null}
      {removed ? <OldBackups /> : null}
      {adding ? <AddMemberDialog session={session} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
