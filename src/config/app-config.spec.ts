import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'agora-config-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const base = () => ({ DATABASE_URL: `sqlite:${join(folder, 'db.sqlite')}` });

  it('has the defaults of API.md', () => {
    const config = loadConfig({ ...base(), NODE_ENV: 'development' });
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({
      type: 'sqlite',
      path: join(folder, 'db.sqlite'),
      synchronous: 'NORMAL',
    });
    expect(config.demo).toBe('auto');
    expect(config.tallyIntervalMs).toBe(100);
    expect(config.admin).toBeNull();
    expect(loadConfig({}).database).toMatchObject({
      type: 'sqlite',
      path: expect.stringMatching(/data\/agora\.sqlite$/),
    });
  });

  it('keeps a random development secret in the data folder, readable only by its owner', () => {
    const first = loadConfig(base());
    const second = loadConfig(base());
    expect(first.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwt.secret).toBe(first.jwt.secret);
    const file = join(folder, '.jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.jwt.secret);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('refuses to start in production without a JWT_SECRET, or with a short or predictable one', () => {
    expect(() => loadConfig({ ...base(), NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET is required/,
    );
    expect(() => loadConfig({ ...base(), NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    );
    expect(() =>
      loadConfig({ ...base(), NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(40) }),
    ).toThrow(/predictable/);
    const ok = loadConfig({
      ...base(),
      NODE_ENV: 'production',
      JWT_SECRET: 'k9$Qw2!xZr7@Lm4#Tb8^Vn1&Hs5*Pd3(Jf6)',
    });
    expect(ok.isProduction).toBe(true);
  });

  it('logs pretty lines in development and JSON elsewhere, unless LOG_FORMAT says otherwise', () => {
    expect(loadConfig({ ...base(), NODE_ENV: 'development' }).logFormat).toBe('pretty');
    expect(loadConfig({ ...base(), NODE_ENV: 'test' }).logFormat).toBe('json');
    expect(
      loadConfig({
        ...base(),
        NODE_ENV: 'production',
        JWT_SECRET: 'k9$Qw2!xZr7@Lm4#Tb8^Vn1&Hs5*Pd3(Jf6)',
      }).logFormat,
    ).toBe('json');
    expect(loadConfig({ ...base(), NODE_ENV: 'development', LOG_FORMAT: 'json' }).logFormat).toBe(
      'json',
    );
    expect(() => loadConfig({ ...base(), LOG_FORMAT: 'xml' })).toThrow(
      /LOG_FORMAT must be pretty or json \(got "xml"\)/,
    );
  });

  it('takes the public address from PUBLIC_URL, else localhost and the port', () => {
    expect(loadConfig({ ...base(), PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ ...base(), PUBLIC_URL: 'https://agora.example.org/' }).publicUrl).toBe(
      'https://agora.example.org',
    );
    expect(() => loadConfig({ ...base(), PUBLIC_URL: 'agora.example.org' })).toThrow(/PUBLIC_URL/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        DEMO: 'yes',
        ADMIN_EMAIL: 'a@b.example',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/DEMO/);
      expect(problems).toMatch(/ADMIN_PASSWORD/);
    }
  });

  it('parses postgres URLs, the admin bootstrap, DEMO and allowed origins', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://agora@localhost/agora',
      JWT_SECRET: 'x'.repeat(16) + 'yz0123456789',
      ADMIN_EMAIL: ' Admin@Example.org ',
      ADMIN_PASSWORD: 'long enough',
      DEMO: '0',
      ALLOWED_ORIGINS: 'https://agora.example.org, http://localhost:5173',
    });
    expect(config.database).toEqual({
      type: 'postgres',
      url: 'postgres://agora@localhost/agora',
      poolSize: 10,
    });
    expect(config.admin).toEqual({ email: 'admin@example.org', password: 'long enough' });
    expect(config.demo).toBe(false);
    expect(config.allowedOrigins).toEqual(['https://agora.example.org', 'http://localhost:5173']);
    expect(() => loadConfig({ ...base(), ALLOWED_ORIGINS: 'agora.example.org/path' })).toThrow(
      /ALLOWED_ORIGINS/,
    );
  });
});
