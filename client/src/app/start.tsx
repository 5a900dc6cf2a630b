import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, type LoadedCatalogue } from '../i18n/I18nProvider';
import { preloadLiveClient } from '../live/connection';
import { App } from './App';
import { RouterProvider } from './router';

/** The app's core: Preact, the providers and the sign-in page, rendered with the first catalogue. */
export function render(initial: LoadedCatalogue): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={initial}>
        <RouterProvider>
          <App />
        </RouterProvider>
      </I18nProvider>
    </StrictMode>,
  );
  // After the first paint of the form, not before: it would share the network with the core.
  setTimeout(preloadLiveClient, 0);
}
