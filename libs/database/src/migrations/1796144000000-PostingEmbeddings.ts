import { MigrationInterface, QueryRunner } from 'typeorm';

export class PostingEmbeddings1796144000000 implements MigrationInterface {
  name = 'PostingEmbeddings1796144000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "posting_embeddings" ("posting_id" uuid NOT NULL, "kind" character varying(5) NOT NULL, "text_key" character(64) NOT NULL, "vector" real array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_posting_embeddings" PRIMARY KEY ("posting_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "posting_embeddings"`);
  }
}
