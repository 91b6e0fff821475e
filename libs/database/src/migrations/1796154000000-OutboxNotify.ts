import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every insert into the outbox notifies the channel `outbox_events` at commit: the relay wakes at once instead of at its next poll. */
export class OutboxNotify1796154000000 implements MigrationInterface {
  name = 'OutboxNotify1796154000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "outbox_events_notify"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('outbox_events', ''); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_outbox_events_notify" AFTER INSERT ON "outbox_events" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_events_notify"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_outbox_events_notify" ON "outbox_events"`);
    await queryRunner.query(`DROP FUNCTION "outbox_events_notify"()`);
  }
}
