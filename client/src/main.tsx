import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { RouterProvider } from './app/router';
import { I18nProvider } from './i18n/I18nProvider';
import { registerShellWorker } from './offline/shell-worker';
// Fonts for Arabic and Chinese, served by the app itself (no external font service): Noto Sans
// Arabic and the simplified-Chinese subset of Noto Sans SC, both under the SIL Open Font Licence.
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider>
        <App />
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);

// Only the build has the worker (and its list of hashed files); the dev server serves sources.
if (import.meta.env.PROD) registerShellWorker();
