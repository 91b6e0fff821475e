import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MechanismCode, OrganizationKind, WorkMode } from '@relais/domain';

/** The evaluation fixtures (apps/eval/fixtures, see LABELS.md there for how labels were decided). */
export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');

export type FixtureOrganization = {
  key: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  region: string | null;
  city: string | null;
  generalInterest: boolean;
  description: string;
};
export type FixturePosting = {
  key: string;
  /** The language the text is written in. */
  lang: 'fr' | 'en';
  title: string;
  description: string;
  skills: string[];
  keywords: string[];
  languages: string[];
  effortDays: number;
  mechanisms: MechanismCode[];
};
export type FixtureNeed = FixturePosting & {
  host: string;
  domain: string;
  country: string;
  city: string | null;
  workMode: WorkMode;
  startDate: string;
  endDate: string;
  split: 'tune' | 'holdout';
};
export type FixtureOffer = FixturePosting & {
  provider: string;
  availableFrom: string;
  availableTo: string | null;
  workModes: WorkMode[];
  countries: string[];
};
export type Fixtures = {
  organizations: FixtureOrganization[];
  needs: FixtureNeed[];
  offers: FixtureOffer[];
  /** need key -> offer key -> grade (1-3; absent = 0) */
  labels: Record<string, Record<string, number>>;
  crossLanguage: Array<{ need: string; offer: string }>;
};

/** The everyday set (apps/eval/fixtures/everyday, see LABELS.md there): needs worded as hosts word them, same market. */
export const EVERYDAY_FIXTURES_DIR = path.join(FIXTURES_DIR, 'everyday');

const read = <T>(file: string, dir = FIXTURES_DIR): T => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;

export function readFixtures(): Fixtures {
  return {
    organizations: read('organizations.json'),
    needs: read('needs.json'),
    offers: read('offers.json'),
    labels: read('labels.json'),
    crossLanguage: read('cross-language.json'),
  };
}

/** The main set's organizations and offers, with the everyday set's needs, labels and cross-language pairs. */
export function readEverydayFixtures(): Fixtures {
  return {
    organizations: read('organizations.json'),
    needs: read('needs.json', EVERYDAY_FIXTURES_DIR),
    offers: read('offers.json'),
    labels: read('labels.json', EVERYDAY_FIXTURES_DIR),
    crossLanguage: read('cross-language.json', EVERYDAY_FIXTURES_DIR),
  };
}
