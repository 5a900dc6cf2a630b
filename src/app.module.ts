import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CommentsModule } from './comments/comments.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { clientDistPath } from './common/client-dist';
import { setClientCacheHeaders } from './common/http/client-assets';
import { RequestLoggerMiddleware } from './common/http/request-logger.middleware';
import { HttpThrottleGuard } from './common/http/throttle.guard';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ConferencesModule } from './conferences/conferences.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DraftsModule } from './drafts/drafts.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { HealthModule } from './health/health.module';
import { ParticipantsModule } from './participants/participants.module';
import { PortabilityModule } from './portability/portability.module';
import { PrivacyModule } from './privacy/privacy.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ReportsModule } from './reports/reports.module';
import { SessionsModule } from './sessions/sessions.module';
import { SpeakersModule } from './speakers/speakers.module';
import { VotesModule } from './votes/votes.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config?: AppConfig): DynamicModule {
    const client = clientDistPath();
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        EventEmitterModule.forRoot({ wildcard: false, ignoreErrors: false }),
        ThrottlerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (c: AppConfig) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: c.throttlePerMinute }],
          }),
        }),
        DatabaseModule.forRoot(),
        FrameworksModule,
        AuditModule,
        AuthModule,
        ParticipantsModule,
        PrivacyModule,
        PortabilityModule,
        ConferencesModule,
        IdempotencyModule,
        SessionsModule,
        RecommendationsModule,
        VotesModule,
        CommentsModule,
        SpeakersModule,
        RealtimeModule,
        ReportsModule,
        DraftsModule,
        HealthModule,
        DemoModule,
        // The web client, with index.html for every path that is not the API, the socket or health.
        ...(client
          ? [
              ServeStaticModule.forRoot({
                rootPath: client,
                exclude: ['/api/{*path}', '/live/{*path}', '/health'],
                serveStaticOptions: { setHeaders: setClientCacheHeaders },
              }),
            ]
          : []),
      ],
      providers: [{ provide: APP_GUARD, useClass: HttpThrottleGuard }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggerMiddleware).forRoutes('*path');
  }
}
