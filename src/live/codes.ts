/**
 * The live room's name and the codes its connections close or refuse with: what the phones need
 * at run time without the message schemas (protocol.ts brings zod, which the game does not load
 * for solo play).
 */

/** The room's name in the matchmaker. */
export const LIVE_ROOM = 'live';

/** Close and join-error codes the screens can tell apart (ServerError codes on a refused join). */
export const LIVE_CLOSE = { kicked: 4401, ended: 4402, replaced: 4403 } as const;
export const JOIN_REFUSED = 4400;

/** Colyseus's own code for a room id (here a PIN) no room has. */
export const NO_SUCH_ROOM = 4212;
