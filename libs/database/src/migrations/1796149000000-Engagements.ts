import { MigrationInterface, QueryRunner } from 'typeorm';

export class Engagements1796149000000 implements MigrationInterface {
  name = 'Engagements1796149000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "need_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "host_organization_id" uuid NOT NULL, "provider_organization_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'agreed', "mechanism" character varying(30), "start_date" date, "end_date" date, "effort_amount" integer, "effort_unit" character varying(5) NOT NULL DEFAULT 'days', "people" jsonb NOT NULL DEFAULT '[]', "work_plan" jsonb NOT NULL DEFAULT '[]', "host_signed_at" TIMESTAMP WITH TIME ZONE, "provider_signed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 1, "changed_by" character varying(8), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_engagements_status" CHECK ("status" IN ('agreed','agreement_signed','under_way','completed','evaluated','cancelled')), CONSTRAINT "CHK_engagements_effort" CHECK ("effort_unit" IN ('days','hours') AND ("effort_amount" IS NULL OR "effort_amount" > 0)), CONSTRAINT "CHK_engagements_period" CHECK ("start_date" IS NULL OR "end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_engagements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_engagements_proposal" ON "engagements" ("proposal_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_engagements_host" ON "engagements" ("host_organization_id", "status")`);
    await queryRunner.query(`CREATE INDEX "IDX_engagements_provider" ON "engagements" ("provider_organization_id", "status")`);
    await queryRunner.query(
      `ALTER TABLE "engagements" ADD CONSTRAINT "FK_engagements_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "engagements"`);
  }
}
