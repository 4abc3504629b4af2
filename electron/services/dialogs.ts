// Why: services need file dialogs but must run under Node in tests, so they get this small interface
// instead of Electron's `dialog`; the Electron shell and the test harness each provide one.
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** Resolves to the chosen path, or null when the user cancels. */
  showSave(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  /** Resolves to the chosen folder, or null when the user cancels. */
  chooseFolder(options: { title: string; defaultPath: string }): Promise<string | null>;
  /** Resolves to the chosen file to open, or null when the user cancels. */
  chooseFile(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface Shell {
  openExternal(url: string): Promise<void>;
  openPath(path: string): Promise<void>;
  showItemInFolder(path: string): void;
}
