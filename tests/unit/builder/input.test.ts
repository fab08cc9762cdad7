import { describe, expect, it } from 'vitest';
import { checkArticle, describeProblem, englishShare, htmlToText, MAX_ARTICLE_BYTES } from '../../../src/builder/input';
import { splitSentences } from '../../../src/builder/sentences';

const ENGLISH = 'The council voted on Tuesday to approve the budget. "This is a good day for the city," the mayor said after the vote.';

describe('checkArticle refuses what it cannot read, with a reason', () => {
  it('empty text, or only spaces', () => {
    for (const t of ['', '   \n\t ']) {
      const r = checkArticle(t);
      expect(r.ok ? null : r.problem.code).toBe('empty');
    }
  });

  it('a binary file', () => {
    const r = checkArticle('PK\u0003\u0004\u0000\u0000binary\u0000data');
    expect(r.ok ? null : r.problem.code).toBe('binary');
    expect(describeProblem({ code: 'binary' })).toMatch(/plain text/);
  });

  it('an article over 1 MB', () => {
    const big = ENGLISH.repeat(Math.ceil((MAX_ARTICLE_BYTES + 10) / ENGLISH.length));
    const r = checkArticle(big);
    expect(r.ok ? null : r.problem.code).toBe('too-large');
  });

  it('text that is not English', () => {
    const r = checkArticle('Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Bürgermeisterin sprach von einem guten Tag für die Stadt und dankte allen Beteiligten.');
    expect(r.ok ? null : r.problem.code).toBe('not-english');
    expect(englishShare(ENGLISH)).toBeGreaterThan(0.2);
  });
});

describe('checkArticle accepts articles', () => {
  it('plain English text, line endings made \\n', () => {
    const r = checkArticle(ENGLISH.replace('. ', '.\r\n'));
    expect(r.ok && r.value.text).toBe(ENGLISH.replace('. ', '.\n'));
    expect(r.ok && r.value.notes).toEqual([]);
  });

  it('HTML pasted as text: the markup is stripped, and it says so', () => {
    const html = `<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><h1>Budget passes</h1><p>${ENGLISH.replace('"', '&ldquo;').replace('"', '&rdquo;')}</p></body></html>`;
    const r = checkArticle(html);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.notes).toEqual(['html-stripped']);
    expect(r.value.text).not.toMatch(/<|alert|color:red/);
    expect(r.value.text).toContain('Budget passes\nThe council voted');
    expect(r.value.text).toContain('\u201cThis is a good day');
  });

  it('decodes numeric entities', () => {
    expect(htmlToText('<p>Caf&#233; &#x2014; &amp; more</p>')).toBe('Café — & more');
  });
});

describe('splitSentences', () => {
  it('keeps offsets exact and closing quotes with their sentence', () => {
    const text = 'He spoke. “It is done,” she said. Then? Yes!';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['He spoke.', '“It is done,” she said.', 'Then?', 'Yes!']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not end a sentence at U.S. President or Mr.', () => {
    const s = splitSentences('Former U.S. President Donald Trump met Mr. Kim. They talked.');
    expect(s.map((x) => x.text)).toEqual(['Former U.S. President Donald Trump met Mr. Kim.', 'They talked.']);
  });

  it('treats each line as ending a sentence', () => {
    expect(splitSentences('Also Read: A headline\nNext paragraph starts.').map((x) => x.text)).toEqual(['Also Read: A headline', 'Next paragraph starts.']);
  });
});
