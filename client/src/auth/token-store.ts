import type { ParticipantView } from '#contract';

/**
 * Where a signed-in device keeps its token: localStorage, for the token's lifetime, so a new tab
 * or a phone browser that discarded the tab does not ask for the access code again; signing out
 * in one tab signs out every tab (the `storage` event, see `subscribe`). The room screen keeps
 * its observer token under its own key, so a secretariat tab can open it without mixing roles.
 */
export interface StoredAuth {
  token: string;
  participant: ParticipantView;
  expiresAt: number;
}

export class TokenStore {
  constructor(readonly key: string) {}

  load(now = Date.now()): StoredAuth | null {
    try {
      const raw = localStorage.getItem(this.key);
      if (!raw) return null;
      const stored = JSON.parse(raw) as StoredAuth;
      if (!stored.token || stored.expiresAt <= now) {
        this.clear();
        return null;
      }
      return stored;
    } catch {
      return null;
    }
  }

  save(auth: StoredAuth): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(auth));
    } catch {
      // Storage full or refused (private mode): the sign-in still holds for this page.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }

  /** Calls back when another tab signed in or out (the event never fires in the tab that wrote). */
  subscribe(changed: (auth: StoredAuth | null) => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === this.key || event.key === null) changed(this.load());
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }
}

export const mainTokens = new TokenStore('agora.auth');
export const screenTokens = new TokenStore('agora.screen-auth');
