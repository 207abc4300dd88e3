import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Dialog } from 'radix-ui';
import { useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import type { SearchResult } from '../../../../shared/domain/journal';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { fold } from '../../../../shared/domain/text';
import { restoreFocus } from '../../ui/focus';
import { navigate } from '../../lib/router';
import { CaseFormDialog } from '../cases';
import { JOURNAL_STALE_KEYS } from '../journal';
import { handOffQuery } from './paletteHandoff';
import { Highlighted, resultRoute, ResultTitle } from './SearchResultText';
import './CommandPalette.css';

type Command = 'newCase' | 'newEntry' | 'lock' | 'searchPage';
type Option = { type: 'command'; command: Command; id: string } | { type: 'result'; result: SearchResult; id: string };

const RESULT_LIMIT = 8;

/**
 * Ctrl/Cmd+K from anywhere: search results and commands, as a combobox with a listbox (arrows, Enter, Escape).
 * `defaultOpen`: mounted by the Ctrl+K that loaded its code, so it opens at once.
 */
export function CommandPalette({ session, onLock, defaultOpen = false }: { session: SessionInfo | null; onLock(): void; defaultOpen?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const baseId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [creatingCase, setCreatingCase] = useState(false);
  const deferred = useDeferredValue(query.trim());
  const unlocked = session !== null;
  // Radix has no trigger to return focus to: remember what had it, unless a choice takes focus elsewhere.
  const opener = useRef<Element | null>(defaultOpen ? document.activeElement : null);
  const handedOn = useRef(false);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((was) => {
          if (!was) {
            opener.current = document.activeElement;
            handedOn.current = false;
          }
          return !was;
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const search = useQuery({
    queryKey: queryKey('search.query', { query: deferred, limit: RESULT_LIMIT }),
    queryFn: () => call('search.query', { query: deferred, limit: RESULT_LIMIT }),
    enabled: open && unlocked && deferred.length > 0,
    placeholderData: keepPreviousData,
  });

  const commandLabels: Record<Command, string> = {
    newCase: t('palette.newCase'),
    newEntry: t('palette.newEntry'),
    lock: t('palette.lock'),
    searchPage: t('palette.searchPage'),
  };
  const needle = fold(deferred);
  const commands: Command[] = (['newEntry', 'newCase', 'lock'] as const).filter((command) => !needle || fold(commandLabels[command]).includes(needle));
  if (deferred) commands.push('searchPage');
  const results = deferred && unlocked ? (search.data?.results ?? []) : [];
  const options: Option[] = unlocked
    ? [
        ...results.map((result) => ({ type: 'result' as const, result, id: `${baseId}-r-${result.kind}-${result.sourceId}` })),
        ...commands.map((command) => ({ type: 'command' as const, command, id: `${baseId}-c-${command}` })),
      ]
    : [];
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const activeOption = options[activeIndex];

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
  };

  const choose = async (option: Option | undefined) => {
    if (!option) return;
    // Every choice goes somewhere new (a page, a dialog, the lock screen) that places focus itself.
    handedOn.current = true;
    if (option.type === 'result') {
      close();
      navigate(resultRoute(option.result));
      return;
    }
    switch (option.command) {
      case 'newCase':
        close();
        setCreatingCase(true);
        break;
      case 'newEntry': {
        close();
        const entry = await call('journal.create', {});
        for (const key of JOURNAL_STALE_KEYS) void queryClient.invalidateQueries({ queryKey: [...key] });
        navigate({ name: 'journal', entryId: entry.id });
        break;
      }
      case 'lock':
        close();
        onLock();
        break;
      case 'searchPage':
        handOffQuery(query);
        close();
        navigate({ name: 'search' });
        break;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(options.length === 0 ? 0 : (activeIndex + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(options.length === 0 ? 0 : (activeIndex - 1 + options.length) % options.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void choose(activeOption);
    }
  };

  const listId = `${baseId}-list`;
  const renderOption = (option: Option, index: number) => (
    <div
      key={option.id}
      id={option.id}
      role="option"
      aria-selected={index === activeIndex}
      className={`palette-option${index === activeIndex ? ' is-active' : ''}`}
      onMouseMove={() => setActive(index)}
      onClick={() => void choose(option)}
    >
      {option.type === 'result' ? (
        <>
          <span className="palette-option-head">
            <span className={`kind-badge kind-${option.result.kind}`}>{t(`search.kind.${option.result.kind}`)}</span>
            <span className="palette-option-title">
              <ResultTitle result={option.result} />
            </span>
            {option.result.casePseudonym && option.result.kind !== 'case' ? <span className="muted small">{option.result.casePseudonym}</span> : null}
          </span>
          {option.result.snippet.length > 0 ? (
            <span className="palette-snippet">
              <Highlighted text={option.result.snippet} />
            </span>
          ) : null}
        </>
      ) : (
        <span className="palette-command">{commandLabels[option.command]}</span>
      )}
    </div>
  );
  const resultOptions = options.filter((o) => o.type === 'result');
  const commandOptions = options.filter((o) => o.type === 'command');

  return (
    <>
      <Dialog.Root open={open} onOpenChange={(next) => (next ? setOpen(true) : close())}>
        <Dialog.Portal>
          <Dialog.Overlay className="modal-overlay palette-overlay" />
          <Dialog.Content
            className="palette"
            aria-describedby={`${baseId}-description`}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              const from = opener.current;
              opener.current = null;
              if (!handedOn.current) requestAnimationFrame(() => restoreFocus(from));
            }}
          >
            <Dialog.Title className="visually-hidden">{t('palette.title')}</Dialog.Title>
            <Dialog.Description id={`${baseId}-description`} className="visually-hidden">
              {t('palette.description')}
            </Dialog.Description>
            <div className="palette-input-row">
              <span className="palette-glyph" aria-hidden="true">
                ⌕
              </span>
              <input
                className="palette-input"
                role="combobox"
                aria-label={t('palette.label')}
                aria-expanded={options.length > 0}
                aria-controls={listId}
                aria-autocomplete="list"
                aria-activedescendant={activeOption?.id}
                placeholder={t('palette.placeholder')}
                value={query}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setActive(0);
                }}
                onKeyDown={onKeyDown}
              />
              <kbd className="palette-kbd">Esc</kbd>
            </div>
            {!unlocked ? (
              <p className="palette-empty">{t('palette.locked')}</p>
            ) : (
              <div className="palette-list-frame">
                <div id={listId} role="listbox" aria-label={t('palette.label')} className="palette-list">
                  {resultOptions.length > 0 ? (
                    <div role="group" aria-labelledby={`${baseId}-results`}>
                      <div id={`${baseId}-results`} className="palette-group">
                        {t('palette.results')}
                      </div>
                      {resultOptions.map((option) => renderOption(option, options.indexOf(option)))}
                    </div>
                  ) : null}
                  <div role="group" aria-labelledby={`${baseId}-commands`}>
                    <div id={`${baseId}-commands`} className="palette-group">
                      {t('palette.commands')}
                    </div>
                    {commandOptions.map((option) => renderOption(option, options.indexOf(option)))}
                  </div>
                </div>
                {deferred && search.isSuccess && results.length === 0 ? (
                  <p className="palette-empty" role="status">
                    {t('palette.noResults')}
                  </p>
                ) : null}
              </div>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {creatingCase && session ? <CaseFormDialog defaultHolderId={session.member.id} onClose={() => setCreatingCase(false)} /> : null}
    </>
  );
}
