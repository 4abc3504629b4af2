// Why: the Deposits view's "Model this deposit" button opens `#/scenarios/new?preset=<id>&deposit=<depositId>`;
// this is the one mapping from a deposit to the preset that models it, so both views agree.
import { depositById } from '../../../../shared/data';

/** Minerals the USSM export-programme preset sells (antimony, rare earths incl. NdPr). */
const USSM_MINERALS = new Set(['Sb', 'REE', 'NdPr']);

/**
 * Preset id for a deposit: Reko Diq -> 'reko-diq', Saindak -> 'saindak', antimony and rare-earth deposits ->
 * 'ussm-export-programme', anything else -> 'blank' (the view prefills the deposit's name). `minerals` lets a
 * data-pack deposit (not in the bundled dataset) be mapped too.
 */
export function presetForDeposit(depositId: string, minerals?: readonly string[]): string {
  if (depositId === 'reko-diq') return 'reko-diq';
  if (depositId === 'saindak') return 'saindak';
  const d = depositById(depositId);
  const ms = minerals ?? d?.minerals ?? [];
  if (d?.mineralGroup === 'ree' || ms.some((m) => USSM_MINERALS.has(m))) return 'ussm-export-programme';
  return 'blank';
}

/** The `#/scenarios/new` hash for a deposit (for callers that build links rather than navigate). */
export function modelDepositHash(depositId: string, minerals?: readonly string[]): string {
  return `#/scenarios/new?${new URLSearchParams({ preset: presetForDeposit(depositId, minerals), deposit: depositId }).toString()}`;
}
