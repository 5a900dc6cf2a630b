import type { Participant } from '../api/types';

/**
 * Where a signed-in tab keeps its token: sessionStorage, so closing the tab signs out and the
 * token is not shared with other tabs (a shared laptop at the podium). The room screen keeps
 * its observer token under its own key, so a secretariat tab can open it without mixing roles.
 */
export interface StoredAuth {
  token: string;
  participant: Participant;
  expiresAt: number;
}

export class TokenStore {
  constructor(private readonly key: string) {}

  load(now = Date.now()): StoredAuth | null {
    try {
      const raw = sessionStorage.getItem(this.key);
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
    sessionStorage.setItem(this.key, JSON.stringify(auth));
  }

  clear(): void {
    sessionStorage.removeItem(this.key);
  }
}

export const mainTokens = new TokenStore('agora.auth');
export const screenTokens = new TokenStore('agora.screen-auth');
