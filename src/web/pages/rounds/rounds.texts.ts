import { Texts } from '../../i18n/texts';

const es = {
  rounds: {
    title: 'Rondas — {track}',
    link: 'Rondas',
    intro:
      'La categoría se evalúa por rondas. Cada ronda tiene su propio jurado, rúbrica y método, y termina con una lista de finalistas que pasa a la siguiente. Solo la última ronda otorga reconocimientos y se sella; todas las rondas se publican con el resultado para que cualquiera las recalcule.',
    current: 'Ronda en evaluación: {round}',
    closedHeading: 'Rondas cerradas',
    none: 'Ninguna ronda cerrada: la categoría se evalúa en una sola ronda mientras no cierre esta.',
    round: 'Ronda {number}',
    method: 'Método',
    reviews: 'Evaluaciones por postulación',
    criteria: 'Criterios',
    rule: 'Regla',
    rules: {
      TOP_N: 'Las {size} mejores de cada subcategoría',
      CUT: 'Puntaje de {cut} o más',
      SELECTION: 'Selección del jurado',
    },
    shortlist: 'Finalistas',
    justification: 'Justificación',
    closedAt: 'Cerrada el {date}',
    rankingHeading: 'Clasificación de la ronda {round}',
    closeHeading: 'Cerrar la ronda {round}',
    closeHint:
      'Las finalistas pasan a la ronda {next}, que empieza sin jurado y con la configuración actual, editable hasta su primera evaluación enviada. Las hojas de esta ronda ya no cambian. Queda en la bitácora.',
    ruleLabel: 'Cómo se eligen las finalistas',
    ruleOptions: {
      TOP_N: 'Las N mejores de cada subcategoría',
      CUT: 'Todas las que alcanzan un puntaje',
      SELECTION: 'Selección del jurado (con justificación)',
    },
    size: 'N (cuántas pasan de cada subcategoría)',
    cut: 'Puntaje mínimo (0–100)',
    selection: 'Finalistas elegidas por el jurado',
    selectionHint: 'Solo con «Selección del jurado».',
    justificationHint: 'Obligatoria en una selección del jurado; se publica con el resultado.',
    close: 'Cerrar la ronda y abrir la siguiente',
    finalized: 'La edición está sellada: sus rondas ya no cambian.',
    consensusHeading: 'Etapa de consenso',
    consensusHint:
      'Después de deliberar, cada jurado puede revisar una sola vez una evaluación enviada de esta ronda, con un motivo. Se conservan ambas versiones.',
    consensusIsOpen: 'Abierta desde el {date}: los jurados pueden revisar sus evaluaciones.',
    consensusReason: 'Motivo (queda en la bitácora)',
    openConsensus: 'Abrir la etapa de consenso',
    closeConsensus: 'Cerrar la etapa de consenso',
  },
};

const en: Texts<typeof es> = {
  rounds: {
    title: 'Rounds — {track}',
    link: 'Rounds',
    intro:
      'The track is judged in rounds. Each round has its own panel, rubric and method, and ends with a shortlist that goes on to the next. Only the last round gives awards and is sealed; every round is published with the result so that anyone can recompute it.',
    current: 'Round being judged: {round}',
    closedHeading: 'Closed rounds',
    none: 'No closed round: the track is judged in a single round unless this one is closed.',
    round: 'Round {number}',
    method: 'Method',
    reviews: 'Reviews per nomination',
    criteria: 'Criteria',
    rule: 'Rule',
    rules: {
      TOP_N: 'The best {size} of each category',
      CUT: 'A score of {cut} or more',
      SELECTION: 'The jury’s selection',
    },
    shortlist: 'Shortlist',
    justification: 'Justification',
    closedAt: 'Closed on {date}',
    rankingHeading: 'Ranking of round {round}',
    closeHeading: 'Close round {round}',
    closeHint:
      'The shortlist goes on to round {next}, which starts with no panel and with the current settings, editable until its first submitted sheet. This round’s sheets no longer change. Recorded in the audit trail.',
    ruleLabel: 'How the shortlist is chosen',
    ruleOptions: {
      TOP_N: 'The best N of each category',
      CUT: 'Every nomination reaching a score',
      SELECTION: 'The jury’s selection (with a justification)',
    },
    size: 'N (how many go on from each category)',
    cut: 'Lowest score (0–100)',
    selection: 'Shortlist chosen by the jury',
    selectionHint: 'Only with “The jury’s selection”.',
    justificationHint: 'Required for a jury selection; published with the result.',
    close: 'Close the round and open the next',
    finalized: 'The edition is sealed: its rounds no longer change.',
    consensusHeading: 'Consensus step',
    consensusHint:
      'After deliberating, each judge may revise a submitted evaluation of this round once, with a reason. Both versions are kept.',
    consensusIsOpen: 'Open since {date}: judges may revise their evaluations.',
    consensusReason: 'Reason (recorded in the audit trail)',
    openConsensus: 'Open the consensus step',
    closeConsensus: 'Close the consensus step',
  },
};

export const roundsTexts = { es, en };
