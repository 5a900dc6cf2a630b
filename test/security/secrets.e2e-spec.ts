import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signInAdmin } from '../support/actors';
import { startTestApp } from '../support/test-app';

const ROOT = join(__dirname, '..', '..');

/** Shapes of credentials that must never be committed. */
const SECRET_PATTERNS: Array<[string, RegExp]> = [
  ['private key', /-----BEGIN (RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----/],
  ['AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/],
  ['signed JWT', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}\b/],
  ['JWT_SECRET assignment', /JWT_SECRET\s*=\s*['"]?[A-Za-z0-9+/=_-]{16,}/],
  ['password in a URL', /postgres(ql)?:\/\/[^:\s/]+:(?!agora@|password@|\$)[^@\s]{6,}@/],
];

/** Known, harmless hits: the throwaway secret the e2e suites sign their test tokens with. */
const ALLOWED = new Set(['test/support/test-app.ts: JWT_SECRET assignment']);

describe('no secrets in the repository, none in the logs', () => {
  it('finds no credential in any tracked file', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => /(^|\/)\.env(\..*)?$/.test(f) && !f.endsWith('.example'))).toEqual(
      [],
    );
    const hits: string[] = [];
    for (const file of files) {
      if (/\.(png|jpg|ico|woff2?|ttf|docx|pdf|sqlite)$/.test(file) || file === 'package-lock.json')
        continue;
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [what, pattern] of SECRET_PATTERNS)
        if (pattern.test(text) && !ALLOWED.has(`${file}: ${what}`)) hits.push(`${file}: ${what}`);
    }
    expect(hits).toEqual([]);
  });

  it('never writes a token, an access code or a password to the logs', async () => {
    let logs = '';
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = (chunk: string) => ((logs += String(chunk)), true);
    process.stderr.write = (chunk: string) => ((logs += String(chunk)), true);
    try {
      const t = await startTestApp({ env: { LOG_LEVEL: 'debug' } });
      try {
        const admin = await signInAdmin(t.http);
        const created = await t.http.post('/api/v1/participants').set(admin.auth).send({
          name: 'Logged',
          email: 'logged@agora.test',
          organisation: 'O',
          constituency: 'academia',
          country: 'BE',
          role: 'delegate',
        });
        await t.http
          .post('/api/v1/auth/login')
          .send({ email: 'logged@agora.test', password: 'a-wrong-secret-guess' });
        await t.http.get('/api/v1/auth/me?token=' + admin.token).set(admin.auth);
        await t.http.get('/api/v1/nowhere').set(admin.auth);
        expect(logs).toContain('/api/v1/auth/me'); // requests are logged…
        for (const secret of [
          admin.token,
          created.body.accessCode as string,
          'admin-password-1',
          'a-wrong-secret-guess',
        ]) {
          expect(logs.includes(secret)).toBe(false); // …but never what authenticates them
        }
      } finally {
        await t.close();
      }
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
  });
});
