import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES, SCHEMA_VERSION } from '../../src/core/bank/constants';
import { jsonPath, parseBank, validateBank } from '../../src/core/bank/validate';
import { playableQuestions } from '../../src/core/bank/playable';
import { formatBankError, type BankError } from '../../src/core/bank/errors';
import { realBank, realBankJson, realBankText, REAL_BANK_FILE } from '../harness/realBank';

const FILE = 'questions/broken/bank.json';

/** Validate the real bank after `edit` breaks it; returns the errors (the bank must be refused). */
function errorsAfter(edit: (json: ReturnType<typeof realBankJson>) => void): BankError[] {
  const json = realBankJson();
  edit(json);
  const result = validateBank(json, FILE);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const q = (json: ReturnType<typeof realBankJson>, i: number) => json.questions[i]!;
const f = (json: ReturnType<typeof realBankJson>, i: number) => json.facts[i]!;

describe('the real bank', () => {
  it('is valid, from its file text', () => {
    const result = parseBank(realBankText(), REAL_BANK_FILE);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.bank.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('has questions that all point at one of its facts', () => {
    const bank = realBank();
    const facts = new Set(bank.facts.map((x) => x.id));
    for (const question of bank.questions) expect(facts.has(question.factId)).toBe(true);
    expect(playableQuestions(bank).length).toBeGreaterThanOrEqual(10);
  });
});

describe('validateBank names the file and the JSON path of each problem', () => {
  it('a question with too few options', () => {
    const errors = errorsAfter((json) => {
      q(json, 0).options = ['Kim Jong Un'];
    });
    expect(errors).toContainEqual({ file: FILE, path: '$.questions[0].options', message: 'a choice question has at least 2 options' });
  });

  it('seven options are too many', () => {
    const errors = errorsAfter((json) => {
      (q(json, 3).options as string[]).push('Someone else', 'Nobody', 'Everybody');
    });
    expect(errors.map((e) => [e.path, e.message])).toEqual([['$.questions[3].options', 'a choice question has at most 6 options']]);
  });

  it('a question whose fact does not exist', () => {
    const errors = errorsAfter((json) => {
      q(json, 2).factId = 'f-no-such-fact';
    });
    expect(errors).toEqual([expect.objectContaining({ file: FILE, path: '$.questions[2].factId', message: expect.stringContaining('f-no-such-fact') })]);
  });

  it('two questions with the same id', () => {
    const errors = errorsAfter((json) => {
      q(json, 4).id = q(json, 1).id;
    });
    expect(errors).toContainEqual(expect.objectContaining({ file: FILE, path: '$.questions[4].id', message: expect.stringContaining(String(q(realBankJson(), 1).id)) }));
    // The renamed question's translations now point at an id that no longer exists: said too.
    const lost = String(q(realBankJson(), 4).id);
    for (const e of errors.filter((x) => x.path !== '$.questions[4].id')) expect(e.path).toMatch(new RegExp(`^\\$\\.translations\\.[a-z]+\\.questions\\[?"?${lost}`));
  });

  it('two facts with the same id', () => {
    const errors = errorsAfter((json) => {
      f(json, 5).id = f(json, 0).id;
    });
    expect(errors).toContainEqual(expect.objectContaining({ file: FILE, path: '$.facts[5].id' }));
  });

  it('a review status that does not exist', () => {
    const errors = errorsAfter((json) => {
      f(json, 1).review = 'looks-fine';
    });
    expect(errors).toEqual([expect.objectContaining({ file: FILE, path: '$.facts[1].review' })]);
  });

  it.each([[0], [2], ['1'], [undefined]])('a schemaVersion of %s', (version) => {
    const errors = errorsAfter((json) => {
      json.schemaVersion = version;
    });
    expect(errors).toEqual([expect.objectContaining({ file: FILE, path: '$.schemaVersion' })]);
  });

  it.each([[4], [-1], [1.5]])('an answer index of %s', (answer) => {
    const errors = errorsAfter((json) => {
      q(json, 6).answer = answer;
    });
    expect(errors).toEqual([expect.objectContaining({ file: FILE, path: '$.questions[6].answer' })]);
  });

  it('options that repeat each other', () => {
    const errors = errorsAfter((json) => {
      q(json, 0).options = ['Kim Jong Un', 'Xi Jinping', ' kim jong un ', 'Vladimir Putin'];
    });
    expect(errors).toEqual([expect.objectContaining({ path: '$.questions[0].options' })]);
  });

  it('reports every problem at once, not just the first', () => {
    const errors = errorsAfter((json) => {
      json.schemaVersion = 99;
      f(json, 2).review = 'maybe';
      q(json, 7).answer = 9;
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['$.facts[2].review', '$.questions[7].answer', '$.schemaVersion']);
  });

  it('reports a missing fact even when another field is wrong too', () => {
    const errors = errorsAfter((json) => {
      f(json, 0).review = 'maybe';
      q(json, 1).factId = 'no-such-fact';
    });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['$.facts[0].review', '$.questions[1].factId']));
  });

  it('anything that is not a bank object', () => {
    for (const data of [null, 42, 'bank', []]) {
      const result = validateBank(data, FILE);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatchObject({ file: FILE, path: '$' });
    }
  });
});

describe('validateBank checks the newer question types', () => {
  const at = (json: ReturnType<typeof realBankJson>, id: string) => json.questions.findIndex((x) => x.id === id);
  const answerOf = (json: ReturnType<typeof realBankJson>, id: string) => json.questions[at(json, id)]!.answer as Record<string, unknown>;

  it('an estimate whose figure lies outside its slider range', () => {
    let i = -1;
    const errors = errorsAfter((json) => {
      i = at(json, 'q-est-troops-deployed');
      answerOf(json, 'q-est-troops-deployed').max = 5000;
    });
    expect(errors.map((e) => e.path)).toEqual([`$.questions[${i}].answer`]);
  });

  it('a "when" answer not written at its precision, or outside its years', () => {
    const meeting = at(realBankJson(), 'q-when-meeting');
    const pact = at(realBankJson(), 'q-when-defense-pact');
    expect(
      errorsAfter((json) => {
        answerOf(json, 'q-when-meeting').value = '2025-09';
      }).map((e) => e.path),
    ).toEqual([`$.questions[${meeting}].answer`]);
    expect(
      errorsAfter((json) => {
        answerOf(json, 'q-when-defense-pact').maxYear = 2020;
      }).map((e) => e.path),
    ).toEqual([`$.questions[${pact}].answer`]);
  });

  it('a "where" answer off the globe', () => {
    let i = -1;
    const errors = errorsAfter((json) => {
      i = at(json, 'q-where-beijing');
      answerOf(json, 'q-where-beijing').lat = 95;
    });
    expect(errors.map((e) => e.path)).toEqual([`$.questions[${i}].answer.lat`]);
  });

  it.each(['RU', 'country:ru', 'country:RUS', 'city:cn-beijing', 'region:Alaska', ''])('a "where" area that names no country or region: %j', (area) => {
    let i = -1;
    const errors = errorsAfter((json) => {
      i = at(json, 'q-where-ukraine');
      answerOf(json, 'q-where-ukraine').area = area;
    });
    expect(errors.map((e) => e.path)).toEqual([`$.questions[${i}].answer.area`]);
  });

  it('a true/false answer that is not true or false', () => {
    let i = -1;
    const errors = errorsAfter((json) => {
      i = at(json, 'q-tf-kim-pledge');
      json.questions[i]!.answer = 'yes';
    });
    expect(errors.map((e) => e.path)).toEqual([`$.questions[${i}].answer`]);
  });

  it('keeps a "where" answer’s area, and leaves it out where the bank has none', () => {
    const bank = realBank();
    const area = (id: string) => {
      const q = bank.questions.find((x) => x.id === id);
      return q?.type === 'where' ? q.answer.area : 'not a where question';
    };
    expect([area('q-where-ukraine'), area('q-where-china'), area('q-where-alaska'), area('q-where-beijing')]).toEqual(['country:UA', 'country:CN', 'region:alaska', undefined]);
  });

  it('gives a "where" answer a radius of 0 and a scale of 2000 km when the bank leaves them out', () => {
    const json = realBankJson();
    const a = answerOf(json, 'q-where-beijing');
    delete a.radiusKm;
    delete a.scaleKm;
    const result = validateBank(json, FILE);
    const q = result.ok ? result.bank.questions.find((x) => x.id === 'q-where-beijing') : undefined;
    expect(q?.type === 'where' && q.answer).toMatchObject({ radiusKm: 0, scaleKm: 2000 });
  });
});

describe('parseBank', () => {
  it.each([['{"schemaVersion": 1,'], [''], ['{ schemaVersion: 1 }'], [realBankText().slice(0, -5)]])('reports invalid JSON at $ (%#)', (text) => {
    const result = parseBank(text, FILE);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ file: FILE, path: '$', message: expect.stringContaining('JSON') })] });
  });

  it('validates what it parsed, with the same paths', () => {
    const json = realBankJson();
    q(json, 0).options = ['only one'];
    const result = parseBank(JSON.stringify(json, null, 2), FILE);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['$.questions[0].options']);
  });

  it('formats an error as "file path: message" for a teacher to read', () => {
    expect(formatBankError({ file: FILE, path: '$.questions[0].options', message: 'a choice question has at most 6 options' })).toBe(
      'questions/broken/bank.json $.questions[0].options: a choice question has at most 6 options',
    );
  });
});

describe('jsonPath', () => {
  it('writes indexes in brackets, names with dots, and odd keys quoted', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['questions', 3, 'options'])).toBe('$.questions[3].options');
    expect(jsonPath(['translations', 'pt-BR', 'prompt'])).toBe('$.translations["pt-BR"].prompt');
  });
});

describe('playableQuestions', () => {
  it('keeps only questions on approved or edited facts', () => {
    const json = realBankJson();
    const statusOf = new Map<string, string>();
    json.facts.forEach((fact, i) => {
      const status = REVIEW_STATUSES[i % REVIEW_STATUSES.length]!;
      fact.review = status;
      statusOf.set(fact.id as string, status);
    });
    const result = validateBank(json, FILE);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const playable = playableQuestions(result.bank);
    const expected = result.bank.questions.filter((x) => ['approved', 'edited'].includes(statusOf.get(x.factId)!));
    expect(playable).toEqual(expected);
    expect(playable.length).toBeGreaterThan(0);
    expect(playable.length).toBeLessThan(result.bank.questions.length);
  });

  it('keeps every question when every fact is approved', () => {
    const bank = realBank();
    expect(playableQuestions(bank)).toEqual(bank.questions);
  });
});
