import type { Plugin } from 'vite';

const CONTRACT = /[\\/]packages[\\/]contract[\\/]src[\\/]/;

/**
 * Declares the contract's modules (packages/contract: lists, limits, endpoints, the live feeds'
 * state machines) free of side effects at load, which they are. The entry reads one list from it
 * (the languages, i18n/catalogue.ts); without this the bundler keeps every module the contract's
 * index re-exports in the entry, the session feed's code included, and the sign-in form waits
 * for them: 2 KB gzipped of the entry that now comes with the session page instead.
 */
export function pureContract(): Plugin {
  return {
    name: 'agora-pure-contract',
    enforce: 'pre',
    transform(code, id) {
      return CONTRACT.test(id) ? { code, moduleSideEffects: false } : null;
    },
  };
}
