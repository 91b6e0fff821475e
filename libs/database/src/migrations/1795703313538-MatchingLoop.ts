import { MigrationInterface, QueryRunner } from "typeorm";

export class MatchingLoop1795703313538 implements MigrationInterface {
    name = 'MatchingLoop1795703313538'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "email_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character varying(120) NOT NULL, "user_id" uuid NOT NULL, "to_address" character varying(254) NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_922cad79d5a315f5d1d06b077da" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_email_messages_dedupe_key" ON "email_messages"  ("dedupe_key") `);
        await queryRunner.query(`CREATE TABLE "failed_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "queue" character varying(40) NOT NULL, "job_name" character varying(40) NOT NULL, "job_id" character varying(200) NOT NULL, "data" jsonb NOT NULL, "error" text NOT NULL, "attempts" integer NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "replayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_11f22f1f6ab8927d72c0ccb700b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_failed_jobs_queue_job" ON "failed_jobs"  ("queue", "job_id") `);
        await queryRunner.query(`CREATE TABLE "suggestions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "need_organization_id" uuid NOT NULL, "offer_organization_id" uuid NOT NULL, "score" real NOT NULL, "reasons" jsonb NOT NULL, "mechanisms" character varying(30) array NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_suggestions_status" CHECK ("status" IN ('active','stale')), CONSTRAINT "PK_745bbcb037ac379969b5fc7b352" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_suggestions_offer" ON "suggestions"  ("offer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_suggestions_need_offer" ON "suggestions"  ("need_id", "offer_id") `);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "suggestion_id" uuid NOT NULL, "side" character varying(5) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "digested_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_notifications_user_created" ON "notifications"  ("user_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notifications_suggestion_user" ON "notifications"  ("suggestion_id", "user_id") `);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "search_text"`);
        await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "search_text"`);
        await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "search_text"`);
        await queryRunner.query(`ALTER TABLE "skills" DROP COLUMN "search_en"`);
        await queryRunner.query(`ALTER TABLE "skills" DROP COLUMN "search_fr"`);
        await queryRunner.query(`ALTER TABLE "users" ADD "email_preference" character varying(10) NOT NULL DEFAULT 'immediate'`);
        await queryRunner.query(`ALTER TABLE "skills" ADD "broader_ids" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "email_messages" ADD CONSTRAINT "FK_email_messages_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "suggestions" ADD CONSTRAINT "FK_suggestions_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "suggestions" ADD CONSTRAINT "FK_suggestions_offer" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_suggestion"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_user"`);
        await queryRunner.query(`ALTER TABLE "suggestions" DROP CONSTRAINT "FK_suggestions_offer"`);
        await queryRunner.query(`ALTER TABLE "suggestions" DROP CONSTRAINT "FK_suggestions_need"`);
        await queryRunner.query(`ALTER TABLE "email_messages" DROP CONSTRAINT "FK_email_messages_user"`);
        await queryRunner.query(`ALTER TABLE "skills" DROP COLUMN "broader_ids"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_preference"`);
        await queryRunner.query(`ALTER TABLE "skills" ADD "search_fr" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "skills" ADD "search_en" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "offers" ADD "search_text" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "needs" ADD "search_text" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "search_text" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`DROP INDEX "public"."UQ_notifications_suggestion_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_notifications_user_created"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_suggestions_need_offer"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_suggestions_offer"`);
        await queryRunner.query(`DROP TABLE "suggestions"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_failed_jobs_queue_job"`);
        await queryRunner.query(`DROP TABLE "failed_jobs"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_email_messages_dedupe_key"`);
        await queryRunner.query(`DROP TABLE "email_messages"`);
    }

}
