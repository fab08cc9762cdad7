/**
 * Markdown text as the words a reader of Moodle's rendered page sees: the marks that only style
 * go, every character a reader sees stays, and nothing a teacher typed as text is eaten because
 * it looks a little like a mark.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS } from '../../../src/core/interop';
import { markdownToLine, markdownToText } from '../../../src/core/interop/markdown';

describe('the marks a rendered page hides are dropped', () => {
  it.each([
    ['Which *metal* is liquid?', 'Which metal is liquid?'],
    ['**Bold**, __strong__, _em_ and ***both***', 'Bold, strong, em and both'],
    ['**a *b* c**', 'a b c'],
    ['un*frigging*believable', 'unfriggingbelievable'],
    ['Escaped \\*stars\\* and \\_underscores\\_', 'Escaped *stars* and _underscores_'],
    ['[Paris](https://example.org/paris "the city") is ![the capital](map.png)', 'Paris is the capital'],
    ['A [pointer](https://example.org/Pointer_(computing)) points', 'A pointer points'],
    ['see <https://example.org/a_b>', 'see https://example.org/a_b'],
    ['# A heading #\n> a quote', 'A heading\na quote'],
    ['Tom &amp; Jerry <b>run</b>', 'Tom & Jerry run'],
    ['line one  \nline two\nsame line\n\nnext paragraph', 'line one\nline two same line\nnext paragraph'],
    ['line one\\\nline two', 'line one\nline two'],
  ])('%j reads %j', (md, text) => {
    expect(markdownToText(md)).toBe(text);
  });
});

describe('what only looks like a mark stays as the teacher typed it', () => {
  it.each([
    ['2 * 3 * 4 = 24', '2 * 3 * 4 = 24'],
    ['price $5 * 2', 'price $5 * 2'],
    ['snake_case_name and foo_bar_', 'snake_case_name and foo_bar_'],
    ['*unclosed emphasis', '*unclosed emphasis'],
    ['C# and #hashtag', 'C# and #hashtag'],
    ['2 < 3 and 5 > 4', '2 < 3 and 5 > 4'],
    ['1. first\n- second', '1. first - second'],
    ['a `lone backtick', 'a `lone backtick'],
  ])('%j reads %j', (md, text) => {
    expect(markdownToText(md)).toBe(text);
  });

  it('a code span keeps its content verbatim: stars, entities, tags and escapes', () => {
    expect(markdownToText('use `a*b*c`, `&amp;`, `<b>` and `\\*`')).toBe('use a*b*c, &amp;, <b> and \\*');
    expect(markdownToText('a ``code with ` tick`` b')).toBe('a code with ` tick b');
  });

  it('private-use characters in the text come through (the reader parks literals on two of them)', () => {
    const text = 'x\uE000y\uE0010\uE001 *z*';
    expect(markdownToText(text)).toBe('x\uE000y\uE0010\uE001 z');
  });
});

describe('markdownToLine', () => {
  it('puts paragraphs and hard breaks on one line, as a question is shown', () => {
    expect(markdownToLine('Which *metal*  \nis liquid?\n\nThink of `Hg`.')).toBe('Which metal is liquid? Think of Hg.');
  });
});

describe('any text', () => {
  it('never throws, and text without Markdown or HTML specials comes through with only its spacing folded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        markdownToText(s);
        const calm = s.replace(/[\\`*_[\]()<>!&#\s\uE000\uE001]/g, 'x');
        expect(markdownToText(calm)).toBe(calm);
      }),
    );
  });

  it('finishes on the largest import, built from marks that never close', () => {
    const half = MAX_IMPORT_CHARS / 2;
    // Intraword underscores never open or close; each backtick pairs with the next as a code span.
    expect(markdownToText('_a'.repeat(half / 2) + '`x'.repeat(half / 2))).toBe('_a'.repeat(half / 2) + 'x'.repeat(half / 2));
    expect(markdownToText('[a]('.repeat(MAX_IMPORT_CHARS / 4)).length).toBe(MAX_IMPORT_CHARS);
    // Long runs of spaces where a heading, a hard break or a code span's padding is looked for.
    const spaces = ' '.repeat(half);
    expect(markdownToText(`# a${spaces}x${spaces}#x`)).toBe('a x #x');
    expect(markdownToText(`a${spaces}x${spaces}\nb`)).toBe('a x\nb');
    expect(markdownToText(`\` a${spaces}x \``)).toBe(`a${spaces}x`);
  });
});
