/**
 * The patterns quote attribution is read with: how a speaker is written ("Finance Minister Ana
 * Ruiz", "the civil defense director", "the JSE", "he", "it") and where a reporting verb puts it
 * relative to the quote. Kept apart from the rules that use them (quotes.ts) to keep both short.
 */
import { REPORTING_VERBS, ROLE_WORDS } from './people';
import { BODY_NOUN } from './speakers';

// Weekdays and months are capitalised but never a speaker ("on Tuesday urged ...").
const CALENDAR = '(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)';
const CAP = String.raw`${CALENDAR}(?:(?:\p{Lu}\.){1,3}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Sgt|Prof|St)\.|\p{Lu}[\p{L}\p{M}'’-]*)`;
const RUN = String.raw`(?:${CAP})(?:[ ](?:(?:de|da|di|du|van|von|der|del|la|le|bin|ibn|al|of)[ ])?(?:${CAP}))*`;
// "harbour master Lena Vogt", "North Korean leader Kim Jong Un": the role is matched, then dropped.
const NAMED = String.raw`(?:(?:former|then|acting|deputy|outgoing|late)\s+)*(?:(?:${RUN}\s+)?(?:[a-z-]+\s+)?(?:${ROLE_WORDS}|master)\s+)?${RUN}`;
const ROLE_NOUN = `spokes(?:man|woman|person)|minister|president|officials?|leader|analysts?|sources?|journalist|reporter|ministry|agency|police|prosecutors?|mayor|governor|senator|chancellor|secretary|envoy|ambassador|general|commander|chief|director|chairman|ceo|lawyer|judge|experts?|witness(?:es)?|residents?|officer|aide|adviser|advisor|diplomat|${BODY_NOUN}`;
// "the civil defense director", "the Russian defence ministry": the modifiers may be capitalised.
const COMMON = String.raw`(?:the|a|an|The|A|An)\s+(?:\p{L}[\p{L}\p{M}\w'’-]*\s+){0,3}(?:${ROLE_NOUN})(?![\p{L}\p{M}])(?:\s+(?:for|of|at|from)\s+(?:the\s+)?[\p{L}-]+)?`;
// A pronoun is a whole word: "He" must not match the start of "Helen".
// "it" is a body spoken of before ("AT&T apologised ... "Q," it said"); "the JSE" is a body by name.
export const SPEAKER = String.raw`(?<![\p{L}\p{M}])((?:he|she|they|it|He|She|They|It)(?![\p{L}\p{M}])|${COMMON}|(?:the|The)\s+${RUN}(?![\p{L}\p{M}])|${NAMED})`;
export const VERB = `(?:${REPORTING_VERBS})`;
export const ADVERB = String.raw`(?:(?:also|later|then|further|again|previously|reportedly|recently|once)\s+)?`;
export const APPOSITIVE = String.raw`(?:,\s+([^,"“”\n]{2,80}?),)?`;
const PARTICIPLE = 'saying|stating|adding|telling|writing|noting|warning|arguing|insisting|explaining|declaring|announcing|claiming|asking|pledging|vowing|urging|replying|recalling';

/** `"Q," Name said` / `"Q," Name, title, says` / `"Q," he added`. */
export const SPEAKER_VERB_AFTER = new RegExp(String.raw`^\s*,?\s*${SPEAKER}${APPOSITIVE}\s+${ADVERB}${VERB}\b(.*)`, 'u');
/** `"Q," said Name, title` (the title after the comma is kept out of the name), `"Q," said her
 * neighbour Name`, `"Q," according to Name`. */
export const VERB_SPEAKER_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${VERB}|according to)\s+(?:(?:his|her|their|local|longtime)\s+(?:[a-z-]+\s+){0,2}?)?${SPEAKER}(.*)`, 'u');
/** Verbs of speech, as against naming verbs ("called", "described"). */
export const SPEECH_VERB = new RegExp(String.raw`^(?:${REPORTING_VERBS})$`);
export const FINAL_SAID = new RegExp(String.raw`^[^"“”\n]*?,\s*${SPEAKER}${APPOSITIVE}\s+${ADVERB}${VERB}\b[^"“”\n]{0,60}$`, 'u');
export const NP_BEFORE = new RegExp(String.raw`${SPEAKER}${APPOSITIVE}(?:\s+(?:in|on|at|via)\s+[^,"“”\n]{2,40}?)?\s+${ADVERB}$`, 'u');
export const PAIR_BEFORE = new RegExp(String.raw`(?:^|\bthat\s+|,\s+)((?:the\s+)?${RUN})\s+and\s+$`, 'u');
export const ACCORDING_OPEN = new RegExp(String.raw`^According to\s+${SPEAKER}\s*,[^"“”‘\n]*$`, 'u');
export const APPOSED_NAME = new RegExp(String.raw`^,\s+(${NAMED})(?=\s*(?:,|\.|$))`, 'u');
/** `Name said: "Q"`, `Name, title, told reporters in Madrid: "Q"`. */
export const BEFORE_COLON = new RegExp(String.raw`${SPEAKER}${APPOSITIVE}\s+${ADVERB}${VERB}([^"“”:\n]{0,80}?):\s*$`, 'u');
/** `Name told X that "Q"`, `Name said that "Q"`. */
export const TOLD_THAT = new RegExp(String.raw`${SPEAKER}${APPOSITIVE}\s+${ADVERB}${VERB}\b([^"“”\n]{0,80}?)\bthat\s*$`, 'u');
/** `Finance Minister Ana Ruiz said "Q"`, `he said, "Q"`, `According to Ruiz, "Q"`. */
export const SAID_BEFORE = new RegExp(String.raw`(?:${SPEAKER}${APPOSITIVE}\s+${ADVERB}${VERB}|\b[Aa]ccording to\s+${SPEAKER})\s*,?\s*$`, 'u');
/** `Kim pledged support, stating, "Q"` / `warning that "Q"`: the speaker is the sentence's subject. */
export const PARTICIPLE_BEFORE = new RegExp(String.raw`\b(?:${PARTICIPLE})(?:\s+that)?\s*[,:]?\s*$`);
/** `Putin, addressing Kim as "Q"`. */
export const ADDRESSING_AS = /\b(?:addressing|calling|describing|hailing|greeting|labell?ing|branding|dubbing|referring to)\s+[^"“”\n]{1,60}?\s+as\s*$/;
/** A reporting verb earlier in the sentence: `called the plan "Q"`, `claimed ... that they were "Q"`. */
export const PHRASE_VERB = new RegExp(String.raw`(?<!so-)\b(?:${REPORTING_VERBS}|called(?!\s+(?:in|up|off|out|back)\b)|calls|described|describes|dubbed|termed|labell?ed|branded|hailed|denounced|praised|praises|critici[sz]ed|condemned|welcomed|thanked|accused)\b`, 'g');
/** Names of works, operations and slogans in quotes are not speech. */
export const WORK_BEFORE = /(?:\b(?:film|movie|book|novel|song|album|single|show|series|play|musical|poem|documentary|opera|painting|exhibition|podcast|programme|program|game|article|essay|column|headline|magazine|newspaper|titled|entitled|named|nicknamed|hashtag|slogan|motto|operation|campaign|track)|so-called)\s*,?\s*$/i;
export const OCCASION = /\b((?:on|at|in|during)\s+(?!that\b)[^,.;:"“”\n]{2,50}?)(?=\s+that\b|[,.;:"“”\n]|$)/;
