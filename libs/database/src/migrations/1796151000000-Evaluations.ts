import { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluations1796151000000 implements MigrationInterface {
  name = 'Evaluations1796151000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "side" character varying(8) NOT NULL, "organization_id" uuid NOT NULL, "subject_organization_id" uuid NOT NULL, "rating" smallint NOT NULL, "delivered" text NOT NULL, "again" boolean NOT NULL, "comment" text NOT NULL DEFAULT '', "show_comment" boolean NOT NULL DEFAULT false, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_evaluations_side" CHECK ("side" IN ('host','provider')), CONSTRAINT "CHK_evaluations_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_evaluations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_evaluations_engagement_side" ON "evaluations" ("engagement_id", "side")`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluations_subject" ON "evaluations" ("subject_organization_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_evaluations_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "evaluations"`);
  }
}
