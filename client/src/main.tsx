import { mainTokens } from './auth/token-store';
import { catalogues, initialLanguage } from './i18n/catalogue';
import { registerShellWorker } from './offline/shell-worker';
// Fonts for Arabic and Chinese, served by the app itself (no external font service): Noto Sans
// Arabic and the simplified-Chinese subset of Noto Sans SC, both under the SIL Open Font Licence.
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import './styles.css';

/*
 * The entry is kept tiny so that, on a congested network, the language's catalogue and the app's
 * core travel at the same time: index.html preloads the core (client/preload-core.ts), and this
 * chunk, which arrives first, asks for the catalogue as soon as it runs instead of a round trip
 * after the core. The interface renders once both are here (index.html's loading indicator shows
 * meanwhile), so no key is ever shown bare. With no network and neither that catalogue nor
 * English's cached, it waits for the network.
 */
const core = import('./app/start');

function start(): void {
  // The room screen signs in on its own; its page starts in the browser's language.
  const onScreen = location.pathname.startsWith('/screen/');
  const language = initialLanguage(onScreen ? null : mainTokens.load()?.participant.language);
  void Promise.all([catalogues.first(language), core]).then(
    ([loaded, { render }]) => {
      if (loaded) render(loaded);
      else window.addEventListener('online', start, { once: true });
    },
    // The core itself could not come (offline before it was ever cached): retry with the network.
    () => window.addEventListener('online', () => location.reload(), { once: true }),
  );
}

start();

// Only the build has the worker (and its list of hashed files); the dev server serves sources.
if (import.meta.env.PROD) registerShellWorker();
