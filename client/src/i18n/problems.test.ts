import { describe, expect, it } from 'vitest';
import type { InputProblem, Language } from '#contract';
import { ApiError, splitFieldErrors } from '../api/api-error';
import { errorText } from '../components/errors';
import { ar } from './ar';
import { arDrafting } from './ar-drafting';
import { arStaff } from './ar-staff';
import type { Messages } from './catalogue';
import { en } from './en';
import { enDrafting } from './en-drafting';
import { enStaff } from './en-staff';
import { es } from './es';
import { esStaff } from './es-staff';
import { Formatter } from './format';
import { fr } from './fr';
import { frDrafting } from './fr-drafting';
import { frStaff } from './fr-staff';
import { problemText, problemWithField, type Wording } from './problems';
import { ru } from './ru';
import { ruDrafting } from './ru-drafting';
import { ruStaff } from './ru-staff';
import { zh } from './zh';

const CATALOGUES: Record<Language, Messages> = { en, fr, es, ar, zh, ru };
const wording = (language: Language): Wording => ({
  t: CATALOGUES[language],
  fmt: new Formatter(language),
});

const COUNTRY: InputProblem = {
  field: 'country',
  rule: 'isISO31661Alpha2',
  message: 'country must be a valid ISO31661 Alpha2 code',
};
const TOO_LONG = (max: number): InputProblem => ({
  field: 'name',
  rule: 'maxLength',
  params: { max },
  message: `name must be shorter than or equal to ${max} characters`,
});

describe('server input problems in the user’s language', () => {
  it('words a rule without parameters in each language, never in the English message', () => {
    expect(problemText(wording('es'), COUNTRY)).toBe(
      'Debe ser un código de país de dos letras (ISO 3166-1), como BE o MX.',
    );
    expect(problemText(wording('fr'), COUNTRY)).toBe(
      'Doit être un code pays à deux lettres (ISO 3166-1), par exemple BE ou MX.',
    );
    for (const language of ['fr', 'es', 'ar', 'zh', 'ru'] as const)
      expect(problemText(wording(language), COUNTRY)).not.toMatch(/ISO31661|must/);
  });

  it('fills the rule’s parameters, with the plural each language needs', () => {
    expect(problemText(wording('en'), TOO_LONG(200))).toBe('Must be at most 200 characters long.');
    expect(problemText(wording('en'), TOO_LONG(1))).toBe('Must be at most 1 character long.');
    expect(problemText(wording('fr'), TOO_LONG(200))).toBe('Doit compter au plus 200 caractères.');
    expect(problemText(wording('ru'), TOO_LONG(21))).toBe('Должно содержать не более 21 символа.');
    expect(problemText(wording('ru'), TOO_LONG(200))).toBe(
      'Должно содержать не более 200 символов.',
    );
    expect(problemText(wording('ar'), TOO_LONG(2))).toBe('يجب ألا يزيد على حرفين.');
    expect(problemText(wording('ar'), TOO_LONG(11))).toBe('يجب ألا يزيد على 11 حرفًا.');
    expect(problemText(wording('zh'), TOO_LONG(200))).toBe('最多只能有200个字符。');
    const empty = { field: 'organisation', rule: 'minLength', params: { min: 1 }, message: 'x' };
    expect(problemText(wording('es'), empty)).toBe('No puede estar vacío.');
    expect(problemText(wording('ru'), { ...empty, params: { min: 3 } })).toBe(
      'Должно содержать не менее 3 символов.',
    );
  });

  it('lists allowed values as alternatives, numbers in the language’s digits grouping', () => {
    const role: InputProblem = {
      field: 'role',
      rule: 'isIn',
      params: { values: ['delegate', 'moderator', 'observer'] },
      message: 'role must be one of the following values: delegate, moderator, observer',
    };
    expect(problemText(wording('en'), role)).toBe(
      'Must be one of delegate, moderator or observer.',
    );
    expect(problemText(wording('es'), role)).toBe(
      'Debe ser uno de estos valores: delegate, moderator u observer.',
    );
    const rows = { field: 'body', rule: 'csvTooManyRows', params: { max: 5000 }, message: 'x' };
    expect(problemText(wording('fr'), rows)).toBe(
      'Le fichier compte plus de 5\u202f000 participant·es\u00a0: divisez-le.',
    );
  });

  it('words the CSV import’s own rules', () => {
    const duplicate: InputProblem = {
      field: 'email',
      rule: 'duplicateInFile',
      params: { email: 'lucas@mechelen.example', firstLine: 2 },
      message: 'email lucas@mechelen.example already appears on line 2',
    };
    expect(problemWithField(wording('es'), duplicate)).toBe(
      'email: lucas@mechelen.example ya figura en la línea 2 del archivo.',
    );
    const columns: InputProblem = {
      field: 'body',
      rule: 'csvMissingColumns',
      params: { columns: ['name', 'email'], expected: ['name', 'email', 'role'] },
      message: 'body: the CSV header must have the columns …',
    };
    expect(problemWithField(wording('fr'), columns)).toBe(
      'Il manque à la première ligne les colonnes name et email. Colonnes attendues\u00a0: name,email,role.',
    );
  });

  it('words the services’ own rules: times, time zones, moderators', () => {
    const ends = { field: 'endsAt', rule: 'afterStart', message: 'endsAt must be after startsAt' };
    expect(problemText(wording('es'), ends)).toBe('Debe ser posterior al inicio.');
    const tz = { field: 'timezone', rule: 'isTimeZone', message: 'x' };
    expect(problemText(wording('ru'), tz)).toBe(
      'Должно быть часовым поясом, например Europe/Brussels.',
    );
    const moderator: InputProblem = {
      field: 'participantIds.1',
      rule: 'notModerator',
      params: { name: 'Hana Kim', role: 'delegate' },
      message: 'participantIds.1 must be a moderator or secretariat account (is delegate)',
    };
    const until = { field: 'until', rule: 'withinDays', params: { max: 90 }, message: 'x' };
    expect(problemText(wording('ru'), until)).toBe('Не позднее чем через 90 дней.');
    expect(problemText(wording('ar'), until)).toBe('يجب ألا يتجاوز 90 يومًا من الآن.');
    const same = { field: 'text', rule: 'sameAsCurrent', message: 'x' };
    expect(problemText(wording('zh'), same)).toBe('必须不同于该段的现有措辞。');
    // The role in the reader's language too.
    expect(problemText(wording('fr'), moderator)).toBe(
      'Hana Kim n’a pas de compte de modération ni de secrétariat (rôle\u00a0: Délégué·e).',
    );
  });

  it('falls back to the English message for an unknown rule or missing parameters', () => {
    const unknown = { field: 'x', rule: 'isShinyNewRule', message: 'x must shine' };
    expect(problemText(wording('es'), unknown)).toBe('x must shine');
    expect(problemWithField(wording('es'), unknown)).toBe('x must shine');
    const bare = { ...TOO_LONG(5), params: undefined };
    expect(problemText(wording('fr'), bare)).toBe(bare.message);
    // A prototype key is no rule.
    expect(problemText(wording('fr'), { ...unknown, rule: 'constructor' })).toBe('x must shine');
  });

  it('puts worded problems under their fields and names the field of the others', () => {
    const error = ApiError.fromBody(400, {
      statusCode: 400,
      code: 'INVALID_INPUT',
      message: [TOO_LONG(200).message, COUNTRY.message],
      problems: [TOO_LONG(200), COUNTRY],
    });
    expect(splitFieldErrors(error, ['name'] as const, wording('es'))).toEqual({
      byField: { name: ['Debe tener como máximo 200 caracteres.'] },
      general: ['country: Debe ser un código de país de dos letras (ISO 3166-1), como BE o MX.'],
    });
    // Without a wording, the server's messages as before.
    expect(splitFieldErrors(error, ['name'] as const).byField.name).toEqual([
      TOO_LONG(200).message,
    ]);
    expect(errorText(fr, error, new Formatter('fr'))).toBe(
      'name\u00a0: Doit compter au plus 200 caractères. country\u00a0: Doit être un code pays à deux lettres (ISO 3166-1), par exemple BE ou MX.',
    );
  });
});

describe('plurals', () => {
  it('counts speaking turns in each language’s forms', () => {
    expect([1, 2].map((n) => en.speakers.turns(n))).toEqual(['1 turn', '2 turns']);
    expect([0, 1, 2].map((n) => fr.speakers.turns(n))).toEqual([
      '0 intervention',
      '1 intervention',
      '2 interventions',
    ]);
    expect([1, 3, 5, 21].map((n) => ru.speakers.turns(n))).toEqual([
      '1 выступление',
      '3 выступления',
      '5 выступлений',
      '21 выступление',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.speakers.turns(n))).toEqual([
      'لا كلمات',
      'كلمة واحدة',
      'كلمتان',
      '3 كلمات',
      '11 كلمةً',
      '100 كلمة',
    ]);
    expect(zh.speakers.turns(1)).toBe('发言1次');
  });

  it('names one paragraph or several where silence was broken', () => {
    const broken = (count: number, numbers: string) => ({
      name: 'Maria Santos',
      organisation: 'Filipino Migrant Workers Network',
      numbers,
      count,
      reason: 'No.',
    });
    expect(enDrafting.drafts.brokenBy(broken(1, '2'))).toBe(
      'Silence was broken by Maria Santos (Filipino Migrant Workers Network) on paragraph 2: No.',
    );
    expect(enDrafting.drafts.brokenBy(broken(2, '2 and 3'))).toMatch(
      /on paragraphs 2 and 3: No\.$/,
    );
    expect(frDrafting.drafts.brokenBy(broken(1, '2'))).toMatch(/sur le paragraphe 2\u00a0: No\.$/);
    expect(ruDrafting.drafts.brokenBy(broken(2, '2 и 3'))).toMatch(/по пунктам 2 и 3: No\.$/);
    expect(arDrafting.drafts.brokenBy(broken(2, '2 و3'))).toMatch(/بشأن الفقرتين 2 و3/);
  });

  it('sums up an import with both counts agreeing', () => {
    expect(enStaff.importSummary({ created: 1, skipped: 2 })).toBe('1 created, 2 skipped.');
    expect(frStaff.importSummary({ created: 1, skipped: 2 })).toBe('1 créé·e, 2 ignoré·es.');
    expect(esStaff.importSummary({ created: 1, skipped: 0 })).toBe('1 creado, 0 omitidos.');
    expect(ruStaff.importSummary({ created: 2, skipped: 5 })).toBe(
      'Создано 2 участника, пропущено 5 строк.',
    );
    expect(ruStaff.importSummary({ created: 1, skipped: 1 })).toBe(
      'Создан 1 участник, пропущена 1 строка.',
    );
    expect(arStaff.importSummary({ created: 2, skipped: 1 })).toBe(
      'أُنشئ مشاركان، وتُجووز سطر واحد.',
    );
  });
});
