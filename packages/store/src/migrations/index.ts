import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import type { Kysely } from 'kysely';
import { StoreError } from '../error.js';
import { init } from './0001_init.js';
import { speakerCountry } from './0002_speaker_country.js';
import { relations } from './0003_relations.js';
import { storyBandKeys } from './0004_story_band_keys.js';

/** Every migration, in order; names sort in that order. Add one, never edit one that has shipped. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_init': init,
  '0002_speaker_country': speakerCountry,
  '0003_relations': relations,
  '0004_story_band_keys': storyBandKeys,
};

/**
 * Applies the migrations the database has not seen yet and returns their names (none when current).
 * PostgreSQL takes an advisory lock and SQLite the write lock, so concurrent opens apply each once.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return migrate(db, (migrator) => migrator.migrateToLatest());
}

/**
 * Applies the migrations up to `last` (by name) and no further: for tests that build a database as
 * an older release left it, and then open it with this one.
 */
export async function _migrateUpTo(db: Kysely<any>, last: string): Promise<string[]> {
  return migrate(db, (migrator) => migrator.migrateTo(last));
}

async function migrate(db: Kysely<any>, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'accord_migration',
    migrationLockTableName: 'accord_migration_lock',
  });
  const { error, results = [] } = await run(migrator);
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'the migration table';
    const said = error instanceof Error ? error.message : String(error);
    throw new StoreError('migration_failed', `migrating the database failed at ${failed} (${said}); fix that and open the store again`, { cause: error });
  }
  return results.map((r) => r.migrationName);
}
