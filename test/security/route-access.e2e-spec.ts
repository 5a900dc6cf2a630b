import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ANY_PARTICIPANT_KEY, IS_PUBLIC_KEY, ROLES_KEY } from '../../src/common/auth/decorators';
import { startTestApp, type TestApp } from '../support/test-app';

const MESSAGE_METADATA = 'message';

/**
 * Every HTTP route and every socket message must say who may use it: @Public(), @Roles(…) or
 * @AnyParticipant('what the service checks'). A route added without one fails this test, so
 * "forgot to protect it" cannot ship silently (OWASP API1/API5).
 */
describe('every route and message declares its access rule', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  function handlers(kind: 'controllers' | 'gateways') {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const wrappers = kind === 'controllers' ? discovery.getControllers() : discovery.getProviders();
    const found: Array<{ name: string; rules: string[] }> = [];
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[method] as object;
        const isRoute =
          kind === 'controllers' &&
          Reflect.getMetadata(METHOD_METADATA, handler) !== undefined &&
          Reflect.getMetadata(PATH_METADATA, handler) !== undefined;
        const message = Reflect.getMetadata(MESSAGE_METADATA, handler) as string | undefined;
        if (!isRoute && !(kind === 'gateways' && message)) continue;
        const targets = [handler as () => void, wrapper.metatype as () => void];
        const rules = [
          reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) ? 'public' : null,
          reflector.getAllAndOverride<string[]>(ROLES_KEY, targets) ? 'roles' : null,
          reflector.getAllAndOverride<string>(ANY_PARTICIPANT_KEY, targets)
            ? 'any-participant'
            : null,
        ].filter((r): r is string => r !== null);
        found.push({ name: `${wrapper.name}.${method}${message ? ` (${message})` : ''}`, rules });
      }
    }
    return found;
  }

  it('for every controller route', () => {
    const routes = handlers('controllers');
    expect(routes.length).toBeGreaterThan(35);
    expect(
      routes
        .filter((r) => r.rules.length !== 1)
        .map((r) => `${r.name}: ${r.rules.join(', ') || 'none'}`),
    ).toEqual([]);
  });

  it('for every gateway message', () => {
    const messages = handlers('gateways');
    expect(messages.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('(vote:cast)'),
        expect.stringContaining('(session:join)'),
      ]),
    );
    expect(
      messages
        .filter((m) => m.rules.length !== 1)
        .map((m) => `${m.name}: ${m.rules.join(', ') || 'none'}`),
    ).toEqual([]);
  });
});
