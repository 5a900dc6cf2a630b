import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { ProblemParams } from '#contract';

type Param = ProblemParams[string];

const isPrimitive = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

const scalar = (name: string, value: unknown): ProblemParams | undefined =>
  isPrimitive(value) ? { [name]: value } : undefined;

const list = (value: unknown): Param | undefined =>
  Array.isArray(value) && value.length > 0 && value.every(isPrimitive) ? value : undefined;

/**
 * What a client needs to word each rule in its own language: the limits and the allowed values
 * behind class-validator's English message. Rules not listed carry no parameter (`isEmail`,
 * `isISO31661Alpha2`: their name says it all).
 */
const RULE_PARAMS: Record<string, (constraints: unknown[]) => ProblemParams | undefined> = {
  minLength: ([min]) => scalar('min', min),
  maxLength: ([max]) => scalar('max', max),
  length: ([min, max]) =>
    isPrimitive(min) && isPrimitive(max) ? { min, max } : scalar('min', min),
  min: ([min]) => scalar('min', min),
  max: ([max]) => scalar('max', max),
  arrayMinSize: ([min]) => scalar('min', min),
  arrayMaxSize: ([max]) => scalar('max', max),
  equals: ([value]) => scalar('value', value),
  isIn: ([values]) => {
    const allowed = list(values);
    return allowed ? { values: allowed } : undefined;
  },
  // IsEnum stores the enum object and then its values.
  isEnum: ([, values]) => {
    const allowed = list(values);
    return allowed ? { values: allowed } : undefined;
  },
};

/**
 * The parameters of the rule `rule` that `error` broke, read from the validation metadata of the
 * class being validated (class-validator's error carries the rule's name and English text only).
 */
export function ruleParams(error: ValidationError, rule: string): ProblemParams | undefined {
  const read = RULE_PARAMS[rule];
  const target = error.target;
  if (!read || !target || typeof target !== 'object') return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === rule);
  return metadata?.constraints ? read(metadata.constraints as unknown[]) : undefined;
}
