import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
  silent: [],
};

/**
 * Nest's start-up chatter: one line per module, route and socket message mapped. Useful when
 * debugging the wiring (LOG_LEVEL=debug), noise at every start otherwise.
 */
const WIRING_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'WebSocketsController',
]);

/** The words people read in LOG_LEVEL, not Nest's "log". */
const LEVEL_NAMES: Record<LogLevel, string> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * The application's logger. `json` (the production default): one JSON object per line, for log
 * collectors. `pretty` (the development default): short lines a person reads —
 * `10:30:02 info  [Demo] Loaded the Mechelen 2017 demo conference in 412 ms` — coloured on a
 * terminal (NO_COLOR turns colours off). Either way Nest's wiring lines are debug, not info.
 */
export class AppLogger extends ConsoleLogger {
  private readonly pretty: boolean;

  constructor(format: AppConfig['logFormat'], level: AppConfig['logLevel'], colors: boolean) {
    super({
      json: format === 'json',
      colors: format === 'pretty' && colors,
      logLevels: LEVELS[level],
    });
    this.pretty = format === 'pretty';
  }

  protected override printMessages(
    messages: unknown[],
    context = '',
    logLevel: LogLevel = 'log',
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    if (logLevel === 'log' && WIRING_CONTEXTS.has(context)) {
      if (!this.isLevelEnabled('debug')) return;
      logLevel = 'debug';
    }
    super.printMessages(messages, context, logLevel, writeStreamType, errorStack);
  }

  protected override formatMessage(
    logLevel: LogLevel,
    message: unknown,
    pidMessage: string,
    formattedLogLevel: string,
    contextMessage: string,
    timestampDiff: string,
  ): string {
    if (!this.pretty)
      return super.formatMessage(
        logLevel,
        message,
        pidMessage,
        formattedLogLevel,
        contextMessage,
        timestampDiff,
      );
    const level = this.colorize(LEVEL_NAMES[logLevel].padEnd(5), logLevel);
    return `${clock()} ${level} ${contextMessage}${this.stringifyMessage(message, logLevel)}\n`;
  }

  /** Objects (the request log's lines) as `key=value` pairs rather than an inspected object. */
  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    if (this.pretty && message && typeof message === 'object' && !Array.isArray(message)) {
      const proto = Object.getPrototypeOf(message) as unknown;
      if (proto === Object.prototype || proto === null)
        return Object.entries(message)
          .filter(([, value]) => value !== undefined)
          .map(
            ([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
          )
          .join(' ');
    }
    return super.stringifyMessage(message, logLevel) as string;
  }
}

function clock(date = new Date()): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}
