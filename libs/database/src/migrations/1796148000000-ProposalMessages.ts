import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalMessages1796148000000 implements MigrationInterface {
  name = 'ProposalMessages1796148000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposal_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_proposal_messages" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_proposal_messages_thread" ON "proposal_messages" ("proposal_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "proposal_messages" ADD CONSTRAINT "FK_proposal_messages_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "proposal_messages"`);
  }
}
