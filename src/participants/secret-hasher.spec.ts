import { generateAccessCode, hashSecret, UNMATCHABLE_HASH, verifySecret } from './secret-hasher';

describe('secret hashing', () => {
  it('verifies the right secret and refuses a wrong one', async () => {
    const hash = await hashSecret('K7QD-M2XA-P9TF');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    await expect(verifySecret('K7QD-M2XA-P9TF', hash)).resolves.toBe(true);
    await expect(verifySecret('K7QD-M2XA-P9TG', hash)).resolves.toBe(false);
    await expect(verifySecret('', hash)).resolves.toBe(false);
  });

  it('salts every hash, so equal secrets give different hashes', async () => {
    const [a, b] = await Promise.all([hashSecret('same secret'), hashSecret('same secret')]);
    expect(a).not.toEqual(b);
  });

  it('never matches a malformed or unmatchable stored hash', async () => {
    await expect(verifySecret('x', 'plain-text')).resolves.toBe(false);
    await expect(verifySecret('x', 'scrypt$a$b$c$d$e')).resolves.toBe(false);
    await expect(verifySecret('anything', UNMATCHABLE_HASH)).resolves.toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashSecret('caf\u00e9-mechelen');
    await expect(verifySecret('cafe\u0301-mechelen', hash)).resolves.toBe(true);
  });

  it('generates readable, distinct access codes', () => {
    const codes = new Set(Array.from({ length: 200 }, generateAccessCode));
    expect(codes.size).toBe(200);
    for (const code of codes)
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });
});
