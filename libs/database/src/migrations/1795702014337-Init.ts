import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795702014337 implements MigrationInterface {
    name = 'Init1795702014337'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "country" character(2) NOT NULL, "region" character varying(120), "city" character varying(120), "description" text NOT NULL DEFAULT '', "website" character varying(300), "siren" character(9), "rna" character(10), "general_interest" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_organizations_kind" CHECK ("kind" IN ('association','company','local_authority','university','network','foreign_partner')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organizations_siren" ON "organizations"  ("siren") WHERE siren IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organizations_rna" ON "organizations"  ("rna") WHERE rna IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_organizations_kind_country" ON "organizations"  ("kind", "country") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(200) NOT NULL, "display_name" character varying(120) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'fr', "is_platform_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users"  ("email") `);
        await queryRunner.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_memberships_role" CHECK ("role" IN ('admin','member')), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_memberships_user" ON "memberships"  ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_memberships_organization_user" ON "memberships"  ("organization_id", "user_id") `);
        await queryRunner.query(`CREATE TABLE "needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "skills" uuid array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "languages" character varying(2) array NOT NULL, "effort_days" integer NOT NULL, "mechanisms" character varying(30) array NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "search_text" text NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "country" character(2) NOT NULL, "city" character varying(120), "work_mode" character varying(10) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, CONSTRAINT "CHK_needs_period" CHECK ("end_date" >= "start_date" AND "effort_days" > 0), CONSTRAINT "CHK_needs_work_mode" CHECK ("work_mode" IN ('onsite','remote','hybrid')), CONSTRAINT "CHK_needs_status" CHECK ("status" IN ('draft','open','closed')), CONSTRAINT "PK_fdb71d393bc390a1a09ac047dd1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_needs_status_published" ON "needs"  ("status", "published_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_needs_organization" ON "needs"  ("organization_id") `);
        await queryRunner.query(`CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "skills" uuid array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "languages" character varying(2) array NOT NULL, "effort_days" integer NOT NULL, "mechanisms" character varying(30) array NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "search_text" text NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_from" date NOT NULL, "available_to" date, "work_modes" character varying(10) array NOT NULL, "countries" character(2) array NOT NULL DEFAULT '{}', CONSTRAINT "CHK_offers_period" CHECK (("available_to" IS NULL OR "available_to" >= "available_from") AND "effort_days" > 0), CONSTRAINT "CHK_offers_status" CHECK ("status" IN ('draft','open','closed')), CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_offers_status_published" ON "offers"  ("status", "published_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_offers_organization" ON "offers"  ("organization_id") `);
        await queryRunner.query(`CREATE TABLE "outbox_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(40) NOT NULL, "aggregate_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_outbox_events_unsent" ON "outbox_events"  ("created_at") WHERE sent_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_sessions_user" ON "sessions"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "skills" ("id" uuid NOT NULL, "type" character varying(10) NOT NULL, "label_en" text NOT NULL, "label_fr" text, "alt_labels_en" text array NOT NULL DEFAULT '{}', "alt_labels_fr" text array NOT NULL DEFAULT '{}', "search_en" text NOT NULL, "search_fr" text NOT NULL, CONSTRAINT "CHK_skills_type" CHECK ("type" IN ('skill','knowledge')), CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "needs" ADD CONSTRAINT "FK_needs_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "offers" ADD CONSTRAINT "FK_offers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_sessions_user"`);
        await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_offers_organization"`);
        await queryRunner.query(`ALTER TABLE "needs" DROP CONSTRAINT "FK_needs_organization"`);
        await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_memberships_user"`);
        await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_memberships_organization"`);
        await queryRunner.query(`DROP TABLE "skills"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_sessions_user"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_outbox_events_unsent"`);
        await queryRunner.query(`DROP TABLE "outbox_events"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_offers_organization"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_offers_status_published"`);
        await queryRunner.query(`DROP TABLE "offers"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_needs_organization"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_needs_status_published"`);
        await queryRunner.query(`DROP TABLE "needs"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_memberships_organization_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_memberships_user"`);
        await queryRunner.query(`DROP TABLE "memberships"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_users_email"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_organizations_kind_country"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_organizations_rna"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_organizations_siren"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
    }

}
