import { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalData1796143000000 implements MigrationInterface {
  name = 'PersonalData1796143000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "retention_warned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    // Until their next sign-in, existing accounts count as seen when this version starts.
    await queryRunner.query(`UPDATE "users" SET "last_seen_at" = now()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "retention_warned_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_seen_at"`);
  }
}
