/**
 * Demo data for a local run: a few organizations on both sides, their members, needs and
 * offers. Fixed ids and insert-or-ignore make it safe to load again; it never overwrites what
 * a person changed. Every demo account's password is DEMO_PASSWORD.
 */
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { addOutboxEvent, Membership, Need, Offer, Organization, User } from '@relais/database';

export const DEMO_PASSWORD = 'demo-relais-2026';

const SKILL = {
  accounting: '880c54f9-866e-4f37-b5fa-25ef8a7d49b6',
  bookkeepingRules: '2ff405ec-f59c-4a7b-84b6-9776a49582c4',
  budgets: '21c5790c-0930-4d74-b3b0-84caf5af12ea',
  hydraulics: '68e66ed6-a171-4350-8ec1-2cfc4cae50e4',
  irrigation: '700ea222-8139-4c48-95cf-014855565530',
  webProgramming: '69bbd53f-fbb0-4476-b4b2-ef7844464e28',
  javascript: '3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
  pedagogy: 'a117f32c-662b-4dd9-b739-1230dd04cb60',
  agronomy: 'afdcb380-ef9f-4785-b877-cc551f035034',
  projectManagement: 'cd5efa8c-e44d-4cbc-91c6-796018dbed68',
  solar: '05e5e14f-ffa6-4106-b311-c6335ccc2bd2',
  communication: '15d76317-c71a-4fa2-aadc-2ecc34e627b7',
};

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const users = [
  { id: id(5), email: 'ops@relais.demo', displayName: 'Relais Ops', locale: 'fr' as const, isPlatformAdmin: true },
  { id: id(1), email: 'awa@salines.demo', displayName: 'Awa Diatta', locale: 'fr' as const },
  { id: id(2), email: 'claire@batisseurs.demo', displayName: 'Claire Le Goff', locale: 'fr' as const },
  { id: id(3), email: 'rse@numerica.demo', displayName: 'Paul Martin', locale: 'fr' as const },
  { id: id(4), email: 'international@univ-rennes.demo', displayName: 'Sarah Kone', locale: 'en' as const },
  { id: id(6), email: 'director@akany.demo', displayName: 'Hery Rakoto', locale: 'en' as const },
  { id: id(7), email: 'benevoles@bss.demo', displayName: 'Jean Le Bihan', locale: 'fr' as const },
];

const organizations = [
  {
    id: id(101), name: 'Les Salines de Casamance', kind: 'association' as const, country: 'FR', region: 'Bretagne',
    city: 'Rennes', generalInterest: true, rna: 'W353012345',
    description: 'Association qui accompagne des coopératives de femmes productrices de sel en Casamance (Sénégal).',
  },
  {
    id: id(102), name: 'Bâtisseurs de Puits', kind: 'association' as const, country: 'FR', region: 'Bretagne',
    city: 'Brest', generalInterest: true, rna: 'W292004567',
    description: 'Forages et puits villageois en Guinée forestière, avec les comités de gestion de l’eau.',
  },
  {
    id: id(103), name: 'Numerica Conseil', kind: 'company' as const, country: 'FR', region: 'Bretagne',
    city: 'Rennes', generalInterest: false, siren: '443061841',
    description: 'Entreprise de services numériques qui prête les compétences de ses salariés (mécénat de compétences).',
  },
  {
    id: id(104), name: 'Université de Rennes — relations internationales', kind: 'university' as const,
    country: 'FR', region: 'Bretagne', city: 'Rennes', generalInterest: true,
    description: 'Stages et missions d’étudiants et d’enseignants auprès de partenaires en Afrique de l’Ouest.',
  },
  {
    id: id(105), name: 'Akany Soa primary school', kind: 'foreign_partner' as const, country: 'MG', region: 'Vakinankaratra',
    city: 'Antsirabe', generalInterest: true,
    description: 'Community primary school of 400 pupils, partner of Breton schools since 2015.',
  },
  {
    id: id(106), name: 'Bretagne Solidaire Seniors', kind: 'association' as const, country: 'FR', region: 'Bretagne',
    city: 'Quimper', generalInterest: true, rna: 'W294001234',
    description: 'Retraités bénévoles (ingénieurs, enseignants, comptables) qui partagent leur métier avec des projets de solidarité.',
  },
];

const memberships = [
  { id: id(201), organizationId: id(101), userId: id(1), role: 'admin' as const },
  { id: id(202), organizationId: id(102), userId: id(2), role: 'admin' as const },
  { id: id(203), organizationId: id(103), userId: id(3), role: 'admin' as const },
  { id: id(204), organizationId: id(104), userId: id(4), role: 'admin' as const },
  { id: id(205), organizationId: id(105), userId: id(6), role: 'admin' as const },
  { id: id(206), organizationId: id(106), userId: id(7), role: 'admin' as const },
];

const open = { status: 'open' as const, publishedAt: new Date('2026-11-01T09:00:00Z') };

const needs = [
  {
    id: id(301), organizationId: id(101), createdById: id(1), ...open,
    title: 'Comptable pour structurer la comptabilité d’une coopérative de sel',
    description: 'La coopérative de Kafountine (120 productrices) doit tenir une comptabilité simple et présenter ses comptes à ses bailleurs. Nous cherchons un ou une comptable pour former la trésorière et mettre en place les outils.',
    skills: [SKILL.accounting, SKILL.bookkeepingRules, SKILL.budgets], keywords: ['comptabilité', 'coopérative', 'formation'],
    languages: ['fr'], country: 'SN', city: 'Kafountine', workMode: 'hybrid' as const,
    startDate: '2027-02-01', endDate: '2027-04-30', effortDays: 15,
    mechanisms: ['skills_sponsorship', 'solidarity_leave', 'volunteering'] as const,
  },
  {
    id: id(302), organizationId: id(102), createdById: id(2), ...open,
    title: 'Ingénieur hydraulicien pour relire la conception de trois forages',
    description: 'Relecture des plans de trois forages équipés de pompes solaires à Guéckédou, et conseil au comité de gestion de l’eau sur l’entretien.',
    skills: [SKILL.hydraulics, SKILL.solar], keywords: ['eau potable', 'forage', 'pompe solaire'],
    languages: ['fr'], country: 'GN', city: 'Guéckédou', workMode: 'remote' as const,
    startDate: '2027-01-15', endDate: '2027-03-15', effortDays: 8,
    mechanisms: ['skills_sponsorship', 'volunteering'] as const,
  },
  {
    id: id(303), organizationId: id(101), createdById: id(1), ...open,
    title: 'Site web bilingue pour vendre le sel des coopératives',
    description: 'Créer un petit site web en français et en anglais présentant les coopératives et permettant de commander du sel, maintenable par des bénévoles.',
    skills: [SKILL.webProgramming, SKILL.javascript, SKILL.communication], keywords: ['site web', 'commerce équitable'],
    languages: ['fr', 'en'], country: 'FR', city: 'Rennes', workMode: 'remote' as const,
    startDate: '2027-01-05', endDate: '2027-06-30', effortDays: 20,
    mechanisms: ['skills_sponsorship', 'internship', 'volunteering'] as const,
  },
  {
    id: id(304), organizationId: id(102), createdById: id(2), status: 'draft' as const, publishedAt: null,
    title: 'Agronome pour un projet de maraîchage irrigué (brouillon)',
    description: 'Accompagner un groupement de maraîchères sur l’irrigation goutte-à-goutte autour des nouveaux puits.',
    skills: [SKILL.agronomy, SKILL.irrigation], keywords: ['maraîchage'],
    languages: ['fr'], country: 'GN', city: 'Guéckédou', workMode: 'onsite' as const,
    startDate: '2027-05-01', endDate: '2027-07-31', effortDays: 30,
    mechanisms: ['solidarity_leave', 'vsi', 'volunteering'] as const,
  },
  {
    id: id(305), organizationId: id(105), createdById: id(6), ...open,
    title: 'Teacher trainer to coach our primary school teachers',
    description: 'Our eight teachers want to make reading lessons more active. We look for an experienced teacher trainer to observe classes, run workshops during the school holidays and follow up remotely.',
    skills: [SKILL.pedagogy, SKILL.projectManagement], keywords: ['teacher training', 'reading', 'primary school'],
    languages: ['en', 'fr'], country: 'MG', city: 'Antsirabe', workMode: 'hybrid' as const,
    startDate: '2027-03-01', endDate: '2027-06-30', effortDays: 20,
    mechanisms: ['volunteering', 'solidarity_leave', 'internship'] as const,
  },
  {
    id: id(306), organizationId: id(102), createdById: id(2), ...open,
    title: 'Communication pour la campagne de collecte des puits',
    description: 'Préparer les textes, les visuels et le calendrier de la campagne de dons de printemps, et former deux bénévoles à animer nos réseaux sociaux.',
    skills: [SKILL.communication], keywords: ['collecte de fonds', 'réseaux sociaux'],
    languages: ['fr'], country: 'FR', city: 'Brest', workMode: 'remote' as const,
    startDate: '2027-02-15', endDate: '2027-05-31', effortDays: 10,
    mechanisms: ['skills_sponsorship', 'volunteering'] as const,
  },
];

const offers = [
  {
    id: id(401), organizationId: id(103), createdById: id(3), ...open,
    title: 'Senior accountant, ten years with NGOs and cooperatives',
    description: 'Chartered accountant from our finance team, used to setting up simple bookkeeping and training treasurers of small cooperatives. Available part time, remotely or on short missions.',
    skills: [SKILL.accounting, SKILL.budgets], keywords: ['accounting', 'training', 'cooperatives'],
    languages: ['fr', 'en'], availableFrom: '2027-01-01', availableTo: '2027-12-31', effortDays: 25,
    workModes: ['remote', 'hybrid'] as const, countries: ['SN', 'CI', 'BF'],
    mechanisms: ['skills_sponsorship'] as const, grossMonthlyPayMin: 3800, grossMonthlyPayMax: 4400,
  },
  {
    id: id(402), organizationId: id(103), createdById: id(3), ...open,
    title: 'Développeuse web full-stack (JavaScript)',
    description: 'Développeuse expérimentée prête à construire un site bilingue simple et à former des bénévoles pour le faire vivre.',
    skills: [SKILL.webProgramming, SKILL.javascript], keywords: ['site web', 'formation'],
    languages: ['fr', 'en'], availableFrom: '2027-01-01', availableTo: '2027-09-30', effortDays: 15,
    workModes: ['remote'] as const, countries: [],
    mechanisms: ['skills_sponsorship'] as const,
  },
  {
    id: id(403), organizationId: id(104), createdById: id(4), ...open,
    title: 'Master students in water engineering (internship)',
    description: 'Second-year master students in hydraulics and water resources, supervised by a lecturer, for internships of two to six months.',
    skills: [SKILL.hydraulics, SKILL.irrigation], keywords: ['water', 'internship'],
    languages: ['fr', 'en'], availableFrom: '2027-02-01', availableTo: '2027-08-31', effortDays: 120,
    workModes: ['onsite', 'remote'] as const, countries: ['GN', 'SN', 'MG'],
    mechanisms: ['internship'] as const,
  },
  {
    id: id(404), organizationId: id(106), createdById: id(7), ...open,
    title: 'Ingénieur agronome retraité, irrigation et maraîchage',
    description: 'Ancien ingénieur agronome, trente ans d’expérience de l’irrigation goutte-à-goutte et des groupements maraîchers en Afrique de l’Ouest. Bénévole, disponible pour des missions sur place ou un suivi à distance.',
    skills: [SKILL.agronomy, SKILL.irrigation], keywords: ['maraîchage', 'irrigation'],
    languages: ['fr'], availableFrom: '2027-01-01', availableTo: null, effortDays: 40,
    workModes: ['onsite', 'remote'] as const, countries: [],
    mechanisms: ['volunteering'] as const,
  },
  {
    id: id(405), organizationId: id(104), createdById: id(4), ...open,
    title: 'Education science lecturers for teacher training',
    description: 'Lecturers of our education faculty can coach teachers of partner schools (reading, active pedagogy), with master students as interns.',
    skills: [SKILL.pedagogy], keywords: ['teacher training', 'pedagogy'],
    languages: ['en', 'fr'], availableFrom: '2027-02-01', availableTo: '2027-12-31', effortDays: 30,
    workModes: ['remote', 'hybrid'] as const, countries: ['MG', 'SN'],
    mechanisms: ['volunteering', 'internship'] as const,
  },
];

export async function seedDemo(dataSource: DataSource): Promise<void> {
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await dataSource.transaction(async (manager) => {
    /** Inserts the rows that are not there yet; returns the ids it inserted. */
    const insert = async <T extends object>(entity: new () => T, rows: object[]): Promise<string[]> => {
      const result = await manager.createQueryBuilder().insert().into(entity).values(rows).orIgnore().returning('id').execute();
      return (result.raw as Array<{ id: string }>).map((row) => row.id);
    };
    // Demo people opened their confirmation links; most demo organizations were checked by the ops team.
    const now = new Date();
    await insert(User, users.map((u) => ({ ...u, passwordHash, emailVerifiedAt: now, lastSeenAt: now })));
    const newOrganizations = await insert(Organization, organizations.map((o, index) => ({ ...o, verifiedAt: index < organizations.length - 1 ? now : null })));
    await insert(Membership, memberships);
    const newNeeds = await insert(Need, needs);
    const newOffers = await insert(Offer, offers);
    for (const id of newOrganizations) {
      await addOutboxEvent(manager, { type: 'organization.updated', aggregateId: id, organizationId: id });
    }
    // Announce the open postings just inserted, as publishing them through the API would.
    for (const posting of [...needs, ...offers]) {
      const isNeed = needs.includes(posting as (typeof needs)[number]);
      if (posting.status !== 'open' || !(isNeed ? newNeeds : newOffers).includes(posting.id)) continue;
      await addOutboxEvent(manager, {
        type: isNeed ? 'need.published' : 'offer.published',
        aggregateId: posting.id,
        organizationId: posting.organizationId,
      });
    }
  });
}

export const DEMO_ACCOUNTS = users.map((u) => u.email);
