import { STATES } from '../../../catalog/states';
import { TIMELINE_INSTANTS } from '../../../domain/editions/phase';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** The time zones of Mexico (IANA names), the choices of an edition's time zone. */
export const MEXICAN_TIME_ZONES = [
  'America/Mexico_City',
  'America/Cancun',
  'America/Merida',
  'America/Monterrey',
  'America/Matamoros',
  'America/Chihuahua',
  'America/Ciudad_Juarez',
  'America/Ojinaga',
  'America/Mazatlan',
  'America/Bahia_Banderas',
  'America/Hermosillo',
  'America/Tijuana',
] as const;

/** The instants of an edition, entered as wall-clock time in the edition's time zone. */
export const EDITION_INSTANTS = TIMELINE_INSTANTS;

/** `/organizacion/ediciones/nueva` and `/organizacion/ediciones/:id/editar`: an edition's name, dates and states. */
export interface EditionFormView {
  /** The edition being edited; null when creating one. */
  editionId: string | null;
  form: FormState;
  timeZones: readonly string[];
  instants: readonly (typeof EDITION_INSTANTS)[number][];
  states: typeof STATES;
  /** The states ticked in the form. */
  checked: ReadonlySet<string>;
}

export const EDITION_FORM_PAGE = pageTemplate<EditionFormView>(__dirname, 'edition-form');
