import { Texts } from '../../i18n/texts';

const es = {
  eligibility: {
    title: 'Elegibilidad — {edition}',
    intro:
      'Revise cada postulación enviada y decida si es elegible. Una decisión de no elegibilidad requiere motivo.',
    empty: 'No hay postulaciones con estos criterios.',
    decide: 'Decisión de elegibilidad',
    decisionFor: 'Decisión para {key}',
    reason: 'Motivo',
    reasonHint: 'Obligatorio si no es elegible.',
    record: 'Registrar decisión',
  },
};

const en: Texts<typeof es> = {
  eligibility: {
    title: 'Eligibility — {edition}',
    intro:
      'Review each submitted nomination and decide whether it is eligible. Ineligibility needs a reason.',
    empty: 'No nominations match.',
    decide: 'Eligibility decision',
    decisionFor: 'Decision for {key}',
    reason: 'Reason',
    reasonHint: 'Required when ineligible.',
    record: 'Record decision',
  },
};

export const eligibilityTexts = { es, en };
