/**
 * PHP's trim(), which Moodle applies to every line it reads of a GIFT or Aiken file. JavaScript's
 * trim() would also strip no-break and other Unicode spaces, which Moodle keeps (the Aiken export
 * relies on that to keep a prompt from reading as an option line).
 */
export const PHP_SPACE = ' \t\n\r\0\x0B';

export function phpTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && PHP_SPACE.includes(s[a]!)) a++;
  while (b > a && PHP_SPACE.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}
