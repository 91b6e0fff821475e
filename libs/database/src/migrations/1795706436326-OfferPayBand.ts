import { MigrationInterface, QueryRunner } from "typeorm";

export class OfferPayBand1795706436326 implements MigrationInterface {
    name = 'OfferPayBand1795706436326'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "offers" ADD "gross_monthly_pay_min" integer`);
        await queryRunner.query(`ALTER TABLE "offers" ADD "gross_monthly_pay_max" integer`);
        await queryRunner.query(`ALTER TABLE "offers" ADD CONSTRAINT "CHK_offers_pay_band" CHECK (("gross_monthly_pay_min" IS NULL) = ("gross_monthly_pay_max" IS NULL) AND "gross_monthly_pay_min" <= "gross_monthly_pay_max")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "CHK_offers_pay_band"`);
        await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "gross_monthly_pay_max"`);
        await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "gross_monthly_pay_min"`);
    }

}
