import { MigrationInterface, QueryRunner } from 'typeorm';

/** A suggestion's latest proposal, read with every page of suggestions, found through an index. */
export class ProposalsBySuggestion1796157000000 implements MigrationInterface {
  name = 'ProposalsBySuggestion1796157000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_proposals_suggestion" ON "proposals" ("suggestion_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_proposals_suggestion"`);
  }
}
