/**
 * The live game's screens, in a chunk of their own: solo players never download them. They are
 * added to the game the first time a live screen is opened (startLive).
 */
import { LiveHostScene } from './LiveHostScene';
import { LiveJoinScene } from './LiveJoinScene';
import { LivePlayScene } from './LivePlayScene';
import { LiveSetupScene } from './LiveSetupScene';

export const LIVE_SCENES = { LiveSetup: LiveSetupScene, LiveHost: LiveHostScene, LiveJoin: LiveJoinScene, LivePlay: LivePlayScene } as const;
