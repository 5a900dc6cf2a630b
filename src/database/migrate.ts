import { loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';

/** `npm run migration:run` / `migration:revert`: the same migrations the app runs at start-up. */
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'run' && command !== 'revert') {
    console.error('usage: migrate run|revert');
    process.exit(2);
  }
  const dataSource = await createDataSource(loadConfig().database).initialize();
  try {
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(
        applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Nothing to apply',
      );
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
