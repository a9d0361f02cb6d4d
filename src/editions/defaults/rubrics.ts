import { Criterion } from '../../database/schema/track.entity';

/**
 * Default rubrics of the 2018 edition (editable defaults, not an official INAI text). Scale 0–10; the
 * guidance tells judges what a low, middle and high score look like.
 */
function criterion(
  key: string,
  name: string,
  description: string,
  weight: number,
  low: string,
  mid: string,
  high: string,
): Criterion {
  return {
    key,
    name,
    description,
    weight,
    min: 0,
    max: 10,
    guidance: [
      { score: 0, text: low },
      { score: 5, text: mid },
      { score: 10, text: high },
    ],
  };
}

export const LOCAL_OPEN_GOV_RUBRIC: Criterion[] = [
  criterion(
    'cocreation',
    'Cocreación y pluralidad del STL',
    'Participación equilibrada de sociedad civil, gobierno y organismo garante en el Secretariado Técnico Local.',
    20,
    'Un solo sector decide; los demás no participan.',
    'Participan los tres sectores, con peso desigual.',
    'Los tres sectores deciden en igualdad y con reglas públicas.',
  ),
  criterion(
    'participation',
    'Calidad de la participación ciudadana',
    'Consulta, involucramiento, colaboración y vigilancia social a lo largo del ejercicio.',
    20,
    'Sin mecanismos de participación documentados.',
    'Consultas puntuales con retroalimentación limitada.',
    'Participación continua, incidente y con vigilancia social efectiva.',
  ),
  criterion(
    'commitments',
    'Compromisos específicos, alcanzables, relevantes y medibles',
    'Calidad de los compromisos del plan de acción local.',
    15,
    'Compromisos vagos o sin metas.',
    'Compromisos claros con metas parciales.',
    'Compromisos con metas, responsables, plazos e indicadores.',
  ),
  criterion(
    'results',
    'Resultados verificables sobre el problema público',
    'Cambios comprobables en el problema público que atiende la práctica.',
    25,
    'Sin resultados verificables.',
    'Resultados de gestión, con efectos aún no demostrados.',
    'Efectos verificables y documentados sobre el problema público.',
  ),
  criterion(
    'sustainability',
    'Sostenibilidad e institucionalización',
    'Permanencia de la práctica más allá de la administración en turno.',
    10,
    'Depende de personas o de un periodo.',
    'Cuenta con algún respaldo normativo o presupuestal.',
    'Institucionalizada en normas, presupuesto y estructuras.',
  ),
  criterion(
    'openData',
    'Transparencia proactiva y datos abiertos',
    'Información publicada en formatos abiertos sobre el ejercicio y sus resultados.',
    10,
    'Sin información pública del ejercicio.',
    'Información pública parcial o en formatos cerrados.',
    'Información completa, actualizada y en datos abiertos.',
  ),
];

export const FEDERAL_PROACTIVE_RUBRIC: Criterion[] = [
  criterion(
    'demand',
    'Identificación de la demanda de información',
    'Necesidades de información de una población definida, identificadas con método.',
    20,
    'Sin población ni necesidad identificadas.',
    'Población definida, necesidad supuesta.',
    'Necesidad documentada con la población usuaria.',
  ),
  criterion(
    'quality',
    'Calidad de la información',
    'Veraz, confiable, oportuna, comprensible y verificable.',
    25,
    'Información incompleta o desactualizada.',
    'Información correcta con lagunas de oportunidad o claridad.',
    'Información veraz, oportuna, clara y verificable.',
  ),
  criterion(
    'accessibility',
    'Accesibilidad y formatos abiertos',
    'Accesible para todas las personas, en formatos abiertos y legibles por máquina.',
    15,
    'Formatos cerrados o inaccesibles.',
    'Algunos formatos abiertos.',
    'Accesible y en datos abiertos legibles por máquina.',
  ),
  criterion(
    'dissemination',
    'Difusión y participación de las personas usuarias',
    'Estrategias de difusión y retroalimentación con las personas usuarias.',
    10,
    'Sin difusión.',
    'Difusión general sin retroalimentación.',
    'Difusión dirigida y mecanismos de retroalimentación.',
  ),
  criterion(
    'effects',
    'Efectos',
    'Menos asimetrías de información, mejor acceso a servicios, mejores decisiones.',
    20,
    'Sin efectos identificables.',
    'Efectos plausibles, poco documentados.',
    'Efectos documentados en la población usuaria.',
  ),
  criterion(
    'reuse',
    'Reutilización y sostenibilidad',
    'La información se reutiliza y su publicación se mantiene en el tiempo.',
    10,
    'Publicación única, sin reutilización.',
    'Actualización irregular, reutilización ocasional.',
    'Actualización periódica y reutilización documentada.',
  ),
];
