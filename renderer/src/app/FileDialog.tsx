// Why: the Chromium host cannot show the system's save and choose-folder dialogs, so main asks for this one
// (event dialog:open). It is a keyboard-operable folder browser: ↑/↓ move through the folders, Enter opens
// one, Backspace goes up, Escape cancels; the listing comes from main and only while the dialog is open.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDialogRequest, FolderListing } from '../../../shared/dialog/file-dialog';
import { api, onEvent } from '../api/client';
import './file-dialog.css';

/** The folder a request starts in: a save dialog's suggested file sits in it; the others start at it. */
function startFolder(request: FileDialogRequest): { folder: string; name: string } {
  if (request.mode !== 'save') return { folder: request.defaultPath, name: '' };
  const cut = Math.max(request.defaultPath.lastIndexOf('/'), request.defaultPath.lastIndexOf('\\'));
  return {
    folder: request.defaultPath.slice(0, cut) || request.defaultPath.slice(0, cut + 1),
    name: request.defaultPath.slice(cut + 1),
  };
}

export function FileDialogHost() {
  const [request, setRequest] = useState<FileDialogRequest | null>(null);
  useEffect(() => onEvent('dialog:open', (r) => setRequest(r)), []);
  return request ? <FileDialog key={request.id} request={request} onClose={() => setRequest(null)} /> : null;
}

function FileDialog({ request, onClose }: { request: FileDialogRequest; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const start = startFolder(request);
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [active, setActive] = useState(0);
  const [name, setName] = useState(start.name);
  const [error, setError] = useState<string | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<Element | null>(document.activeElement);

  const open = useCallback(
    async (folder: string) => {
      try {
        const next = await api('dialog:list-folder', { id: request.id, path: folder });
        setListing(next);
        setActive(0);
        setError(null);
        setConfirmReplace(false);
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [request.id],
  );
  useEffect(() => {
    void open(start.folder);
    // Opened once per request (the component is keyed by it).
  }, []);
  useEffect(() => () => (returnFocus.current as HTMLElement | null)?.focus?.(), []);
  // The dialog takes the keyboard the moment it appears: the listing arrives from main a moment later, and an
  // Escape pressed before it would otherwise go to the page behind and leave the dialog open.
  useLayoutEffect(() => dialogRef.current?.focus(), []);
  useEffect(() => {
    if (listing) listRef.current?.focus();
  }, [listing]);

  const answer = async (choice: { folder: string; name?: string } | null) => {
    try {
      await api('dialog:answer', { id: request.id, choice });
      onClose();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const withExtension = (n: string) => {
    const ext = request.filters[0]?.extensions[0];
    return ext && !n.toLowerCase().endsWith(`.${ext}`) && n.trim() ? `${n.trim()}.${ext}` : n.trim();
  };
  const save = () => {
    if (!listing) return;
    const file = withExtension(name);
    const exists = listing.entries.some((e) => e.kind === 'file' && e.name === file);
    if (exists && !confirmReplace) return setConfirmReplace(true);
    void answer({ folder: listing.path, name: file });
  };

  const entries = listing?.entries ?? [];
  const onListKey = (e: React.KeyboardEvent) => {
    const current = entries[active];
    if (e.key === 'ArrowDown') setActive((i) => Math.min(entries.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(Math.max(0, entries.length - 1));
    else if (e.key === 'Enter' && current) {
      if (current.kind === 'folder') void open(current.path);
      else if (request.mode === 'open') void answer({ folder: listing!.path, name: current.name });
      else setName(current.name);
    } else if (e.key === 'Backspace' && listing?.parent) void open(listing.parent);
    else return;
    e.preventDefault();
  };

  return (
    <div className="file-dialog-backdrop" data-modal-backdrop>
      <div
        ref={dialogRef}
        tabIndex={-1}
        className="file-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="file-dialog"
        data-mode={request.mode}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            void answer(null);
          }
        }}
      >
        <h2 id={titleId}>{request.title}</h2>
        <div className="file-dialog-places" role="group" aria-label={t('fileDialog.places')}>
          {(listing?.places ?? []).map((p) => (
            <button
              key={p.path}
              type="button"
              className="btn btn-secondary"
              onClick={() => void open(p.path)}
              data-testid={`file-dialog-place-${p.label.toLowerCase()}`}
            >
              {p.label === 'Workspace'
                ? t('fileDialog.workspace')
                : p.label === 'Home'
                  ? t('fileDialog.home')
                  : t('fileDialog.documents')}
            </button>
          ))}
        </div>
        <div className="file-dialog-location">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={!listing?.parent}
            onClick={() => listing?.parent && void open(listing.parent)}
            data-testid="file-dialog-up"
          >
            {t('fileDialog.up')}
          </button>
          <code dir="ltr" data-testid="file-dialog-path">
            {listing?.path ?? start.folder}
          </code>
        </div>
        <ul
          ref={listRef}
          className="file-dialog-list"
          role="listbox"
          tabIndex={0}
          aria-label={t('fileDialog.contents')}
          aria-activedescendant={entries[active] ? `${request.id}-e${active}` : undefined}
          onKeyDown={onListKey}
          data-testid="file-dialog-list"
        >
          {entries.length === 0 && <li className="muted">{t('fileDialog.empty')}</li>}
          {entries.map((e, i) => (
            <li
              key={e.path}
              id={`${request.id}-e${i}`}
              role="option"
              aria-selected={i === active}
              className={`file-dialog-entry entry-${e.kind}`}
              data-testid="file-dialog-entry"
              data-name={e.name}
              onClick={() => setActive(i)}
              onDoubleClick={() => (e.kind === 'folder' ? void open(e.path) : setName(e.name))}
            >
              <span aria-hidden="true" className="file-dialog-icon">
                {e.kind === 'folder' ? '▸' : '·'}
              </span>{' '}
              {e.name}
              {e.kind === 'folder' ? '/' : ''}
            </li>
          ))}
        </ul>
        {request.mode === 'save' && (
          <label className="file-dialog-name">
            {t('fileDialog.fileName')}
            <input
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setConfirmReplace(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  save();
                }
              }}
              data-testid="file-dialog-name"
              dir="auto"
            />
          </label>
        )}
        {confirmReplace && (
          <p role="alert" className="file-dialog-warning" data-testid="file-dialog-replace">
            {t('fileDialog.replace', { name: withExtension(name) })}
          </p>
        )}
        {error && (
          <p role="alert" className="file-dialog-error" data-testid="file-dialog-error">
            {error}
          </p>
        )}
        <div className="file-dialog-actions">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => void answer(null)}
            data-testid="file-dialog-cancel"
          >
            {t('fileDialog.cancel')}
          </button>
          {request.mode === 'open' ? (
            <button
              type="button"
              className="btn"
              disabled={entries[active]?.kind !== 'file'}
              onClick={() =>
                listing && entries[active] && void answer({ folder: listing.path, name: entries[active].name })
              }
              data-testid="file-dialog-open"
            >
              {t('fileDialog.open')}
            </button>
          ) : request.mode === 'save' ? (
            <button
              type="button"
              className="btn"
              disabled={!listing || !name.trim()}
              onClick={save}
              data-testid="file-dialog-save"
            >
              {confirmReplace ? t('fileDialog.replaceConfirm') : t('fileDialog.save')}
            </button>
          ) : (
            <button
              type="button"
              className="btn"
              disabled={!listing}
              onClick={() => listing && void answer({ folder: listing.path })}
              data-testid="file-dialog-choose"
            >
              {t('fileDialog.chooseThis')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
