import { Texts } from '../../i18n/texts';

const es = {
  home: {
    title: 'Inicio',
    heading: 'Reconocimientos de Gobierno Abierto y Transparencia Proactiva',
    intro:
      'Postule prácticas destacadas, evalúelas con una rúbrica pública y consulte los resultados que se anuncian el 13 de abril. Dos convocatorias:',
    trackLocal:
      'Buenas prácticas de apertura gubernamental de los ejercicios locales «Gobierno Abierto: Cocreación desde lo Local».',
    trackFederal: 'Prácticas destacadas de Transparencia Proactiva de los sujetos obligados federales.',
    trackLocalName: 'Gobierno Abierto: Cocreación desde lo Local',
    trackFederalName: 'Transparencia Proactiva',
    callsHeading: 'Convocatorias',
    noCalls: 'Por ahora no hay convocatorias abiertas.',
    opens: 'Abre',
    deadline: 'Cierre de postulaciones',
    announcement: 'Anuncio de resultados',
    whoLocal: 'Pueden postular las instituciones de:',
    noStatesYet: 'entidades por definir',
    whoFederal: 'Pueden postular los sujetos obligados federales.',
    categories: 'Subcategorías',
    rubric: 'Rúbrica pública ({count} criterios)',
    rubricCaption: 'Rúbrica de {name}',
    criterion: 'Criterio',
    weight: 'Peso',
    scale: 'Escala',
    resultsHeading: 'Resultados publicados',
    noResults: 'Aún no hay resultados publicados.',
    accessHeading: 'Acceso',
    signedIn: 'Hola, {name}.',
    anonymous:
      'Las instituciones postulantes se registran y, una vez aprobadas, preparan sus postulaciones. Jurados y organización entran con la cuenta que recibieron.',
    registerCta: 'Registrar a mi institución',
  },
};

const en: Texts<typeof es> = {
  home: {
    title: 'Home',
    heading: 'Open Government and Proactive Transparency Recognitions',
    intro:
      'Nominate outstanding practices, review them on a public rubric and read the results announced on 13 April. Two calls:',
    trackLocal:
      'Good practices of the local open-government exercises “Gobierno Abierto: Cocreación desde lo Local”.',
    trackFederal: 'Outstanding proactive-transparency practices of federal bodies.',
    trackLocalName: 'Open Government: Co-creation from the Local Level',
    trackFederalName: 'Proactive Transparency',
    callsHeading: 'Calls for nominations',
    noCalls: 'There are no open calls for now.',
    opens: 'Opens',
    deadline: 'Nominations close',
    announcement: 'Results announced',
    whoLocal: 'Institutions of these states may nominate:',
    noStatesYet: 'states to be defined',
    whoFederal: 'Federal obliged subjects may nominate.',
    categories: 'Categories',
    rubric: 'Public rubric ({count} criteria)',
    rubricCaption: 'Rubric of {name}',
    criterion: 'Criterion',
    weight: 'Weight',
    scale: 'Scale',
    resultsHeading: 'Published results',
    noResults: 'No results have been published yet.',
    accessHeading: 'Access',
    signedIn: 'Hello, {name}.',
    anonymous:
      'Nominating institutions register and, once approved, prepare their nominations. Judges and organisers sign in with the account they were given.',
    registerCta: 'Register my institution',
  },
};

export const homeTexts = { es, en };
