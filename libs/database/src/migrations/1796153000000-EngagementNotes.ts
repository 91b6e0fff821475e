import { MigrationInterface, QueryRunner } from 'typeorm';

export class EngagementNotes1796153000000 implements MigrationInterface {
  name = 'EngagementNotes1796153000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "engagement_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "side" character varying(8) NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_engagement_notes_side" CHECK ("side" IN ('host','provider')), CONSTRAINT "PK_engagement_notes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_engagement_notes_engagement" ON "engagement_notes" ("engagement_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "engagement_notes" ADD CONSTRAINT "FK_engagement_notes_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "engagement_notes"`);
  }
}
