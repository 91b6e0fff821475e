import { MigrationInterface, QueryRunner } from 'typeorm';

export class Imports1796155000000 implements MigrationInterface {
  name = 'Imports1796155000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" character varying(6) NOT NULL, "created_by_id" uuid NOT NULL, "mode" character varying(5) NOT NULL, "published" boolean NOT NULL, "row_count" integer NOT NULL, "imported_count" integer NOT NULL, "refused" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_imports_kind" CHECK ("kind" IN ('needs','offers')), CONSTRAINT "CHK_imports_mode" CHECK ("mode" IN ('all','valid')), CONSTRAINT "PK_imports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_imports_organization" ON "imports" ("organization_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "FK_imports_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of ['needs', 'offers']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "import_id" uuid`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "matched_at" TIMESTAMP WITH TIME ZONE`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_import" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      );
      // An import's progress counts its postings; most postings have none.
      await queryRunner.query(`CREATE INDEX "IDX_${table}_import" ON "${table}" ("import_id") WHERE "import_id" IS NOT NULL`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['needs', 'offers']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "matched_at"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "import_id"`);
    }
    await queryRunner.query(`DROP TABLE "imports"`);
  }
}
