import { MigrationInterface, QueryRunner } from 'typeorm';

export class FailedJobRetries1796141000000 implements MigrationInterface {
  name = 'FailedJobRetries1796141000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "failed_jobs" ADD "permanent" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "failed_jobs" ADD "auto_retries" integer NOT NULL DEFAULT 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "failed_jobs" DROP COLUMN "auto_retries"`);
    await queryRunner.query(`ALTER TABLE "failed_jobs" DROP COLUMN "permanent"`);
  }
}
