// Why: which data edition this window shows, where it came from and who vouches for it. The edition itself
// is set once, before the app's modules load (see edition/boot.ts); an import or a return to the bundled
// edition reloads the window, because views derive values from the dataset when they load.
import { create } from 'zustand';
import { setActiveEdition } from '../../../shared/data';
import { editionKey, type ActiveEditionInfo, type TrustedPublisherView } from '../../../shared/edition/active';
import { api, hasBridge } from '../api/client';
import { onWorkspaceSwitched } from './workspace';

type Origin = Omit<ActiveEditionInfo, 'edition'>;

interface EditionState {
  info: Origin;
  /** 'bundled' or the imported file's sha256: what a print job is matched against. */
  key: string;
  trusted: TrustedPublisherView[];
  busy: boolean;
  error: string | null;
  importFile(): Promise<void>;
  useBundled(): Promise<void>;
  loadTrusted(): Promise<void>;
  trust(name: string, publicKey: string): Promise<void>;
  untrust(publicKey: string): Promise<void>;
}

const BUNDLED: Origin = { origin: { kind: 'bundled' }, signer: { status: 'bundled' }, problem: null };

/** Asks main for the workspace's edition and makes it the one every lookup reads. Called before the app loads. */
export async function loadActiveEdition(): Promise<void> {
  if (!hasBridge()) return;
  try {
    const { edition, ...info } = await api('edition:get-active');
    if (edition) setActiveEdition(edition);
    useEdition.setState({ info, key: editionKey(info) });
  } catch (err) {
    // The bundled edition still shows; the problem is reported, not hidden.
    useEdition.setState({ info: { ...BUNDLED, problem: (err as Error).message } });
  }
}

/** Where the active edition came from and who signed it, as main sees it now (the edition itself is unchanged). */
async function signerNow(): Promise<Origin> {
  const { edition: _same, ...info } = await api('edition:get-active');
  return info;
}

/** The views derived their values from the old edition: start the window again on the new one. */
const restart = () => location.reload();

export const useEdition = create<EditionState>((set, get) => ({
  info: BUNDLED,
  key: 'bundled',
  trusted: [],
  busy: false,
  error: null,
  async importFile() {
    set({ busy: true, error: null });
    try {
      const next = await api('edition:import-file');
      if (next) return restart();
      set({ busy: false });
    } catch (err) {
      set({ busy: false, error: (err as Error).message });
    }
  },
  async useBundled() {
    set({ busy: true, error: null });
    try {
      await api('edition:use-bundled');
      restart();
    } catch (err) {
      set({ busy: false, error: (err as Error).message });
    }
  },
  async loadTrusted() {
    if (!hasBridge()) return;
    try {
      set({ trusted: await api('edition:list-trusted') });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
  async trust(name, publicKey) {
    set({ error: null });
    try {
      const trusted = await api('edition:trust-publisher', { name, publicKey });
      // Who signed the active edition may now be known: read it again, and show both at once.
      set({ trusted, info: get().info.signer.status === 'unknown' ? await signerNow() : get().info });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
  async untrust(publicKey) {
    set({ error: null });
    try {
      const trusted = await api('edition:untrust-publisher', { publicKey });
      set({ trusted, info: get().info.signer.status === 'trusted' ? await signerNow() : get().info });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
}));

// The edition belongs to the workspace: a folder using another edition starts the window again on that one, since
// the views' values were derived from the old (and a print job would be refused as another edition).
onWorkspaceSwitched(() => {
  void signerNow().then(
    (info) => editionKey(info) !== useEdition.getState().key && restart(),
    (err: Error) => useEdition.setState({ error: err.message }),
  );
});
