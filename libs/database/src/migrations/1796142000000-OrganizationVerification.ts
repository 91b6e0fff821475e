import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationVerification1796142000000 implements MigrationInterface {
  name = 'OrganizationVerification1796142000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "verified_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "FK_organizations_verified_by" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "FK_organizations_verified_by"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "verified_by_id"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "verified_at"`);
  }
}
