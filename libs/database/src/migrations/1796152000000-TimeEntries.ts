import { MigrationInterface, QueryRunner } from 'typeorm';

export class TimeEntries1796152000000 implements MigrationInterface {
  name = 'TimeEntries1796152000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "time_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "person" character varying(120) NOT NULL, "day" date NOT NULL, "amount" numeric(5,2) NOT NULL, "unit" character varying(5) NOT NULL, "note" text NOT NULL DEFAULT '', "status" character varying(10) NOT NULL DEFAULT 'pending', "reject_reason" text, "logged_by_id" uuid NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_time_entries_status" CHECK ("status" IN ('pending','approved','rejected')), CONSTRAINT "CHK_time_entries_amount" CHECK ("amount" > 0 AND ("unit" = 'hours' AND "amount" <= 24 OR "unit" = 'days' AND "amount" <= 1)), CONSTRAINT "PK_time_entries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_time_entries_engagement" ON "time_entries" ("engagement_id", "day")`);
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_time_entries_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "time_entries"`);
  }
}
