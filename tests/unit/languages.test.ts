import { describe, expect, it } from 'vitest';
import { baseLanguage, resolveLanguage } from '../../src/services/languages';

describe('resolveLanguage: link, then saved choice, then browser, then English', () => {
  it('takes the link first', () => {
    expect(resolveLanguage('ko', 'fr', ['de-DE'])).toEqual({ lang: 'ko', unsupported: null });
  });

  it('reads regional and odd-case tags', () => {
    expect(resolveLanguage('zh-Hans-CN', null, [])).toEqual({ lang: 'zh', unsupported: null });
    expect(resolveLanguage('AR_eg', null, [])).toEqual({ lang: 'ar', unsupported: null });
    expect(baseLanguage(' pt-BR ')).toBe('pt');
  });

  it('shows English with a note for a link language it lacks, even when the browser has another', () => {
    expect(resolveLanguage('xx', 'fr', ['de'])).toEqual({ lang: 'en', unsupported: 'xx' });
  });

  it('uses the saved choice when the link says nothing', () => {
    expect(resolveLanguage(null, 'ru', ['de'])).toEqual({ lang: 'ru', unsupported: null });
  });

  it('then the first browser language it speaks', () => {
    expect(resolveLanguage(null, null, ['pt-BR', 'es-MX', 'fr'])).toEqual({ lang: 'es', unsupported: null });
  });

  it('then English', () => {
    expect(resolveLanguage(null, null, ['pt', 'ja'])).toEqual({ lang: 'en', unsupported: null });
    expect(resolveLanguage('', 'xx', [])).toEqual({ lang: 'en', unsupported: null });
  });
});
