import { MigrationInterface, QueryRunner } from 'typeorm';

export class SignedCopies1796150000000 implements MigrationInterface {
  name = 'SignedCopies1796150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "engagements" ADD "terms_version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(
      `CREATE TABLE "signed_copies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "terms_version" integer NOT NULL, "side" character varying(8) NOT NULL, "document_kind" character varying(40) NOT NULL, "uploaded_by_id" uuid NOT NULL, "storage_key" character varying(200) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_signed_copies_side" CHECK ("side" IN ('host','provider')), CONSTRAINT "PK_signed_copies" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_signed_copies_engagement" ON "signed_copies" ("engagement_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "signed_copies" ADD CONSTRAINT "FK_signed_copies_engagement" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "signed_copies"`);
    await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "terms_version"`);
  }
}
