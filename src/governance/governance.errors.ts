import { defineErrors, ErrorKind } from '../common/errors/domain-exception';

export const GovernanceErrors = defineErrors({
  OWN_PROPOSAL: {
    kind: ErrorKind.FORBIDDEN,
    es: 'Quien hace una propuesta no puede confirmarla: debe confirmarla otra persona de la organización (cuatro ojos).',
    en: 'Whoever makes a proposal cannot confirm it: another organiser must confirm it (four eyes).',
  },
  PROPOSAL_DECIDED: {
    kind: ErrorKind.CONFLICT,
    es: 'La propuesta ya no está pendiente (estado {status}).',
    en: 'The proposal is no longer pending (status {status}).',
  },
  ORGANISER_CONFLICT: {
    kind: ErrorKind.FORBIDDEN,
    es: 'Tiene un conflicto de interés con la postulación {key} ({reasonsEs}): otra persona de la organización debe decidir sobre ella.',
    en: 'You have a conflict of interest with nomination {key} ({reasonsEn}): another organiser must decide on it.',
  },
  PROPOSAL_STALE: {
    kind: ErrorKind.CONFLICT,
    es: 'Los datos en que se basó la propuesta cambiaron desde que se hizo; caducó sin aplicarse. Revise los resultados y, si procede, vuelva a proponerla.',
    en: 'The data the proposal was based on changed since it was made; it expired without taking effect. Review the results and propose it again if it still applies.',
  },
});
