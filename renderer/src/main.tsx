// Why: renderer entry: fonts are bundled (the app never fetches them). The workspace's data edition is made
// active BEFORE the app's modules are imported, because some derive values from the dataset when they load;
// the print window and presentation start the same way, so every surface shows one edition.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-400-italic.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-nastaliq-urdu/arabic-400.css';
import '@fontsource/noto-nastaliq-urdu/arabic-700.css';
import './assets/fonts/symbols.css';
import './i18n';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadActiveEdition } from './stores/edition';

async function start(): Promise<void> {
  await loadActiveEdition();
  const { App } = await import('./app/App');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
