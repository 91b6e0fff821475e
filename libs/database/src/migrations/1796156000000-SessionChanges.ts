import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change to a session or to a person notifies the channel `session_changes` at commit, with
 * `session:<id>` or `user:<id>`: an API process that keeps recent sessions in memory forgets
 * them at once (a sign-out, a deleted account, a platform role taken back).
 */
export class SessionChanges1796156000000 implements MigrationInterface {
  name = 'SessionChanges1796156000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "session_changes_notify"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('session_changes', TG_ARGV[0] || ':' || OLD.id); RETURN NULL; END $$`,
    );
    await queryRunner.query(`CREATE TRIGGER "TRG_sessions_changes" AFTER UPDATE OR DELETE ON "sessions" FOR EACH ROW EXECUTE FUNCTION "session_changes_notify"('session')`);
    await queryRunner.query(`CREATE TRIGGER "TRG_users_changes" AFTER UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "session_changes_notify"('user')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_users_changes" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "TRG_sessions_changes" ON "sessions"`);
    await queryRunner.query(`DROP FUNCTION "session_changes_notify"()`);
  }
}
