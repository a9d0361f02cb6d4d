import { Texts } from '../../i18n/texts';

const es = {
  practices: {
    title: 'Catálogo de prácticas',
    nav: 'Prácticas',
    intro:
      'Las prácticas postuladas a {edition} cuyas instituciones autorizaron mostrarlas, con su reconocimiento si lo recibieron. Los datos vienen de los resultados sellados (versión {version}).',
    none: 'Aún no hay resultados publicados: el catálogo se abre con el anuncio de resultados.',
    edition: 'Edición',
    state: 'Entidad',
    track: 'Convocatoria',
    category: 'Categoría',
    award: 'Reconocimiento',
    any: 'Todas',
    anyAward: 'Con reconocimiento',
    noAward: 'Sin reconocimiento',
    search: 'Buscar',
    searchHint: 'Palabras del título, el resumen, las instituciones o la entidad; sin importar acentos.',
    apply: 'Filtrar',
    clear: 'Quitar filtros',
    count: '{count} de {total} prácticas',
    empty: 'Ninguna práctica coincide con los filtros.',
    nominee: 'Institución reconocida',
    nominator: 'Institución postulante',
    evidence: 'Enlaces de evidencia',
    summary: 'Resumen',
    openData: 'Datos abiertos',
    openDataIntro:
      'El catálogo completo de esta edición, para reutilizarlo: CSV (UTF-8, claves de entidad como texto) y JSON.',
    csv: 'Catálogo (CSV)',
    json: 'Catálogo (JSON)',
    results: 'Resultados y verificación',
    back: 'Volver al catálogo',
  },
};

const en: Texts<typeof es> = {
  practices: {
    title: 'Practices catalogue',
    nav: 'Practices',
    intro:
      'The practices nominated to {edition} whose institutions agreed to show them, with their award if they received one. The data comes from the sealed results (version {version}).',
    none: 'No results have been published yet: the catalogue opens with the announcement of the results.',
    edition: 'Edition',
    state: 'State',
    track: 'Call',
    category: 'Category',
    award: 'Award',
    any: 'All',
    anyAward: 'With an award',
    noAward: 'Without an award',
    search: 'Search',
    searchHint: 'Words of the title, summary, institutions or state; accents ignored.',
    apply: 'Filter',
    clear: 'Clear filters',
    count: '{count} of {total} practices',
    empty: 'No practice matches the filters.',
    nominee: 'Recognised institution',
    nominator: 'Nominating institution',
    evidence: 'Evidence links',
    summary: 'Summary',
    openData: 'Open data',
    openDataIntro:
      'The whole catalogue of this edition, to reuse: CSV (UTF-8, state codes as text) and JSON.',
    csv: 'Catalogue (CSV)',
    json: 'Catalogue (JSON)',
    results: 'Results and verification',
    back: 'Back to the catalogue',
  },
};

export const practicesTexts = { es, en };
