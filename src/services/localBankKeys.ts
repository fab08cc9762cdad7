/**
 * Where banks kept on this device are found: their storage record and how a link names one.
 * Apart from localBanks.ts (which loads the schema to check what it stores), so the game's bank
 * choice and the teacher page's links can use them without it.
 */

/** Banks built on this device are played with `?bank=local:<id>`. */
export const LOCAL_PREFIX = 'local:';

/** The storage record those banks are kept in (read without the schema by the game's bank choice). */
export const LOCAL_BANKS_KEY = 'local-banks';
