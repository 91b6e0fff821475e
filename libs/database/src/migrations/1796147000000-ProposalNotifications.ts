import { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications tell a proposal's news too: each row is about a suggestion or a proposal. */
export class ProposalNotifications1796147000000 implements MigrationInterface {
  name = 'ProposalNotifications1796147000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "suggestion_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "side" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "proposal_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "event" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "organization_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_subject" CHECK (("suggestion_id" IS NOT NULL AND "side" IS NOT NULL AND "proposal_id" IS NULL AND "event" IS NULL) OR ("proposal_id" IS NOT NULL AND "event" IS NOT NULL AND "organization_id" IS NOT NULL AND "suggestion_id" IS NULL AND "side" IS NULL))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notifications_proposal_event_user" ON "notifications" ("proposal_id", "event", "user_id") WHERE "proposal_id" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE "proposal_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_proposal"`);
    await queryRunner.query(`DROP INDEX "UQ_notifications_proposal_event_user"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_subject"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "organization_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "event"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "proposal_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "side" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "suggestion_id" SET NOT NULL`);
  }
}
