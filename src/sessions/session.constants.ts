// The contract's lists (the client offers the same ones), re-exported for the server's modules.
export { SESSION_KINDS, SESSION_STATUSES } from '#contract';
export type { SessionKind, SessionStatus } from '#contract';
