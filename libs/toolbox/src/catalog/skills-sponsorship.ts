import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { euros, FACTS_CHECKED_ON, type MechanismEntry, percent } from './mechanism-entry';

/** Mécénat de compétences: CGI 238 bis (companies) and the loi 3DS experiment (civil servants). Sheet §1, §7. */
export function skillsSponsorshipEntry(v: YearValues): MechanismEntry {
  const s = v.skillsSponsorship;
  const p = v.publicAgentSkillsSponsorship;
  const cap3 = euros(s.costCapPssMultiple * v.socialSecurityCeiling.monthly);
  const floor = euros(s.donationFloor);
  const share = percent(s.turnoverShare);
  const threshold = euros(s.reducedRateThreshold);
  const [rate, reduced] = [percent(s.rate), percent(s.reducedRate)];
  const end = p.end.split('-').reverse().join('/');
  return {
    code: 'skills_sponsorship',
    title: t('Mécénat de compétences', 'Skills sponsorship (mécénat de compétences)'),
    summary: t(
      `Une entreprise met gratuitement le travail de salariés, sur leur temps de travail, au service d'un organisme d'intérêt général. Elle bénéficie d'une réduction d'impôt de ${rate.fr} (${reduced.fr} au-delà de ${threshold.fr} de dons) de la valeur du temps donné, estimée à son coût de revient. À titre expérimental jusqu'au ${end}, des fonctionnaires peuvent aussi être mis à disposition gratuitement (loi 3DS), sans réduction d'impôt.`,
      `A company gives the work of employees, on their working time, free of charge to a general-interest body. It gets a tax reduction of ${rate.en} (${reduced.en} above ${threshold.en} of donations) of the value of the time given, valued at cost. As an experiment until ${end}, civil servants can also be made available free of charge (loi 3DS), with no tax reduction.`,
    ),
    providers: {
      organizationKinds: ['company', 'local_authority', 'university'],
      person: t(
        "Salarié de l'entreprise, sur son temps de travail rémunéré ; entreprise imposée à l'IR ou à l'IS selon un régime réel (ni micro-entreprise, ni exonérée d'IS). Expérimentation 3DS : fonctionnaires de l'État, des communes de plus de 3 500 habitants, des départements, des régions, des EPCI à fiscalité propre et de la fonction publique hospitalière.",
        'An employee of the company, on paid working time; the company is taxed (income or corporate tax) under a real regime (not micro, not exempt). 3DS experiment: civil servants of the State, of communes over 3,500 inhabitants, départements, régions, EPCIs with own taxation and public hospitals.',
      ),
    },
    hosts: t(
      "Organisme sans but lucratif, à gestion désintéressée, ne fonctionnant pas au profit d'un cercle restreint, à caractère philanthropique, éducatif, scientifique, social, humanitaire, sportif, familial, culturel, de mise en valeur du patrimoine ou de l'environnement, ou de diffusion de la culture, de la langue et des connaissances scientifiques françaises ; ou autre organisme du 238 bis 1 a à g (reconnu d'utilité publique, enseignement supérieur, fonds de dotation…). Siège en France, ou dans l'UE/EEE avec agrément ou preuve d'équivalence. Actions hors EEE : seulement humanitaires (urgence ou besoins essentiels et insertion : santé, eau, éducation, formation, handicap, droits des femmes), de développement indissociables de l'humanitaire (locales, non gérées par une structure lucrative), environnementales (climat, biodiversité, déforestation), de diffusion de la culture, de la langue ou des sciences françaises, ou de recherche valorisée en France/EEE ; et l'organisme pilote le programme depuis la France, finance directement les actions et peut justifier les dépenses (pas un simple relais ; les appels à projets sont admis). Expérimentation 3DS : organismes du 238 bis 1 a et fondations ou associations reconnues d'utilité publique, pour un projet relevant de leurs missions statutaires.",
      'A non-profit body with disinterested management, not run for a restricted circle, whose activity is philanthropic, educational, scientific, social, humanitarian, sporting, family, cultural, heritage or environmental, or spreads French culture, language and science; or another body of 238 bis 1 a–g (public-utility bodies, higher education, endowment funds…). Seat in France, or in the EU/EEA with approval or proof of equivalence. Actions outside the EEA only if humanitarian (emergency or basic needs and social insertion: health, water, education, training, disability, women\'s rights), development inseparable from humanitarian action (local, not run by a for-profit), environmental (climate, biodiversity, deforestation), spreading French culture, language or science, or research used in France/EEA; and the body controls the programme from France, funds the actions directly and can justify the expenses (not a mere relay; calls for projects are fine). 3DS experiment: 238 bis 1 a bodies and public-utility foundations or associations, for a project within their statutory missions.',
    ),
    durations: [
      t('Pas de durée maximale pour une prestation de services.', 'No maximum duration for a provision of services.'),
      t(
        `Mise à disposition (prêt de main-d'œuvre) : pas de maximum légal sous L8241-2 ; ${v.staffLoan.belowCostMaxMonths / 12} ans au plus sous L8241-3 (facturation inférieure au coût ou nulle).`,
        `Making an employee available (staff loan): no legal maximum under L8241-2; at most ${v.staffLoan.belowCostMaxMonths / 12} years under L8241-3 (invoicing below cost or nothing).`,
      ),
      t(
        `Expérimentation 3DS : ${p.maxMonths} mois au plus, renouvelable dans la limite de ${p.maxTotalMonths / 12} ans, jusqu'au ${end}.`,
        `3DS experiment: at most ${p.maxMonths} months, renewable up to ${p.maxTotalMonths / 12} years in total, until ${end}.`,
      ),
    ],
    money: [
      t("L'entreprise continue de payer salaire et charges ; l'organisme ne paie rien.", 'The company keeps paying pay and charges; the host pays nothing.'),
      t(
        `Valeur du don = coût de revient (salaire brut + charges patronales) du temps réellement prêté, plafonné par salarié à ${s.costCapPssMultiple} fois le plafond de la sécurité sociale pour la période (${cap3.fr} par mois en ${v.year}).`,
        `Value of the donation = cost (gross pay + employer charges) of the time actually lent, capped per employee at ${s.costCapPssMultiple} times the social security ceiling for the period (${cap3.en} a month in ${v.year}).`,
      ),
      t("Expérimentation 3DS : mise à disposition gratuite, l'administration continue de rémunérer l'agent.", '3DS experiment: free of charge, the administration keeps paying the agent.'),
    ],
    fiscalEffect: t(
      `Réduction d'impôt de ${rate.fr} des dons jusqu'à ${threshold.fr} par an et de ${reduced.fr} au-delà (${rate.fr} quel que soit le montant pour les organismes « Coluche » : repas gratuits, logement, soins aux personnes en difficulté), dans la limite de ${floor.fr} ou ${share.fr} du chiffre d'affaires HT si ce montant est plus élevé ; l'excédent est reportable sur les ${s.carryForwardYears} exercices suivants. La valeur du don est réintégrée au résultat imposable : le coût salarial prêté n'est pas déductible. Expérimentation 3DS : aucune réduction d'impôt.`,
      `Tax reduction of ${rate.en} of donations up to ${threshold.en} a year and ${reduced.en} above (${rate.en} whatever the amount for "Coluche" bodies: free meals, housing, care for people in difficulty), within ${floor.en} or ${share.en} of turnover excluding VAT if higher; the excess is carried forward over the next ${s.carryForwardYears} financial years. The donation is added back to taxable profit: the salary cost lent is not deductible. 3DS experiment: no tax reduction.`,
    ),
    steps: [
      t("Vérifier l'éligibilité de l'organisme : statuts, rescrit fiscal (facultatif, recommandé), test des actions à l'étranger.", "Check the host's eligibility: statutes, tax ruling (optional, recommended), test for actions abroad."),
      t('Signer une convention précisant les missions, le chiffrage et le calendrier.', 'Sign an agreement stating the tasks, the costing and the calendar.'),
      t("Si l'organisme dirige le travail (mise à disposition) : accord du salarié, convention de mise à disposition, avenant au contrat, CSE (voir le prêt de main-d'œuvre).", 'If the host directs the work (making available): employee\'s consent, staff-loan agreement, amendment to the contract, works councils (see the staff loan).'),
      t('Tenir des relevés de temps.', 'Keep timesheets.'),
      t(`L'entreprise valorise le temps prêté à son coût de revient, plafonné à ${s.costCapPssMultiple} × PSS par salarié.`, `The company values the time lent at cost, capped at ${s.costCapPssMultiple} × PSS per employee.`),
      t("L'organisme délivre un reçu CERFA 16216*02 (à pouvoir produire pour les dons depuis le 01/01/2022).", 'The host issues a CERFA 16216*02 receipt (must be producible for donations since 01/01/2022).'),
      t("L'entreprise déclare la réduction sur le formulaire 2069-RCI-SD avec sa déclaration de résultat.", 'The company claims the reduction on form 2069-RCI-SD with its tax return.'),
      t(`Au-delà de ${euros(s.declarationThreshold).fr} de dons sur l'exercice : déclarer montants, dates, bénéficiaires et contreparties.`, `Above ${euros(s.declarationThreshold).en} of donations in the financial year: declare amounts, dates, beneficiaries and counterparts.`),
      t("Fonctionnaire (3DS) : accord de l'agent, convention (activités, durée, lieu et horaires, renouvellement ou fin anticipée, déontologie) et arrêté de mise à disposition.", 'Civil servant (3DS): agent\'s consent, agreement (activities, duration, place and hours, renewal or early end, ethics) and order of secondment.'),
    ],
    documents: [
      t('Rescrit fiscal (facultatif)', 'Tax ruling (optional)'),
      t('Convention de mécénat (missions, chiffrage, calendrier)', 'Sponsorship agreement (tasks, costing, calendar)'),
      t("Convention de mise à disposition et avenant au contrat de travail, en cas de mise à disposition", 'Staff-loan agreement and contract amendment, when the employee is made available'),
      t('Relevés de temps', 'Timesheets'),
      t('Reçu CERFA 16216*02', 'CERFA 16216*02 receipt'),
      t('Formulaire 2069-RCI-SD', 'Form 2069-RCI-SD'),
      t('3DS : convention et arrêté de mise à disposition', '3DS: agreement and order of secondment'),
    ],
    legalReferences: [
      { label: t('CGI art. 238 bis ; loi de finances 2020', 'CGI art. 238 bis; 2020 finance law'), source: 'S1' },
      { label: t('BOI-BIC-RICI-20-30-10-10 (organismes éligibles)', 'BOI-BIC-RICI-20-30-10-10 (eligible bodies)'), source: 'S3' },
      { label: t('BOI-BIC-RICI-20-30-10-20 (réintégration)', 'BOI-BIC-RICI-20-30-10-20 (adding back)'), source: 'S2' },
      { label: t('Territorialité : doctrine du 10/05/2017', 'Territoriality: doctrine of 10/05/2017'), source: 'S27' },
      { label: t('Taux de 40 %, organismes « Coluche », report sur 5 ans', '40 % rate, "Coluche" bodies, 5-year carry-forward'), source: 'S26b' },
      { label: t('Plafond 20 000 € / 0,5 %, reçus', '20,000 € / 0.5 % ceiling, receipts'), source: 'S29' },
      { label: t('Rescrit, LPF art. L80 C', 'Tax ruling, LPF art. L80 C'), source: 'S23' },
      { label: t('Reçu CERFA 16216*02', 'CERFA 16216*02 receipt'), source: 'S25' },
      { label: t('Formulaire 2069-RCI-SD', 'Form 2069-RCI-SD'), source: 'S4' },
      { label: t('Déclaration des dons > 10 000 €', 'Declaring donations > 10,000 €'), source: 'S24' },
      { label: t("C. trav. L8241-3 (loi 2024-344)", 'Labour Code L8241-3 (loi 2024-344)'), source: 'S9' },
      { label: t('Loi 3DS art. 209 ; décret 2022-1682', 'Loi 3DS art. 209; décret 2022-1682'), source: 'S15' },
      { label: t('Loi de finances 2026 : amendement rejeté', '2026 finance law: rejected amendment'), source: 'S20b' },
    ],
    cautions: [
      t(
        'Plafond de 3 × PSS : le texte vise « la rémunération et les charges afférentes » ; nous retenons la lecture prudente, le coût total (salaire + charges) plafonné à 3 × PSS pour la période prêtée.',
        'The 3 × PSS cap: the text refers to "pay and related charges"; we use the cautious reading, total cost (pay + charges) capped at 3 × PSS for the period lent.',
      ),
      t(
        'Valorisation : coût mensuel ÷ 151,67 h × heures prêtées ; la méthode « coût annuel ÷ 218 jours » donne un montant plus élevé. Nous retenons la première et conseillons de documenter la méthode.',
        'Valuation: monthly cost ÷ 151.67 h × hours lent; the "annual cost ÷ 218 days" method gives a higher figure. We use the former and advise documenting the method.',
      ),
      t(
        "La convention est présentée comme obligatoire par l'administration mais ne figure pas dans la loi : nous la traitons comme indispensable.",
        'The agreement is presented as required by the tax administration but is not in the statute: we treat it as indispensable.',
      ),
      t(
        'Rescrit : réponse sous 6 mois, le silence valant accord ; ce délai est à revérifier (il a pu changer après 2021). Nous conseillons de ne pas compter sur un accord tacite.',
        'Tax ruling: answer within 6 months, silence meaning approval; this delay must be re-checked (it may have changed after 2021). We advise not relying on tacit approval.',
      ),
      t(
        "Loi de finances 2026 : aucune modification de l'article 238 bis relevée (l'amendement de baisse du taux a été rejeté) ; à revérifier.",
        '2026 finance law: no change to article 238 bis found (the rate-cut amendment was rejected); to be re-checked.',
      ),
      t(
        "Expérimentation 3DS : le lieu de la mission n'est pas encadré dans nos sources ; vérifiez avant une mission à l'étranger. Nous considérons qu'une mise à disposition ne peut pas se prolonger au-delà de la fin de l'expérimentation.",
        '3DS experiment: our sources say nothing on where the mission may take place; check before a mission abroad. We consider that a secondment cannot run past the end of the experiment.',
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
