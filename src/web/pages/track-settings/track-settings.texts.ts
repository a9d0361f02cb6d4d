import { Texts } from '../../i18n/texts';

const es = {
  trackSettings: {
    title: 'Configuración de la categoría {name}',
    link: 'Configuración y rúbrica',
    frozen:
      'La rúbrica y los ajustes de calificación están congelados desde el {date}, cuando se envió la primera evaluación: cambiarlos alteraría evaluaciones ya hechas. El nombre, el número de jurados por postulación, la evaluación ciega y las subcategorías pueden cambiar todavía.',
    readOnly: 'Solo lectura: la edición está sellada o su rol no permite cambiarla.',
    general: 'Datos generales',
    name: 'Nombre',
    k: 'Jurados por postulación',
    kHint: 'Cuántos jurados evalúan cada postulación (asignación automática).',
    blind: 'Evaluación ciega: los jurados no ven las instituciones y reciben los archivos sin metadatos.',
    categories: 'Subcategorías',
    categoriesHint:
      'Una por línea: clave | nombre (por ejemplo «transparencia | Transparencia proactiva»). Vacío: sin subcategorías.',
    scoring: 'Calificación',
    quorum: 'Quórum de evaluaciones',
    quorumHint: 'Evaluaciones enviadas necesarias para que una postulación entre a la clasificación.',
    aggregation: 'Método de agregación',
    places: 'Lugares premiados',
    mentions: 'Menciones honoríficas',
    threshold: 'Puntaje mínimo para premio (0 a 100)',
    thresholdHint: 'Una postulación por debajo no recibe lugar ni mención.',
    rubric: 'Rúbrica',
    rubricHint:
      'Cada criterio tiene clave, nombre, peso y escala. Deje en blanco la clave y el nombre de una fila para quitar el criterio. La última fila vacía agrega uno nuevo.',
    criterion: 'Criterio {n}',
    key: 'Clave',
    criterionName: 'Nombre del criterio',
    description: 'Descripción',
    weight: 'Peso',
    min: 'Mínimo de la escala',
    max: 'Máximo de la escala',
    guidance: 'Guía por nivel',
    guidanceHint: 'Una por línea: puntaje | texto (por ejemplo «5 | Evidencia completa y verificable»).',
    save: 'Guardar configuración',
  },
};

const en: Texts<typeof es> = {
  trackSettings: {
    title: 'Settings of the track {name}',
    link: 'Settings and rubric',
    frozen:
      'The rubric and the scoring settings are frozen since {date}, when the first evaluation was submitted: changing them would alter evaluations already made. The name, judges per nomination, blind judging and categories can still change.',
    readOnly: 'Read only: the edition is sealed or your role cannot change it.',
    general: 'General',
    name: 'Name',
    k: 'Judges per nomination',
    kHint: 'How many judges evaluate each nomination (automatic assignment).',
    blind: 'Blind judging: judges do not see the institutions and get the files without metadata.',
    categories: 'Categories',
    categoriesHint:
      'One per line: key | name (for example “transparency | Proactive transparency”). Empty: no categories.',
    scoring: 'Scoring',
    quorum: 'Quorum of evaluations',
    quorumHint: 'Submitted evaluations a nomination needs to be ranked.',
    aggregation: 'Aggregation method',
    places: 'Places awarded',
    mentions: 'Honourable mentions',
    threshold: 'Minimum score for an award (0 to 100)',
    thresholdHint: 'A nomination below it gets no place or mention.',
    rubric: 'Rubric',
    rubricHint:
      'Each criterion has a key, name, weight and scale. Leave a row’s key and name blank to remove the criterion. The last, empty row adds one.',
    criterion: 'Criterion {n}',
    key: 'Key',
    criterionName: 'Criterion name',
    description: 'Description',
    weight: 'Weight',
    min: 'Scale minimum',
    max: 'Scale maximum',
    guidance: 'Guidance per level',
    guidanceHint: 'One per line: score | text (for example “5 | Complete, verifiable evidence”).',
    save: 'Save settings',
  },
};

export const trackSettingsTexts = { es, en };
