import type { ArcoRequestView } from '../../../privacy/arco.service';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** A person's own requests and the form to file one. */
export interface MyArcoView {
  requests: ArcoRequestView[];
  kinds: readonly string[];
  days: number;
}

/** The organisers' queue: every request, open first by due date, each with the answer form while open. */
export interface ArcoQueueView {
  requests: ArcoRequestView[];
  days: number;
  /** The answer form of the request that was refused, with its problems. */
  failed: { id: string; form: FormState } | null;
}

export const MY_ARCO_PAGE = pageTemplate<MyArcoView>(__dirname, 'my-requests');
export const ARCO_QUEUE_PAGE = pageTemplate<ArcoQueueView>(__dirname, 'queue');
