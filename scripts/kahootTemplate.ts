/**
 * Kahoot's quiz spreadsheet template as the fixture scripts fill it in: its header row as Kahoot
 * writes it, and the title and instruction lines above it (our words). Written out here, not taken
 * from src/core/interop, so the fixtures test the reader against the template, not against itself.
 */
export const KAHOOT_TEMPLATE_HEADER = [
  '',
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
];

/** Column B of rows 2-6: the title, then the instructions. */
export const KAHOOT_TEMPLATE_TITLE = 'Quiz template';
export const KAHOOT_TEMPLATE_INSTRUCTIONS = [
  'Put one question on each row below, with two to four answers, a time limit and the number of the right answer.',
  'Keep questions to 120 characters and answers to 75.',
  'If more than one answer is right, list their numbers with commas.',
  'Save the sheet as .xlsx before uploading it.',
];
