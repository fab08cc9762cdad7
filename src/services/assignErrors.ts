/**
 * What the game says for each reason an assignment link is refused. Kept out of the boot scene
 * so the fuzz tests check the very table the game uses, not a copy.
 */
import type { CodeError } from '../core/codes/codec';
import type { TKey } from './i18n';

export const ASSIGN_ERRORS: Record<CodeError, TKey> = {
  'not-a-code': 'errors.assignNotACode',
  'wrong-kind': 'errors.assignWrongKind',
  'unsupported-version': 'errors.assignVersion',
  checksum: 'errors.assignChecksum',
  'too-large': 'errors.assignTooLarge',
  malformed: 'errors.assignMalformed',
};
