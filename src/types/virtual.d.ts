/**
 * Made by scripts/banksPlugin.ts: each built-in bank's file and its translations' files, and
 * whether the build checked them against the schema.
 */
declare module 'virtual:builtin-banks' {
  export const BUILT_IN_BANKS: Record<string, { bank: string; translations: Record<string, string>; checked: boolean }>;
}

/** Made by scripts/localesPlugin.ts: one locale file without its `teacher` section. */
declare module 'virtual:texts/game/*' {
  const texts: Record<string, unknown>;
  export default texts;
}
