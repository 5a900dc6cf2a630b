import type { InputProblem, ProblemParams } from '#contract';
import type { Messages } from './en';
import type { Formatter } from './format';

/** What wording a problem needs: the catalogue, and the language's numbers and lists. */
export interface Wording {
  t: Messages;
  fmt: Formatter;
}

type Words = (w: Wording, params: ProblemParams) => string | undefined;

const num = (value: ProblemParams[string] | undefined): number | undefined =>
  typeof value === 'number' ? value : undefined;

const texts = (value: ProblemParams[string] | undefined): string[] | undefined =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : undefined;

const text = (value: ProblemParams[string] | undefined): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/** A message that needs one number; none when the server did not send it. */
function counted<K extends 'min' | 'max'>(
  pick: (t: Messages) => (values: Record<K, number>) => string,
  key: K,
): Words {
  return ({ t }, params) => {
    const n = num(params[key]);
    return n === undefined ? undefined : pick(t)({ [key]: n } as Record<K, number>);
  };
}

const oneOf: Words = ({ t, fmt }, p) => {
  const values = texts(p.values);
  return values ? t.problem.isIn(fmt.alternatives(values)) : undefined;
};

/**
 * Each rule of the server's input problems (class-validator's names, the pipe's own, the CSV
 * import's) and how its parameters fill the catalogue's message. A rule missing here, or one
 * whose parameters did not come, is shown in the server's English words.
 */
const RULES: Record<string, Words> = {
  minLength: counted((t) => t.problem.minLength, 'min'),
  maxLength: counted((t) => t.problem.maxLength, 'max'),
  arrayMinSize: counted((t) => t.problem.arrayMinSize, 'min'),
  arrayMaxSize: counted((t) => t.problem.arrayMaxSize, 'max'),
  withinDays: counted((t) => t.problem.withinDays, 'max'),
  min: ({ t, fmt }, p) => {
    const n = num(p.min);
    return n === undefined ? undefined : t.problem.min(fmt.number(n));
  },
  max: ({ t, fmt }, p) => {
    const n = num(p.max);
    return n === undefined ? undefined : t.problem.max(fmt.number(n));
  },
  isIn: oneOf,
  // IsEnum's parameters are IsIn's.
  isEnum: oneOf,
  equals: ({ t }, p) => {
    const value = text(p.value);
    return value === undefined ? undefined : t.problem.equals(value);
  },
  duplicateInFile: ({ t, fmt }, p) => {
    const email = text(p.email);
    const line = num(p.firstLine);
    return email === undefined || line === undefined
      ? undefined
      : t.problem.duplicateInFile(email, fmt.number(line));
  },
  notModerator: ({ t }, p) => {
    const name = text(p.name);
    const role = text(p.role);
    if (name === undefined || role === undefined) return undefined;
    const roles: Record<string, string> = t.role;
    return t.problem.notModerator(name, Object.hasOwn(roles, role) ? roles[role]! : role);
  },
  deactivated: ({ t }, p) => {
    const name = text(p.name);
    return name === undefined ? undefined : t.problem.deactivated(name);
  },
  alreadyExists: ({ t }, p) => {
    const email = text(p.email);
    return email === undefined ? undefined : t.problem.alreadyExists(email);
  },
  csvSyntax: ({ t, fmt }, p) => {
    const line = num(p.line);
    return line === undefined ? t.problem.csvSyntax : t.problem.csvSyntaxAt(fmt.number(line));
  },
  csvTooManyRows: ({ t, fmt }, p) => {
    const max = num(p.max);
    return max === undefined ? undefined : t.problem.csvTooManyRows(fmt.number(max));
  },
  csvMissingColumns: ({ t, fmt }, p) => {
    const columns = texts(p.columns);
    const expected = texts(p.expected);
    return columns && expected
      ? t.problem.csvMissingColumns(fmt.list(columns), expected.join(','))
      : undefined;
  },
  csvNoRows: ({ t }, p) => {
    const expected = texts(p.expected);
    return expected ? t.problem.csvNoRows(expected.join(',')) : undefined;
  },
  csvUnknownColumns: ({ t, fmt }, p) => {
    const columns = texts(p.columns);
    const expected = texts(p.expected);
    return columns && expected
      ? t.problem.csvUnknownColumns(fmt.list(columns), expected.join(','))
      : undefined;
  },
};

// The rules that need no parameter: their message is a plain text of the catalogue.
const PLAIN = [
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isUUID',
  'isISO8601',
  'isEmail',
  'isISO31661Alpha2',
  'matches',
  'isTranslations',
  'notNull',
  'forbiddenKey',
  'whitelistValidation',
  'csvMissing',
  'afterStart',
  'notBeforeStart',
  'isTimeZone',
  'notParticipant',
  'notForDelete',
  'requiredForKind',
  'sameAsCurrent',
  'inFuture',
] as const satisfies ReadonlyArray<keyof Messages['problem']>;
for (const rule of PLAIN) RULES[rule] = ({ t }) => t.problem[rule];

/**
 * A problem in the user's language, without its field (forms show it under the field); the
 * server's English message when the rule is unknown here or its parameters are missing.
 */
export function problemText(w: Wording, problem: InputProblem): string {
  const words = Object.hasOwn(RULES, problem.rule) ? RULES[problem.rule] : undefined;
  return words?.(w, problem.params ?? {}) ?? problem.message;
}

/**
 * The same with its field named ("country: …"), where it is not shown beside the field; a
 * problem of the whole body (a refused CSV file) names none.
 */
export function problemWithField(w: Wording, problem: InputProblem): string {
  const words = Object.hasOwn(RULES, problem.rule) ? RULES[problem.rule] : undefined;
  const worded = words?.(w, problem.params ?? {});
  if (worded === undefined) return problem.message;
  return problem.field === 'body' ? worded : w.t.fieldProblem(problem.field, worded);
}
