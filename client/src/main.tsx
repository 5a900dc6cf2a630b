import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { RouterProvider } from './app/router';
import { mainTokens } from './auth/token-store';
import { catalogues } from './i18n/catalogue';
import { I18nProvider, initialLanguage, type LoadedCatalogue } from './i18n/I18nProvider';
import { registerShellWorker } from './offline/shell-worker';
// Fonts for Arabic and Chinese, served by the app itself (no external font service): Noto Sans
// Arabic and the simplified-Chinese subset of Noto Sans SC, both under the SIL Open Font Licence.
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import './styles.css';

function render(initial: LoadedCatalogue): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={initial}>
        <RouterProvider>
          <App />
        </RouterProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

/*
 * The interface renders once its language's catalogue is here (its own chunk, fetched as soon as
 * this runs; index.html's loading indicator shows meanwhile), so no key is ever shown bare.
 * With no network and neither that catalogue nor English's cached, wait for the network.
 */
function start(): void {
  // The room screen signs in on its own; its page starts in the browser's language.
  const onScreen = location.pathname.startsWith('/screen/');
  const language = initialLanguage(onScreen ? null : mainTokens.load()?.participant.language);
  void catalogues.first(language).then((loaded) => {
    if (loaded) render(loaded);
    else window.addEventListener('online', start, { once: true });
  });
}

start();

// Only the build has the worker (and its list of hashed files); the dev server serves sources.
if (import.meta.env.PROD) registerShellWorker();
