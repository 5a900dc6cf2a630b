import { createHmac } from 'node:crypto';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Hand-made JWTs for attacks the real issuer never produces (alg:none, wrong key, expired...). */
export function craftToken(
  payload: Record<string, unknown>,
  options: { secret?: string; alg?: 'HS256' | 'none' | 'HS512' } = {},
): string {
  const alg = options.alg ?? 'HS256';
  const head = b64({ alg, typ: 'JWT' });
  const body = b64(payload);
  if (alg === 'none') return `${head}.${body}.`;
  const hash = alg === 'HS512' ? 'sha512' : 'sha256';
  const signature = createHmac(hash, options.secret ?? 'wrong-secret')
    .update(`${head}.${body}`)
    .digest('base64url');
  return `${head}.${body}.${signature}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
