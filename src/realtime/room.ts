/** socket.io room names: one per session (its live audience), one per participant (to reach all their sockets). */
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
export const participantRoom = (participantId: string): string => `participant:${participantId}`;
export const draftRoom = (draftId: string): string => `draft:${draftId}`;
