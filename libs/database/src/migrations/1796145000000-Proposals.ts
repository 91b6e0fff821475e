import { MigrationInterface, QueryRunner } from 'typeorm';

export class Proposals1796145000000 implements MigrationInterface {
  name = 'Proposals1796145000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "suggestion_id" uuid NOT NULL, "need_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "proposer_side" character varying(8) NOT NULL, "from_organization_id" uuid NOT NULL, "to_organization_id" uuid NOT NULL, "created_by_id" uuid, "message" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "respond_by" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_id" uuid, "decline_reason" character varying(20), "decline_text" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_proposals_decline_reason" CHECK ("decline_reason" IS NULL OR "decline_reason" IN ('skills','dates','already_found','other')), CONSTRAINT "CHK_proposals_side" CHECK ("proposer_side" IN ('host','provider')), CONSTRAINT "CHK_proposals_status" CHECK ("status" IN ('pending','accepted','declined','withdrawn','expired')), CONSTRAINT "PK_proposals" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_proposals_pending_pair" ON "proposals" ("need_id", "offer_id") WHERE "status" = 'pending'`);
    await queryRunner.query(`CREATE INDEX "IDX_proposals_from" ON "proposals" ("from_organization_id", "status")`);
    await queryRunner.query(`CREATE INDEX "IDX_proposals_to" ON "proposals" ("to_organization_id", "status")`);
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_proposals_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "proposals"`);
  }
}
