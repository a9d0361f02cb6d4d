import { EditionView } from '../../../editions/edition.presenter';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** `/organizacion/importar`: upload a bundle (JSON) as a new edition, optionally as a copy under a new key. */
export interface ImportView {
  form: FormState;
  /** The bundle's key is already used: the page offers the copy under a new key. */
  keyTaken: boolean;
  limitBytes: number;
}

/** `/organizacion/ediciones/:id/exportaciones`: every download of an edition (minutes and bundle). */
export interface ExportsView {
  edition: EditionView;
  files: { kind: string; format: string; href: string }[];
  can: { exportBundle: boolean; download: boolean };
}

export const IMPORT_PAGE = pageTemplate<ImportView>(__dirname, 'import');
export const EXPORTS_PAGE = pageTemplate<ExportsView>(__dirname, 'exports');
