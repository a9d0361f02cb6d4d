import { Texts } from '../../i18n/texts';

const es = {
  bundles: {
    importTitle: 'Importar una edición',
    importIntro:
      'Suba el paquete de una edición (archivo JSON exportado por este sistema). Se valida completo antes de guardar nada: si tiene problemas, se listan todos con su ruta dentro del archivo y no se importa nada.',
    file: 'Paquete de la edición (JSON)',
    fileHint: 'Hasta {mib} MiB.',
    asKey: 'Nueva clave de la edición',
    asKeyHint:
      'Letras, números, guion, punto o guion bajo (hasta 80). La edición se importa como copia con esta clave.',
    keyTakenHint:
      'Ya existe una edición con la clave del paquete. Para importarla de todos modos como una copia, escriba una clave nueva y vuelva a elegir el archivo.',
    import: 'Importar',
    importCopy: 'Importar como copia',
    exportsTitle: 'Exportaciones — {name}',
    exportsHeading: 'Exportaciones para el acta del jurado',
    exportsIntro:
      'Hojas de cálculo (XLSX, una hoja por tabla) y CSV con las claves y nombres de entidad como texto. Las fechas están en la zona horaria de la edición.',
    exportsCaption: 'Archivos disponibles',
    content: 'Contenido',
    downloads: 'Descargar',
    kinds: {
      nominations: 'Postulaciones',
      assignments: 'Asignaciones y avance',
      'score-sheets': 'Evaluaciones por criterio',
      results: 'Resultados y ajustes',
    },
    bundleHeading: 'Paquete completo de la edición',
    bundleIntro:
      'Todo lo de la edición en un archivo JSON, para archivarla o importarla en otra instalación.',
    downloadBundle: 'Descargar paquete (JSON)',
  },
};

const en: Texts<typeof es> = {
  bundles: {
    importTitle: 'Import an edition',
    importIntro:
      'Upload an edition bundle (a JSON file exported by this system). It is checked in full before anything is stored: if it has problems, each is listed with its path in the file and nothing is imported.',
    file: 'Edition bundle (JSON)',
    fileHint: 'Up to {mib} MiB.',
    asKey: 'New edition key',
    asKeyHint:
      'Letters, digits, hyphen, dot or underscore (up to 80). The edition is imported as a copy under this key.',
    keyTakenHint:
      'An edition with the bundle’s key already exists. To import it anyway as a copy, type a new key and choose the file again.',
    import: 'Import',
    importCopy: 'Import as a copy',
    exportsTitle: 'Exports — {name}',
    exportsHeading: 'Exports for the jury’s minutes',
    exportsIntro:
      'Spreadsheets (XLSX, one sheet per table) and CSV with codes and state names as text. Dates are in the edition’s time zone.',
    exportsCaption: 'Files available',
    content: 'Content',
    downloads: 'Download',
    kinds: {
      nominations: 'Nominations',
      assignments: 'Assignments and progress',
      'score-sheets': 'Score sheets per criterion',
      results: 'Results and overrides',
    },
    bundleHeading: 'The whole edition as a bundle',
    bundleIntro: 'Everything about the edition in one JSON file, to archive it or import it elsewhere.',
    downloadBundle: 'Download bundle (JSON)',
  },
};

export const bundlesTexts = { es, en };
