import { MigrationInterface, QueryRunner } from "typeorm";

export class Invitations1796127273381 implements MigrationInterface {
    name = 'Invitations1796127273381'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(10) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_invitations_role" CHECK ("role" IN ('admin','member')), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitations_open_organization_email" ON "invitations"  ("organization_id", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitations_token_hash" ON "invitations"  ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "email_messages" ADD "redact_after_send" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "email_messages" DROP CONSTRAINT "FK_email_messages_user"`);
        await queryRunner.query(`ALTER TABLE "email_messages" ALTER COLUMN "user_id" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "email_messages" ADD CONSTRAINT "FK_email_messages_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_invitations_invited_by"`);
        await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_invitations_organization"`);
        await queryRunner.query(`ALTER TABLE "email_messages" DROP CONSTRAINT "FK_email_messages_user"`);
        // Hand-written: e-mails to addresses without an account cannot stay once user_id is required again.
        await queryRunner.query(`DELETE FROM "email_messages" WHERE "user_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "email_messages" ALTER COLUMN "user_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "email_messages" ADD CONSTRAINT "FK_email_messages_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "email_messages" DROP COLUMN "redact_after_send"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_invitations_token_hash"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_invitations_open_organization_email"`);
        await queryRunner.query(`DROP TABLE "invitations"`);
    }

}
