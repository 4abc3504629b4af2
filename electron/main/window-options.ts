// Why: the main window and the hidden print window must share exactly the same hardened settings
// (Electron's security checklist), so every window is created here. The settings stay an inline literal
// so static auditors (Electronegativity) can see them.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export type WindowChrome = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

export function createSecureWindow(chrome: WindowChrome, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...chrome,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in a new window outside our navigation guard.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
