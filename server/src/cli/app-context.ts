import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config';

/** The app without HTTP, for one-off commands; configured from the same environment as the server. */
export async function withAppContext(work: (app: INestApplicationContext, config: AppConfig) => Promise<void>): Promise<void> {
  let app: INestApplicationContext | null = null;
  try {
    const config = loadConfig();
    app = await NestFactory.createApplicationContext(AppModule.with({ ...config, logLevel: 'silent' }), { logger: false });
    await work(app, config);
  } catch (error) {
    process.stderr.write(
      `${error instanceof ConfigError ? 'Configuration error' : 'Failed'}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  } finally {
    await app?.close();
  }
}
