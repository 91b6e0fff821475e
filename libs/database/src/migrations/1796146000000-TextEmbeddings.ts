import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations' presentations are embedded too: the table of posting embeddings takes any text's. */
export class TextEmbeddings1796146000000 implements MigrationInterface {
  name = 'TextEmbeddings1796146000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posting_embeddings" RENAME TO "text_embeddings"`);
    await queryRunner.query(`ALTER TABLE "text_embeddings" RENAME COLUMN "posting_id" TO "subject_id"`);
    await queryRunner.query(`ALTER TABLE "text_embeddings" RENAME CONSTRAINT "PK_posting_embeddings" TO "PK_text_embeddings"`);
    await queryRunner.query(`ALTER TABLE "text_embeddings" ALTER COLUMN "kind" TYPE character varying(12)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "text_embeddings" WHERE "kind" = 'organization'`);
    await queryRunner.query(`ALTER TABLE "text_embeddings" ALTER COLUMN "kind" TYPE character varying(5)`);
    await queryRunner.query(`ALTER TABLE "text_embeddings" RENAME CONSTRAINT "PK_text_embeddings" TO "PK_posting_embeddings"`);
    await queryRunner.query(`ALTER TABLE "text_embeddings" RENAME COLUMN "subject_id" TO "posting_id"`);
    await queryRunner.query(`ALTER TABLE "text_embeddings" RENAME TO "posting_embeddings"`);
  }
}
