import { Texts } from '../../i18n/texts';

const es = {
  institutions: {
    title: 'Instituciones',
    search: 'Buscar por nombre',
    name: 'Nombre',
    kind: 'Tipo',
    level: 'Orden de gobierno',
    state: 'Entidad federativa',
    stateHint: 'Obligatoria para instituciones estatales y municipales.',
    caption: '{count} instituciones',
    captionOne: '1 institución',
    mixedScript: 'Mezcla alfabetos',
    mixedScriptExplain:
      'El nombre mezcla letras de distintos alfabetos (por ejemplo, latinas y cirílicas): puede imitar el nombre de otra institución. Revíselo antes de aprobar a quien la registró o de fusionarla.',
    createHeading: 'Registrar una institución',
    create: 'Registrar institución',
    editHeading: 'Editar datos',
    save: 'Guardar cambios',
    mergeHeading: 'Fusionar con otra institución (duplicado)',
    mergeExplain:
      'Si «{name}» es un duplicado, fusiónela con la institución correcta: sus postulaciones, cuentas postulantes, afiliaciones de jurados y conflictos declarados pasan a esa institución y «{name}» se elimina. Queda registrado en la bitácora.',
    mergeInto: 'Institución que se conserva',
    choose: 'Elija una institución',
    mergeConfirm: 'Confirmo que «{name}» es un duplicado y que debe eliminarse después de mover sus datos.',
    merge: 'Fusionar y eliminar el duplicado',
  },
};

const en: Texts<typeof es> = {
  institutions: {
    title: 'Institutions',
    search: 'Search by name',
    name: 'Name',
    kind: 'Kind',
    level: 'Level of government',
    state: 'State',
    stateHint: 'Required for state and municipal institutions.',
    caption: '{count} institutions',
    captionOne: '1 institution',
    mixedScript: 'Mixed alphabets',
    mixedScriptExplain:
      'The name mixes letters of different alphabets (for example Latin and Cyrillic): it may imitate another institution’s name. Check it before approving whoever registered it or merging it.',
    createHeading: 'Register an institution',
    create: 'Register institution',
    editHeading: 'Edit details',
    save: 'Save changes',
    mergeHeading: 'Merge into another institution (duplicate)',
    mergeExplain:
      'If "{name}" is a duplicate, merge it into the right institution: its nominations, nominator accounts, judges’ affiliations and declared conflicts move to that institution and "{name}" is removed. The audit trail records it.',
    mergeInto: 'Institution that stays',
    choose: 'Choose an institution',
    mergeConfirm: 'I confirm that "{name}" is a duplicate and must be removed once its data has moved.',
    merge: 'Merge and remove the duplicate',
  },
};

export const institutionsTexts = { es, en };
