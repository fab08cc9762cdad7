/**
 * Every screen and what it is started with, in one place: the scenes import their input types
 * from here, never from each other (which is what made the scenes' import loops).
 */
import type { Bank } from '../core/bank/schema';
import type { Assignment } from '../core/codes/assignment';
import type { RoundState } from '../core/round';
import type { Playable, RoundLaunch } from './launch';

/** An assignment as its link carries it. */
export interface AssignmentLink {
  assignment: Assignment;
  id: string;
}

/** Which bank to load, and what to do with it after. */
export interface PreloadData {
  bankId: string;
  /** A small bank that travelled inside an assignment link. */
  inlineBank?: Bank | null;
  /** The link's bank file on this site: fetched when the bank it names is not built in nor on the device. */
  bankFile?: string | null;
  assignment?: AssignmentLink;
  /** Then set up a live game with it (the host's `?host` link, or a bank chosen while setting up). */
  host?: boolean;
}

export type MenuData = Playable;

export type SettingsData = Playable;

/** The student's first screen for an assignment: what the teacher set, a name, and Start. */
export interface AssignmentData extends Playable {
  link: AssignmentLink;
}

/** A round that has ended, for the results screen. */
export type FinishedRound = RoundLaunch & { state: RoundState };

/** A clear message and a way back to the menu. */
export interface MessageData {
  title: string;
  message: string;
}

export interface Routes {
  Boot: undefined;
  Preload: PreloadData;
  Menu: MenuData;
  Settings: SettingsData;
  Assignment: AssignmentData;
  Round: RoundLaunch;
  Results: FinishedRound;
  Message: MessageData;
  /** An assignment's bank is not on this device: ask for its file. */
  BankNeeded: PreloadData;
  /** Hosting a live game: the bank, the settings, then the room is made. */
  LiveSetup: Playable;
  /** The host's screen of a live game, for the projector (the connection is the live service's). */
  LiveHost: LiveHostData;
  /** Joining a live game: the PIN (given by the link, or typed) and a name. */
  LiveJoin: LiveJoinData;
  /** A player's screen of a live game (the connection is the live service's). */
  LivePlay: undefined;
}

/** `pin`: a game this tab hosted before a reload, to come back to; absent right after creating. */
export interface LiveHostData {
  pin?: string;
}

export interface LiveJoinData {
  /** From the link; '' or absent asks for it. */
  pin?: string;
}
