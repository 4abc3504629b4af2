// Why: analysts take the filtered table into Excel. Main writes the file (the renderer cannot touch disk);
// here the rows are built with their source columns, and the outcome is reported: the saved path, a clear
// error, or nothing at all when the user cancels the dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPOSIT_COLUMNS, depositExportRow, FIELD_COLUMNS, fieldExportRows } from '../../../../shared/deposits/export';
import type { Deposit } from '../../../../shared/model/dataset';
import type { Source } from '../../../../shared/model/sourced';
import { api } from '../../api/client';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; format: string }
  | { kind: 'saved'; path: string; bytes: number; rows: number }
  | { kind: 'error'; message: string };

export function ExportButtons({ rows, sources }: { rows: readonly Deposit[]; sources: ReadonlyMap<string, Source> }) {
  const { t } = useTranslation('deposits');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function run(format: 'csv' | 'xlsx') {
    if (status.kind === 'busy') return;
    setStatus({ kind: 'busy', format });
    const lookup = (id: string) => sources.get(id);
    try {
      const saved = await api('export:save-table', {
        format,
        suggestedName: 'pakistan-deposits',
        sheetName: 'Deposits',
        columns: DEPOSIT_COLUMNS,
        rows: rows.map((d) => depositExportRow(d, lookup)),
        extraSheets:
          format === 'xlsx'
            ? [{ name: 'Figures', columns: FIELD_COLUMNS, rows: rows.flatMap((d) => fieldExportRows(d, lookup)) }]
            : [],
      });
      setStatus(saved ? { kind: 'saved', path: saved.path, bytes: saved.bytes, rows: rows.length } : { kind: 'idle' });
    } catch (err) {
      setStatus({ kind: 'error', message: (err as Error).message });
    }
  }

  const busy = status.kind === 'busy';
  return (
    <div className="export-bar">
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => void run('csv')}
        disabled={rows.length === 0}
        aria-disabled={busy || undefined}
        data-testid="export-csv"
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => void run('xlsx')}
        disabled={rows.length === 0}
        aria-disabled={busy || undefined}
        data-testid="export-xlsx"
      >
        {t('export.xlsx')}
      </button>
      <div className="export-status" role="status" aria-live="polite" data-testid="export-status">
        {status.kind === 'busy' && t('export.busy', { format: status.format.toUpperCase() })}
        {status.kind === 'saved' && (
          <>
            {t('export.saved', { count: status.rows })} <code data-testid="export-path">{status.path}</code>{' '}
            {t('export.size', { kb: Math.max(1, Math.round(status.bytes / 1024)) })}
          </>
        )}
      </div>
      {status.kind === 'error' && (
        <p className="export-error" role="alert" data-testid="export-error">
          {t('export.failed', { message: status.message })}
        </p>
      )}
    </div>
  );
}
